"""Project-level guarantees: migrations are complete, production refuses insecure secrets, and no
secret is kept in the repository."""

import io
import os
import re
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
    env["WAGTAILADMIN_BASE_URL"] = "https://acod.localhost"
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


# Where source and configuration live; .venv, var/ (database, media) and .git are not the repo's text.
SKIPPED_DIRS = {
    ".git",
    ".venv",
    "var",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
}
TEXT_SUFFIXES = {
    ".py",
    ".txt",
    ".toml",
    ".cfg",
    ".ini",
    ".env",
    ".json",
    ".yml",
    ".yaml",
    ".sh",
    "",
}
SECRET_KEY_LITERAL = re.compile(
    r"""SECRET_KEY\s*=\s*(?:env_str\(\s*["']SECRET_KEY["']\s*,\s*)?["']([^"']*)["']"""
)
PRIVATE_MATERIAL = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----"  # TLS / SSH keys
    r"|AKIA[0-9A-Z]{16}"  # AWS access key ids
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx"  # DeepL API keys
)


def repository_text_files():
    for path in REPO.rglob("*"):
        if SKIPPED_DIRS & set(path.relative_to(REPO).parts) or not path.is_file():
            continue
        if path.suffix in TEXT_SUFFIXES or path.name in {"Makefile", "run"}:
            yield path


def test_the_only_secret_key_literals_are_the_marked_dev_and_test_keys():
    literals = {}
    for path in repository_text_files():
        for literal in SECRET_KEY_LITERAL.findall(path.read_text(errors="replace")):
            literals.setdefault(literal, []).append(str(path.relative_to(REPO)))

    settings_literals = {
        literal
        for literal, paths in literals.items()
        if any(path.startswith("cms/settings/") for path in paths)
    }
    assert settings_literals == {
        "dev-only-insecure-key-do-not-use-in-production",
        "test-only-insecure-key",
    }
    for literal, paths in literals.items():
        # Anything else (tests) must be refused by production's check as well.
        assert "insecure" in literal.lower() or len(literal) < 50, (literal, paths)


def test_no_private_key_or_api_key_and_no_env_file_in_the_repository():
    found = [
        str(path.relative_to(REPO))
        for path in repository_text_files()
        if PRIVATE_MATERIAL.search(path.read_text(errors="replace"))
    ]
    assert found == []
    assert not [p for p in REPO.glob(".env*") if p.is_file()]


def test_the_dev_file_mail_backend_keeps_each_connections_messages_in_a_file_of_its_own(
    tmp_path, monkeypatch
):
    """gunicorn's forked workers share `id(backend)`: Django's file backend gave them one file,
    where messages sent at the same moment interleaved."""
    from django.core.mail import EmailMessage
    from django.core.mail.backends import filebased

    from cms.mail import OneFilePerConnectionBackend

    # what two forked workers look like to Django's naming: the same object id at the same moment
    monkeypatch.setattr(filebased, "id", lambda _backend: 140000000000, raising=False)
    first = OneFilePerConnectionBackend(file_path=tmp_path)
    second = OneFilePerConnectionBackend(file_path=tmp_path)
    first.send_messages([EmailMessage("A", "body A", to=["a@example.org"])])
    second.send_messages([EmailMessage("B", "body B", to=["b@example.org"])])

    files = sorted(tmp_path.iterdir())
    assert len(files) == 2
    texts = sorted(path.read_text() for path in files)
    assert "To: a@example.org" in texts[0] and "body B" not in texts[0]
    assert "To: b@example.org" in texts[1] and "body A" not in texts[1]
    assert all(path.name.startswith(f"{os.getpid()}-") for path in files)
