"""Telephone numbers kept left to right inside right-to-left text.

Unmarked, "020 7946 0142" in an Arabic or Urdu sentence shows its groups in
reverse order: the bidirectional algorithm lays the spaces between the groups
out right to left. Web pages wrap such numbers in a left-to-right span, PDFs in
Unicode's left-to-right isolate marks.
"""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

TAG = re.compile(r"(<[^>]*>)")
# Two or more groups of digits: a telephone number if there are seven digits or more.
SPACED_NUMBER = re.compile(r"(?<![\w+])\+?\d+(?:[ \u00a0-]\d+)+(?!\w)")
MIN_DIGITS = 7
LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2069"


def isolate_numbers(text, wrap):
    def isolate(match):
        number = match.group(0)
        if sum(character.isdigit() for character in number) < MIN_DIGITS:
            return number
        return wrap(number)

    return SPACED_NUMBER.sub(isolate, text)


def numbers_ltr_in_html(html):
    """Only text between tags is touched, never an attribute."""
    parts = TAG.split(conditional_escape(html))
    # Safe: the HTML was already, and only spans around digits are added.
    return mark_safe(
        "".join(
            part if part[:1] == "<" else isolate_numbers(part, '<span dir="ltr">{}</span>'.format)
            for part in parts
        )
    )


def numbers_ltr_in_text(text):
    return isolate_numbers(text, f"{LEFT_TO_RIGHT_ISOLATE}{{}}{POP_DIRECTIONAL_ISOLATE}".format)
