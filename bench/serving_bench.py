"""Bounded serving benchmark: gunicorn on PostgreSQL, caches off and on, measured with wrk.

Run from the repository root (needs PostgreSQL on 127.0.0.1:5432 with user postgres, and wrk):

    .venv/bin/python bench/serving_bench.py [--news 2000] [--events 1000] [--duration 10]
                                            [--repeat 3] [--keep-db NAME]

It creates a scratch database, migrates, bootstraps the three sites, generates the content (German
originals with English translations, a fifth shared or co-organised) and analyses it, collects
static files, then for each of the two MODES (cold: page cache off, on) starts
gunicorn with cms.settings.production on 127.0.0.1 and runs wrk against each endpoint for
--duration seconds, --repeat times (the median run is shown). It prints requests per second,
p50 and p99 latency, the ratio to the static file of the same run, the SQL queries of one
request and the memory of each worker. Everything it
starts is stopped at the end and the scratch database dropped (with --keep-db NAME it is kept, and
the next run with the same NAME skips the 15 minutes of generating).
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))
sys.path.insert(0, str(REPO_DIR / "bench"))

PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
# The page cache lives in Redis as in production (one database of its own, emptied before and
# after the run); --no-redis measures gunicorn's per-worker local memory instead.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
HOST = "clusterit.localhost"
ENDPOINTS = [
    ("home", "/de/"),
    ("news index", "/de/aktuelles/"),
    ("news item", None),  # resolved after generating content
    ("event index", "/de/veranstaltungen/"),
    ("calendar feed", "/de/veranstaltungen/ical/"),
    ("search", "/de/suche/?q=Logistik"),
    ("static file", None),
]
DATABASE_NAME = r"[a-z_][a-z0-9_]{0,62}"  # also keeps the name safe inside SQL
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
# Each endpoint is measured twice, with a fresh gunicorn each:
# - cold: page cache off: every request renders the page in full, as the first request for a URL
#   after a change to what it shows does;
# - on: page cache on, as in production.
MODES = {
    "cold": {"PAGE_CACHE_ENABLED": "0"},
    "on": {"PAGE_CACHE_ENABLED": "1"},
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=int, default=2000, help="news items per site (1-5000)")
    parser.add_argument("--events", type=int, default=1000, help="events per site (1-5000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per endpoint (1-60)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (1-64)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="wrk runs per row, the median is shown (1-9)"
    )
    parser.add_argument(
        "--no-redis", action="store_true", help="page cache in each worker's memory, not Redis"
    )
    parser.add_argument(
        "--keep-db",
        metavar="NAME",
        help="use (and keep) the database NAME: generated on the first run, reused after that",
    )
    args = parser.parse_args(argv)
    if not (1 <= args.news <= 5000 and 1 <= args.events <= 5000):
        parser.error("--news and --events must be between 1 and 5000")
    if not (1 <= args.duration <= 60 and 1 <= args.connections <= 64):
        parser.error("--duration must be 1-60 and --connections 1-64")
    if not 1 <= args.repeat <= 9:
        parser.error("--repeat must be 1-9")
    if args.events > args.news:
        parser.error("--events may not exceed --news")
    if args.keep_db and not re.fullmatch(DATABASE_NAME, args.keep_db):
        parser.error("--keep-db: a lower-case PostgreSQL name (letters, digits, underscores)")
    return args


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def flush_redis(url):
    import redis

    redis.Redis.from_url(url, socket_connect_timeout=3).flushdb()


def psql(sql, params=None, database="postgres"):
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/{database}", autocommit=True) as connection:
        cursor = connection.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


def database_exists(name):
    return bool(psql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)))


def prepare(env, args, generate=True):
    """Migrate, bootstrap and generate content in-process (unless reusing a kept database), then
    collect static files."""
    os.environ.update(env)
    import django

    django.setup()
    import listing_bench
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if generate:
        call_command("bootstrap_verbund", "--port", env["VERBUND_SITE_PORT"], verbosity=0)
        started = time.perf_counter()
        _sites, counts = listing_bench.generate_content(args.news, args.events)
        print(f"generated {counts['pages']} pages in {time.perf_counter() - started:.0f} s")
        # What autovacuum does soon after a bulk load in production: without statistics the
        # planner guesses 10 rows per table and the listings are measured with bad plans, and
        # until the search index's GIN pending list is merged every search reads all of it.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        from wagtail.models import Page, Site

        # The sites were bootstrapped with another port: point them at this run's.
        Site.objects.update(port=int(env["VERBUND_SITE_PORT"]))
        print(f"reusing {Page.objects.count()} pages of the kept database")
    call_command("collectstatic", interactive=False, verbosity=0)

    from django.contrib.staticfiles.storage import staticfiles_storage
    from wagtail.models import Site

    from sites.news.models import NewsPage

    site = Site.objects.get(hostname=HOST)
    item = NewsPage.objects.live().filter(path__startswith=site.root_page.path).last()
    return {
        "news item": item.url_path.replace(site.root_page.url_path, "/de/", 1),
        "static file": staticfiles_storage.url("css/verbund.css"),
    }


def count_queries(paths):
    """SQL queries of one request per endpoint without the page cache (in-process, after a
    warm-up request: Wagtail's site root paths and the renditions in Django's cache)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST=HOST)
    counts = {}
    with override_settings(PAGE_CACHE_ENABLED=False):
        for name, path in paths:
            client.get(path)
            with CaptureQueriesContext(connection) as context:
                status = client.get(path).status_code
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            counts["cold", name] = len(context.captured_queries)
    return counts


