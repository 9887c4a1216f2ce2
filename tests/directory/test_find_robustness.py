"""Whatever arrives in the find page's address, the answer is a page, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.forms import FILTER_NAMES

PARAMETERS = [*FILTER_NAMES, "q", "postcode", "distance", "sort", "page", "unknown"]
# Odd characters included on purpose: control characters, right-to-left marks, emoji.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]),
    max_size=300,
)
QUERIES = st.lists(st.tuples(st.sampled_from(PARAMETERS), TEXT), max_size=8)


@pytest.mark.django_db
@settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=QUERIES)
def test_any_query_gets_results_or_a_clear_message(client, organisation, query):
    response = client.get("/en/things-to-do/", query)

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "There is a problem" in response.content.decode()
