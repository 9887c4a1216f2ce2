"""Public pages come from the shared cache for visitors without a session; a
publish shows at once; nothing personal is ever kept or compressed."""

import gzip
import re
import threading
from collections import Counter
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import redis
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache.backends.locmem import LocMemCache
from django.db.models import F
from django.test import Client, override_settings
from django.utils.html import escape

from wagtail.models import Locale

from campaign.models import CampaignPage
from directory.models import ActivityPage, DirectoryIndexPage, ZeroResultSearch
from tests.core.test_shared_cache import needs_redis, redis_url  # noqa: F401 (a fixture)
from tests.directory.test_problem_reports import report as report_problem

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(demo_site):
    """A demo activity with an Arabic translation, the soonest such, so that it is
    on the first page of the find page whatever the day and time the test runs."""
    arabic = Locale.objects.get(language_code="ar")
    return (
        ActivityPage.objects.live()
        .filter(
            locale__language_code="en",
            translation_key__in=ActivityPage.objects.filter(locale=arabic).values(
                "translation_key"
            ),
        )
        .order_by(F("next_session_start").asc(nulls_last=True), "pk")
        .first()
    )


@pytest.fixture
def find_url(demo_site):
    return DirectoryIndexPage.objects.get(locale__language_code="en").url


def in_arabic(page):
    return page.get_translation(Locale.objects.get(language_code="ar"))


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def served_from_cache(client, url, django_assert_num_queries):
    """Fetched twice; the second answer came without one database query."""
    first = client.get(url)
    assert first.status_code == 200, url
    with django_assert_num_queries(0):
        second = client.get(url)
    assert without_nonce(second) == without_nonce(first)
    return first, second


def page_nonce(response):
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]


def without_nonce(response):
    return response.content.decode().replace(page_nonce(response), "")


