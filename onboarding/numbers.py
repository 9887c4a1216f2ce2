"""Charity and company numbers as groups type them, in one written form.

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
