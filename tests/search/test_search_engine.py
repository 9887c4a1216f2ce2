"""The same site search on a real Elasticsearch 7 node (`bin/search-node start`).

CI starts a node and sets TEST_SEARCH_URL; without one these tests are skipped.
"""

import io
import os
import re
import uuid

import pytest

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

from demo.home import HOME_PAGE
from tests.search.search_nodes import node_backends

SEARCH_NODE = os.environ.get("TEST_SEARCH_URL", "")

pytestmark = pytest.mark.skipif(
    not SEARCH_NODE, reason="needs a search node: bin/search-node start; TEST_SEARCH_URL=..."
)


@pytest.fixture
def search_engine(settings, demo_site):
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.SEARCH_URL = SEARCH_NODE
    settings.WAGTAILSEARCH_BACKENDS = node_backends(SEARCH_NODE, prefix)
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    backend = get_search_backend()
    yield backend
    backend.es.indices.delete(index=f"{prefix}*")


def result_titles(response):
    return re.findall(
        r'<a class="govuk-link" href="[^"]+">([^<]+)</a></h3>', response.content.decode()
    )


def test_health_check_reports_the_search_node(client, search_engine):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "search": "ok", "outbox": "ok"}


def test_search_engine_finds_pages_in_the_readers_language_only(client, search_engine):
    arabic_word = max(HOME_PAGE["ar"]["heading"].split(), key=len)

    assert HOME_PAGE["ar"]["title"] in result_titles(client.get("/ar/search/", {"q": arabic_word}))
    assert result_titles(client.get("/en/search/", {"q": arabic_word})) == []
    assert "Privacy notice" in result_titles(client.get("/en/search/", {"q": "privacy"}))
