"""Bounded load test: gunicorn on 127.0.0.1 under wrk while an editor publishes.

    make loadtest                      # or: .venv/bin/python loadtest/run.py [--duration 60]

1. A scratch PostgreSQL database on 127.0.0.1:5432 (dropped at the end), or DATABASE_URL if set
   (kept; note that bootstrap_verbund then registers the sites on the test's port);
   migrate, bootstrap_verbund, collectstatic into a temporary folder.
2. gunicorn with gunicorn.conf.py (cms.settings.dev, DEBUG=0) on a free port of 127.0.0.1, its
   logs in var/loadtest/<time>/.
3. Every URL once (must be 200), then bad input against the real server: oversized headers (16 KB
   Cookie and User-Agent: gunicorn's limit_request_field_size answers 400), path traversal, NUL
   and odd Unicode, wrong methods, broken request lines — each a 4xx (or a page), never a 5xx.
4. wrk, --duration seconds with --connections connections, over home, news (index and newest
   item), events, about and search of all three sites in both languages (loadtest/rotate.lua sets
   each site's Host header), while `manage.py loadtest_publish` publishes a news item every
   --publish-interval seconds.
5. Prints requests/s, latency p50/p90/p99, status counts, publishing rounds; greps gunicorn's logs
   for ERROR, CRITICAL and Traceback. Exits 1 on any 5xx, logged error or failed check.

Everything is bounded (each step has a timeout, the whole run at most 20 minutes) and every
process it started is ended on exit, also on Ctrl+C.
"""

import argparse
import contextlib
import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadtest import harness  # noqa: E402

HERE = Path(__file__).resolve().parent
TOTAL_LIMIT = 20 * 60  # seconds for the whole run
TOO_LARGE = {400, 431}
# Django logs a refused request of these kinds with its traceback (django.security, a 400): the
# bad-input phase provokes them on purpose.
PROVOKED = (
    "django.core.exceptions.SuspiciousFileOperation",
    "django.core.exceptions.DisallowedHost",
)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (1-600)")
    parser.add_argument("--connections", type=int, default=32, help="open connections (1-512)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--publish-interval",
        type=float,
        default=2.0,
        help="seconds between the editor's publications; 0: no editor (the baseline)",
    )
    parser.add_argument(
        "--conn-max-age",
        type=int,
        default=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        help="DATABASE_CONN_MAX_AGE of the server (default: the variable, else 60)",
    )
    parser.add_argument(
        "--redis",
        metavar="URL",
        help="page cache in this Redis database (emptied first), as in production; "
        "default: files shared by the workers",
    )
    parser.add_argument("--logs", type=Path, help="log folder (default var/loadtest/<time>)")
    args = parser.parse_args(argv)
    if not 1 <= args.duration <= 600:
        parser.error("--duration must be between 1 and 600 seconds")
    if not 1 <= args.connections <= 512:
        parser.error("--connections must be between 1 and 512")
    args.threads = max(1, min(args.threads, args.connections))
    return args


