"""Shared by loadtest/run.py and tests/resilience/test_database_outage.py: a scratch PostgreSQL
database, the demo content in it, and gunicorn serving it on 127.0.0.1 — all bounded in time and
cleaned up on exit."""

import contextlib
import fcntl
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get(
    "LOADTEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
HOSTS = ("acod.localhost", "clusterit.localhost", "logistik.localhost")
COMMAND_TIMEOUT = 600  # seconds for migrate / bootstrap / collectstatic


class HarnessError(RuntimeError):
    pass


def admin_connection():
    """An autocommit connection to the PostgreSQL maintenance database; fails with a clear message."""
    try:
        return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise HarnessError(
            f"PostgreSQL does not answer at {PG_ADMIN_URL} ({exc}). Start it (it runs on "
            "127.0.0.1:5432 on the developers' machines and in CI) or set LOADTEST_PG_ADMIN_URL."
        ) from exc


def database_url(name):
    """postgres://… of database `name` on the admin URL's server."""
    info = psycopg.conninfo.conninfo_to_dict(PG_ADMIN_URL)
    user = info.get("user", "postgres")
    password = f":{info['password']}" if info.get("password") else ""
    return f"postgres://{user}{password}@{info.get('host', '127.0.0.1')}:{info.get('port', 5432)}/{name}"


@contextlib.contextmanager
def scratch_database(prefix):
    """Create an empty database, yield (name, URL), drop it (connections and all) at the end."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin_connection() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name, database_url(name)
    finally:
        with admin_connection() as admin:
            admin.execute(
                sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(
                    sql.Identifier(name)
                )
            )
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def allow_connections(name, allowed):
    """Open or close a database to new connections; closing also ends the open ones.

    The PostgreSQL server keeps running for everything else on the machine.
    """
    with admin_connection() as admin:
        admin.execute(
            sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS {}").format(
                sql.Identifier(name), sql.SQL("true" if allowed else "false")
            )
        )
        if not allowed:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )


def django_env(database, workdir, port, **extra):
    """Environment for manage.py and gunicorn: dev settings without DEBUG, files under workdir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DEBUG="0",
        DATABASE_URL=database,
        MEDIA_ROOT=str(Path(workdir) / "media"),
        STATIC_ROOT=str(Path(workdir) / "static"),
        VERBUND_SITE_PORT=str(port),
        PORT=str(port),
        SERVE_MEDIA="1",
        PYTHONUNBUFFERED="1",
        # the page cache's files, shared by the server's workers (without REDIS_URL)
        PAGE_CACHE_DIR=str(Path(workdir) / "page-cache"),
    )
    for key in ("ALLOWED_HOSTS", "REDIS_URL", "DATABASE_CONN_MAX_AGE"):
        env.pop(key, None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, timeout=COMMAND_TIMEOUT):
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise HarnessError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare_site(env, port):
    """Migrate, bootstrap the three demo sites for `port`, collect static files."""
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "bootstrap_verbund", "--port", str(port))
    manage(env, "collectstatic", "--no-input", "-v0")


