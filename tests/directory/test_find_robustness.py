"""Whatever arrives in the find page's address, the answer is a page, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.factories import ActivityPageFactory
from directory.forms import FILTER_NAMES
from tests.search.search_nodes import DATABASE_AND_NODE, ActivitiesOnNode

PARAMETERS = [*FILTER_NAMES, "q", "postcode", "distance", "sort", "page", "unknown"]
# Odd characters included on purpose: control characters, right-to-left marks, emoji.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]),
    max_size=300,
)
QUERIES = st.lists(st.tuples(st.sampled_from(PARAMETERS), TEXT), max_size=8)


@pytest.fixture(params=DATABASE_AND_NODE)
def finder(request, settings, organisation):
    """The find page answered by the database's finder, or in one query to the node."""
    ActivityPageFactory(parent=organisation, title="Walking group", terms={"interests": ["music"]})
    if request.param == "database":
        yield
        return
    node = ActivitiesOnNode(settings)
    node.backend()
    yield
    node.close()


@pytest.mark.django_db
@settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=QUERIES)
def test_any_query_gets_results_or_a_clear_message(client, finder, query):
    response = client.get("/en/things-to-do/", query)

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "There is a problem" in response.content.decode()
