"""Blind indexes (core/blindindex.py): one index for a value however it is written,
different ones for different values, and none for nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.test import override_settings

from core.blindindex import blind_index, normalise_phone, reindex
from referrals.factories import ReferralFactory
from referrals.models import Referral
from referrals.retention import anonymise

pytestmark = pytest.mark.unit

UK_MOBILE = st.from_regex(r"7[0-9]{9}", fullmatch=True)
LAYOUT = st.sampled_from([" ", "-", ".", "  ", "(", ")"])


@given(UK_MOBILE, st.lists(st.tuples(st.integers(0, 12), LAYOUT), max_size=4))
def test_a_uk_number_written_any_way_has_one_index(number, spaces):
    def laid_out(text):
        for position, mark in spaces:
            text = text[:position] + mark + text[position:]
        return text

    ways = ["0" + number, "+44" + number, "0044" + number, "44" + number, "+44 (0)" + number]
    assert {normalise_phone(laid_out(way)) for way in ways} == {"+44" + number}
    assert len({blind_index("phone", laid_out(way)) for way in ways}) == 1


@given(st.text(max_size=40))
def test_normalising_any_text_is_stable_and_never_fails(text):
    for kind in ("name", "email", "phone", "postcode"):
        index = blind_index(kind, text)
        assert index == blind_index(kind, text)
        assert len(index) in (0, 64)
    assert normalise_phone(normalise_phone(text)) == normalise_phone(text)


def test_values_differ_and_the_key_matters():
    assert blind_index("phone", "07700 900982") != blind_index("phone", "07700 900983")
    assert blind_index("name", "Amira  HADDAD ") == blind_index("name", "amira haddad")
    assert blind_index("postcode", "kb3 2xy") == blind_index("postcode", "KB32XY")
    assert blind_index("email", " A@Example.org") == blind_index("email", "a@example.org")
    # The same text as a name and as a postcode: different indexes.
    assert blind_index("name", "KB3") != blind_index("postcode", "KB3")
    assert blind_index("name", " ") == ""
    before = blind_index("name", "amira haddad")
    with override_settings(BLIND_INDEX_KEY="another-key"):
        assert blind_index("name", "amira haddad") != before


@pytest.mark.django_db
def test_rows_stored_before_the_indexes_get_them():
    """What the data migrations run for the rows already there."""
    ReferralFactory(phone="07700 900982", name="Amira Haddad")
    Referral.objects.update(phone_index="", name_index="")  # as the new columns start
    reindex(Referral)
    stored = Referral.objects.get()
    assert stored.phone_index == blind_index("phone", "+447700900982")
    assert stored.name_index == blind_index("name", "amira haddad")
    # Anonymised, nothing is left to find her by.
    anonymise(stored)
    assert Referral.objects.filter(phone_index="", name_index="", postcode_index="").exists()
