"""A real database outage against PostgreSQL: gunicorn keeps answering (503, branded, never a 500
or a traceback) while the database refuses connections, and serves pages again — same processes,
no restart — as soon as it is back.

The test makes its own scratch PostgreSQL database on 127.0.0.1:5432 whatever engine the suite
runs on, so it runs in the SQLite pass too. The machine's PostgreSQL server keeps running: only
the scratch database is closed (ALTER DATABASE … ALLOW_CONNECTIONS false, its connections
terminated). Persistent connections (DATABASE_CONN_MAX_AGE=60) make it the hard case: each worker
holds a connection that dies under it.
"""

import re

import pytest
from bs4 import BeautifulSoup

from loadtest import harness
from tests.conftest import NAMES, wait_until

pytestmark = pytest.mark.slow

SITES = {
    "acod": "acod.localhost",
    "clusterit": "clusterit.localhost",
    "logistik": "logistik.localhost",
}
TEXT = {
    "de": "Diese Website ist vorübergehend nicht erreichbar",
    "en": "This website is temporarily unavailable",
}
PAGE_CACHE_WARNING = re.compile(
    r"^Page cache: .*?^django\.db\.utils\.OperationalError: [^\n]*\n", re.M | re.S
)
PAGES = {
    "de": ["/de/", "/de/aktuelles/", "/de/ueber-uns/"],
    "en": ["/en/", "/en/news/", "/en/about-us/"],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory, site_templates):
    """gunicorn (gunicorn.conf.py, one worker, two threads) on a fresh, bootstrapped database.

    Without PostgreSQL on 127.0.0.1:5432 the test fails (it never skips): CI has one.
    """
    try:
        harness.admin_connection().close()
    except harness.HarnessError as exc:
        problem = str(exc)
    else:
        problem = None
    if problem:
        pytest.fail(f"This test needs PostgreSQL: {problem}", pytrace=False)
    with harness.scratch_database("verbund_outage") as (name, url):
        workdir = tmp_path_factory.mktemp("outage")
        port = harness.free_port()
        env = harness.django_env(url, workdir, port, DATABASE_CONN_MAX_AGE=60)
        site_templates.prepare_site(env, port)
        with harness.Gunicorn(env, port, workdir / "logs", "--workers", "1") as gunicorn:
            yield gunicorn, name


def get(gunicorn, host, path):
    return harness.fetch(gunicorn.port, host, path)


def test_database_outage_gives_branded_503_and_recovers_without_restart(server):
    gunicorn, database = server
    for host in SITES.values():
        for paths in PAGES.values():
            for path in paths:
                status, _headers, _body = get(gunicorn, host, path)
                assert status == 200, (host, path)
    master, workers = gunicorn.process.pid, gunicorn.worker_pids()
    assert workers

    harness.allow_connections(database, False)
    try:
        for key, host in SITES.items():
            for lang, paths in PAGES.items():
                # Pages the page cache may hold are served from it or get the 503 …
                for path in paths:
                    status, headers, _body = get(gunicorn, host, path)
                    assert status == 503 or (status == 200 and headers.get("X-Cache") == "HIT")
                # … and what is not in the cache (a new query string, a missing page) gets the 503.
                for path in [
                    *(f"{path}?outage={key}" for path in paths),
                    paths[0] + "gibt-es-nicht/",
                ]:
                    status, headers, body = get(gunicorn, host, path)
                    assert status == 503, (host, path, status, body[:300])
                    assert headers["Retry-After"].isdigit()
                    assert b"Traceback" not in body and b"Error" not in body
                    html = BeautifulSoup(body, "html.parser")
                    assert html.h1.get_text() == TEXT[lang]
                    assert NAMES[key] in html.select_one(".brand__name").get_text()
                    assert "Content-Security-Policy" in headers
            status, _headers, body = get(gunicorn, host, "/sitemap.xml")
            assert status == 503 and TEXT["de"].encode() in body and TEXT["en"].encode() in body
        # What needs no database keeps working: static files, the last known brand colours.
        status, _headers, css = get(gunicorn, SITES["acod"], "/brand.css")
        assert status == 200 and b"--brand:" in css
        html = BeautifulSoup(get(gunicorn, SITES["acod"], "/de/?x")[2], "html.parser")
        stylesheet = next(link["href"] for link in html.find_all("link", rel="stylesheet"))
        assert get(gunicorn, SITES["acod"], stylesheet)[0] == 200
    finally:
        harness.allow_connections(database, True)

    wait_until(
        lambda: get(gunicorn, SITES["acod"], "/de/")[0] == 200,
        timeout=20,
        interval=0.5,
        message="no recovery after the database's return",
    )
    for host in SITES.values():
        for paths in PAGES.values():
            for path in paths:
                assert get(gunicorn, host, path)[0] == 200, (host, path)
    assert gunicorn.process.poll() is None and gunicorn.process.pid == master
    assert gunicorn.worker_pids() == workers, "a worker was restarted"

    access = gunicorn.access_log.read_text()
    assert '" 500 ' not in access
    output = gunicorn.output_log.read_text() + gunicorn.error_log.read_text()
    # The page cache (sites/cache) warns with the traceback of the failed connection when it
    # steps aside; everything else answers the outage without a traceback.
    outside_page_cache = PAGE_CACHE_WARNING.sub("", output)
    assert "Traceback" not in outside_page_cache, outside_page_cache[-3000:]
    assert "Internal Server Error" not in output
    assert "WORKER TIMEOUT" not in output
    # The outage itself is logged, one line per refused request.
    assert "Database unavailable, answered 503" in output
