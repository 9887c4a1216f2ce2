"""Which language a document and a search are in, and what each backend can do
with that language's words (see docs/search-engine.md#words-in-every-language)."""

from functools import cache, lru_cache

import snowballstemmer

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale

# PostgreSQL's text search configurations (13 and later) with a Snowball stemmer
# for our languages; the others are indexed with 'simple' (split, lower-cased).
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "en": "english",
    "es": "spanish",
    "pt": "portuguese",
    "tr": "turkish",
}
POSTGRES_DEFAULT_CONFIG = "simple"

# The same Snowball algorithms for the SQLite backend, which stems in Python
# (snowballstemmer also has Polish, which PostgreSQL lacks).
SNOWBALL_STEMMERS = {**POSTGRES_CONFIGS, "pl": "polish"}


def base_language(code):
    return code.split("-")[0].lower()


def locale_languages():
    """Each locale's id and language code, to find documents' languages without a query each."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def language_of(obj, languages):
    """The language of a document: its locale's, else the site's main language."""
    return base_language(languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE))


def search_language_codes():
    """A search reads the reader's language and the site's main one, whose
    untranslated listings the find page shows too."""
    reader = translation.get_language() or settings.LANGUAGE_CODE
    return list(dict.fromkeys([reader, settings.LANGUAGE_CODE]))


def search_languages():
    return list(dict.fromkeys(map(base_language, search_language_codes())))


@cache
def stemmer(language):
    algorithm = SNOWBALL_STEMMERS.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


# Words repeat (the Snowball stemmers are pure Python, about 80 µs a word): a
# 10,000-event calendar has about half a million words but a few thousand distinct.
@lru_cache(maxsize=65536)
def stem(word, language):
    word = word.lower()
    return stemmer(language).stemWord(word) if stemmer(language) else word


def stems(words):
    """Each form the search's languages would index the words as: "walking" is "walk"."""
    return {
        " ".join(stem(word, language) for word in words.split()) for language in search_languages()
    }
