"""Registration benchmark: many people take the places of one event at once.

Run from the repository root (needs PostgreSQL on 127.0.0.1:5432 with user postgres):

    .venv/bin/python bench/registration_bench.py [--people 200] [--clients 16] [--places 50]
                                                 [--workers 4]

It creates a scratch database, migrates and bootstraps the three sites, starts gunicorn
(cms.settings.dev without DEBUG, page cache on, mails written to files), gives the demo's joint
event --places places and lets --people readers sign up from --clients concurrent clients, half on
ACOD's site and half on Cluster IT's; then each confirms through the link in the mail, again
--clients at a time. It prints requests per second, median and p99 latency of both phases and
fails unless exactly --places are confirmed, the rest waiting, and no request got a 5xx.
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadtest import harness, signups  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--places", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    with (
        tempfile.TemporaryDirectory(prefix="verbund-registration-bench-") as workdir,
        harness.scratch_database("verbund_registration_bench") as (_name, url),
    ):
        port = harness.free_port()
        env, mail_dir = signups.server_env(url, workdir, port)
        print("Preparing the sites (migrate, bootstrap) …", flush=True)
        harness.prepare_site(env, port)
        with signups.start_server(env, port, workdir, workers=args.workers) as server:
            signed_up, confirmed, counts = signups.run(
                server.port,
                env,
                mail_dir,
                people=args.people,
                clients=args.clients,
                capacity=args.places,
            )
    print(
        f"\n{args.people} people, {args.clients} concurrent clients, {args.places} places, "
        f"gunicorn with {args.workers} workers, PostgreSQL"
    )
    print(f"{'phase':<10} {'req/s':>7} {'median ms':>10} {'p99 ms':>8} {'5xx':>5}  statuses")
    for phase in (signed_up, confirmed):
        statuses = {status: phase.statuses.count(status) for status in sorted(set(phase.statuses))}
        print(
            f"{phase.name:<10} {phase.requests_per_second:7.1f} {phase.median_ms:10.0f} "
            f"{phase.p99_ms:8.0f} {phase.server_errors:5d}  {statuses}"
        )
    print(f"afterwards: {counts}")
    expected = {"confirmed": args.places, "waiting": args.people - args.places}
    errors = signed_up.server_errors + confirmed.server_errors
    if counts != expected or errors:
        print(f"FAILED: expected {expected} and no 5xx, got {counts} and {errors} × 5xx")
        return 1
    print(f"OK: exactly {args.places} confirmed, {args.people - args.places} waiting, 0 × 5xx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
