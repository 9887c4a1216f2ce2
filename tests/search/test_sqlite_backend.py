"""The SQLite search backend `make run` uses: ranked matches, and the statistics
SQLite needs to join the full-text table from the right side."""

from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend only"),
]


def test_rebuilding_the_search_index_refreshes_sqlites_statistics(demo_site):
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS sqlite_stat1")

    call_command("update_index", stdout=StringIO())

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailsearch_indexentry'")
        assert cursor.fetchone()[0] > 0