@pytest.mark.parametrize("which", ["home", "find", "activity", "arabic activity"])
def test_a_second_anonymous_visit_is_served_from_the_cache(
    client, activity, find_url, which, django_assert_num_queries
):
    url = {
        "home": "/en/",
        "find": f"{find_url}?q=walk",
        "activity": activity.url,
        "arabic activity": in_arabic(activity).url,
    }[which]

    first, second = served_from_cache(client, url, django_assert_num_queries)

    assert first["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in first["Vary"]
    assert second["Cache-Control"] == first["Cache-Control"]
    assert not second.cookies


def test_a_page_from_the_cache_has_a_nonce_of_its_own(client, demo_site):
    first, second = client.get("/en/"), client.get("/en/")

    assert page_nonce(first) != page_nonce(second)
    assert f'<script nonce="{page_nonce(second)}">' in second.content.decode()
    assert page_nonce(first) not in second.content.decode()


def test_query_strings_are_part_of_the_address(client, find_url):
    walking = client.get(f"{find_url}?q=walk").content.decode()
    singing = client.get(f"{find_url}?q=choir").content.decode()

    assert 'value="walk"' in walking and 'value="choir"' in singing
    assert 'value="choir"' in client.get(f"{find_url}?q=choir").content.decode()
    assert 'value="walk"' in client.get(f"{find_url}?q=walk").content.decode()


def test_languages_are_kept_apart(client, activity):
    english = client.get(activity.url).content.decode()
    arabic = client.get(in_arabic(activity).url).content.decode()
    again = client.get(in_arabic(activity).url).content.decode()

    assert 'lang="ar"' in arabic and 'lang="ar"' in again and 'lang="en"' in english


def test_a_publish_shows_at_once_in_every_language_and_on_the_find_page(client, activity, find_url):
    arabic = in_arabic(activity)
    find_ar = DirectoryIndexPage.objects.get(locale__language_code="ar").url
    pages = [activity.url, arabic.url, find_url, find_ar]
    for url in pages:  # everything cached
        client.get(url)

    publish_title(activity, "Riverside walk, now on Sundays")
    publish_title(ActivityPage.objects.get(pk=arabic.pk), "نزهة على ضفاف النهر")

    assert "Riverside walk, now on Sundays" in client.get(activity.url).content.decode()
    assert "Riverside walk, now on Sundays" in client.get(find_url).content.decode()
    assert "نزهة على ضفاف النهر" in client.get(arabic.url).content.decode()
    assert "نزهة على ضفاف النهر" in client.get(find_ar).content.decode()


def test_an_unpublished_activity_goes_at_once(client, activity, find_url):
    title = activity.title
    assert title in client.get(find_url).content.decode()
    assert client.get(activity.url).status_code == 200

    activity.unpublish()

    assert client.get(activity.url).status_code == 404
    assert title not in client.get(find_url).content.decode()


def test_a_renamed_organisation_shows_at_once_on_its_activities(client, activity):
    client.get(activity.url)
    organisation = activity.get_parent().specific

    publish_title(organisation, "Kellbrook Ramblers United")

    assert "Kellbrook Ramblers United" in client.get(activity.url).content.decode()


def test_a_campaign_phase_changes_with_the_date_in_every_language(client, demo_site):
    """Phases follow the day with no publish: the day is part of what is kept."""
    campaign = CampaignPage.objects.get(slug="getting-connected", locale__language_code="en")
    arabic = in_arabic(campaign)
    phases = list(arabic.phases.all())
    assert len(phases) > 1
    for phase in phases:
        with time_machine.travel(phase.starts_on + timedelta(days=1), tick=False):
            for _ in range(2):  # kept, then from the cache
                page = client.get(arabic.url).content.decode()
        assert escape(phase.hero_heading) in page
        others = [other for other in phases if other.pk != phase.pk]
        assert all(escape(other.hero_heading) not in page for other in others)


def test_a_moved_activity_is_at_its_new_address_at_once(client, activity):
    old_url = activity.url
    other = ActivityPage.objects.live().exclude(path__startswith=activity.get_parent().path)
    organisation = other.filter(locale=activity.locale).first().get_parent()
    assert client.get(old_url).status_code == 200  # its page and its route kept

    activity.move(organisation, pos="last-child")
    activity.refresh_from_db()

    # Wagtail leaves a redirect behind, rather than the page kept at the old address.
    assert client.get(old_url).url == activity.url
    moved = client.get(activity.url)
    assert moved.status_code == 200 and organisation.title in moved.content.decode()


def test_a_renamed_venue_shows_at_once_on_its_activities(client, demo_site):
    activity = ActivityPage.objects.live().filter(venue__isnull=False).first()
    assert activity.venue.title in client.get(activity.url).content.decode()

    publish_title(activity.venue, "The Riverside Hall")

    assert "The Riverside Hall" in client.get(activity.url).content.decode()


def test_an_unpublished_translation_goes_at_once(client, activity):
    arabic = in_arabic(activity)
    find_ar = DirectoryIndexPage.objects.get(locale__language_code="ar").url
    assert client.get(arabic.url).status_code == 200
    assert arabic.title in client.get(find_ar).content.decode()

    arabic.unpublish()

    assert client.get(arabic.url).status_code == 404
    assert arabic.title not in client.get(find_ar).content.decode()
    assert client.get(activity.url).status_code == 200


def test_a_signed_in_editor_is_never_served_a_cached_page(client, activity, admin_user):
    client.get(activity.url)  # cached for visitors
    editor = Client()
    editor.force_login(admin_user)

    response = editor.get(activity.url)

    assert "Cookie" in response["Vary"]
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # Wagtail's editing bar: the editor's own page, not the visitors'.
    assert "wagtail-userbar" in response.content.decode()
    assert "wagtail-userbar" not in client.get(activity.url).content.decode()


def test_a_resident_with_a_session_is_never_served_a_cached_page(client, activity):
    start = client.get("/en/get-a-hand/start/")
    assert "sessionid" not in client.cookies  # no session for looking
    token = parse_qs(urlsplit(start.url).query).get("start", [""])[0]
    answered = client.post("/en/get-a-hand/who/", {"for_whom": "self", "start": token})
    assert answered.status_code == 302 and "sessionid" in client.cookies
    Client().get(activity.url)  # a visitor without a session has it cached

    response = client.get(activity.url)

    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


PERSONAL = [
    "/en/get-a-hand/start/",
    "/en/get-a-hand/check/",
    "/en/getting-connected/connected-places/join/",
    "/admin/",
    "/healthz",
]


@pytest.mark.parametrize("path", [*PERSONAL, "problem report"])
def test_personal_pages_are_never_cached_and_send_no_store(client, activity, path):
    url = f"{activity.url}report-a-problem/" if path == "problem report" else path
    for _ in range(2):
        response = client.get(url)
        cache_control = response.get("Cache-Control", "")
        assert "public" not in cache_control, url
        assert "private" in cache_control or "no-store" in cache_control, url
    if response.status_code == 200:
        assert "no-store" in cache_control, url


def test_a_page_with_a_csrf_token_is_never_cached_or_compressed(client, activity):
    url = f"{activity.url}report-a-problem/"
    tokens = set()
    for _ in range(2):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert "Content-Encoding" not in response
        page = response.content.decode()
        tokens.add(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1])
        client.cookies.clear()
    assert len(tokens) == 2  # rendered afresh each time


