"""Translating an activity with wagtail-localize: words are translated, the facts
(schedule, taxonomy, venue, coordinates) follow the source."""

from datetime import date, time

import pytest

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from directory.factories import ActivityPageFactory, VenuePageFactory
from directory.models import ActivitySchedule
from directory.schedules import Frequency

pytestmark = pytest.mark.django_db


def translate(instance, locale):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    # Untranslated words fall back to the source's, as a half-finished translation does.
    source.create_or_update_translation(locale, fallback=True)
    return instance.get_translation(locale)


def test_an_activity_translation_keeps_its_facts_in_step_with_the_source(organisation, fenmoor):
    arabic = Locale.objects.get(language_code="ar")
    for ancestor in (
        organisation.get_parent().get_parent(),
        organisation.get_parent(),
        organisation,
    ):
        translate(ancestor.specific, arabic)
    venue = VenuePageFactory(parent=organisation, area=fenmoor, latitude=51.5, longitude=-0.1)
    arabic_venue = translate(venue, arabic)
    activity = ActivityPageFactory(
        parent=organisation, title="Choir", venue=venue, terms={"interests": ["music"]}
    )

    translation = translate(activity, arabic)
    assert [term.code for term in translation.interests.all()] == ["music"]
    assert translation.schedules.get().weekday == 1
    assert (arabic_venue.latitude, arabic_venue.longitude) == (51.5, -0.1)

    # The group moves to Thursday evenings and starts on Fridays too.
    activity.schedules = [
        ActivitySchedule(
            frequency=Frequency.WEEKLY,
            weekday=weekday,
            starts_on=date(2026, 1, 1),
            start_time=time(18),
            end_time=time(19),
        )
        for weekday in (3, 4)
    ]
    activity.save_revision().publish()
    translation = translate(activity, arabic)

    assert sorted(rule.weekday for rule in translation.schedules.all()) == [3, 4]


def test_the_words_of_an_activity_are_offered_for_translation(organisation):
    activity = ActivityPageFactory(parent=organisation, title="Choir", summary="Sing with us.")

    source, _created = TranslationSource.get_or_create_from_instance(activity)
    strings = set(source.stringsegment_set.values_list("string__data", flat=True))

    assert {"Choir", "Sing with us."} <= strings
