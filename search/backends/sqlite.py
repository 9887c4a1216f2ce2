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

from wagtail.search.backends.database.sqlite.query import MatchExpression, normalize
from wagtail.search.backends.database.sqlite.sqlite import (
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
    """The text as its words' stems, for the index."""
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
    """Wagtail writes each document's text as it is; its words are then
    replaced by their stems in the document's language."""

    def add_items(self, model, objs):
        super().add_items(model, objs)
        languages = locale_languages()
        stemmed = {str(obj.pk): language_of(obj, languages) for obj in objs}
        stemmed = {pk: language for pk, language in stemmed.items() if stemmer(language)}
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model), object_id__in=stemmed
            ).only("object_id", "title", "body")
        )
        for entry in entries:
            entry.title = stemmed_text(entry.title, stemmed[entry.object_id])
            entry.body = stemmed_text(entry.body, stemmed[entry.object_id])
        self.entries.bulk_update(entries, ["title", "body"], batch_size=500)


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
