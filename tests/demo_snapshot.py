"""The demo borough's database rows, kept in memory after the one real load.

Tests served by a live server commit for real, so the database is emptied
after each of them. Loading the borough again takes many seconds; putting
these rows back takes about one.
"""

import sqlite3

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction

_rows = {}


def take():
    """Keeps every table's rows as they are now."""
    _rows.clear()
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        _rows["sqlite"] = copy
        return
    with connection.cursor() as cursor:
        for table in tables():
            with cursor.cursor.copy(f"COPY {quoted(table)} TO STDOUT") as copy:
                _rows[table] = b"".join(bytes(chunk) for chunk in copy)


def restore():
    """Puts the kept rows back in place of whatever the tables hold."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        _rows["sqlite"].backup(connection.connection)
    else:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("TRUNCATE " + ", ".join(quoted(table) for table in _rows))
            for table, body in _rows.items():
                with cursor.cursor.copy(f"COPY {quoted(table)} FROM STDIN") as copy:
                    copy.write(body)
            models = apps.get_models(include_auto_created=True)
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
    # The emptied database's content types were cached with other ids.
    ContentType.objects.clear_cache()
    cache.clear()


def is_taken():
    return bool(_rows)


def tables():
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def quoted(table):
    return connection.ops.quote_name(table)
