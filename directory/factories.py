from datetime import date, time

import factory

import wagtail_factories

from directory.models import (
    ActivityPage,
    ActivitySchedule,
    Area,
    DirectoryIndexPage,
    OrganisationPage,
    Term,
    VenuePage,
)
from directory.schedules import Frequency


class AreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")

    class Meta:
        model = Area
        django_get_or_create = ["slug"]


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Find something to do"
    slug = "things-to-do"

    class Meta:
        model = DirectoryIndexPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Community group {n}")
    description = "<p>A friendly local group.</p>"

    class Meta:
        model = OrganisationPage


class VenuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Community hall {n}")
    address_line_1 = "1 High Street"
    postcode = "KB3 2XY"
    latitude = 51.576
    longitude = -0.05
    area = factory.SubFactory(AreaFactory)

    class Meta:
        model = VenuePage


class ActivityPageFactory(wagtail_factories.PageFactory):
    """An activity meeting every Tuesday morning, unless `schedules` says otherwise.

    Terms are given by code: interests=["music"], access=["step-free"], ...
    """

    title = factory.Sequence(lambda n: f"Activity {n}")
    summary = "A friendly weekly get-together."
    description = "<p>Come along and meet people.</p>"

    class Meta:
        model = ActivityPage

    @classmethod
    def _create(cls, model_class, *args, terms=None, schedules=None, **kwargs):
        parent = kwargs.pop("parent")
        weekday, starts_at = kwargs.pop("weekday", 1), kwargs.pop("starts_at", time(10, 0))
        activity = model_class(**kwargs)
        for name, codes in (terms or {}).items():
            field = activity._meta.get_field(name)
            vocabulary = field.remote_field.limit_choices_to["vocabulary"]
            getattr(activity, name).set(Term.objects.filter(vocabulary=vocabulary, code__in=codes))
        activity.schedules = schedules or [
            ActivitySchedule(
                frequency=Frequency.WEEKLY,
                weekday=weekday,
                starts_on=date(2026, 1, 5),
                start_time=starts_at,
                end_time=time(starts_at.hour + 1, starts_at.minute),
            )
        ]
        parent.add_child(instance=activity)
        activity.save_revision().publish()
        return activity
