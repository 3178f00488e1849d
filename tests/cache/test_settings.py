"""Caches: "default" and "pages" in Redis when REDIS_URL is set; without it local memory and the
page cache in files every process of the machine shares. The middleware's place, the purge
backends."""

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from django.conf import settings

from cms.settings.base import build_caches

from .conftest import redis_url_of_this_worker

REDIS = "sites.cache.redis.PooledRedisCache"  # Django's RedisCache, one client per pool
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
FILES = "django.core.cache.backends.filebased.FileBasedCache"
REPO = Path(__file__).resolve().parents[2]


def test_redis_url_gives_redis_for_the_default_and_the_page_cache_with_their_own_prefixes():
    configured = build_caches("redis://127.0.0.1:6379/0")

    assert {alias: c["BACKEND"] for alias, c in configured.items()} == {
        "default": REDIS,
        "pages": REDIS,  # every worker and host sees the same pages and tokens
        "renditions": LOCMEM,  # keyed by file hash and focal point: per process is enough
    }
    assert configured["default"]["LOCATION"] == configured["pages"]["LOCATION"]
    assert configured["pages"]["LOCATION"] == "redis://127.0.0.1:6379/0"
    assert configured["default"]["KEY_PREFIX"] != configured["pages"]["KEY_PREFIX"]
    assert configured["pages"]["TIMEOUT"] == settings.PAGE_CACHE_SECONDS
    # a hanging Redis must not hold a worker
    assert configured["pages"]["OPTIONS"]["socket_timeout"] <= 2


def test_without_redis_url_the_page_cache_is_files_in_page_cache_dir(tmp_path):
    configured = build_caches("", pages_dir=str(tmp_path / "pages"))

    assert {alias: c["BACKEND"] for alias, c in configured.items()} == {
        "default": LOCMEM,
        "pages": FILES,  # shared by the processes of one machine, unlike local memory
        "renditions": LOCMEM,
    }
    assert configured["pages"]["LOCATION"] == str(tmp_path / "pages")
    assert configured["pages"]["TIMEOUT"] == settings.PAGE_CACHE_SECONDS
    assert configured["default"]["LOCATION"] != configured["renditions"]["LOCATION"]


def test_page_cache_dir_defaults_to_the_var_folder():
    assert build_caches("")["pages"]["LOCATION"] == settings.PAGE_CACHE_DIR
    assert Path(settings.PAGE_CACHE_DIR) == settings.VAR_DIR / "page-cache"


def test_the_test_settings_follow_redis_url():
    expected = REDIS if os.environ.get("REDIS_URL") else LOCMEM
    assert settings.CACHES["default"]["BACKEND"] == expected
    assert settings.CACHES["pages"]["BACKEND"] == expected
    assert "generation" not in settings.CACHES
    assert not hasattr(settings, "GENERATION_CACHE_ENABLED")


def frontend_cache_of(**env):
    """WAGTAILFRONTENDCACHE as the development settings build it from these variables."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    environment.pop("FRONTEND_CACHE_PURGE_URL", None)
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(sorted((k, v['BACKEND'], v.get('LOCATION')) "
            "for k, v in settings.WAGTAILFRONTENDCACHE.items()))",
        ],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_purges_reach_the_page_cache_and_a_cdn_when_frontend_cache_purge_url_names_one():
    page_cache = ("pages", "sites.cache.backend.PageCacheBackend", None)
    cdn = ("cdn", "wagtail.contrib.frontend_cache.backends.HTTPBackend", "http://127.0.0.1:6081")

    assert frontend_cache_of() == str([page_cache])
    assert frontend_cache_of(FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081") == str(
        sorted([page_cache, cdn])
    )
    # the exact URLs of each change, in every language: Wagtail must not rewrite them
    assert settings.WAGTAILFRONTENDCACHE_LANGUAGES == []


def test_the_redis_cache_backend_works_against_the_machines_redis():
    """Production's cache backend, against the Redis on 127.0.0.1:6379 (or REDIS_URL)."""
    from sites.cache.redis import PooledRedisCache

    cache = PooledRedisCache(
        redis_url_of_this_worker(), {"KEY_PREFIX": f"verbund-test-{uuid.uuid4().hex}"}
    )
    cache.set("pagecache-settings-test", "ok", 10)
    assert cache.get("pagecache-settings-test") == "ok"
    cache.delete("pagecache-settings-test")
    assert cache.get("pagecache-settings-test") is None


def test_the_redis_cache_backend_builds_one_client_per_pool_for_every_thread():
    from django.core.cache.backends.redis import RedisCache

    from sites.cache.redis import PooledRedisCache

    cache = PooledRedisCache(
        redis_url_of_this_worker(), {"KEY_PREFIX": f"verbund-test-{uuid.uuid4().hex}"}
    )
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