class SiteTemplates:
    """prepare_site() for the price of a copy, for test sessions that start many servers.

    Preparing takes about 45 s (migrate 20, bootstrap 22, collectstatic 3). Here it happens once
    per database engine into `directory`; each caller gets a copy of that database (PostgreSQL:
    CREATE DATABASE … TEMPLATE, SQLite: the file) with its media and static files, then
    bootstrap_verbund runs once more for the caller's port (idempotent, about 4 s). pytest-xdist
    workers share one directory: a file lock lets the first of them prepare and the others wait.
    """

    def __init__(self, directory, tag):
        self.directory = Path(directory)
        self.postgres_template = f"verbund_template_{tag}"

    def prepare_site(self, env, port=None):
        """What prepare_site(env, port) makes, in env's database and folders (which are empty).

        Without a port, the sites get bootstrap_verbund's default one.
        """
        url = env["DATABASE_URL"]
        kind = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
        template = self._template(kind)
        if kind == "postgresql":
            name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
            with admin_connection() as admin:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
                admin.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(name), sql.Identifier(self.postgres_template)
                    )
                )
        else:
            shutil.copyfile(template / "db.sqlite3", url.removeprefix("sqlite:///"))
        shutil.copytree(template / "media", env["MEDIA_ROOT"], dirs_exist_ok=True)
        if "STATIC_ROOT" in env:
            shutil.copytree(template / "static", env["STATIC_ROOT"], dirs_exist_ok=True)
        manage(env, "bootstrap_verbund", *(["--port", str(port)] if port else []))

    def _template(self, kind):
        folder = self.directory / kind
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / f"{kind}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (folder / "ready").exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                if kind == "postgresql":
                    with admin_connection() as admin:
                        name = sql.Identifier(self.postgres_template)
                        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(name))
                        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
                    url = database_url(self.postgres_template)
                else:
                    url = f"sqlite:///{folder / 'db.sqlite3'}"
                prepare_site(django_env(url, folder, 8000), 8000)
                (folder / "ready").touch()
        return folder

    def remove(self):
        """Drop the PostgreSQL template and delete the folder (when this session made them)."""
        if (self.directory / "postgresql").exists():
            with contextlib.suppress(HarnessError), admin_connection() as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(self.postgres_template)
                    )
                )
        shutil.rmtree(self.directory, ignore_errors=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port, host, path, method="GET", headers=None, timeout=15, body=None):
    """(status, headers dict, body bytes) of one request to 127.0.0.1:port as `host`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"{host}:{port}")
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def raw_request(port, data, timeout=15):
    """Send raw bytes, return the status code of the answer (0 when the server just closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(data)
        answer = b""
        with contextlib.suppress(TimeoutError, ConnectionResetError):
            while b"\r\n" not in answer:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                answer += chunk
    parts = answer.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


class Gunicorn:
    """gunicorn with the project's gunicorn.conf.py on 127.0.0.1:port, logs in logdir.

    Started in its own process group; stop() (also on exit from the with block) ends the group.
    """

    def __init__(self, env, port, logdir, *options):
        self.env, self.port, self.logdir, self.options = env, port, Path(logdir), options
        self.process = None

    @property
    def error_log(self):
        return self.logdir / "gunicorn-error.log"

    @property
    def access_log(self):
        return self.logdir / "gunicorn-access.log"

    @property
    def output_log(self):
        return self.logdir / "gunicorn-output.log"

    def start(self, ready_timeout=60):
        self.logdir.mkdir(parents=True, exist_ok=True)
        command = [
            str(VENV_BIN / "gunicorn"),
            "cms.wsgi",
            "--config",
            str(REPO / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--error-logfile",
            str(self.error_log),
            "--access-logfile",
            str(self.access_log),
            *self.options,
        ]
        with open(self.output_log, "ab") as output:
            self.process = subprocess.Popen(  # noqa: S603 - fixed command line
                command,
                cwd=REPO,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HarnessError(f"gunicorn exited: {self.output_log.read_text()[-3000:]}")
            with contextlib.suppress(OSError):
                fetch(self.port, HOSTS[0], "/robots.txt", timeout=5)
                return self
            time.sleep(0.3)
        self.stop()
        raise HarnessError(f"gunicorn did not answer within {ready_timeout} s")

    def worker_pids(self):
        """The master's children (the workers), from /proc."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return sorted(int(pid) for pid in path.read_text().split()) if path.exists() else []

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=35)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


ERROR_MARKERS = ("ERROR", "CRITICAL", "Internal Server Error", "Service Unavailable")
ERROR_MARKERS += ("Database unavailable",)


def log_sizes(*paths):
    """Current sizes of log files: marks where a phase of the run starts in each."""
    return {Path(p): Path(p).stat().st_size if Path(p).exists() else 0 for p in paths}


def log_text(path, start=0, end=None):
    path = Path(path)
    if not path.exists():
        return ""
    with open(path, "rb") as log:
        log.seek(start)
        data = log.read() if end is None else log.read(max(0, end - start))
    return data.decode(errors="replace")


def error_lines(text, allowed_exceptions=()):
    """Lines of a log that report an error: ERROR/CRITICAL lines, 500/503 responses, and each
    traceback (as its final exception line) unless that exception is one of allowed_exceptions
    (e.g. "django.core.exceptions.DisallowedHost", logged for a refused request)."""
    lines = text.splitlines()
    errors = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("Traceback (most recent call last)"):
            index += 1
            while index < len(lines) and (lines[index][:1] in (" ", "\t") or not lines[index]):
                index += 1
            final = lines[index] if index < len(lines) else "(end of log)"
            if not (allowed_exceptions and final.startswith(tuple(allowed_exceptions))):
                errors.append(f"Traceback … {final}")
        elif any(marker in line for marker in ERROR_MARKERS):
            errors.append(line)
        index += 1
    return errors
