"""Wagtail's SQLite search backend, made to rank thousands of matches quickly.

Upstream orders by relevance with one full-text subquery per matching row, so
ranking 10,000 matches takes tens of seconds. Here FTS5 scores the matches once
and only the requested slice of objects is fetched by id, the way the search
node backends work. Words are searched as words, never as FTS5 syntax
(search/backends/words.py), and stemmed in their document's language with the
Snowball stemmers PostgreSQL uses, so "walking" finds what "walk" finds: the
index holds each word's stem, and a search looks for its words' stems in the
reader's language and the site's main one. Everything else (filters, counts,
facets) is Wagtail's own.
"""

from django.db.models import TextField
from django.db.models.functions import Cast

from modelsearch.index import AutocompleteField, SearchField
from wagtail.search.backends.database.sqlite.query import MatchExpression, normalize
from wagtail.search.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchAtomicRebuilder,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchRebuilder,
    SQLiteSearchResults,
)
from wagtail.search.query import And, MatchAll, Not, Or, PlainText
from wagtail.search.utils import get_content_type_pk, get_descendants_content_types_pks

from search.backends.languages import (
    language_of,
    locale_languages,
    search_languages,
    stem,
    stemmer,
)
from search.backends.words import PlainWordsMixin, plain_words


def stemmed_text(text, language):
    """The text as its words' stems, for the index; as it is in a language
    without a stemmer."""
    if not stemmer(language):
        return text
    return " ".join(stem(word, language) for word in plain_words(text).split())


class Stems(PlainText):
    """One typed word's stems in each language searched: any may match."""

    def __init__(self, word):
        stems = dict.fromkeys(stem(word, language) for language in search_languages())
        super().__init__(" ".join(stems), operator="or")


def stemmed_query(query):
    parts = [Stems(word) for word in query.query_string.split()]
    if len(parts) == 1:
        return parts[0]
    return (And if query.operator.lower() == "and" else Or)(parts)


class StemmedIndex(SQLiteIndex):
    """Writes the entries Wagtail's SQLiteIndex writes, with each document's words
    as their stems in its language, for a fraction of the CPU: each object's fields
    are read once (Wagtail reads them once for each of three columns, querying
    related objects each time), and entries are written in batches rather than
    updated one by one. A first sync of a 10,000-event calendar spent much of its
    time here (docs/benchmarks.md)."""

    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        languages = locale_languages()
        content_type_pk = get_content_type_pk(model)
        entries = {}
        for obj in objs:
            language = language_of(obj, languages)
            title, body, autocomplete = [], [], []
            indexer = ObjectIndexer(obj, self.backend)
            for field in indexer.search_fields:
                for current, value in indexer.prepare_field(obj, field):
                    if isinstance(current, AutocompleteField):
                        autocomplete.append(value)
                    elif isinstance(current, SearchField):
                        (title if current.field_name == "title" else body).append(value)
            entries[indexer.id] = IndexEntry(
                content_type_id=content_type_pk,
                object_id=indexer.id,
                title=stemmed_text(" ".join(title), language),
                autocomplete=" ".join(autocomplete),
                body=stemmed_text(" ".join(body), language),
            )
        indexed = self.entries.filter(
            content_type_id=content_type_pk, object_id__in=entries
        ).values_list("object_id", "pk")
        for object_id, pk in indexed:
            entries[object_id].pk = pk
        existing = [entry for entry in entries.values() if entry.pk]
        self.entries.bulk_update(existing, ["title", "autocomplete", "body"], batch_size=500)
        self.entries.bulk_create([entry for entry in entries.values() if not entry.pk])
        self._refresh_title_norms()


class RankedMatchesMixin:
    def ranked_pks(self, config, start, stop):
        """Primary keys of the matching objects in the queryset, best first."""
        search_query = self.build_search_query(normalize(self.query), config=config)
        candidates = self.queryset.order_by().annotate(
            _object_id=Cast("pk", output_field=TextField())
        )
        entries = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
            )
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=candidates.values("_object_id"),
            )
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            # FTS5's bm25 is lower for better matches; newest first among equals.
            .order_by("score", "-index_entry_id")
        )
        to_pk = self.queryset.model._meta.pk.to_python
        object_ids = entries.values_list("index_entry__object_id", flat=True)[start:stop]
        return [to_pk(object_id) for object_id in object_ids]


class RankedQueryCompiler(RankedMatchesMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if type(query) is PlainText:  # as typed: look for its stems
            query = stemmed_query(query)
        return super().build_search_query_content(query, config=config)


class RankedAutocompleteQueryCompiler(RankedMatchesMixin, SQLiteAutocompleteQueryCompiler):
    pass


class RankedSearchResults(SQLiteSearchResults):
    def _do_search(self):
        compiler = self.query_compiler
        query = normalize(compiler.query)
        if (
            not compiler.order_by_relevance
            or self._score_field is not None
            or isinstance(query, (MatchAll, Not))
        ):
            return super()._do_search()
        pks = compiler.ranked_pks(compiler.get_config(self.backend), self.start, self.stop)
        found = compiler.queryset.order_by().in_bulk(pks)
        return [found[pk] for pk in pks if pk in found]


class AnalyseAfterRebuildMixin:
    """Refresh SQLite's table statistics after a rebuild: without them it joins
    the full-text table from the wrong side, running the match once per row."""

    def finish(self):
        super().finish()
        with self.index.write_connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class Rebuilder(AnalyseAfterRebuildMixin, SQLiteSearchRebuilder):
    pass


class AtomicRebuilder(AnalyseAfterRebuildMixin, SQLiteSearchAtomicRebuilder):
    pass


class SearchBackend(PlainWordsMixin, SQLiteSearchBackend):
    index_class = StemmedIndex
    query_compiler_class = RankedQueryCompiler
    autocomplete_query_compiler_class = RankedAutocompleteQueryCompiler
    results_class = RankedSearchResults
    rebuilder_class = Rebuilder
    atomic_rebuilder_class = AtomicRebuilder
