"""Across processes: gunicorn workers sharing the page cache in Redis serve a publication made by
another process (an editor's) at once, on all three sites.

Real parts: a scratch PostgreSQL database on 127.0.0.1:5432, the machine's Redis (database 14,
emptied before and after), gunicorn with three workers, the publication from a separate
`manage.py shell`. Without PostgreSQL or Redis the test fails (it never skips): CI has both.
"""

import pytest
import redis

from loadtest import harness

REDIS_URL = "redis://127.0.0.1:6379/14"
HOSTS = ("acod.localhost", "clusterit.localhost", "logistik.localhost")
NEWS_INDEX = "/de/aktuelles/"
NEW_TITLE = "Kooperation über Prozessgrenzen erneuert"
PUBLISH = (
    "from wagtail.models import Page; "
    "from sites.demo.management.commands.bootstrap_verbund import stable_key; "
    "page = Page.objects.get(translation_key=stable_key('news', 'cooperation-2019'), "
    "locale__language_code='de').specific; "
    f"page.title = {NEW_TITLE!r}; page.save_revision().publish()"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    try:
        harness.admin_connection().close()
        store = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
        store.flushdb()
    except (harness.HarnessError, redis.RedisError) as exc:
        pytest.fail(f"This test needs PostgreSQL and Redis: {exc}", pytrace=False)
    try:
        with harness.scratch_database("verbund_epoch") as (_name, url):
            workdir = tmp_path_factory.mktemp("epoch")
            port = harness.free_port()
            env = harness.django_env(url, workdir, port, REDIS_URL=REDIS_URL)
            harness.prepare_site(env, port)
            with harness.Gunicorn(env, port, workdir / "logs", "--workers", "3") as gunicorn:
                yield gunicorn, env
    finally:
        store.flushdb()


def fetch_index(gunicorn, host):
    status, headers, body = harness.fetch(gunicorn.port, host, NEWS_INDEX)
    assert status == 200, (host, status)
    return headers.get("X-Cache"), body.decode()


def test_a_publication_in_another_process_shows_at_once_in_every_worker(server):
    gunicorn, env = server
    assert len(gunicorn.worker_pids()) == 3
    for host in HOSTS:  # every worker is likely to hold (and hit) each index
        states = [fetch_index(gunicorn, host)[0] for _ in range(12)]
        assert states.count("HIT") >= 9, (host, states)
        assert NEW_TITLE not in fetch_index(gunicorn, host)[1]

    harness.manage(env, "shell", "-c", PUBLISH)

    for host in HOSTS:
        for _ in range(12):
            state, body = fetch_index(gunicorn, host)
            assert NEW_TITLE in body, (host, state)
    # … and the new pages are cached again
    assert fetch_index(gunicorn, HOSTS[0])[0] == "HIT"
