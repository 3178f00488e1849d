"""The cold comparison's own plumbing: its arguments, the endpoints it reads from each kept
database, and the medians and ratios it reports.

Without PostgreSQL on 127.0.0.1:5432 the database test fails (it never skips): CI has one.
"""

import sys
import uuid
from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "bench"))

import compare_cold  # noqa: E402
import serving_bench  # noqa: E402


def test_the_baseline_must_be_a_checkout_and_the_databases_plain_postgresql_names(tmp_path):
    args = compare_cold.parse_args([str(REPO_DIR), "verbund_bench_base", "--rounds", "3"])
    assert (args.baseline, args.baseline_db, args.db, args.rounds) == (
        REPO_DIR,
        "verbund_bench_base",
        "verbund_bench_kept",
        3,
    )
    for bad in (
        [str(tmp_path), "verbund_bench_base"],  # no manage.py: not a checkout
        [str(REPO_DIR), 'x"; DROP DATABASE postgres; --'],
        [str(REPO_DIR), "verbund_bench_base", "--db", "Bench-Kept"],
        [str(REPO_DIR), "verbund_bench_base", "--rounds", "0"],
        [str(REPO_DIR), "verbund_bench_base", "--duration", "61"],
    ):
        with pytest.raises(SystemExit):
            compare_cold.parse_args(bad)


def test_each_endpoint_shows_the_median_of_the_rounds_and_this_checkouts_ratio():
    names = [name for name, _path in compare_cold.ENDPOINTS]
    baseline = [dict.fromkeys(names, rate) for rate in (10.0, 40.0, 20.0)]
    this = [dict.fromkeys(names, rate) for rate in (90.0, 30.0, 50.0)]
    this[1]["search"] = 100.0

    rows = {name: rest for name, *rest in compare_cold.comparison(baseline, this)}

    assert list(rows) == names
    assert rows["home"] == [20.0, 50.0, 2.5]
    assert rows["search"] == [20.0, 90.0, 4.5]
    assert rows["legal notice"] == [20.0, 50.0, 2.5]


def test_the_news_item_measured_is_the_clusters_newest_live_one_as_a_german_path():
    name = f"verbund_bench_test_{uuid.uuid4().hex[:8]}"
    serving_bench.psql(f'CREATE DATABASE "{name}"')
    try:
        serving_bench.psql(
            """
            CREATE TABLE wagtailcore_site (hostname text, root_page_id int);
            CREATE TABLE wagtailcore_page (id int, url_path text, live bool);
            CREATE TABLE news_newspage (page_ptr_id int, date date);
            INSERT INTO wagtailcore_site VALUES ('acod.localhost', 1), ('clusterit.localhost', 2);
            INSERT INTO wagtailcore_page VALUES
                (1, '/acod/', true), (2, '/clusterit/', true),
                (10, '/clusterit/aktuelles/older/', true),
                (11, '/clusterit/aktuelles/newest/', true),
                (12, '/clusterit/aktuelles/newer-draft/', false),
                (13, '/acod/aktuelles/newer-elsewhere/', true);
            INSERT INTO news_newspage VALUES
                (10, '2026-01-01'), (11, '2026-06-01'), (12, '2026-12-01'), (13, '2026-12-02');
            """,
            database=name,
        )
        endpoints = dict(compare_cold.endpoints_of(name))
    finally:
        serving_bench.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    assert endpoints["news item"] == "/de/aktuelles/newest/"
    assert endpoints["home"] == "/de/"
    assert endpoints["legal notice"] == "/de/impressum/"
    assert "static file" not in endpoints
