"""Across processes: gunicorn workers sharing the page cache (in Redis, or in files without
REDIS_URL) serve a publication made by another process (an editor's) at once, on every site that
shows it, and keep every page it does not touch.

Real parts: a scratch PostgreSQL database on 127.0.0.1:5432, the machine's Redis (database 12,
only the development settings' keys, removed before and after) or a folder of files, gunicorn
with three workers, each publication from a separate `manage.py shell`. Without PostgreSQL or
Redis the test fails (it never skips): CI has both.
"""

import pytest
import redis

from loadtest import harness

pytestmark = pytest.mark.slow

REDIS_URL = "redis://127.0.0.1:6379/12"  # not one of the test workers' (15, 14, …)
KEY_PATTERNS = ("verbund:*", "verbund-pages:*")  # the prefixes of cms.settings.base
HOSTS = {
    "acod": "acod.localhost",
    "clusterit": "clusterit.localhost",
    "logistik": "logistik.localhost",
}
NEWS_INDEX = "/de/aktuelles/"
REQUESTS = 12  # three workers: each is all but sure to answer some


def publish(key, title):
    return (
        "from wagtail.models import Page; "
        "from sites.demo.management.commands.bootstrap_verbund import stable_key; "
        f"page = Page.objects.get(translation_key=stable_key('news', {key!r}), "
        "locale__language_code='de').specific; "
        f"page.title = {title!r}; page.save_revision().publish()"
    )


def forget_keys(store):
    for pattern in KEY_PATTERNS:
        for key in store.scan_iter(match=pattern):
            store.delete(key)


@pytest.fixture(scope="module", params=["redis", "files"])
def server(request, tmp_path_factory, site_templates):
    extra = {}
    store = None
    try:
        harness.admin_connection().close()
        if request.param == "redis":
            store = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
            forget_keys(store)
            extra["REDIS_URL"] = REDIS_URL
    except (harness.HarnessError, redis.RedisError) as exc:
        pytest.fail(f"This test needs PostgreSQL and Redis: {exc}", pytrace=False)
    try:
        with harness.scratch_database("verbund_tokens") as (_name, url):
            workdir = tmp_path_factory.mktemp(f"tokens-{request.param}")
            port = harness.free_port()
            env = harness.django_env(url, workdir, port, **extra)
            site_templates.prepare_site(env, port)
            with harness.Gunicorn(env, port, workdir / "logs", "--workers", "3") as gunicorn:
                yield gunicorn, env
    finally:
        if store is not None:
            forget_keys(store)


def fetch(gunicorn, host, path):
    status, headers, body = harness.fetch(gunicorn.port, host, path)
    assert status == 200, (host, path, status)
    return headers.get("X-Cache"), body.decode()


def states(gunicorn, host, path):
    return [fetch(gunicorn, host, path)[0] for _ in range(REQUESTS)]


def test_every_worker_serves_what_one_stored(server):
    gunicorn, _env = server
    assert len(gunicorn.worker_pids()) == 3
    for host in HOSTS.values():
        seen = states(gunicorn, host, NEWS_INDEX)
        # one render, then hits in whichever worker answers: one cache for all of them
        assert seen[0] == "MISS" and set(seen[1:]) == {"HIT"}, (host, seen)


def test_a_publication_in_another_process_shows_at_once_in_every_worker(server):
    gunicorn, env = server
    for host in HOSTS.values():
        assert states(gunicorn, host, NEWS_INDEX)[-1] == "HIT"
    new_title = "Kooperation über Prozessgrenzen erneuert"

    harness.manage(env, "shell", "-c", publish("cooperation-2019", new_title))

    for host in HOSTS.values():  # shared with both partners: on all three sites
        for _ in range(REQUESTS):
            state, body = fetch(gunicorn, host, NEWS_INDEX)
            assert new_title in body, (host, state)
    assert fetch(gunicorn, HOSTS["acod"], NEWS_INDEX)[0] == "HIT"  # and cached again


def test_a_publication_in_another_process_keeps_the_pages_it_does_not_touch(server):
    gunicorn, env = server
    for host in (HOSTS["clusterit"], HOSTS["logistik"]):
        for path in ("/de/", NEWS_INDEX):
            states(gunicorn, host, path)
    new_title = "Ausbildungswerkstätten öffnen wieder"

    harness.manage(env, "shell", "-c", publish("acod-demo-training-workshops", new_title))

    state, body = fetch(gunicorn, HOSTS["acod"], NEWS_INDEX)
    assert (state, new_title in body) == ("MISS", True)
    for host in (HOSTS["clusterit"], HOSTS["logistik"]):  # ACOD's own item: not shown there
        for path in ("/de/", NEWS_INDEX):
            assert set(states(gunicorn, host, path)) == {"HIT"}, (host, path)
