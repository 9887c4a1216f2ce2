"""Bulk jobs index their pages once, at the end, without holding back anyone else's."""

import socket
import threading

import pytest

from django.db import DEFAULT_DB_ALIAS, connections

from core.factories import StandardPageFactory
from core.indexing import indexing_deferred


def found(client, words, title):
    return title in client.get("/en/search/", {"q": words}).content.decode()


def in_another_thread(work):
    """Runs `work` in a second thread on this test's connection (and transaction)."""
    connection = connections[DEFAULT_DB_ALIAS]
    errors = []

    def run():
        connections[DEFAULT_DB_ALIAS] = connection
        try:
            work()
        except Exception as error:  # re-raised in the test's own thread
            errors.append(error)

    connection.inc_thread_sharing()
    try:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    finally:
        connection.dec_thread_sharing()
    if errors:
        raise errors[0]


@pytest.mark.django_db
def test_a_bulk_jobs_pages_are_found_once_it_ends(client, home):
    with indexing_deferred():
        StandardPageFactory(parent=home, title="Quoits evening", slug="quoits")
        assert not found(client, "quoits", "Quoits evening")

    assert found(client, "quoits", "Quoits evening")


@pytest.mark.django_db
def test_a_page_published_beside_a_bulk_job_is_found_straight_away(client, home):
    with indexing_deferred():
        in_the_job = StandardPageFactory(parent=home, title="Quoits evening", slug="quoits")
        in_another_thread(
            lambda: StandardPageFactory(parent=home, title="Bagatelle night", slug="bagatelle")
        )

        assert found(client, "bagatelle", "Bagatelle night")
        assert not found(client, "quoits", in_the_job.title)


@pytest.mark.django_db
def test_a_job_inside_another_is_indexed_when_the_outer_one_ends(client, home):
    with indexing_deferred():
        with indexing_deferred():
            StandardPageFactory(parent=home, title="Quoits evening", slug="quoits")
        assert not found(client, "quoits", "Quoits evening")

    assert found(client, "quoits", "Quoits evening")


@pytest.mark.django_db
def test_a_bulk_job_with_the_search_node_down_keeps_its_pages_and_the_database_finds_them(
    client, home, settings
):
    closed_port = socket.socket()
    closed_port.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch",
            "URLS": [f"http://127.0.0.1:{closed_port.getsockname()[1]}"],
            "INDEX_PREFIX": "down_",
            "TIMEOUT": 1,
            "FALLBACK": "database",
        },
        "database": settings.WAGTAILSEARCH_BACKENDS["default"],
    }
    try:
        with indexing_deferred():
            StandardPageFactory(parent=home, title="Quoits evening", slug="quoits")
    finally:
        closed_port.close()

    assert found(client, "quoits", "Quoits evening")
