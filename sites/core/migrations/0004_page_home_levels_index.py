"""An index of the few pages at the top of the tree (the tree's root, the sites' home pages and
the pages right below them), for `sites/core/navigation.py`.

Every page view reads a site's home pages and the pages below them by URL path and depth; Wagtail
indexes neither, so PostgreSQL read every page for these ~60 rows (3.3 ms with 18,000 pages, 0.07 ms
with this index, which also gives them in tree order). A partial index: it holds only those rows.
Both PostgreSQL and SQLite support it.
"""

from django.db import migrations

INDEX = "verbund_page_home_levels"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_hidden_shared_item"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (path) WHERE depth <= 3",
            f"DROP INDEX IF EXISTS {INDEX}",
            elidable=False,
        )
    ]
