import copy
import uuid

import pytest
from django.core.cache import caches
from django.test import Client

from sites.cache import tokens
from tests.conftest import HOSTS


def redis_url_of_this_worker():
    """The Redis database of this test worker (the machine runs a Redis; CI too): with REDIS_URL
    the test settings give each pytest-xdist worker a database of its own, since another
    worker's `cache.clear()` empties its whole database, whatever the key prefix."""
    from django.conf import settings

    return settings.REDIS_URL or "redis://127.0.0.1:6379/15"


@pytest.fixture(autouse=True)
def nothing_pending():
    """No token replacement left over from another test (a refused one is kept per process)."""
    tokens._pending.clear()
    yield
    tokens._pending.clear()


@pytest.fixture(params=["local", "shared", "files"])
def page_cache(request, settings, tmp_path):
    """The page cache on, as in production, with entries and tokens in one "pages" cache:

    - local: local memory (one process, as the tests' default without REDIS_URL);
    - shared: Redis (production with REDIS_URL: every worker sees the same tokens);
    - files: files in a folder (production without REDIS_URL, shared by the workers of a machine).

    Each with a key prefix (or folder) of its own: no entry or token of an earlier test (or run)
    is seen. A fresh prefix clears the cache for this test without flushing a shared Redis.
    """
    configured = copy.deepcopy(settings.CACHES)
    prefix = f"test-{uuid.uuid4().hex}"
    if request.param == "shared":
        configured["pages"] = {
            "BACKEND": "sites.cache.redis.PooledRedisCache",
            "LOCATION": redis_url_of_this_worker(),
            "KEY_PREFIX": prefix,
            "TIMEOUT": settings.PAGE_CACHE_SECONDS,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    elif request.param == "files":
        configured["pages"] = {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "page-cache"),
            "TIMEOUT": settings.PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    else:
        configured["pages"] = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": prefix,
            "TIMEOUT": settings.PAGE_CACHE_SECONDS,
        }
    settings.CACHES = configured
    settings.PAGE_CACHE_ENABLED = True
    yield caches["pages"]
    if request.param == "shared":  # this test's keys only: the Redis database is shared
        client = caches["pages"]._cache.get_client(write=True)
        for key in client.scan_iter(match=f"{prefix}:*"):
            client.delete(key)


@pytest.fixture
def reader(db):
    """An anonymous reader on one association's host."""

    def make(key):
        return Client(HTTP_HOST=HOSTS[key])

    return make


def fetch(client, url, expect=None):
    """GET url; with `expect`, assert the X-Cache header (HIT, MISS or BYPASS)."""
    response = client.get(url)
    if expect is not None:
        assert response.get("X-Cache") == expect, (
            f"{client.defaults['HTTP_HOST']}{url}: {response.get('X-Cache')}, not {expect}"
        )
    return response


def text(response):
    return response.content.decode()


def warm(client, *urls):
    """Render each URL once and check the next reader is served it from the cache."""
    for url in urls:
        fetch(client, url)
        fetch(client, url, expect="HIT")
