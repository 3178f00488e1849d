"""Every UI string has German and English text; catalogues are neither stale nor fuzzy."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "en")


@pytest.fixture(scope="module")
def extracted_catalogues(tmp_path_factory):
    """Run makemessages on a copy of the sources, merging into a copy of the committed catalogues."""
    workdir = tmp_path_factory.mktemp("catalogues")
    for name in ("cms", "sites", "templates", "locale"):
        shutil.copytree(
            REPO / name, workdir / name, ignore=shutil.ignore_patterns("*.mo", "__pycache__")
        )
    shutil.copy(REPO / "manage.py", workdir / "manage.py")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--no-obsolete",
            *[f"-l{lang}" for lang in LANGUAGES],
        ],
        cwd=workdir,
        env=env,
        check=True,
        capture_output=True,
    )
    return {
        lang: polib.pofile(str(workdir / "locale" / lang / "LC_MESSAGES" / "django.po"))
        for lang in LANGUAGES
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_string_in_the_code_is_translated(extracted_catalogues, lang):
    catalogue = extracted_catalogues[lang]

    assert len(catalogue) > 50
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_catalogue_has_no_stale_entries(extracted_catalogues, lang):
    committed = polib.pofile(str(REPO / "locale" / lang / "LC_MESSAGES" / "django.po"))
    extracted = {entry.msgid for entry in extracted_catalogues[lang]}

    assert {entry.msgid for entry in committed if not entry.obsolete} == extracted


def test_german_catalogue_really_is_german():
    catalogue = polib.pofile(str(REPO / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    translations = {entry.msgid: entry.msgstr for entry in catalogue}

    assert translations["Skip to main content"] == "Zum Inhalt springen"
    identical = [e.msgid for e in catalogue if e.msgid == e.msgstr and len(e.msgid) > 12]
    assert identical == []
