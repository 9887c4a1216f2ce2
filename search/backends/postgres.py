"""Wagtail's PostgreSQL full-text backend, searching a resident's words as words,
each document's words stemmed in its own language, and forgiving spelling.

Wagtail indexes everything with one text search configuration (SEARCH_CONFIG).
Here each document is indexed with its language's configuration ('arabic',
'spanish', …; 'simple' where PostgreSQL has none), and a search looks for its
words as each of the reader's language and the site's main language would
stem them. A search whose words match nothing is answered with trigram
similarity instead (pg_trgm, directory/migrations/0002), as the search node
retries with fuzziness; the second query runs only when the first found nothing.
"""

import copy
import operator
from collections import defaultdict
from functools import reduce

from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from wagtail.search.query import Fuzzy, PlainText

from search.backends.languages import (
    POSTGRES_CONFIGS,
    POSTGRES_DEFAULT_CONFIG,
    language_of,
    locale_languages,
    search_languages,
)
from search.backends.words import PlainWordsMixin


def postgres_config(language):
    return POSTGRES_CONFIGS.get(language, POSTGRES_DEFAULT_CONFIG)


class Index(PostgresIndex):
    def add_items(self, model, objs):
        """Wagtail's indexing, once per language, with that language's configuration."""
        languages = locale_languages()
        by_config = defaultdict(list)
        for obj in objs:
            by_config[postgres_config(language_of(obj, languages))].append(obj)
        for config, group in by_config.items():
            in_language = copy.copy(self)
            in_language.backend = copy.copy(self.backend)
            in_language.backend.config = config
            super(Index, in_language).add_items(model, group)


class SearchQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        """The words as each language searched stems them: a document matches in its own."""
        configs = dict.fromkeys(postgres_config(language) for language in search_languages())
        build = super().build_tsquery
        return reduce(operator.or_, (build(query, config=each) for each in configs))


class SearchResults(PostgresSearchResults):
    forgiving = None  # the same words with spelling forgiven, for a search as typed

    def _clone(self):
        clone = super()._clone()
        clone.forgiving = self.forgiving
        return clone

    def _do_search(self):
        found = super()._do_search()
        if found or self.forgiving is None or (self.start and super()._do_count()):
            return found
        return list(self._forgiven())

    def _do_count(self):
        count = super()._do_count()
        if count or self.forgiving is None:
            return count
        return self._forgiven().count()

    def _forgiven(self):
        compiler = self.query_compiler
        results = self.backend.search(
            self.forgiving,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]


class SearchBackend(PlainWordsMixin, PostgresSearchBackend):
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    results_class = SearchResults

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        results = super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        typed = query.query_string if type(query) is PlainText else query
        if (
            query_compiler_class is self.query_compiler_class
            and isinstance(results, SearchResults)
            and isinstance(typed, str)
        ):
            results.forgiving = Fuzzy(typed)
        return results
