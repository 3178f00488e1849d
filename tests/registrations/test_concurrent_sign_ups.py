"""No overbooking, ever: many readers take the last places at the same moment, over real HTTP.

gunicorn with four worker processes, each with its own database connection, against a scratch
PostgreSQL database (row lock on the event) and against a SQLite file (write lock taken when the
transaction begins). Twelve people confirm at once for five places: exactly five get one. Without
PostgreSQL on 127.0.0.1:5432 the PostgreSQL case fails (it never skips): CI has one.
"""

import contextlib

import pytest

from loadtest import harness, signups

pytestmark = pytest.mark.slow

PEOPLE, PLACES, CLIENTS = 12, 5, 12


@contextlib.contextmanager
def database(kind, workdir):
    if kind == "postgresql":
        with harness.scratch_database("verbund_signups") as (_name, url):
            yield url
    else:
        yield f"sqlite:///{workdir / 'verbund.sqlite3'}"


@pytest.mark.parametrize("kind", ["postgresql", "sqlite"])
def test_simultaneous_confirmations_never_take_more_than_the_places(kind, tmp_path, site_templates):
    with database(kind, tmp_path) as url:
        port = harness.free_port()
        env, mail_dir = signups.server_env(url, tmp_path, port)
        site_templates.prepare_site(env, port)
        with signups.start_server(env, port, tmp_path, workers=4) as server:
            signed_up, confirmed, counts = signups.run(
                server.port, env, mail_dir, people=PEOPLE, clients=CLIENTS, capacity=PLACES
            )

    assert signed_up.statuses == [200] * PEOPLE
    assert confirmed.statuses == [200] * PEOPLE
    assert counts == {"confirmed": PLACES, "waiting": PEOPLE - PLACES}
