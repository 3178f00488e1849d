"""Backup and restore of everything an association entered: the database plus the media files.

PostgreSQL: pg_dump in custom format, restored with pg_restore. SQLite: SQLite's online backup
API. Media (images, documents, renditions): a tar.gz of MEDIA_ROOT. A backup is a folder with
`database.dump` or `database.sqlite3`, `media.tar.gz` and `manifest.json` (counts to check a
restore against).
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connections

DATABASE_DUMP = "database.dump"
DATABASE_SQLITE = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
MANIFEST = "manifest.json"


def _program(name):
    """Absolute path of a PostgreSQL client program (Debian package postgresql-client)."""
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is missing: install the PostgreSQL client programs")
    return path


def _pg_env(db):
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _pg_args(db):
    args = ["--host", db.get("HOST") or "localhost", "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return args


def content_counts():
    """What a restore must give back, counted in the current database."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    return {
        "pages": Page.objects.count(),
        **{
            f"pages_{code}": Page.objects.filter(locale__language_code=code).count()
            for code, _name in settings.LANGUAGES
        },
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def backup(destination):
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=False)
    db = settings.DATABASES["default"]
    vendor = connections["default"].vendor
    if vendor == "postgresql":
        subprocess.run(  # noqa: S603 - fixed program, arguments from settings
            [
                _program("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-acl",
                *_pg_args(db),
                "--file",
                str(destination / DATABASE_DUMP),
                db["NAME"],
            ],
            check=True,
            env=_pg_env(db),
        )
    elif vendor == "sqlite":
        connections["default"].ensure_connection()
        target = sqlite3.connect(destination / DATABASE_SQLITE)
        with target:
            connections["default"].connection.backup(target)
        target.close()
    else:
        raise RuntimeError(f"No backup procedure for the {vendor} database")
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(destination / MEDIA_ARCHIVE, "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname="media")
    manifest = {"database": vendor, "counts": content_counts()}
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return manifest


def restore(source):
    """Restore into the (empty or disposable) database of the current settings and MEDIA_ROOT."""
    source = Path(source)
    manifest = json.loads((source / MANIFEST).read_text())
    db = settings.DATABASES["default"]
    vendor = connections["default"].vendor
    if vendor != manifest["database"]:
        raise RuntimeError(f"Backup is of a {manifest['database']} database, not {vendor}")
    connections["default"].close()
    if vendor == "postgresql":
        subprocess.run(  # noqa: S603
            [
                _program("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-acl",
                "--exit-on-error",
                *_pg_args(db),
                "--dbname",
                db["NAME"],
                str(source / DATABASE_DUMP),
            ],
            check=True,
            env=_pg_env(db),
        )
    else:
        shutil.copyfile(source / DATABASE_SQLITE, db["NAME"])
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / MEDIA_ARCHIVE, "r:gz") as archive:
        for member in archive.getmembers():
            if not member.name.startswith("media") or member.issym() or member.islnk():
                continue
            relative = Path(member.name).relative_to("media")
            if ".." in relative.parts:
                continue
            target = media_root / relative
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
            elif member.isfile():
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(member) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
    return manifest
