"""The SQLite search backend `make run` uses: ranked matches, the statistics
SQLite needs to join the full-text table from the right side, and an index that
holds what Wagtail's would, with each word as its stem, written in one pass."""

from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection

from modelsearch.backends import get_search_backend

from directory.models import ActivityPage
from search.backends.languages import language_of, locale_languages
from tests.search.indexing import indexed_samples, make_one_activitys_text_awkward

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend only"),
]

if connection.vendor == "sqlite":  # the SQLite backend's models exist only there
    from wagtail.search.backends.database.sqlite.sqlite import IndexEntry, SQLiteIndex

    from search.backends.sqlite import StemmedIndex, stemmed_text


def test_rebuilding_the_search_index_refreshes_sqlites_statistics(demo_site):
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS sqlite_stat1")

    call_command("update_index", stdout=StringIO())

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailsearch_indexentry'")
        assert cursor.fetchone()[0] > 0


def index_rows(index_class, model, objects):
    IndexEntry.objects.all().delete()
    index_class(get_search_backend()).add_items(model, objects)
    return list(
        IndexEntry.objects.order_by("content_type_id", "object_id").values_list(
            "content_type_id", "object_id", "title", "autocomplete", "body"
        )
    )


def test_every_model_is_indexed_as_wagtail_indexes_it_with_its_words_stemmed(demo_site):
    make_one_activitys_text_awkward()
    languages = locale_languages()
    compared = 0
    for model, objects in indexed_samples():
        language = {str(obj.pk): language_of(obj, languages) for obj in objects}
        expected = [
            (
                content_type,
                pk,
                stemmed_text(title, language[pk]),
                autocomplete,
                stemmed_text(body, language[pk]),
            )
            for content_type, pk, title, autocomplete, body in index_rows(
                SQLiteIndex, model, objects
            )
        ]
        assert index_rows(StemmedIndex, model, objects) == expected
        compared += len(expected)
    assert compared > 100


def test_reindexing_updates_entries_in_place(demo_site):
    activity = ActivityPage.objects.live().first()
    index = StemmedIndex(get_search_backend())
    index.add_items(ActivityPage, [activity])
    entry = IndexEntry.objects.get(object_id=str(activity.pk), content_type__model="activitypage")

    activity.title = "Singing together"
    index.add_items(ActivityPage, [activity])

    updated = IndexEntry.objects.get(pk=entry.pk)
    assert updated.title == "sing togeth"
    assert activity in ActivityPage.objects.filter(pk=activity.pk).search("sings")
