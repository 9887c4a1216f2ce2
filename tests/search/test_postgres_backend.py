"""The PostgreSQL search backend's bulk index writes exactly the rows Wagtail's own
index writes, only with less work (search/backends/postgres.py)."""

import pytest

from django.db import connection

from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresIndex

from directory.models import ActivityPage
from search.backends.postgres import BulkIndex
from tests.search.indexing import indexed_samples, make_one_activitys_text_awkward

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend only"),
]


def index_rows(index_class, model, objects):
    IndexEntry.objects.all().delete()
    index_class(get_search_backend()).add_items(model, objects)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT content_type_id, object_id, title::text, autocomplete::text, body::text,"
            " title_norm, title_text, body_text FROM wagtailsearch_indexentry"
            " ORDER BY content_type_id, object_id"
        )
        return cursor.fetchall()


def test_every_model_is_indexed_exactly_as_wagtail_indexes_it(demo_site):
    make_one_activitys_text_awkward()
    compared = 0
    for model, objects in indexed_samples():
        expected = index_rows(PostgresIndex, model, objects)
        # BulkIndex, with one configuration: the backend's Index calls it once per
        # language with that language's configuration (tests/search/test_words.py).
        assert index_rows(BulkIndex, model, objects) == expected
        compared += len(expected)
    assert compared > 100


def test_entries_of_pages_gone_are_deleted_and_the_others_kept(demo_site):
    index = get_search_backend().get_index_for_model(ActivityPage)
    activity = ActivityPage.objects.filter(locale__language_code="en").first()
    entry = IndexEntry.objects.get(object_id=str(activity.pk))
    # The entry of a page gone without its signal, as a crashed job leaves it.
    entry.pk, entry.object_id = None, "999999999"
    entry.save()

    index.delete_stale_entries()

    assert not IndexEntry.objects.filter(object_id="999999999").exists()
    assert IndexEntry.objects.filter(object_id=str(activity.pk)).exists()