def wait_until_ready(port, deadline=60):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/de/", headers={"Host": HOST})
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer in time")


def worker_memory_mb(master_pid):
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{master_pid}$", text, re.MULTILINE):
            match = re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE)
            if match:
                sizes.append(int(match.group(1)) / 1024)
    return sizes


def run_wrk(port, path, duration, connections):
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            "--timeout",
            "10s",
            "-H",
            f"Host: {HOST}",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        timeout=duration + 30,
        check=True,
    )
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {
        pct: float(value) * UNITS[unit]
        for pct, value, unit in re.findall(
            r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.MULTILINE
        )
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency.get("50"), latency.get("99"), int(errors.group(1)) if errors else 0


def median_run(port, path, args):
    """The wrk run with the median rate of `--repeat` runs (two cores shared with wrk, PostgreSQL
    and Redis, on a virtual machine: single 10-second runs of the same row differ by half), with
    the non-2xx answers of all runs."""
    runs = sorted(
        (run_wrk(port, path, args.duration, args.connections) for _ in range(args.repeat)),
        key=lambda run: run[0],
    )
    rps, p50, p99, _errors = runs[len(runs) // 2]
    return rps, p50, p99, sum(run[3] for run in runs)


def start_gunicorn(env, checkout=REPO_DIR):
    """gunicorn of `checkout` (its .venv, gunicorn.conf.py and code) on env's PORT."""
    return subprocess.Popen(  # noqa: S603
        [
            str(checkout / ".venv/bin/gunicorn"),
            "cms.wsgi",
            "-c",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{env['PORT']}",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=checkout,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def stop_gunicorn(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def measure(env, paths, args, mode):
    port = env["PORT"]
    server = start_gunicorn({**env, **MODES[mode]})
    try:
        wait_until_ready(port)
        rows = []
        for name, path in paths:
            # warm up every worker (each keeps its own per-generation cache)
            run_wrk(port, path, 2, args.connections)
            rows.append((name, *median_run(port, path, args)))
        return rows, worker_memory_mb(server.pid)
    finally:
        stop_gunicorn(server)


def report(results, queries):
    print()
    print("modes: cold = page cache off (every request rendered), on = page cache on (see MODES)")
    print(
        f"{'endpoint':<15}{'mode':<7}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'x static':>10}"
        f"{'non-2xx':>9}{'queries':>9}"
    )
    for mode, (rows, memory) in results.items():
        static_rps = next(rps for name, rps, *_ in rows if name == "static file")
        for name, rps, p50, p99, errors in rows:
            print(
                f"{name:<15}{mode:<7}{rps:>9.0f}{p50 or 0:>9.1f}"
                f"{p99 or 0:>9.1f}{rps / static_rps:>9.0%}{errors:>9}"
                f"{queries.get((mode, name), ''):>9}"
            )
        print(
            f"  workers: {len(memory)}, memory per worker: "
            + ", ".join(f"{size:.0f} MB" for size in sorted(memory))
        )


def server_env(database, port, files_dir):
    """What gunicorn needs to serve the benchmark's `database` (media and static files in
    `files_dir`) on `port`, in production settings."""
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": f"{PG_SERVER}/{database}",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "acod.localhost,clusterit.localhost,logistik.localhost",
        "WAGTAILADMIN_BASE_URL": "https://acod.localhost",
        "VERBUND_SITE_PORT": str(port),
        "PORT": str(port),
        "MEDIA_ROOT": str(files_dir / "media"),
        "STATIC_ROOT": str(files_dir / "static"),
        "SERVE_MEDIA": "1",
        "LOG_LEVEL": "ERROR",
    }


def kept_files_dir(checkout, database):
    """Where a kept database's media and static files live: beside it, in the checkout's var/."""
    return checkout / "var" / f"bench-{database}"


def main(argv=None):
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    name = args.keep_db or f"verbund_bench_{uuid.uuid4().hex[:8]}"
    port = free_port()
    if args.keep_db:
        # Media files belong to the kept database (image renditions): they are kept beside it.
        tmp_dir = kept_files_dir(REPO_DIR, name)
        tmp_dir.mkdir(parents=True, exist_ok=True)
    else:
        tmp_dir = Path(tempfile.mkdtemp(prefix="verbund-serving-bench-"))
    env = server_env(name, port, tmp_dir)
    if not args.no_redis:
        try:
            flush_redis(REDIS_URL)
        except Exception as error:  # noqa: BLE001 - any failure means: no Redis to use
            sys.exit(f"Redis at {REDIS_URL} is not reachable ({error}); use --no-redis")
        env["REDIS_URL"] = REDIS_URL
    print(f"page cache backend: {'local memory per worker' if args.no_redis else REDIS_URL}")
    started = time.perf_counter()
    reuse = bool(args.keep_db) and database_exists(name)
    if not reuse:
        psql(f'CREATE DATABASE "{name}"')
    try:
        resolved = prepare(env, args, generate=not reuse)
        paths = [(label, path or resolved[label]) for label, path in ENDPOINTS]
        queries = count_queries(paths)
        results = {mode: measure(env, paths, args, mode) for mode in MODES}
        report(results, queries)
    finally:
        from django.db import connections

        connections.close_all()
        if args.keep_db:
            print(f"kept the database {name}: drop it with DROP DATABASE {name}")
        else:
            psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not args.no_redis:
            flush_redis(REDIS_URL)
        if not args.keep_db:
            shutil.rmtree(tmp_dir, ignore_errors=True)
    print(f"\nwall time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
