"""A resident's search as plain words, whichever backend answers it.

Quotes, brackets, `*`, `:`, `>` and the like are query syntax to SQLite FTS5,
PostgreSQL or a search node, and a stray one made the search fail. Every
backend in this package cleans the words here, so every caller (site search,
the find page and its calendar, the Open Referral API, the admin) gets the same
treatment without doing anything itself.
"""

import copy
import re
import unicodedata

from wagtail.search.backends.base import EmptySearchResults
from wagtail.search.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

# An apostrophe (typed or typographic) inside a word ("o'clock") is part of it;
# anywhere else it separates words.
APOSTROPHES = "'\u2019"
LOOSE_APOSTROPHES = re.compile(rf"(?:^|(?<=\s))[{APOSTROPHES}]+|[{APOSTROPHES}]+(?=\s|$)")


def plain_words(text):
    """Letters, marks and digits of any script, apostrophes inside words, and
    single spaces between words: everything else separates words."""
    kept = "".join(
        char if char in APOSTROPHES or unicodedata.category(char)[0] in "LMN" else " "
        for char in text
    )
    return " ".join(LOOSE_APOSTROPHES.sub(" ", kept).split())


def plain_query(query):
    """The query with every string of words made plain; None when no word is left."""
    if isinstance(query, str):
        return plain_words(query) or None
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        words = plain_words(query.query_string)
        if not words:
            return None
        plain = copy.copy(query)
        plain.query_string = words
        return plain
    if isinstance(query, (And, Or)):
        parts = [part for part in map(plain_query, query.subqueries) if part is not None]
        return type(query)(parts) if parts else None
    if isinstance(query, (Not, Boost)):
        subquery = plain_query(query.subquery)
        if subquery is None:
            return None
        plain = copy.copy(query)
        plain.subquery = subquery
        return plain
    return query  # MatchAll has no words


class PlainWordsMixin:
    """For a search backend: search for the words only, never their syntax."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = plain_query(query)
        if query is None:
            return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
