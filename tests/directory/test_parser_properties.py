"""Property-based tests of what residents type into the find page: never an
exception, always a clean result or a message."""

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from django.http import QueryDict

from directory.forms import DATE_FORMATS, FILTER_NAMES, MAX_RANGE_DAYS, FindForm
from directory.geocoding import PostcodeError, split_postcode
from directory.models import Area

DISTRICT = re.compile(r"\A[A-Z]{1,2}[0-9][A-Z0-9]?\Z")
POSTCODE_LIKE = st.from_regex(r"\A\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*([0-9][A-Za-z]{2})?\s*\Z")
TEXT = st.text(max_size=40)


@given(st.one_of(POSTCODE_LIKE, TEXT))
def test_a_postcode_splits_into_district_and_sector_or_says_what_to_enter(text):
    try:
        district, sector = split_postcode(text)
    except PostcodeError as error:
        assert "postcode" in str(error)
    else:
        assert DISTRICT.match(district)
        assert sector is None or re.fullmatch(rf"{district} [0-9]", sector)


FIELDS = ["q", "postcode", "distance", "sort", *FILTER_NAMES]
CHOICES = ["1", "2", "distance", "soonest", "music", "fenmoor"]


@pytest.mark.django_db
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.dictionaries(
        st.sampled_from(FIELDS),
        st.lists(
            st.one_of(TEXT, POSTCODE_LIKE, st.sampled_from(["1", "2", "distance"])), max_size=3
        ),
        max_size=6,
    )
)
def test_the_find_form_is_valid_or_has_messages_whatever_is_sent(demo_site, data):
    query = QueryDict(mutable=True)
    for name, values in data.items():
        query.setlist(name, values)
    form = FindForm(query, areas=Area.objects.all())

    if form.is_valid():
        assert len(form.cleaned_data["q"]) <= 200
    else:
        assert all(messages for messages in form.errors.values())


DATE_LIKE = st.one_of(
    st.tuples(st.dates(), st.sampled_from(DATE_FORMATS)).map(
        lambda pair: pair[0].strftime(pair[1])
    ),
    st.from_regex(r"\A\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s*\Z"),
    TEXT,
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.none(), DATE_LIKE), st.one_of(st.none(), DATE_LIKE))
@example(None, "\r")  # found in CI: a line break alone is no date given, not a bad one
def test_a_date_range_is_a_range_of_at_most_a_year_or_a_message_on_its_field(first, last):
    query = QueryDict(mutable=True)
    for name, value in [("from_date", first), ("to_date", last)]:
        if value is not None:
            query[name] = value
    form = FindForm(query)

    form.is_valid()
    if "date_range" in form.cleaned_data:
        start, end = form.cleaned_data["date_range"]
        assert 0 <= (end - start).days < MAX_RANGE_DAYS
    else:
        given_fields = {name for name, value in query.items() if value.strip()}
        assert set(form.errors) <= {"from_date", "to_date"}
        assert bool(form.errors) == bool(given_fields)
