"""What the tests on a real search node share. CI starts a node and sets
TEST_SEARCH_URL; without one the node tests are skipped."""

import io
import uuid

import pytest

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

from tests.search.search_nodes import SEARCH_NODE, node_backends


@pytest.fixture
def search_engine(settings, demo_site):
    """The demo borough indexed on the node, under a prefix of this test's own."""
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.SEARCH_URL = SEARCH_NODE
    settings.WAGTAILSEARCH_BACKENDS = node_backends(SEARCH_NODE, prefix)
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    backend = get_search_backend()
    yield backend
    backend.es.indices.delete(index=f"{prefix}*")
