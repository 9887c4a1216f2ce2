"""The matcher's pieces, for any input: names and postcodes read the same however
they are written, and the score rewards what two listings share, never the opposite."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from directory.identifiers import identifier_key
from feeds.matching import (
    LEAST_NAME,
    LIKELY,
    SURE,
    Facts,
    name_likeness,
    normalised_name,
    postcode_in,
    score,
)

pytestmark = pytest.mark.unit

names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
times = st.frozensets(
    st.tuples(st.integers(0, 6), st.sampled_from(["09:00", "10:30", "18:00"])), max_size=3
)
facts = st.builds(
    Facts,
    name=names.map(normalised_name),
    organisations=st.frozensets(st.integers(1, 3), max_size=2),
    postcode=st.sampled_from(["", "KB2 4AA", "KB3 2XY"]),
    times=times,
)


@given(names)
def test_a_name_normalised_again_stays_the_same(name):
    assert normalised_name(normalised_name(name)) == normalised_name(name)


@given(names)
@example("\u0345")  # a Greek mark that is a letter, iota, in capitals
@example("\U0001d6a4")  # a mathematical dotless i, which is an i in capitals
def test_case_spacing_and_ampersands_do_not_change_a_name(name):
    written = normalised_name(name)
    assert normalised_name(f"  The {name.upper()}  ") in (written, normalised_name(f"the {name}"))
    assert normalised_name(name.replace("&", " and ")) == normalised_name(name)


def test_names_as_sources_write_them():
    assert normalised_name("Knit & Natter!") == normalised_name("knit and natter")
    assert normalised_name("Café Crème") == "cafe creme"
    assert name_likeness("natter and knit", "knit and natter") == 1.0
    assert name_likeness("year 7 club", "year 8 club") == 0.0


@given(names, names)
def test_likeness_is_between_nothing_and_the_same(first, second):
    likeness = name_likeness(normalised_name(first), normalised_name(second))
    assert 0 <= likeness <= 1
    assert name_likeness(normalised_name(first), normalised_name(first)) in (0, 1)


@given(names)
def test_a_postcode_is_found_in_any_text_or_not_at_all(text):
    postcode = postcode_in(text)
    assert postcode == "" or postcode_in(postcode) == postcode


def test_a_postcode_in_a_calendars_location():
    assert postcode_in("Church hall, Park Road, kb2 4aa") == "KB2 4AA"
    assert postcode_in("Room 12, Floor 3") == ""


@given(facts, facts)
def test_the_score_is_symmetric_and_bounded(first, second):
    total, reasons = score(first, second)
    assert 0 <= total <= 1
    assert score(second, first)[0] == total
    assert (total == 0) == (not reasons)


@given(facts, facts)
def test_sharing_a_postcode_or_organisation_never_lowers_the_score(first, second):
    shared = Facts(
        second.name,
        second.organisations | first.organisations,
        first.postcode or "KB2 4AA",
        second.times,
    )
    first = Facts(first.name, first.organisations, first.postcode or "KB2 4AA", first.times)
    assert score(first, shared)[0] >= score(first, second)[0]


@given(facts)
def test_the_same_listing_is_a_sure_match_and_unlike_names_none(listing):
    if listing.name and listing.postcode and listing.times:
        assert score(listing, listing)[0] >= SURE
    other = Facts("zzzz qqqq", listing.organisations, listing.postcode, listing.times)
    if name_likeness(listing.name, other.name) < LEAST_NAME:
        assert score(listing, other) == (0.0, [])


def test_name_and_postcode_alone_are_likely_not_sure():
    listing = Facts("chair yoga", frozenset([1]), "KB2 4AA", frozenset([(0, "10:00")]))
    feed = Facts("chair yoga", frozenset([2]), "KB2 4AA", frozenset([(2, "18:00")]))
    assert LIKELY <= score(listing, feed)[0] < SURE


@given(st.text(max_size=20), st.text(max_size=20), st.text(max_size=20))
def test_identifiers_from_another_directory_read_as_written(scheme, number, kind):
    key = identifier_key(scheme, number, kind)
    assert key is None or (key[0] and key[1] and identifier_key(*key) == key)


def test_identifiers_take_one_written_form():
    assert identifier_key("gb-chc", "1123 456") == ("GB-CHC", "1123456")
    assert identifier_key("", "sc012345", "Charity number") == ("GB-SC", "SC012345")
    assert identifier_key("GB-COH", "1234567") == ("GB-COH", "01234567")
    assert identifier_key("GB-COH", "not a number") is None
