"""A backup restores into a fresh database with every page, revision, translation, image and document.

Runs against the engine of the suite (SQLite or PostgreSQL): a scratch source database gets the
demo sites (a copy of the ones the test run migrated and bootstrapped once, see
loadtest.harness.SiteTemplates), is backed up with `backup_site`, restored with `restore_site` into
another fresh, migrated database, and compared.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture
def scratch_databases(tmp_path):
    """Two empty databases of the suite's engine: (source URL, target URL)."""
    if connection.vendor == "postgresql":
        settings = connection.settings_dict
        base = f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
        names = [f"verbund_backup_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("src", "dst")]
        admin = psycopg.connect(f"{base}/postgres", autocommit=True)
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        yield tuple(f"{base}/{name}" for name in names)
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    else:
        yield (
            f"sqlite:///{tmp_path / 'source.sqlite3'}",
            f"sqlite:///{tmp_path / 'target.sqlite3'}",
        )


def test_backup_restores_every_page_revision_translation_image_and_document(
    tmp_path, scratch_databases, site_templates
):
    source_url, target_url = scratch_databases
    base_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEDIA_ROOT")}
    base_env["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    # one page cache for both databases, as a Redis outlives a restored database
    base_env["PAGE_CACHE_DIR"] = str(tmp_path / "page-cache")
    base_env.pop("REDIS_URL", None)
    source = {**base_env, "DATABASE_URL": source_url, "MEDIA_ROOT": str(tmp_path / "media-source")}
    target = {**base_env, "DATABASE_URL": target_url, "MEDIA_ROOT": str(tmp_path / "media-target")}

    site_templates.prepare_site(source)  # migrate and bootstrap_verbund, done once per test run
    manage(
        source,
        "shell",
        "-c",
        "from django.core.files.base import ContentFile; "
        "from wagtail.documents import get_document_model; "
        "d = get_document_model()(title='Satzung'); "
        "d.file.save('satzung.txt', ContentFile(b'Satzung'), save=True)",
    )
    manage(source, "backup_site", "--output", str(tmp_path / "backup"))
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    backed_up_tokens = site_tokens(source)

    manage(target, "migrate", "--no-input", "-v0")
    output = manage(target, "restore_site", str(tmp_path / "backup"), "--no-input")

    counts = manifest["counts"]
    assert counts["pages_en"] > 30 and counts["images"] >= 6 and counts["documents"] == 1
    assert counts["revisions"] >= counts["pages"] - 1
    assert str(counts) in output
    restored = json.loads(
        manage(
            target,
            "shell",
            "-c",
            "import json; from sites.ops.backup import content_counts; "
            "from wagtail.images import get_image_model; from wagtail.documents import get_document_model; "
            "print(json.dumps({**content_counts(), "
            "'files': all(i.file.storage.exists(i.file.name) for i in get_image_model().objects.all()) "
            "and all(d.file.storage.exists(d.file.name) for d in get_document_model().objects.all())}))",
        )
        .strip()
        .splitlines()[-1]
    )
    assert restored == {**counts, "files": True}
    # Pages cached from the replaced content (Redis outlives the database) are not served again.
    restored_tokens = site_tokens(target)
    assert len(backed_up_tokens) == 3 and restored_tokens.keys() == backed_up_tokens.keys()
    assert all(restored_tokens[host] != token for host, token in backed_up_tokens.items())


def site_tokens(env):
    """{hostname: the page cache's token of that site} (started if there is none yet)."""
    output = manage(
        env,
        "shell",
        "-c",
        "import json; from django.core.cache import caches; from wagtail.models import Site; "
        "from sites.cache import tokens; cache = caches[tokens.CACHE_ALIAS]; "
        "hosts = [s.hostname for s in Site.objects.all()]; "
        "values = tokens.current(cache, [tokens.site_key(h) for h in hosts], {}); "
        "print(json.dumps(dict(zip(hosts, values))))",
    )
    return json.loads(output.strip().splitlines()[-1])
