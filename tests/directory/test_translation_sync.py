"""Translating an activity with wagtail-localize: words are translated, the facts
(schedule, taxonomy, venue, coordinates) follow the source, as soon as it is
published (issue 12)."""

from datetime import date, time

import pytest
from bs4 import BeautifulSoup

from django.utils.translation import override as translation_override

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from directory.factories import ActivityPageFactory, VenuePageFactory
from directory.forms import DAYS
from directory.models import ActivityPage, ActivitySchedule, DirectoryIndexPage
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


# Publishing the English page is enough: no page in any language keeps old facts.

SUNDAY, SATURDAY = 6, 5


def published_with_weekday(activity, weekday):
    rules = list(activity.schedules.all())
    for rule in rules:
        rule.weekday = weekday
    activity.schedules = rules
    activity.save_revision().publish()


def session_days(client, page):
    """The days of the next sessions, as the reader sees them."""
    response = client.get(page.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(" ", strip=True) for item in html.select(".site-sessions li")]


def found_titles(client, find_page, **filters):
    response = client.get(find_page.url, filters)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in html.select(".site-result__title a")]


def day_name(weekday, language):
    with translation_override(language):
        return str(dict(DAYS)[str(weekday)])


@pytest.fixture
def park_walk(demo_site):
    return ActivityPage.objects.get(slug="saturday-park-walk", locale=Locale.get_default())


def test_a_new_day_in_english_is_the_day_in_arabic_too(client, park_walk):
    arabic = Locale.objects.get(language_code="ar")
    arabic_walk = park_walk.get_translation(arabic)
    arabic_find = DirectoryIndexPage.objects.get(locale=arabic)
    assert arabic_walk.title in found_titles(client, arabic_find, day=SATURDAY)

    published_with_weekday(park_walk, SUNDAY)

    days = session_days(client, arabic_walk)
    assert days and all(day_name(SUNDAY, "ar") in day for day in days)
    assert not any(day_name(SATURDAY, "ar") in day for day in days)
    assert arabic_walk.title in found_titles(client, arabic_find, day=SUNDAY)
    assert arabic_walk.title not in found_titles(client, arabic_find, day=SATURDAY)
    # The translated words stay translated.
    arabic_walk.refresh_from_db()
    assert arabic_walk.title == "نزهة السبت في الحديقة"


def test_a_translators_draft_keeps_its_words_and_takes_the_new_day(client, park_walk):
    arabic_walk = park_walk.get_translation(Locale.objects.get(language_code="ar"))
    draft = arabic_walk.specific
    draft.summary = "مسودة المترجم"
    draft.save_revision()

    published_with_weekday(park_walk, SUNDAY)

    # Live at once in Arabic, while the draft stays a draft.
    assert all(day_name(SUNDAY, "ar") in day for day in session_days(client, arabic_walk))
    arabic_walk.refresh_from_db()
    assert arabic_walk.has_unpublished_changes
    assert arabic_walk.summary != "مسودة المترجم"
    draft = arabic_walk.get_latest_revision_as_object()
    assert draft.summary == "مسودة المترجم"
    assert [rule.weekday for rule in draft.schedules.all()] == [SUNDAY]

    # Publishing the translator's draft later brings no old day back.
    arabic_walk.get_latest_revision().publish()
    assert all(day_name(SUNDAY, "ar") in day for day in session_days(client, arabic_walk))


def test_a_translation_made_again_in_wagtail_localize_keeps_the_new_facts(
    organisation, django_capture_on_commit_callbacks
):
    arabic = Locale.objects.get(language_code="ar")
    activity = ActivityPageFactory(
        parent=organisation, title="Choir", terms={"interests": ["music"], "access": ["step-free"]}
    )
    # Translated and published, as a translator does.
    with django_capture_on_commit_callbacks(execute=True):
        for page in (*organisation.get_ancestors().filter(depth__gt=1), organisation, activity):
            translate(page.specific, arabic)
    assert activity.get_translation(arabic).live

    published_with_weekday(activity, SUNDAY)
    activity.access = []  # no longer step-free
    activity.save_revision().publish()
    assert not activity.get_translation(arabic).access.exists()

    # A translator publishes from wagtail-localize's editor, without syncing first.
    source = TranslationSource.objects.get(object_id=activity.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(arabic, fallback=True)

    arabic_choir = activity.get_translation(arabic)
    assert [rule.weekday for rule in arabic_choir.schedules.all()] == [SUNDAY]
