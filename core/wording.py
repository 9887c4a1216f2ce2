"""Wording guidance for editors: phrases that label or stigmatise people, and what to say instead.

Checked whenever a page or snippet that names its `wording_fields` is saved:
campaign pages, partner packs, and the activity, organisation and venue pages
that volunteers write. It warns; it never blocks.

English phrases are looked for in every language (volunteers often write
English on a translated page); each other language adds its own list. The
Arabic, Bengali, Polish and Urdu lists are drafts, like the catalogues, and
need review by a native speaker before anyone relies on them
(docs/translations.md).
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

NOT_A_CONFESSION = _("Say 'talk about' or 'say': feeling lonely is not something to confess.")
NOT_AN_ILLNESS = _(
    "Say 'feeling lonely' or 'feeling out of touch': loneliness is a feeling, not an illness."
)
NOT_A_DISEASE = _("Say 'common' or 'something everyone feels at some point': avoid disease words.")
NOT_A_FIGHT = _(
    "Say 'help people get connected': the campaign offers chances, it does not fight people."
)
NO_LABELS = _("Say 'people who would like to meet others': do not label people as lonely.")
NO_QUESTION = _(
    "Ask about what people enjoy, for example 'Would you like to meet people?': "
    "never ask whether someone is lonely."
)


@dataclass(frozen=True)
class Guidance:
    pattern: re.Pattern
    suggestion: str


def phrase(words):
    """A whole-word English phrase, any case."""
    return re.compile(r"\b" + words + r"\b", re.IGNORECASE)


def words_in(words):
    """A phrase in a script whose vowel signs Python's \\b would split on: matched as written."""
    return re.compile(words, re.IGNORECASE)


PEOPLE = r"(?:people|person|residents|men|women|students|pensioners|neighbours|adults|folk)"
LABELS = r"(?:lonely|isolated|elderly)"

GUIDANCE = {
    "en": [
        Guidance(phrase(r"suffer(?:s|ed|ing)?\s+(?:from|with)\s+loneliness"), NOT_AN_ILLNESS),
        Guidance(phrase(rf"the\s+{LABELS}(?:\s+and\s+{LABELS})?"), NO_LABELS),
        Guidance(
            phrase(rf"{LABELS}\s+(?:(?:and\s+)?{LABELS}\s+)?(?:older\s+|young\s+)?{PEOPLE}"),
            NO_LABELS,
        ),
        Guidance(phrase(r"are\s+you\s+(?:feeling\s+)?(?:lonely|isolated)"), NO_QUESTION),
        Guidance(phrase(r"admit(?:s|ted|ting)?"), NOT_A_CONFESSION),
        Guidance(phrase(r"epidemic"), NOT_A_DISEASE),
        Guidance(
            phrase(
                r"(?:tackl|combat|fight|beat)(?:e|es|ed|ing|s)?\s+(?:social\s+)?(?:loneliness|isolation)"
            ),
            NOT_A_FIGHT,
        ),
    ],
    # Drafts for review (see the module's docstring).
    "ar": [
        Guidance(words_in(r"هل\s+(?:تشعر|تشعرين)\s+بالوحدة|هل\s+أنت\s+وحيد"), NO_QUESTION),
        Guidance(words_in(r"الوحيدين|المعزولين|المنعزلين|الأشخاص\s+الوحيدين"), NO_LABELS),
        Guidance(words_in(r"(?:يعاني|يعانون|تعاني)\s+من\s+(?:الوحدة|العزلة)"), NOT_AN_ILLNESS),
        Guidance(words_in(r"(?:مكافحة|محاربة)\s+(?:الوحدة|العزلة)"), NOT_A_FIGHT),
        Guidance(words_in(r"وباء"), NOT_A_DISEASE),
    ],
    "bn": [
        Guidance(words_in(r"আপনি\s+কি\s+(?:একাকী|নিঃসঙ্গ)"), NO_QUESTION),
        Guidance(words_in(r"(?:একাকী|নিঃসঙ্গ|বিচ্ছিন্ন)\s+(?:মানুষ|ব্যক্তি|বয়স্ক|প্রবীণ)"), NO_LABELS),
        Guidance(words_in(r"(?:একাকীত্বে|নিঃসঙ্গতায়)\s+ভুগ"), NOT_AN_ILLNESS),
        Guidance(
            words_in(r"(?:একাকীত্ব|নিঃসঙ্গতা|বিচ্ছিন্নতা)(?:র)?\s+(?:বিরুদ্ধে\s+লড়াই|দূর\s+করা)"),
            NOT_A_FIGHT,
        ),
        Guidance(words_in(r"মহামারী"), NOT_A_DISEASE),
    ],
    "pl": [
        Guidance(phrase(r"czy\s+(?:jesteś|czujesz\s+się)\s+samotn[ya]"), NO_QUESTION),
        Guidance(
            phrase(
                r"(?:samotn|osamotnion|izolowan)(?:i|e|ych|ym)\s+"
                r"(?:ludzi[e]?|osob(?:y|om)|senior(?:zy|ów|om)|starsz(?:ych|ym|e))"
            ),
            NO_LABELS,
        ),
        Guidance(phrase(r"osoby\s+(?:samotne|osamotnione|izolowane)"), NO_LABELS),
        Guidance(
            phrase(r"cierpi(?:ą|ący|ących)?\s+(?:na|z\s+powodu)\s+samotnoś\w+"), NOT_AN_ILLNESS
        ),
        Guidance(
            phrase(r"(?:walk\w*|zwalcza\w*|przeciwdziała\w*)\s+(?:z\s+)?(?:samotnoś|izolacj)\w*"),
            NOT_A_FIGHT,
        ),
        Guidance(phrase(r"epidemi\w*"), NOT_A_DISEASE),
    ],
    "ur": [
        Guidance(words_in(r"کیا\s+آپ\s+(?:تنہا|اکیلے|اکیلی)"), NO_QUESTION),
        Guidance(words_in(r"(?:تنہا|اکیلے|الگ\s+تھلگ)\s+(?:لوگ|افراد|بزرگ)"), NO_LABELS),
        Guidance(words_in(r"تنہائی\s+(?:کا\s+شکار|میں\s+مبتلا)"), NOT_AN_ILLNESS),
        Guidance(words_in(r"تنہائی\s+(?:کا\s+مقابلہ|سے\s+لڑ|کے\s+خلاف)"), NOT_A_FIGHT),
        Guidance(words_in(r"وبا"), NOT_A_DISEASE),
    ],
}


def find_stigmatising_wording(text, language="en"):
    """(the words found, the suggested alternative) for each match in text."""
    text = strip_tags(text or "")
    guidance = GUIDANCE["en"]
    if (code := language.split("-")[0].lower()) != "en":
        guidance = guidance + GUIDANCE.get(code, [])
    return [
        (match.group(0), item.suggestion)
        for item in guidance
        for match in item.pattern.finditer(text)
    ]


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


def wording_warnings(obj):
    """Guidance for every field the object names in `wording_fields`; a name
    that is a set of child objects (a campaign's phases) checks theirs."""
    locale = getattr(obj, "locale", None)
    language = locale.language_code if locale else "en"
    found = []
    for name in getattr(obj, "wording_fields", ()):
        value = getattr(obj, name, None)
        if hasattr(value, "all"):
            for child in value.all():
                found.extend(wording_warnings(child))
            continue
        for text in texts_of(value):
            found.extend(find_stigmatising_wording(text, language))
    return found
