"""Wagtail's Elasticsearch 7 backend that never fails a search.

When the node is down, hung or is not a node at all, a search is answered by
the database backend named FALLBACK instead (kept indexed beside the node),
after at most SEARCH_TIMEOUT_SECONDS; indexing keeps the backend's longer
TIMEOUT, as a large batch takes longer than a search may. The failure is
remembered in the cache for SEARCH_RETRY_SECONDS, so while the node is out
searches go straight to the database rather than each waiting for the timeout.
"""

import logging

from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ElasticsearchException

from django.conf import settings
from django.core.cache import cache
from django.utils.functional import cached_property

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch7 import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchResults,
)

from search.backends.words import PlainWordsMixin

logger = logging.getLogger(__name__)

NODE_FAILED_KEY = "search:node-failed"


def with_search_timeout(method):
    def call(self, *args, **kwargs):
        kwargs.setdefault("request_timeout", settings.SEARCH_TIMEOUT_SECONDS)
        return method(self, *args, **kwargs)

    return call


class Client(Elasticsearch):
    """Whatever a search or the health check asks gives up after SEARCH_TIMEOUT_SECONDS."""

    search = with_search_timeout(Elasticsearch.search)
    scroll = with_search_timeout(Elasticsearch.scroll)
    count = with_search_timeout(Elasticsearch.count)
    ping = with_search_timeout(Elasticsearch.ping)


class SearchResults(Elasticsearch7SearchResults):
    def _do_search(self):
        search_node = super()._do_search  # a generator: the node is asked as it is listed
        return self._from_node_or_database(lambda: list(search_node()))

    def _do_count(self):
        return self._from_node_or_database(super()._do_count, lambda results: results.count())

    def _from_node_or_database(self, ask_node, from_database=list):
        if not self.backend.node_failed_lately():
            try:
                return ask_node()
            except ElasticsearchException as error:
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


class SearchBackend(PlainWordsMixin, Elasticsearch7SearchBackend):
    results_class = SearchResults
    client_class = Client

    def __init__(self, params):
        self.fallback = params.pop("FALLBACK")
        super().__init__(params)

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
        """For the health check: False when the node is down, slow or not a node."""
        try:
            return self.es.ping()  # False, rather than an error, for a node that is down
        except ElasticsearchException:  # a server that is not a node fails the product check
            return False
