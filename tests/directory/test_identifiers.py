"""Charity and company numbers as groups type them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.core.exceptions import ValidationError

from directory.identifiers import charity_number, company_number
from directory.models import OrganisationIdentifier

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("1123456", "1123456"),
        (" 1123456-1 ", "1123456-1"),
        ("sc012345", "SC012345"),
        ("NIC 100001", "NIC100001"),
        ("220949", "220949"),
    ],
)
def test_charity_numbers_are_read_as_written(typed, written):
    assert charity_number(typed) == written


@pytest.mark.parametrize("typed", ["12345", "12345678", "SC12345", "charity", "1123456-", "-1"])
def test_what_is_not_a_charity_number_is_refused(typed):
    assert charity_number(typed) is None


@pytest.mark.parametrize(
    ("typed", "written"),
    [("1234567", "01234567"), ("sc 123456", "SC123456"), ("OC301234", "OC301234")],
)
def test_company_numbers_take_companies_house_form(typed, written):
    assert company_number(typed) == written


@pytest.mark.parametrize("typed", ["123456789", "0", "S1234567", "SC12345", "ABC12345"])
def test_what_is_not_a_company_number_is_refused(typed):
    assert company_number(typed) is None


@given(st.text(max_size=30))
def test_any_text_gives_a_number_in_its_written_form_or_none(text):
    for read, longest in ((charity_number, 10), (company_number, 8)):
        number = read(text)
        assert number is None or (number == number.upper() and len(number) <= longest)
        # What it gives is read back as itself.
        assert number is None or read(number) == number


def test_an_organisations_number_is_kept_in_its_written_form_with_its_scheme():
    number = OrganisationIdentifier(kind="charity", identifier="nic 100001")
    number.clean()
    assert number.key == ("GB-NIC", "NIC100001")
    company = OrganisationIdentifier(kind="company", identifier="sc 123456")
    company.clean()
    assert company.key == ("GB-COH", "SC123456")
    for kind, typed in (("charity", "12345"), ("company", "123456789"), ("other", "A1")):
        with pytest.raises(ValidationError):
            OrganisationIdentifier(kind=kind, identifier=typed).clean()
