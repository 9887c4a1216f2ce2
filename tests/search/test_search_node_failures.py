"""A search node that is down, hung or not a node at all never fails a search:
the database answers within SEARCH_TIMEOUT_SECONDS, the failure is remembered for
SEARCH_RETRY_SECONDS, and /healthz says "degraded" (issue 13 §6).

The stopped and hung node is our own (bin/search-node on TEST_OWN_SEARCH_NODE_PORT,
default 9210), started where a node can run: like the other search-engine tests,
only when TEST_SEARCH_URL is set (CI sets it).
"""

import io
import os
import re
import uuid

import pytest

from django.core.cache import cache
from django.core.management import call_command

from wagtail.search.backends import get_search_backend

from core.factories import StandardPageFactory
from directory.factories import ActivityPageFactory
from directory.finder import ActivityFinder, finder_for
from directory.models import DirectoryIndexPage, OrganisationPage, VenuePage
from search.finder import Hits
from tests.search.search_nodes import NotANode, SearchNode, node_backends, timed

pytestmark = pytest.mark.django_db
needs_a_node = pytest.mark.skipif(
    not os.environ.get("TEST_SEARCH_URL"),
    reason="needs a search node: bin/search-node start; TEST_SEARCH_URL=...",
)
TIMEOUT = 2


@pytest.fixture(scope="module")
def own_node(tmp_path_factory):
    node = SearchNode(
        tmp_path_factory.mktemp("search-node"),
        int(os.environ.get("TEST_OWN_SEARCH_NODE_PORT", "9210")),
    )
    node.start()
    yield node
    node.stop()


@pytest.fixture
def searching(settings, demo_site):
    """Point the site at a search node (or not-a-node) at `url`, as SEARCH_URL does."""
    settings.SEARCH_TIMEOUT_SECONDS = TIMEOUT
    settings.SEARCH_RETRY_SECONDS = 30

    def point_at(url):
        settings.SEARCH_URL = url
        settings.WAGTAILSEARCH_BACKENDS = node_backends(url, f"test_{uuid.uuid4().hex[:8]}_")
        return settings.WAGTAILSEARCH_BACKENDS

    return point_at


@pytest.fixture
def indexed_node(own_node, searching, settings, home):
    """Our node, running, with the site indexed, and one page that only the node
    knows: finding "zorbing" shows that the node answered, not the database (and
    "quidditch" on the find page).
    Pages are not kept in the page cache here: each search must ask a backend."""
    settings.PAGE_CACHE_SECONDS = 0
    if not own_node.pid:
        own_node.start()
    backends = searching(own_node.url)
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    settings.WAGTAILSEARCH_BACKENDS = {"default": backends["default"]}
    StandardPageFactory(parent=home, title="Zorbing taster", slug="zorbing")
    ActivityPageFactory(
        parent=OrganisationPage.objects.filter(locale__language_code="en").first(),
        title="Quidditch club",
    )
    get_search_backend().refresh_indexes()
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield own_node
    if own_node.pid:
        prefix = backends["default"]["INDEX_PREFIX"]
        get_search_backend().es.indices.delete(index=f"{prefix}*")


def find_titles(client, words):
    response = client.get("/en/things-to-do/", {"q": words})
    assert response.status_code == 200
    return re.findall(
        r'site-result__title"><a class="govuk-link" href="[^"]+"'
        r' lang="[^"]+" dir="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def page_titles(client, words):
    response = client.get("/en/search/", {"q": words})
    assert response.status_code == 200
    return re.findall(
        r'<h3 class="govuk-heading-s"><a class="govuk-link" href="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def service_names(client, words):
    response = client.get("/openreferral/services", {"search": words})
    assert response.status_code == 200
    return [service["name"] for service in response.json()["contents"]]


def assert_the_database_answers(client):
    assert "Kellbrook community choir" in find_titles(client, "choir")
    assert "Privacy notice" in page_titles(client, "privacy")
    assert page_titles(client, "zorbing") == []  # only the node knows this page
    assert "Quidditch club" not in find_titles(client, "quidditch")  # nor this activity
    assert "Kellbrook community choir" in service_names(client, "choir")


def assert_degraded(client):
    response = client.get("/healthz")
    assert response.status_code == 200  # load balancers keep sending residents
    answer = response.json()
    assert answer["status"] == "degraded"
    assert (answer["checks"]["database"], answer["checks"]["search"]) == ("ok", "unreachable")


def find_page():
    return DirectoryIndexPage.objects.get(locale__language_code="en")


@needs_a_node
def test_a_stopped_node_leaves_searches_to_the_database(client, indexed_node):
    assert page_titles(client, "zorbing") == ["Zorbing taster"]
    assert find_titles(client, "quidditch") == ["Quidditch club"]
    # A find page's first page of results from the node, a later one still to fetch.
    finding = finder_for(find_page(), {}).find()
    assert isinstance(finding.ids, Hits) and len(finding.ids) > 40

    indexed_node.stop()

    assert_the_database_answers(client)
    assert_degraded(client)
    assert finding.ids[20:40] == ActivityFinder(find_page(), {}).find().ids[20:40]


@needs_a_node
def test_a_hung_node_costs_one_timeout_then_searches_go_straight_to_the_database(
    client, indexed_node, settings
):
    settings.SEARCH_RETRY_SECONDS = 3
    assert page_titles(client, "zorbing") == ["Zorbing taster"]

    assert find_titles(client, "quidditch") == ["Quidditch club"]

    with indexed_node.hung():
        titles, waited = timed(lambda: find_titles(client, "choir"))
        assert "Kellbrook community choir" in titles
        assert TIMEOUT <= waited < TIMEOUT + 10

        # The failure is remembered: no more waiting on the node.
        _, next_search = timed(lambda: assert_the_database_answers(client))
        assert next_search < TIMEOUT * 4  # four searches, none of them waiting
        _, health_check = timed(lambda: assert_degraded(client))
        assert health_check < TIMEOUT + 10

    # Once the retry time has passed, the node answers searches again.
    cache.clear()
    assert page_titles(client, "zorbing") == ["Zorbing taster"]
    assert find_titles(client, "quidditch") == ["Quidditch club"]
    assert client.get("/healthz").json()["status"] == "ok"


def test_a_server_that_is_not_a_node_leaves_searches_to_the_database(client, searching):
    with NotANode() as not_a_node:
        searching(not_a_node.url)

        assert_the_database_answers(client)
        assert_degraded(client)


def test_nothing_listening_leaves_searches_to_the_database(client, searching):
    searching("http://127.0.0.1:9")  # the discard port: nothing listens here

    assert_the_database_answers(client)


def test_a_venue_is_published_with_nothing_listening(client, searching):
    # Its activities are indexed again on the node, which is not there.
    searching("http://127.0.0.1:9")
    venue = VenuePage.objects.live().filter(locale__language_code="en").first()
    venue.title = "Fenmoor Community Hall (new entrance)"
    venue.save_revision().publish()

    response = client.get(venue.url)
    assert response.status_code == 200
    assert "Fenmoor Community Hall (new entrance)" in response.content.decode()
