"""On PostgreSQL, trigram matching so a misspelt search still finds things."""

from django.db import migrations


def enable_trigram_matching(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    for column in ("title_text", "body_text"):
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS modelsearch_{column}_trgm "
            f"ON {table} USING gin ({column} gin_trgm_ops)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(enable_trigram_matching, migrations.RunPython.noop)]
