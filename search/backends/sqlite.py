"""Wagtail's SQLite search backend, made to rank thousands of matches quickly.

Upstream orders by relevance with one full-text subquery per matching row, so
ranking 10,000 matches takes tens of seconds. Here FTS5 scores the matches once
and only the requested slice of objects is fetched by id, the way the search
node backends work. Words are searched as words, never as FTS5 syntax
(search/backends/words.py). Everything else (indexing, filters, counts, facets)
is Wagtail's own.
"""

from django.db.models import TextField
from django.db.models.functions import Cast

from wagtail.search.backends.database.sqlite.query import MatchExpression, normalize
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchAtomicRebuilder,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchRebuilder,
    SQLiteSearchResults,
)
from wagtail.search.query import MatchAll, Not
from wagtail.search.utils import get_descendants_content_types_pks

from search.backends.words import PlainWordsMixin


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
    pass


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
    query_compiler_class = RankedQueryCompiler
    autocomplete_query_compiler_class = RankedAutocompleteQueryCompiler
    results_class = RankedSearchResults
    rebuilder_class = Rebuilder
    atomic_rebuilder_class = AtomicRebuilder
