"""Wagtail's PostgreSQL full-text backend, searching a resident's words as words,
and indexing many pages at once without building a query expression per field."""

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import balanced_reduce, get_content_type_pk

from search.backends.words import PlainWordsMixin


class BulkIndex(PostgresIndex):
    """Writes the rows Wagtail's PostgresIndex writes, with the same SQL expressions,
    for a fraction of the CPU: each object's fields are read once (Wagtail reads them
    once for each of five columns) and the vectors are written as SQL text with
    constants inline, rather than as Django expressions compiled one by one. A first
    sync of a 10,000-event calendar spent most of its time here (docs/benchmarks.md)."""

    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        rows, params = [], []
        for obj in objs:
            columns = IndexedColumns(obj, self.backend)
            rows.append(
                f"(%s, %s, {columns.vector(columns.title)}, "
                f"{columns.vector(columns.autocomplete, self.backend.autocomplete_config)}, "
                f"{columns.vector(columns.body)}, 1.0, %s, %s)"
            )
            params += [get_content_type_pk(model), str(obj.pk), *columns.params]
            params += [plain_text(columns.title), plain_text(columns.body)]
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm,
                     title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class IndexedColumns:
    """One object's texts for the title, body and autocomplete columns, as (text,
    weight) pairs, sorted the way Wagtail's ObjectIndexer sorts them."""

    def __init__(self, obj, backend):
        self.title, self.body, self.autocomplete, self.params = [], [], [], []
        self.config = backend.config
        indexer = ObjectIndexer(obj, backend)
        for field in indexer.search_fields:
            for current, weight, value in indexer.prepare_field(obj, field):
                if isinstance(current, SearchField):
                    (self.title if current.field_name == "title" else self.body).append(
                        (value, weight)
                    )
                if isinstance(current, AutocompleteField):
                    self.autocomplete.append((value, weight))

    def vector(self, texts, config=None):
        """What ObjectIndexer.as_vector compiles to: one weighted to_tsvector per
        non-blank text, joined pairwise with ||; the text goes into params."""
        texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
        if not texts:
            return "to_tsvector(COALESCE('', ''))"  # Wagtail's EMPTY_VECTOR, whatever the config
        config = config or self.config
        prefix = f"{quoted(config)}::regconfig, " if config else ""
        parts = []
        for text, weight in texts:
            if weight not in "ABCD":
                raise ValueError(f"Not a tsvector weight: {weight!r}")
            self.params.append(text)
            parts.append(f"setweight(to_tsvector({prefix}COALESCE(%s, '')), '{weight}')")
        return balanced_reduce(lambda left, right: f"({left} || {right})", parts)


def quoted(name):
    """A text search configuration's name (from settings) as an SQL literal."""
    return "'" + name.replace("'", "''").replace("%", "%%") + "'"


def plain_text(texts):
    """The title_text and body_text columns, for trigram search."""
    return " ".join(text.strip() for text, _weight in texts if text.strip())


class SearchBackend(PlainWordsMixin, PostgresSearchBackend):
    index_class = BulkIndex
