"""Organisations' identifiers (charity and company numbers) as groups type them,
in one written form, and the org-id.guide scheme each belongs to.

Charity numbers: England and Wales (six or seven digits, a linked charity
adding "-1"), Scotland ("SC" and six digits), Northern Ireland ("NIC" and six
digits, or the older "XR"/"XN" and five or six digits). Company numbers
(Companies House): eight characters, digits or a two-letter prefix (SC, NI,
OC …) and six digits; shorter numbers of digits are padded with zeros, as
Companies House writes them.
"""

import re

CHARITY = re.compile(r"(?:\d{6,7}(?:-\d{1,2})?|SC\d{6}|NIC\d{6}|X[RN]\d{5,6})")
COMPANY = re.compile(r"(?:\d{8}|[A-Z]{2}\d{6}|R0\d{6})")
# org-id.guide's list codes: what Open Referral's organization_identifier names.
COMPANIES_HOUSE = "GB-COH"
CHARITY_SCHEMES = {"SC": "GB-SC", "NI": "GB-NIC", "XR": "GB-NIC", "XN": "GB-NIC"}
CHARITY_COMMISSION = "GB-CHC"


def _squeezed(text):
    return re.sub(r"[\s.]", "", text).upper()


def charity_number(text):
    """The charity number in its written form, or None if it is not one."""
    number = _squeezed(text)
    return number if CHARITY.fullmatch(number) else None


def company_number(text):
    """The company number in its eight-character form, or None if it is not one."""
    number = _squeezed(text)
    if number.isdigit() and len(number) <= 8:
        number = number.zfill(8)
    return number if COMPANY.fullmatch(number) and number != "00000000" else None


def charity_scheme(number):
    """The register a charity number (in its written form) belongs to."""
    return CHARITY_SCHEMES.get(number[:2], CHARITY_COMMISSION)


def other_identifier(text):
    """Another scheme's identifier: compared without case or spaces."""
    return " ".join(str(text).split()).upper()


def identifier_key(scheme, identifier, kind=""):
    """(scheme, identifier) in written form, for comparing what another directory
    publishes with what an organisation holds; None if it names nothing.
    `kind` is a human-readable type ("Charity number"), read when no scheme is given."""
    scheme, kind = other_identifier(scheme or ""), str(kind or "").casefold()
    if scheme in (CHARITY_COMMISSION, *CHARITY_SCHEMES.values()) or (
        not scheme and "charity" in kind
    ):
        number = charity_number(str(identifier or ""))
        return (charity_scheme(number), number) if number else None
    if scheme == COMPANIES_HOUSE or (not scheme and "company" in kind):
        number = company_number(str(identifier or ""))
        return (COMPANIES_HOUSE, number) if number else None
    identifier = other_identifier(identifier or "")
    return (scheme, identifier) if scheme and identifier else None
