"""Many people register for one event at once, over real HTTP against gunicorn.

Used by bench/registration_bench.py (200 sign-ups, 16 clients, 50 places, PostgreSQL) and by
tests/registrations/test_concurrent_sign_ups.py (smaller, PostgreSQL and SQLite). Each sign-up
is the reader's two requests: the form's POST, then the POST of the confirm page reached through
the link in the mail (read from the dev settings' EMAIL_FILE_PATH folder).
"""

import json
import re
import statistics
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from loadtest import harness

EVENT_KEY = "acod-demo-software-forum"  # the demo's joint event of ACOD and Cluster IT
HOSTS = ("acod.localhost", "clusterit.localhost")  # both organisers' sites take sign-ups
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/de/[^\s]+/bestaetigen/[^\s]+/)")

PREPARE_EVENT = """
import json
from sites.demo.management.commands.bootstrap_verbund import stable_key
from sites.events.models import EventPage
from sites.registrations.models import Registration
event = EventPage.objects.get(translation_key=stable_key('event', {key!r}), locale__language_code='de')
EventPage.objects.filter(translation_key=event.translation_key).update(capacity={capacity})
Registration.objects.filter(event=event).delete()
print(json.dumps({{'event_id': event.pk}}))
"""

COUNT_REGISTRATIONS = """
import json
from django.db.models import Count
from sites.registrations.models import Registration
rows = Registration.objects.filter(event_id={event_id}).values_list('status').annotate(n=Count('pk'))
print(json.dumps(dict(rows)))
"""


def shell(env, code):
    """Run `code` in `manage.py shell`; its last printed line, parsed as JSON."""
    output = harness.manage(env, "shell", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


def prepare_event(env, capacity):
    """The joint event with `capacity` places and no registrations; returns its page id."""
    return shell(env, PREPARE_EVENT.format(key=EVENT_KEY, capacity=capacity))["event_id"]


def count_registrations(env, event_id):
    return shell(env, COUNT_REGISTRATIONS.format(event_id=event_id))


@dataclass
class Phase:
    name: str
    statuses: list = field(default_factory=list)
    latencies_ms: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def requests_per_second(self):
        return len(self.statuses) / self.seconds if self.seconds else 0.0

    @property
    def p99_ms(self):
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0

    @property
    def median_ms(self):
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0

    @property
    def server_errors(self):
        return sum(1 for status in self.statuses if status >= 500)


def _run(phase, jobs, clients):
    """Send `jobs` (callables returning a status) from `clients` threads that start together."""
    lock = threading.Lock()
    start_together = threading.Barrier(min(clients, len(jobs)))

    def timed(job, index):
        if index < clients:
            start_together.wait()
        began = time.perf_counter()
        status = job()
        elapsed = (time.perf_counter() - began) * 1000
        with lock:
            phase.statuses.append(status)
            phase.latencies_ms.append(elapsed)

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(timed, jobs, range(len(jobs))))
    phase.seconds = time.perf_counter() - began
    return phase


def _post(port, host, path, fields):
    body = urllib.parse.urlencode(fields).encode()
    status, _headers, _body = harness.fetch(
        port,
        host,
        path,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        body=body,
        timeout=60,
    )
    return status


def confirm_links(mail_dir):
    """{address: confirm path} of the confirmation mails written to `mail_dir`."""
    links = {}
    for path in Path(mail_dir).glob("*.log"):
        text = path.read_text(encoding="utf-8", errors="replace")
        # the file backend appends every message of one connection to one file
        for message in text.split("-" * 79):
            to = re.search(r"^To: (\S+)$", message, re.M)
            link = CONFIRM_LINK.search(message)
            if to and link:
                links[to.group(1)] = link.group(1)
    return links


def run(port, env, mail_dir, *, people, clients, capacity):
    """`people` sign up and confirm for an event with `capacity` places; returns
    (sign-up phase, confirm phase, {status: count} afterwards)."""
    event_id = prepare_event(env, capacity)
    addresses = [f"bench-{number:04d}@example.org" for number in range(people)]

    def sign_up(number, address):
        return lambda: _post(
            port,
            HOSTS[number % len(HOSTS)],
            f"/de/anmeldung/{event_id}/",
            {
                "name": f"Bench Person {number}",
                "email": address,
                "organisation": "Benchmark e.V.",
                "consent": "on",
            },
        )

    signed_up = _run(
        Phase("sign-up"),
        [sign_up(number, address) for number, address in enumerate(addresses)],
        clients,
    )
    links = confirm_links(mail_dir)
    missing = [address for address in addresses if address not in links]
    if missing:
        raise harness.HarnessError(f"no confirmation mail for {len(missing)}: {missing[:3]}")
    confirmed = _run(
        Phase("confirm"),
        [
            (
                lambda path=links[address], number=number: _post(
                    port, HOSTS[number % len(HOSTS)], path, {}
                )
            )
            for number, address in enumerate(addresses)
        ],
        clients,
    )
    return signed_up, confirmed, count_registrations(env, event_id)


def start_server(env, port, workdir, workers=4):
    """gunicorn for the run: no rate limit in the way, mails into files."""
    return harness.Gunicorn(env, port, Path(workdir) / "logs", "--workers", str(workers))


def server_env(database_url, workdir, port):
    mail_dir = Path(workdir) / "mail"
    mail_dir.mkdir(parents=True, exist_ok=True)
    env = harness.django_env(
        database_url,
        workdir,
        port,
        EMAIL_FILE_PATH=mail_dir,
        CONTACT_RATE_LIMIT="1000000/60",
        PAGE_CACHE_ENABLED="1",
    )
    return env, mail_dir