def step(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def request_bytes(host, target, method="GET", headers=(), body=b""):
    """A raw HTTP/1.1 request; target and headers may hold bytes no client library would send."""
    lines = [f"{method} ".encode() + (target if isinstance(target, bytes) else target.encode())]
    lines[0] += b" HTTP/1.1"
    lines.append(f"Host: {host}".encode())
    lines += [h if isinstance(h, bytes) else h.encode() for h in headers]
    if body:
        lines.append(f"Content-Length: {len(body)}".encode())
    lines += [b"Connection: close", b"", b""]
    return b"\r\n".join(lines) + body


def bad_inputs(host):
    """(label, raw request, expected statuses or None for "any 4xx or a normal page")."""
    form = "application/x-www-form-urlencoded"
    return [
        # gunicorn's limit_request_field_size and limit_request_fields: 400, or 431 since 23.
        (
            "16 KB Cookie",
            request_bytes(host, "/de/", headers=["Cookie: a=" + "c" * 16_384]),
            TOO_LARGE,
        ),
        (
            "16 KB User-Agent",
            request_bytes(host, "/en/", headers=["User-Agent: " + "u" * 16_384]),
            TOO_LARGE,
        ),
        (
            "150 headers",
            request_bytes(host, "/de/", headers=[f"X-H{i}: 1" for i in range(150)]),
            TOO_LARGE,
        ),
        # limit_request_line: 414 (or 400).
        ("8 KB request line", request_bytes(host, "/de/suche/?q=" + "x" * 8_000), {400, 414}),
        ("4,000-char query value", request_bytes(host, "/de/suche/?q=" + "x" * 4_000), {200}),
        (
            "malformed query",
            request_bytes(host, "/de/aktuelles/?page=%zz&%00=1&q=%C0%AF&page=2"),
            {200},
        ),
        ("traversal /media/../", request_bytes(host, "/media/../cms/settings/base.py"), None),
        (
            "traversal /media/..%2f",
            request_bytes(host, "/media/..%2f..%2fcms/settings/base.py"),
            None,
        ),
        ("traversal /static/..%2f", request_bytes(host, "/static/..%2f..%2fetc/passwd"), None),
        ("traversal /de/%2e%2e/", request_bytes(host, "/de/%2e%2e/"), None),
        ("NUL byte in path", request_bytes(host, b"/de/\x00/"), None),
        ("%00 in path", request_bytes(host, "/de/%00/"), {404}),
        ("invalid UTF-8 in path", request_bytes(host, b"/de/\xff\xfe/"), None),
        ("emoji and RTL override", request_bytes(host, "/de/%F0%9F%98%80%E2%80%AE/"), {404}),
        ("DELETE on a page", request_bytes(host, "/de/", method="DELETE"), {403, 405}),
        (
            "PUT on the RSS feed",
            request_bytes(host, "/de/aktuelles/rss/", method="PUT"),
            {403, 405},
        ),
        ("POST on robots.txt", request_bytes(host, "/robots.txt", method="POST"), {403, 405}),
        (
            "POST garbage to the contact form",
            request_bytes(
                host,
                "/de/kontakt/",
                method="POST",
                headers=[f"Content-Type: {form}"],
                body=b"name=%zz&message=%C0%AF%00&email=x",
            ),
            {200},
        ),
        ("garbage request line", b"FOO\r\n\r\n", {400}),
        ("header without a colon", request_bytes(host, "/de/", headers=["NoColonHere"]), {400}),
        ("unknown Host", request_bytes("evil.example", "/de/"), {400}),
        (
            "absurd Content-Length",
            request_bytes(host, "/de/kontakt/", method="POST", headers=["Content-Length: 9" * 25]),
            None,
        ),
    ]


def check_bad_inputs(port, host):
    failures = []
    for label, data, expected in bad_inputs(host):
        status = harness.raw_request(port, data)
        ok = (
            400 <= status < 500 or status in (200, 301, 302)
            if expected is None
            else status in expected
        )
        ok = ok and 0 < status < 500
        print(f"  {status or 'no answer':>9}  {label}")
        if not ok:
            failures.append(f"{label}: {status or 'no answer'} (expected {expected or '4xx'})")
    return failures


def preflight(port, urls):
    failures = []
    for host, path in urls:
        status = harness.fetch(port, host.split(":")[0], path)[0]
        if status != 200:
            failures.append(f"{host}{path}: {status}")
    return failures


def parse_summary(output):
    match = re.search(r"^LOADTEST (.*)$", output, re.M)
    if not match:
        return None
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", match.group(1))}


def on_signal(signum, _frame):
    raise SystemExit(f"stopped by signal {signal.Signals(signum).name}")


def main(argv=None):
    args = parse_args(argv)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGHUP):
        signal.signal(signum, on_signal)
    signal.alarm(TOTAL_LIMIT)
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("wrk is missing: `make loadtest` installs it as root (apt-get install wrk).")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    logdir = (args.logs or harness.REPO / "var" / "loadtest" / stamp).resolve()
    logdir.mkdir(parents=True, exist_ok=True)
    failures = []

    with contextlib.ExitStack() as stack:
        if os.environ.get("DATABASE_URL"):
            url = os.environ["DATABASE_URL"]
            step(f"database: DATABASE_URL ({url.split('@')[-1]})")
        else:
            name, url = stack.enter_context(harness.scratch_database("verbund_load"))
            step(f"database: scratch PostgreSQL database {name} (dropped at the end)")
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="verbund-load-")))
        port = harness.free_port()
        extra = {"DATABASE_CONN_MAX_AGE": args.conn_max_age}
        if args.redis:
            import redis

            redis.Redis.from_url(args.redis).flushdb()
            extra["REDIS_URL"] = args.redis
        env = harness.django_env(url, workdir, port, **extra)

        started = time.monotonic()
        harness.prepare_site(env, port)
        step(f"migrate + bootstrap_verbund + collectstatic: {time.monotonic() - started:.0f} s")
        urls = [line.split() for line in harness.manage(env, "loadtest_urls").splitlines()]
        urls_file = logdir / "urls.txt"
        urls_file.write_text("".join(f"{host} {path}\n" for host, path in urls))
        step(f"{len(urls)} URLs (3 sites x 2 languages), list in {urls_file}")

        gunicorn = stack.enter_context(harness.Gunicorn(env, port, logdir))
        step(
            f"gunicorn on 127.0.0.1:{port}, {len(gunicorn.worker_pids())} workers, "
            f"DATABASE_CONN_MAX_AGE={args.conn_max_age}; logs in {logdir}"
        )
        failures += preflight(port, urls)

        publisher_log = logdir / "publisher.log"
        logs = (gunicorn.error_log, gunicorn.output_log, publisher_log)
        publisher_log.write_bytes(b"")
        publisher = None
        if args.publish_interval > 0:
            with open(publisher_log, "wb") as output:
                publisher = subprocess.Popen(  # noqa: S603 - our own manage.py
                    [
                        sys.executable,
                        "manage.py",
                        "loadtest_publish",
                        f"--interval={args.publish_interval}",
                        f"--duration={args.duration}",
                        f"--count={int(args.duration / max(args.publish_interval, 0.1)) + 1}",
                    ],
                    cwd=harness.REPO,
                    env=env,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            stack.callback(
                lambda: publisher.poll() is None and os.killpg(publisher.pid, signal.SIGKILL)
            )

        step(f"wrk: {args.duration} s, {args.connections} connections, {args.threads} threads")
        command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s"]
        command += ["--timeout", "10s", "-s", str(HERE / "rotate.lua"), f"http://127.0.0.1:{port}/"]
        result = subprocess.run(  # noqa: S603 - wrk from PATH, fixed arguments
            [*command, "--", str(urls_file)],
            capture_output=True,
            text=True,
            timeout=args.duration + 60,
            check=False,
        )
        (logdir / "wrk.log").write_text(result.stdout + result.stderr)
        if publisher is not None:
            try:
                publisher.wait(timeout=60)
            except subprocess.TimeoutExpired:
                failures.append("the publisher did not stop in time")
        published = publisher_log.read_text(errors="replace") or "no editor (--publish-interval 0)"
        if publisher is not None and publisher.returncode != 0:
            failures.append(
                f"the publisher failed (exit {publisher.returncode}), see {publisher_log}"
            )
        # Still every page, with the latest publication.
        failures += preflight(port, urls)

        after_load = harness.log_sizes(*logs)
        step("bad input against gunicorn (status, request):")
        failures += check_bad_inputs(port, urls[0][0])
        gunicorn.stop()  # flushes the logs

    load_errors = [
        line
        for path in logs
        for line in harness.error_lines(harness.log_text(path, 0, after_load[path]))
    ]
    probe_errors = [
        line
        for path in logs
        for line in harness.error_lines(harness.log_text(path, after_load[path]), PROVOKED)
    ]

    summary = parse_summary(result.stdout)
    print()
    if summary is None:
        print(result.stdout + result.stderr)
        failures.append("wrk printed no summary")
    else:
        print(f"Load: {summary['requests']:.0f} requests in {summary['seconds']:.1f} s")
        print(f"  requests/s      {summary['rps']:.1f}")
        print(
            f"  latency         p50 {summary['p50_ms']:.1f} ms   p90 {summary['p90_ms']:.1f} ms"
            f"   p99 {summary['p99_ms']:.1f} ms   max {summary['max_ms']:.1f} ms"
        )
        print(
            f"  status          2xx {summary['s2xx']:.0f}   3xx {summary['s3xx']:.0f}"
            f"   4xx {summary['s4xx']:.0f}   5xx {summary['s5xx']:.0f}"
            f"   (non-2xx/3xx: {summary['non_2xx_3xx']:.0f})"
        )
        print(f"  page cache hits {summary['cache_hits']:.0f}")
        print(
            f"  socket errors   connect {summary['connect_errors']:.0f}   read "
            f"{summary['read_errors']:.0f}   write {summary['write_errors']:.0f}   timeouts "
            f"{summary['timeouts']:.0f}"
        )
        if summary["s5xx"]:
            failures.append(f"{summary['s5xx']:.0f} responses with a 5xx status")
        if summary["requests"] == 0:
            failures.append("no request completed")
    publications = re.search(r"PUBLISHED (.*)", published)
    print(
        f"  editor          {publications.group(1) if publications else published.strip()[-500:]}"
    )

    print(
        f"  log errors      {len(load_errors)} during setup and load, {len(probe_errors)} during "
        f"the bad-input checks (ERROR, CRITICAL, 500/503, tracebacks; logs in {logdir})"
    )
    for line in (load_errors + probe_errors)[:20]:
        print(f"    {line[:200]}")
    if load_errors or probe_errors:
        failures.append(f"{len(load_errors) + len(probe_errors)} errors in the logs")
    print()
    if failures:
        print("FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print("PASSED: no 5xx, no error in the logs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
