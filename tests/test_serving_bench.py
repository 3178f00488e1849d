"""The serving benchmark's own plumbing: its arguments and the kept database it reuses.

Without PostgreSQL on 127.0.0.1:5432 the database test fails (it never skips): CI has one.
"""

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import serving_bench  # noqa: E402


def test_a_kept_database_needs_a_plain_postgresql_name():
    assert serving_bench.parse_args(["--keep-db", "verbund_bench_kept"]).keep_db == (
        "verbund_bench_kept"
    )
    for unsafe in ("Bench", "bench-kept", 'x"; DROP DATABASE postgres; --', "1bench", "a" * 64):
        with pytest.raises(SystemExit):
            serving_bench.parse_args(["--keep-db", unsafe])


def test_a_created_database_is_found_and_a_dropped_one_is_not():
    name = f"verbund_bench_test_{uuid.uuid4().hex[:8]}"
    assert not serving_bench.database_exists(name)
    try:
        serving_bench.psql(f'CREATE DATABASE "{name}"')
        assert serving_bench.database_exists(name)
    finally:
        serving_bench.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert not serving_bench.database_exists(name)


def test_a_row_shows_the_median_of_its_runs_and_every_runs_errors(monkeypatch):
    runs = iter([(900.0, 5.0, 40.0, 0), (300.0, 20.0, 90.0, 2), (600.0, 9.0, 60.0, 1)])
    monkeypatch.setattr(serving_bench, "run_wrk", lambda *args: next(runs))
    args = serving_bench.parse_args(["--repeat", "3"])

    assert serving_bench.median_run(8000, "/de/", args) == (600.0, 9.0, 60.0, 3)


def test_repeat_is_bounded():
    assert serving_bench.parse_args([]).repeat == 3
    for bad in ("0", "10"):
        with pytest.raises(SystemExit):
            serving_bench.parse_args(["--repeat", bad])
