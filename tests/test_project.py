"""Project-level guarantees: migrations are complete, production refuses insecure secrets."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.django_db
def test_models_and_migrations_are_in_step():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def import_production_settings(secret_key):
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "secret_key", [None, "", "short", "dev-only-insecure-key-do-not-use-in-production-0123456789"]
)
def test_production_settings_refuse_to_start_without_a_real_secret_key(secret_key):
    result = import_production_settings(secret_key)

    assert result.returncode != 0
    assert "needs SECRET_KEY" in result.stderr


def test_production_settings_start_with_a_real_secret_key():
    result = import_production_settings("x7Gq" * 16)

    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
