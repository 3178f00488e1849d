"""Production serving settings: hashed, compressed static files; persistent DB connections; S3 media."""

import json
import multiprocessing
import os
import runpy
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SECRET = "k" * 20 + "-production-like-secret-" + "q" * 20


def production_settings(**env):
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'media': s.STORAGES['default'], 'static': s.STORAGES['staticfiles'], "
        "'conn_max_age': s.DATABASES['default']['CONN_MAX_AGE'], "
        "'health': s.DATABASES['default']['CONN_HEALTH_CHECKS'], "
        "'whitenoise': 'whitenoise.middleware.WhiteNoiseMiddleware' in s.MIDDLEWARE}))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": SECRET,
            "WAGTAILADMIN_BASE_URL": "https://acod.localhost",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_production_serves_static_files_compressed_and_hashed_with_persistent_connections():
    settings = production_settings()

    assert (
        settings["static"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert settings["whitenoise"]
    assert settings["conn_max_age"] == 60 and settings["health"] is True
    assert settings["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_media_goes_to_s3_compatible_storage_when_a_bucket_is_configured():
    settings = production_settings(
        AWS_STORAGE_BUCKET_NAME="verbund-media", AWS_S3_ENDPOINT_URL="https://s3.example.internal"
    )

    assert settings["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert settings["media"]["OPTIONS"]["bucket_name"] == "verbund-media"
    assert settings["media"]["OPTIONS"]["endpoint_url"] == "https://s3.example.internal"
    assert settings["media"]["OPTIONS"]["file_overwrite"] is False


def gunicorn_config(monkeypatch, **env):
    for name in (
        "WEB_CONCURRENCY",
        "GUNICORN_THREADS",
        "GUNICORN_TIMEOUT",
        "GUNICORN_MAX_REQUESTS",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(REPO / "gunicorn.conf.py"))


def test_gunicorn_sizes_workers_from_the_cpus_and_logs_access_to_stdout(monkeypatch):
    config = gunicorn_config(monkeypatch)

    assert config["workers"] == min(multiprocessing.cpu_count() * 2 + 1, 8)
    assert (config["threads"], config["timeout"], config["graceful_timeout"]) == (2, 30, 30)
    assert config["accesslog"] == "-" and config["errorlog"] == "-"


def test_gunicorn_recycles_workers_rarely_a_new_one_starts_cold(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config["max_requests"] == 20_000
    assert config["max_requests_jitter"] == 2_000

    assert gunicorn_config(monkeypatch, GUNICORN_MAX_REQUESTS="5000")["max_requests"] == 5_000


def test_gunicorn_workers_keep_what_they_loaded_at_start_up_out_of_full_collections(monkeypatch):
    import gc

    config = gunicorn_config(monkeypatch)
    assert gc.get_freeze_count() == 0
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 10_000  # Django, Wagtail, models and URLconf
    finally:
        gc.unfreeze()
