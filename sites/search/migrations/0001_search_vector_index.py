"""A GIN index on the search vector modelsearch's PostgreSQL backend matches against.

The backend searches with `(title || body) @@ query`; the per-column GIN indexes cannot answer that
expression, so every search read every index entry. An index on the expression itself lets
PostgreSQL find the matching entries directly. SQLite (development, tests) has no such index.
"""

from django.db import migrations

INDEX = "verbund_search_vector_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
