"""Caches: Redis when REDIS_URL is set, local memory otherwise; the middleware's place."""

import os
import threading
import uuid

from django.conf import settings

from cms.settings.base import build_caches

REDIS = "sites.cache.redis.PooledRedisCache"  # Django's RedisCache, one client per pool
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
PROCESS = "sites.cache.memory.ProcessMemoryCache"  # LocMemCache without copying immutable values


def test_redis_url_gives_redis_for_both_shared_caches_with_their_own_prefixes():
    configured = build_caches("redis://127.0.0.1:6379/0")

    assert {alias: c["BACKEND"] for alias, c in configured.items()} == {
        "default": REDIS,
        "pages": REDIS,
        # keyed by the cache generation read from the database: per process is enough
        "generation": PROCESS,
        "renditions": PROCESS,
    }
    assert configured["default"]["LOCATION"] == configured["pages"]["LOCATION"]
    assert configured["default"]["KEY_PREFIX"] != configured["pages"]["KEY_PREFIX"]
    assert configured["pages"]["TIMEOUT"] == settings.PAGE_CACHE_SECONDS


def test_without_redis_url_every_cache_is_local_memory():
    configured = build_caches("")

    assert {alias: c["BACKEND"] for alias, c in configured.items()} == {
        "default": LOCMEM,
        "pages": LOCMEM,  # responses are mutable: LocMemCache hands out copies
        "generation": PROCESS,
        "renditions": PROCESS,
    }
    assert len({c["LOCATION"] for c in configured.values()}) == len(configured)


def test_the_test_settings_follow_redis_url():
    expected = REDIS if os.environ.get("REDIS_URL") else LOCMEM
    assert settings.CACHES["default"]["BACKEND"] == expected
    assert settings.CACHES["pages"]["BACKEND"] == expected


def test_the_redis_cache_backend_works_against_the_machines_redis():
    """Production's cache backend, against the Redis on 127.0.0.1:6379 (or REDIS_URL)."""
    from sites.cache.redis import PooledRedisCache

    cache = PooledRedisCache(
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        {"KEY_PREFIX": f"verbund-test-{uuid.uuid4().hex}"},
    )
    cache.set("pagecache-settings-test", "ok", 10)
    assert cache.get("pagecache-settings-test") == "ok"
    cache.delete("pagecache-settings-test")
    assert cache.get("pagecache-settings-test") is None


def test_the_redis_cache_backend_builds_one_client_per_pool_for_every_thread():
    from django.core.cache.backends.redis import RedisCache

    from sites.cache.redis import PooledRedisCache

    location = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    cache = PooledRedisCache(location, {"KEY_PREFIX": f"verbund-test-{uuid.uuid4().hex}"})
    assert issubclass(PooledRedisCache, RedisCache)
    clients = []  # the clients themselves: ids of dropped objects are reused

    def use():
        clients.append(cache._cache.get_client(write=True))
        cache.set("pooled", threading.get_ident(), 10)
        assert cache.get("pooled") is not None

    use()
    threads = [threading.Thread(target=use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len({id(client) for client in clients}) == 1  # Django's makes one per call
    cache.delete("pooled")


def test_cache_is_off_in_tests_and_a_hit_is_answered_before_sessions_and_users():
    middleware = settings.MIDDLEWARE
    position = middleware.index("sites.cache.middleware.PageCacheMiddleware")

    assert settings.PAGE_CACHE_ENABLED is False
    # Right after the request memo; everything a hit need not run comes after it, the check
    # for unknown hosts included (an unknown host gets a 400, which is never stored).
    assert middleware.index("sites.core.request_memo.RequestMemoMiddleware") == position - 1
    for later in (
        "sites.core.middleware.KnownSiteMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "sites.core.middleware.PageLocaleMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ):
        assert position < middleware.index(later), later
