"""Property-based tests of the API's query parsing: whatever the text, a clean
value or a 400 with a reason, never an exception beside them."""

import string
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import RequestFactory

from openreferral.views import BadRequest, filtered_services, integer_param, parse_moment

FILTERS = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "postcode",
    "proximity",
]
# Text shaped like what the parameters expect, and anything at all.
DATE_LIKE = st.from_regex(
    r"\A\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?\Z"
)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60)
VALUES = st.one_of(
    ANY_TEXT,
    DATE_LIKE,
    st.uuids().map(str),
    st.integers().map(str),
    st.text(alphabet=string.ascii_uppercase + string.digits + " ", max_size=9),
)


@given(st.one_of(DATE_LIKE, ANY_TEXT))
def test_a_change_date_parses_to_an_aware_moment_or_is_a_400(raw):
    try:
        moment = parse_moment(raw)
    except BadRequest as error:
        assert "modified_after" in str(error)
    else:
        assert isinstance(moment, datetime) and moment.utcoffset() is not None


@given(ANY_TEXT)
def test_a_page_number_is_a_number_in_range_or_a_400(raw):
    request = RequestFactory().get("/openreferral/services", {"page": raw})
    try:
        page = integer_param(request, "page", 1, 1, 1_000_000)
    except BadRequest as error:
        assert "page" in str(error)
    else:
        assert 1 <= page <= 1_000_000


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(st.sampled_from(FILTERS), VALUES, max_size=4))
def test_any_mix_of_filters_gives_services_or_a_400(demo_site, params):
    request = RequestFactory().get("/openreferral/services", params)
    try:
        found = filtered_services(request)
        count = found.count()
    except BadRequest as error:
        assert str(error)
    else:
        assert count >= 0
