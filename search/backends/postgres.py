"""Wagtail's PostgreSQL full-text backend, searching a resident's words as words."""

from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

from search.backends.words import PlainWordsMixin


class SearchBackend(PlainWordsMixin, PostgresSearchBackend):
    pass
