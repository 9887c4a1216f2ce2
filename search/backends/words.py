"""A resident's search as plain words, whichever backend answers it.

Quotes, brackets, `*`, `:`, `>` and the like are query syntax to SQLite FTS5,
PostgreSQL or a search node, and a stray one made the search fail. Every
backend in this package cleans the words here, so every caller (site search,
the find page and its calendar, the Open Referral API, the admin) gets the same
treatment without doing anything itself.

Synonyms the directory team keeps (search.models.Synonym) are added here too, so
"walk" also finds "ramble" and "hike" on every backend, from the moment the
synonym is saved (read through the page cache's `remember`, which a save renews).
"""

import copy
import re
import unicodedata

from wagtail.search.backends.base import EmptySearchResults
from wagtail.search.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from core.pagecache import remember
from search.backends.languages import search_language_codes, stems

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


def synonym_terms(language_codes):
    from search.models import Synonym  # backends load before the apps do

    synonyms = Synonym.objects.filter(locale__language_code__in=language_codes)
    return [synonym.terms() for synonym in synonyms]


class Synonyms(dict):
    """The synonyms the team gave in the search's languages, by each stem of each
    word: a search for "walking" finds what "walk, ramble, hike" finds."""

    def __init__(self):
        super().__init__()
        codes = search_language_codes()
        for terms in remember(f"search-synonyms:{','.join(codes)}", lambda: synonym_terms(codes)):
            for term in terms:
                for form in stems(term):
                    alternatives = self.setdefault(form, [])
                    alternatives.extend(other for other in terms if other not in alternatives)

    def of(self, word):
        """The word and its synonyms, or None when it has none."""
        for form in stems(word):
            if form in self:
                return list(dict.fromkeys([word, *self[form]]))
        return None


def with_synonyms(query, synonyms):
    """The query with each word that has synonyms searched as "it or any of them"."""
    if type(query) is PlainText:
        found = {word: synonyms.of(word) for word in query.query_string.split()}
        if not any(found.values()):
            return query
        parts = [
            Or([PlainText(term) for term in terms]) if terms else PlainText(word)
            for word, terms in found.items()
        ]
        return parts[0] if len(parts) == 1 else (And if query.operator == "and" else Or)(parts)
    if isinstance(query, (And, Or)):
        return type(query)([with_synonyms(part, synonyms) for part in query.subqueries])
    if isinstance(query, (Not, Boost)):
        expanded = copy.copy(query)
        expanded.subquery = with_synonyms(query.subquery, synonyms)
        return expanded
    return query  # a phrase is meant as typed; a fuzzy search already forgives


class PlainWordsMixin:
    """For a search backend: search for the words only, never their syntax, and
    with the synonyms the team gave them."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = plain_query(query)
        if query is None:
            return EmptySearchResults()
        if query_compiler_class is self.query_compiler_class:  # not autocomplete
            if isinstance(query, str):
                operator = kwargs.get("operator") or query_compiler_class.DEFAULT_OPERATOR
                query = PlainText(query, operator=operator)
            query = with_synonyms(query, Synonyms())
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
