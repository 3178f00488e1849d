"""Cold requests per second of two checkouts in one sitting, served in turns.

Run from the repository root (needs PostgreSQL on 127.0.0.1:5432, Redis on 6379 and wrk):

    .venv/bin/python bench/compare_cold.py BASELINE_CHECKOUT BASELINE_DB [--db NAME]
                                           [--rounds 5] [--duration 10]

Why: on a virtual machine the same row of bench/serving_bench.py moves by up to a half between
runs and machines, so "n times faster than before" only means something when both versions are
measured on one machine, in turns. Each checkout serves its own database, kept by its own
`bench/serving_bench.py --keep-db NAME` (the generated pages, the sites' port, the static and
media files in the checkout's var/bench-NAME); this checkout's is --db (verbund_bench_kept). A
baseline checkout is typically a `git worktree` of an old commit with this checkout's .venv
linked in and its messages compiled (docs/benchmarks.md has the commands).

Each round serves the baseline, then this checkout, with gunicorn (the checkout's own
gunicorn.conf.py, production settings, page cache off) and runs wrk on Cluster IT's German
endpoints, including the legal notice: a page with no listing, what header, menu and footer cost
alone. It prints every run, then per endpoint the median of the rounds and the ratio.
"""

import argparse
import re
import shutil
import statistics
import sys
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import serving_bench  # noqa: E402

ENDPOINTS = [
    *((name, path) for name, path in serving_bench.ENDPOINTS if name != "static file"),
    ("legal notice", "/de/impressum/"),
]
# "cold" in every version of the benchmark: no page cache (and, before issue 17, no per-generation cache)
COLD = {"PAGE_CACHE_ENABLED": "0", "GENERATION_CACHE_ENABLED": "0"}
NEWEST_ITEM = """
    SELECT replace(page.url_path, site_root.url_path, '/de/')
    FROM wagtailcore_page page
    JOIN news_newspage news ON news.page_ptr_id = page.id
    JOIN wagtailcore_site site ON site.hostname = %s
    JOIN wagtailcore_page site_root ON site_root.id = site.root_page_id
    WHERE page.live AND page.url_path LIKE site_root.url_path || '%%'
    ORDER BY news.date DESC, page.id
    LIMIT 1
"""


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, help="the checkout to compare with")
    parser.add_argument("baseline_db", help="the database the baseline's own benchmark kept")
    parser.add_argument("--db", default="verbund_bench_kept", help="this checkout's kept database")
    parser.add_argument("--rounds", type=int, default=5, help="rounds, the median is shown (1-9)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per endpoint (1-60)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (1-64)")
    args = parser.parse_args(argv)
    for name in (args.baseline_db, args.db):
        if not re.fullmatch(serving_bench.DATABASE_NAME, name):
            parser.error(f"{name}: a lower-case PostgreSQL name (letters, digits, underscores)")
    if not (1 <= args.rounds <= 9 and 1 <= args.duration <= 60 and 1 <= args.connections <= 64):
        parser.error("--rounds must be 1-9, --duration 1-60 and --connections 1-64")
    if not (args.baseline / "manage.py").exists():
        parser.error(f"{args.baseline} is not a checkout of this project")
    return args


def endpoints_of(database):
    """The endpoints as this database has them: its newest news item of Cluster IT."""
    [[item]] = serving_bench.psql(NEWEST_ITEM, (serving_bench.HOST,), database)
    return [(name, path or item) for name, path in ENDPOINTS]


def answers(port, path):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": serving_bench.HOST}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def serve_and_measure(checkout, database, args):
    """{endpoint: req/s} of one round: `checkout` serving `database`, cold."""
    [[port]] = serving_bench.psql("SELECT port FROM wagtailcore_site LIMIT 1", database=database)
    env = serving_bench.server_env(database, port, serving_bench.kept_files_dir(checkout, database))
    server = serving_bench.start_gunicorn(
        {**env, "REDIS_URL": serving_bench.REDIS_URL, **COLD}, checkout
    )
    try:
        serving_bench.wait_until_ready(port)
        rates = {}
        for name, path in endpoints_of(database):
            if (status := answers(port, path)) != 200:
                raise RuntimeError(f"{checkout}: {path} answered {status}")
            serving_bench.run_wrk(port, path, 2, args.connections)  # warm up every worker
            rates[name] = serving_bench.run_wrk(port, path, args.duration, args.connections)[0]
        return rates
    finally:
        serving_bench.stop_gunicorn(server)


def comparison(baseline_rounds, new_rounds):
    """(endpoint, median baseline req/s, median req/s, ratio) per endpoint."""
    rows = []
    for name, _path in ENDPOINTS:
        before = statistics.median(rates[name] for rates in baseline_rounds)
        after = statistics.median(rates[name] for rates in new_rounds)
        rows.append((name, before, after, after / before))
    return rows


def main(argv=None):
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: make wrk")
    serving_bench.flush_redis(serving_bench.REDIS_URL)
    checkouts = {
        "baseline": (args.baseline.resolve(), args.baseline_db),
        "this": (serving_bench.REPO_DIR, args.db),
    }
    rounds = {label: [] for label in checkouts}
    try:
        for number in range(1, args.rounds + 1):
            for label, (checkout, database) in checkouts.items():
                rates = serve_and_measure(checkout, database, args)
                rounds[label].append(rates)
                print(
                    f"round {number}, {label}: "
                    + ", ".join(f"{n} {r:.1f}" for n, r in rates.items())
                )
    finally:
        serving_bench.flush_redis(serving_bench.REDIS_URL)
    print(f"\n{'endpoint':<15}{'baseline req/s':>16}{'this req/s':>12}{'ratio':>8}")
    for name, before, after, ratio in comparison(rounds["baseline"], rounds["this"]):
        print(f"{name:<15}{before:>16.1f}{after:>12.1f}{ratio:>7.2f}x")


if __name__ == "__main__":
    main()
