"""Test settings: fast hashing, local-memory cache, fixed demo hostnames."""

import os
import re

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
VERBUND_SITE_HOSTNAMES = {
    "acod": "acod.localhost",
    "clusterit": "clusterit.localhost",
    "logistik": "logistik.localhost",
}
VERBUND_SITE_PORT = 80
ALLOWED_HOSTS = [*VERBUND_SITE_HOSTNAMES.values(), "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://acod.localhost"
# Serve static files straight from the finders: tests never run collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

VERBUND_DEMO_ACCOUNTS = True
DEMO_PASSWORD = "verbund-demo-2026"  # noqa: S105
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}
# Tests (and the browser tests' live server) fetch generated renditions like a reader would.
SERVE_MEDIA = True

# --- page cache ---
# Off, so tests see every request rendered; tests/cache switches it on with override_settings.
# REDIS_URL (e.g. redis://127.0.0.1:6379/15) runs the suite against Redis instead of local memory.
PAGE_CACHE_ENABLED = False
# Parallel runs (pytest-xdist): each worker its own Redis database (15, 14, …), since clearing a
# Django Redis cache empties the whole database, and its own key prefix.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _WORKER.startswith("gw"):  # noqa: F405
    REDIS_URL = re.sub(r"/(\d+)$", lambda m: f"/{int(m[1]) - int(_WORKER[2:])}", REDIS_URL)  # noqa: F405
CACHES = build_caches(REDIS_URL, key_prefix=f"verbund-test{_WORKER}")  # noqa: F405
if not REDIS_URL:  # one process: local memory is shared by everything a test runs
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
# --- end page cache ---
