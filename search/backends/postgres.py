"""Wagtail's PostgreSQL full-text backend, searching a resident's words as words,
each document's words stemmed in its own language, forgiving spelling, and
indexing many pages at once without building a query expression per field.

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

from django.db.models import Exists, OuterRef, TextField
from django.db.models.functions import Cast

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import (
    balanced_reduce,
    get_content_type_pk,
    get_descendants_content_types_pks,
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


class BulkIndex(PostgresIndex):
    """Writes the rows Wagtail's PostgresIndex writes, with the same SQL expressions,
    for a fraction of the CPU: each object's fields are read once (Wagtail reads them
    once for each of five columns) and the vectors are written as SQL text with
    constants inline, rather than as Django expressions compiled one by one. A first
    sync of a 10,000-event calendar spent most of its time here (docs/benchmarks.md)."""

    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        rows, params = [], []
        for obj in objs:
            columns = IndexedColumns(obj, self.backend)
            rows.append(
                f"(%s, %s, {columns.vector(columns.title)}, "
                f"{columns.vector(columns.autocomplete, self.backend.autocomplete_config)}, "
                f"{columns.vector(columns.body)}, 1.0, %s, %s)"
            )
            params += [get_content_type_pk(model), str(obj.pk), *columns.params]
            params += [plain_text(columns.title), plain_text(columns.body)]
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm,
                     title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()

    def delete_stale_model_entries(self, model):
        """Wagtail's, with NOT EXISTS for its NOT IN: once the ids outgrow work_mem,
        NOT IN checks each entry against every id (over 15 minutes at 250,000
        activities) where an anti-join reads each once."""
        existing = model._default_manager.annotate(object_id=Cast("pk", TextField())).filter(
            object_id=OuterRef("object_id")
        )
        self.entries.filter(content_type_id__in=get_descendants_content_types_pks(model)).exclude(
            Exists(existing)
        ).delete()


class IndexedColumns:
    """One object's texts for the title, body and autocomplete columns, as (text,
    weight) pairs, sorted the way Wagtail's ObjectIndexer sorts them."""

    def __init__(self, obj, backend):
        self.title, self.body, self.autocomplete, self.params = [], [], [], []
        self.config = backend.config
        indexer = ObjectIndexer(obj, backend)
        for field in indexer.search_fields:
            for current, weight, value in indexer.prepare_field(obj, field):
                if isinstance(current, SearchField):
                    (self.title if current.field_name == "title" else self.body).append(
                        (value, weight)
                    )
                if isinstance(current, AutocompleteField):
                    self.autocomplete.append((value, weight))

    def vector(self, texts, config=None):
        """What ObjectIndexer.as_vector compiles to: one weighted to_tsvector per
        non-blank text, joined pairwise with ||; the text goes into params."""
        texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
        if not texts:
            return "to_tsvector(COALESCE('', ''))"  # Wagtail's EMPTY_VECTOR, whatever the config
        config = config or self.config
        prefix = f"{quoted(config)}::regconfig, " if config else ""
        parts = []
        for text, weight in texts:
            if weight not in "ABCD":
                raise ValueError(f"Not a tsvector weight: {weight!r}")
            self.params.append(text)
            parts.append(f"setweight(to_tsvector({prefix}COALESCE(%s, '')), '{weight}')")
        return balanced_reduce(lambda left, right: f"({left} || {right})", parts)


def quoted(name):
    """A text search configuration's name (from settings) as an SQL literal."""
    return "'" + name.replace("'", "''").replace("%", "%%") + "'"


def plain_text(texts):
    """The title_text and body_text columns, for trigram search."""
    return " ".join(text.strip() for text, _weight in texts if text.strip())


def postgres_config(language):
    return POSTGRES_CONFIGS.get(language, POSTGRES_DEFAULT_CONFIG)


class Index(BulkIndex):
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
