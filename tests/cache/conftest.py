import copy
import os
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client

from tests.conftest import HOSTS


@pytest.fixture
def generation_cache(settings):
    """The per-generation cache (fragments, listings, routes, site lookups) on, as in
    production, starting empty.

    It is per process; emptying it matters because a rolled-back test takes the site's cache
    generation back with it.
    """
    settings.GENERATION_CACHE_ENABLED = True
    caches["generation"].clear()
    yield caches["generation"]
    caches["generation"].clear()


#: the Redis the shared page cache of the tests lives in (the machine runs one; CI too)
TEST_REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"


@pytest.fixture(params=["local", "shared"])
def page_cache(request, settings, generation_cache):
    """The page cache on (and the per-generation cache, as in production), once in local memory
    (each process its own: hits are checked against the database) and once in Redis (shared:
    hits are checked against the epoch), with a key prefix of its own: no entry of an earlier
    test (or run) is seen.

    A fresh prefix clears the cache for this test without flushing a shared Redis database.
    """
    configured = copy.deepcopy(settings.CACHES)
    prefix = f"test-{uuid.uuid4().hex}"
    if request.param == "shared":
        configured["pages"] = {
            "BACKEND": "sites.cache.redis.PooledRedisCache",
            "LOCATION": TEST_REDIS_URL,
            "KEY_PREFIX": prefix,
            "TIMEOUT": settings.PAGE_CACHE_SECONDS,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
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


@pytest.fixture
def logged_in(db):
    def make(username, key="acod"):
        client = Client(HTTP_HOST=HOSTS[key])
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return make


def fetch(client, url, expect=None):
    """GET url; with `expect`, assert the X-Cache header (HIT, MISS or BYPASS)."""
    response = client.get(url)
    if expect is not None:
        assert response.get("X-Cache") == expect, f"{client.defaults['HTTP_HOST']}{url}"
    return response


def text(response):
    return response.content.decode()
