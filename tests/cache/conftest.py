import copy
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


@pytest.fixture
def page_cache(settings, generation_cache):
    """The page cache on (and the per-generation cache, as in production), with a key prefix of
    its own: no entry of an earlier test (or run) is seen.

    A fresh prefix clears the cache for this test without flushing a shared Redis database.
    """
    configured = copy.deepcopy(settings.CACHES)
    configured["pages"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    settings.CACHES = configured
    settings.PAGE_CACHE_ENABLED = True
    return caches["pages"]


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
