"""The same site search on a real OpenSearch node (`bin/search-node start`).

CI starts a node and sets TEST_SEARCH_URL; without one these tests are skipped.
"""

import re

import pytest

from wagtail.models import Locale

from directory.models import ActivityPage, Area, VenuePage
from home.models import HomePage
from tests.search.search_nodes import SEARCH_NODE

pytestmark = pytest.mark.skipif(
    not SEARCH_NODE, reason="needs a search node: bin/search-node start; TEST_SEARCH_URL=..."
)


def result_titles(response):
    return re.findall(
        r'<a class="govuk-link" href="[^"]+">([^<]+)</a></h3>', response.content.decode()
    )


def test_health_check_reports_the_search_node(client, search_engine):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "search": "ok", "outbox": "ok"}


def test_search_engine_finds_pages_in_the_readers_language_only(client, search_engine):
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    arabic_word = max(arabic_home.heading.split(), key=len)

    assert arabic_home.title in result_titles(client.get("/ar/search/", {"q": arabic_word}))
    assert result_titles(client.get("/en/search/", {"q": arabic_word})) == []
    assert "Privacy notice" in result_titles(client.get("/en/search/", {"q": "privacy"}))


def activity_titles(client, language, words, **filters):
    response = client.get(f"/{language}/things-to-do/", {"q": words, **filters})
    assert response.status_code == 200
    return re.findall(
        r'site-result__title"><a class="govuk-link" href="[^"]+"'
        r' lang="[^"]+" dir="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def test_walking_finds_the_walks_that_walk_finds(client, search_engine):
    walks = activity_titles(client, "en", "walk")

    assert len(walks) >= 3
    assert sorted(activity_titles(client, "en", "walking")) == sorted(walks)


def test_an_arabic_word_finds_the_translated_walk_that_has_it_with_the_article(
    client, search_engine
):
    # The walk says only الحديقة ("the park"); the Arabic analyzer finds it from حديقة ("park").
    assert "نزهة السبت في الحديقة" in activity_titles(client, "ar", "حديقة")


def test_one_wrong_letter_still_finds_the_page(client, search_engine):
    assert "Privacy notice" in result_titles(client.get("/en/search/", {"q": "privasy"}))
    assert "Kellbrook community choir" in activity_titles(client, "en", "choor")
    # Forgiving spelling is only for words that match nothing as typed.
    assert "Privacy notice" not in result_titles(client.get("/en/search/", {"q": "walk"}))


def test_a_publish_is_found_on_the_node_at_once(client, search_engine, settings):
    settings.PAGE_CACHE_SECONDS = 300
    walk = ActivityPage.objects.get(title="Saturday park walk", locale__language_code="en")
    assert "Saturday park walk" in activity_titles(client, "en", "walk")  # now in the page cache

    walk.title = "Saturday park walk and picnic"
    schedules = list(walk.schedules.all())
    for schedule in schedules:
        schedule.weekday = 6  # now on Sundays
    walk.schedules = schedules
    walk.save_revision().publish()

    assert "Saturday park walk and picnic" in activity_titles(client, "en", "walk")
    assert activity_titles(client, "en", "picnic") == ["Saturday park walk and picnic"]
    assert activity_titles(client, "en", "picnic", day="6") == ["Saturday park walk and picnic"]
    assert activity_titles(client, "en", "picnic", day="5") == []

    walk.unpublish()

    assert activity_titles(client, "en", "picnic") == []


def test_a_reader_sees_each_activity_once_in_their_language_as_translations_come_and_go(
    client, search_engine
):
    polish = Locale.objects.get(language_code="pl")
    translated = ActivityPage.objects.filter(locale=polish).values("translation_key")
    english = (
        ActivityPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(translation_key__in=translated)
        .first()
    )
    word = max(english.title.split(), key=len)
    assert english.title in activity_titles(client, "pl", word)

    translation = english.copy_for_translation(polish, copy_parents=True)
    translation.title = f"{english.title} (po polsku)"
    translation.save_revision().publish()

    titles = activity_titles(client, "pl", word)
    assert translation.title in titles
    assert english.title not in titles

    translation.refresh_from_db()
    translation.unpublish()

    titles = activity_titles(client, "pl", word)
    assert english.title in titles
    assert translation.title not in titles


def node_writes(backend, settings):
    """Documents written to the node under this test's index prefix so far."""
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"]
    stats = backend.es.indices.stats(index=f"{prefix}*", metric="indexing")
    return stats["_all"]["primaries"]["indexing"]["index_total"]


def test_publishing_in_eleven_languages_does_not_index_each_translation_from_every_other(
    client, search_engine, settings
):
    # The facts of the English page reach every translation (directory.translations),
    # each publish of which re-indexed every other translation: 110 writes, 11 s.
    english = max(
        ActivityPage.objects.live().filter(locale__language_code="en"),
        key=lambda page: page.get_translations().live().count(),
    )
    translations = list(english.get_translations().live().specific())
    assert len(translations) == 10
    before = node_writes(search_engine, settings)

    schedules = list(english.schedules.all())
    for schedule in schedules:
        schedule.weekday = 6  # now on Sundays
    english.schedules = schedules
    english.save_revision().publish()

    # Wagtail writes each page when saved and when published, and once more once
    # its schedules are saved; the English page's publish writes the other ten
    # once more, as which languages are live may change.
    assert node_writes(search_engine, settings) - before <= 4 * 11
    for page in [english, *translations]:
        code = page.locale.language_code
        assert page.title in activity_titles(client, code, page.title, day="6"), code
        assert page.title not in activity_titles(client, code, page.title, day="5"), code


def test_an_activity_in_one_language_is_found_on_its_new_day_at_once(client, search_engine):
    # Wagtail indexes a page when it is saved, before its schedules are.
    activity = next(
        page
        for page in ActivityPage.objects.live().filter(locale__language_code="en")
        if not page.get_translations().exists()
        and page.schedules.exists()
        and not page.schedules.filter(weekday__isnull=True).exists()  # weekly, not one-off
    )
    schedules = list(activity.schedules.all())
    day = (schedules[0].weekday + 3) % 7
    for schedule in schedules:
        schedule.weekday = day
    activity.schedules = schedules
    activity.save_revision().publish()

    assert activity.title in activity_titles(client, "en", activity.title, day=str(day))


def test_an_activity_is_found_in_its_venues_new_area_at_once_in_every_language(
    client, search_engine
):
    english = max(
        ActivityPage.objects.live().filter(locale__language_code="en", venue__isnull=False),
        key=lambda page: page.get_translations().live().count(),
    )
    venue = VenuePage.objects.get(pk=english.venue_id)
    area = Area.objects.exclude(pk=venue.area_id).first()
    venue.area = area
    venue.save_revision().publish()

    for page in [english, *english.get_translations().live().specific()]:
        code = page.locale.language_code
        assert page.title in activity_titles(client, code, page.title, area=area.slug), code
