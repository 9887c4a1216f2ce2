"""On PostgreSQL, an index for the search's own condition on the title and body
together, so that a word search finds its matches without reading every entry."""

from django.db import migrations


def index_title_and_body(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The PostgreSQL backend matches `(title || body) @@ query`; Wagtail indexes
    # each column alone, which that expression cannot use (docs/benchmarks.md).
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS modelsearch_title_body_gin ON {table} "
        "USING gin ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS modelsearch_title_body_gin")


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0013_session_dates"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(index_title_and_body, drop_index)]
