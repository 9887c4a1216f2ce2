"""Property-based tests of what residents type into the find page: never an
exception, always a clean result or a message."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.http import QueryDict

from directory.forms import FILTER_NAMES, FindForm
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