def test_public_pages_are_compressed(client, activity):
    response = client.get(activity.url, HTTP_ACCEPT_ENCODING="gzip, br")
    again = client.get(activity.url, HTTP_ACCEPT_ENCODING="gzip, br")

    for answer in (response, again):
        assert answer["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in answer["Vary"]
        assert activity.title in gzip.decompress(answer.content).decode()


def test_a_zero_result_search_is_counted_every_time(client, find_url):
    for _ in range(3):
        response = client.get(f"{find_url}?q=zzxxqq")
        assert "public" not in response["Cache-Control"]

    assert ZeroResultSearch.objects.get(query="zzxxqq").count == 3


class ReadCountingCache(LocMemCache):
    """The local-memory cache, noting each key read: on Redis each is a round trip."""

    reads = []

    def get(self, key, default=None, version=None):
        ReadCountingCache.reads.append(key)
        return super().get(key, default, version)


@override_settings(
    PAGE_CACHE_SECONDS=0,
    CACHES={"default": {"BACKEND": "tests.core.test_page_cache.ReadCountingCache"}},
)
@pytest.mark.parametrize("page", ["home", "find", "activity"])
def test_a_page_reads_each_answer_kept_until_the_next_edit_once(client, activity, find_url, page):
    url = {"home": "/en/", "find": f"{find_url}?q=walk&day=1", "activity": activity.url}[page]
    assert client.get(url).status_code == 200  # keeps the site, menus, closure days…
    ReadCountingCache.reads.clear()

    assert client.get(url).status_code == 200

    kept = Counter(key for key in ReadCountingCache.reads if key.startswith("pagecache:"))
    assert kept  # read from the cache, not worked out again
    assert [key for key, reads in kept.items() if reads > 1] == []


def test_a_very_long_address_is_answered_but_not_kept(client, find_url):
    url = f"{find_url}?q={'walk' * 400}"
    assert client.get(url).status_code in (200, 400)
    response = client.get(url)
    assert "public" not in response.get("Cache-Control", "")


@needs_redis
def test_redis_serves_pages_and_a_publish_shows_at_once(
    redis_url,  # noqa: F811 (the fixture imported above)
    client,
    activity,
    django_assert_num_queries,
):
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
        }
    }
    with override_settings(CACHES=caches):
        served_from_cache(client, activity.url, django_assert_num_queries)
        assert redis.Redis.from_url(redis_url).keys("*pagecache:page:*")  # kept in Redis

        publish_title(activity, "Riverside walk in Redis")

        assert "Riverside walk in Redis" in client.get(activity.url).content.decode()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=st.lists(
        st.tuples(
            st.sampled_from(["q", "postcode", "interest", "page", "from", "x"]),
            st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300),
        ),
        max_size=6,
    )
)
def test_any_address_gets_the_same_answer_from_the_cache(client, find_url, query):
    first = client.get(find_url, query)
    second = client.get(find_url, query)

    assert first.status_code in (200, 400)
    assert second.status_code == first.status_code
    assert without_nonce(second) == without_nonce(first)


def test_what_visitors_write_leaves_the_cached_pages_alone(
    client, activity, find_url, django_assert_num_queries, django_capture_on_commit_callbacks
):
    client.get(activity.url)
    client.get(f"{find_url}?q=zzxxqq")  # counted: a search that found nothing
    reported = report_problem(Client(), activity, django_capture_on_commit_callbacks)
    assert reported.status_code == 302  # stored, and its emails queued in the outbox

    with django_assert_num_queries(0):
        client.get(activity.url)


class _PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    """A real HTTP server standing for a council's proxy: it notes each PURGE."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_publish_and_an_unpublish_purge_the_proxy_when_one_is_configured(proxy, activity):
    backends = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{proxy.server_port}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        publish_title(activity, "Riverside walk, purged")
        assert activity.url in proxy.purged
        proxy.purged.clear()
        in_arabic(activity).unpublish()
        assert in_arabic(activity).url in proxy.purged
