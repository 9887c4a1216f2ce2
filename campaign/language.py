"""Language guidance for editors: wording that stigmatises, and what to say instead.

Checked when campaign pages and partner packs are saved. It warns; it never blocks.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Guidance:
    pattern: re.Pattern
    suggestion: str


def phrase(words):
    return re.compile(r"\b" + words + r"\b", re.IGNORECASE)


GUIDANCE = [
    Guidance(
        phrase(r"suffer(?:s|ed|ing)?\s+(?:from|with)\s+loneliness"),
        _(
            "Say 'feeling lonely' or 'feeling out of touch': "
            "loneliness is a feeling, not an illness."
        ),
    ),
    Guidance(
        phrase(r"the\s+lonely"),
        _("Say 'people who would like to meet others': do not label people as lonely."),
    ),
    Guidance(
        phrase(r"lonely\s+(?:people|person|residents|men|women|students|pensioners)"),
        _("Say 'people who would like to meet others': do not label people as lonely."),
    ),
    Guidance(
        phrase(r"admit(?:s|ted|ting)?"),
        _("Say 'talk about' or 'say': feeling lonely is not something to confess."),
    ),
    Guidance(
        phrase(r"epidemic"),
        _("Say 'common' or 'something everyone feels at some point': avoid disease words."),
    ),
    Guidance(
        phrase(r"(?:tackl|combat)(?:e|es|ed|ing)?\s+loneliness"),
        _(
            "Say 'help people get connected': "
            "the campaign offers chances, it does not fight people."
        ),
    ),
]


def find_stigmatising_wording(text):
    """(the words found, the suggested alternative) for each match in text."""
    text = strip_tags(text or "")
    found = []
    for guidance in GUIDANCE:
        for match in guidance.pattern.finditer(text):
            found.append((match.group(0), guidance.suggestion))
    return found


def texts_of(value):
    """Every piece of text in a field value: strings, StreamField and rich text."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif hasattr(value, "raw_data") and hasattr(value, "stream_block"):  # StreamValue
        yield from _raw_texts(list(value.raw_data))
    elif hasattr(value, "source"):  # RichText
        yield value.source


def _raw_texts(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, item in data.items():
            if key not in ("type", "id"):
                yield from _raw_texts(item)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _raw_texts(item)


def check_object(obj, field_names):
    found = []
    for name in field_names:
        for text in texts_of(getattr(obj, name, None)):
            found.extend(find_stigmatising_wording(text))
    return found
