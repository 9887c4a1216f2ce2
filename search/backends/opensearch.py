"""Wagtail's OpenSearch 2 backend that understands words and never fails a search.

Words: each document's text is also indexed in a field analysed for its own
language (`_text_en` with the English analyzer, `_text_ar` with the Arabic one,
…), so "walking" finds what "walk" finds and an Arabic plural finds the
singular. A search whose words match nothing is asked again forgiving
spelling (fuzziness), so one wrong letter still finds the activity, without a
search for "walk" also listing every "talk".

Failures: when the node is down, hung or is not a node at all, a search is
answered by the database backend named FALLBACK instead (kept indexed beside
the node), after at most SEARCH_TIMEOUT_SECONDS; indexing keeps the backend's
longer TIMEOUT, as a large batch takes longer than a search may. The failure is
remembered in the cache for SEARCH_RETRY_SECONDS, so while the node is out
searches go straight to the database rather than each waiting for the timeout.
"""

import logging

from opensearchpy import OpenSearch
from opensearchpy.exceptions import OpenSearchException

from django.conf import settings
from django.core.cache import cache
from django.utils.functional import cached_property

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.opensearch2 import (
    OpenSearch2Mapping,
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
    OpenSearch2SearchResults,
)
from wagtail.search.index import RelatedFields, SearchField
from wagtail.search.query import Fuzzy, PlainText

from search.backends.languages import base_language, language_of, locale_languages
from search.backends.words import PlainWordsMixin

logger = logging.getLogger(__name__)

NODE_FAILED_KEY = "search:node-failed"

# OpenSearch's own language analyzers (analysis-common). Polish and Ukrainian
# stemmers are plugins that Maven Central serves only for OpenSearch 3.8, and
# there are none for Somali or Urdu: those languages, and any added later, get
# the standard analyzer (words split and lower-cased, no stemming).
LANGUAGE_ANALYZERS = {
    "ar": "arabic",
    "bn": "bengali",
    "en": "english",
    "es": "spanish",
    "pt": "portuguese",
    "tr": "turkish",
    "zh": "cjk",
}


# The search node's finder (search/finder.py) reads these methods' values as
# places and dates.
METHOD_FIELD_TYPES = {
    "find_place": "geo_point",
    "find_session_starts": "date",
    "find_welcomed_on": "date",
}


def text_field(language_code):
    return f"_text_{base_language(language_code)}"


def content_languages():
    return sorted({base_language(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES})


def with_search_timeout(method):
    def call(self, *args, **kwargs):
        kwargs.setdefault("request_timeout", settings.SEARCH_TIMEOUT_SECONDS)
        return method(self, *args, **kwargs)

    return call


def visible_at_once(method):
    # "true" refreshes the shard now; "wait_for" would wait up to the refresh
    # interval (a second) per document, and publishing an activity re-indexes
    # each of its translations, so a publish in eleven languages took two minutes.
    # Only single pages written at an editor's pace come here; bulk indexing does not.
    def call(self, *args, **kwargs):
        kwargs.setdefault("refresh", "true")
        return method(self, *args, **kwargs)

    return call


class Client(OpenSearch):
    """Whatever a search asks gives up after SEARCH_TIMEOUT_SECONDS. A page
    indexed or removed on its own (a publish, an edit) is found by the next
    search, not up to a second later: the node's answer waits for it."""

    search = with_search_timeout(OpenSearch.search)
    scroll = with_search_timeout(OpenSearch.scroll)
    count = with_search_timeout(OpenSearch.count)
    index = visible_at_once(OpenSearch.index)
    delete = visible_at_once(OpenSearch.delete)


class Mapping(OpenSearch2Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        # Wagtail maps a method's FilterField as a keyword; distances and dates need their types.
        for field in self.model.get_search_fields():
            node_type = METHOD_FIELD_TYPES.get(getattr(field, "field_name", None))
            if node_type:
                mapping["properties"][self.get_field_column_name(field)] = {"type": node_type}
        for language in content_languages():
            mapping["properties"][text_field(language)] = {
                "type": "text",
                "analyzer": LANGUAGE_ANALYZERS.get(language, "standard"),
            }
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        words = list(self._words(self, self.model.get_search_fields(), document))
        if words:
            document[text_field(language_of(obj, self._locale_languages))] = words
        return document

    def _words(self, mapping, fields, document):
        """The text of every SearchField in the document, nested ones too."""
        for field in fields:
            value = document.get(mapping.get_field_column_name(field))
            if isinstance(field, RelatedFields):
                nested_mapping = type(self)(field.get_field(mapping.model).related_model)
                nested = value if isinstance(value, list) else [value]
                for nested_document in filter(None, nested):
                    yield from self._words(nested_mapping, field.fields, nested_document)
            elif isinstance(field, SearchField) and isinstance(value, str) and value:
                yield value

    @cached_property
    def _locale_languages(self):
        return locale_languages()


class SearchQueryCompiler(OpenSearch2SearchQueryCompiler):
    mapping_class = Mapping

    def _remap_fields(self, fields):
        """Searching every field searches each language's analysed text too."""
        remapped = super()._remap_fields(fields)
        if not fields:
            field_class = type(remapped[0])
            remapped.extend(field_class(text_field(language)) for language in content_languages())
        return remapped


class SearchResults(OpenSearch2SearchResults):
    def _do_search(self):
        search_node = super()._do_search  # a generator: the node is asked as it is listed
        return self._from_node_or_database(lambda: list(search_node()))

    def _do_count(self):
        return self._from_node_or_database(super()._do_count, lambda results: results.count())

    def _from_node_or_database(self, ask_node, from_database=list):
        if not self.backend.node_failed_lately():
            try:
                return ask_node()
            except OpenSearchException as error:
                self.backend.node_failed(error)
        return from_database(self._database_results())

    def _database_results(self):
        """The same search, filters, order and slice, from the database backend."""
        compiler, database = self.query_compiler, self.backend.database
        if isinstance(compiler, self.backend.autocomplete_query_compiler_class):
            search = database.autocomplete
        else:
            search = database.search
        results = search(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]


class SearchBackend(PlainWordsMixin, OpenSearch2SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    results_class = SearchResults
    client_class = Client

    def __init__(self, params):
        self.fallback = params.pop("FALLBACK")
        super().__init__(params)

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        results = super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        if isinstance(query, str):
            operator = kwargs.get("operator") or query_compiler_class.DEFAULT_OPERATOR
            query = PlainText(query, operator=operator)
        if (
            query_compiler_class is self.query_compiler_class
            and isinstance(query, PlainText)
            and not results.count()
            and not self.node_failed_lately()  # the database may not forgive spelling
        ):
            forgiving = Fuzzy(query.query_string, operator=query.operator)
            return super()._search(query_compiler_class, forgiving, model_or_queryset, **kwargs)
        return results

    @cached_property
    def database(self):
        return get_search_backend(self.fallback)

    def node_failed_lately(self):
        return cache.get(NODE_FAILED_KEY, False)

    def node_failed(self, error):
        logger.warning(
            "The search node failed (%r); searching the database for the next %s s",
            error,
            settings.SEARCH_RETRY_SECONDS,
        )
        cache.set(NODE_FAILED_KEY, True, settings.SEARCH_RETRY_SECONDS)

    def node_answers(self):
        """For the health check: False when the node is down, slow, not a node or red."""
        try:
            health = self.es.cluster.health(request_timeout=settings.SEARCH_TIMEOUT_SECONDS)
        except OpenSearchException:  # down, hung, or a web server whose answer is no JSON
            return False
        return isinstance(health, dict) and health.get("status") in ("green", "yellow")
