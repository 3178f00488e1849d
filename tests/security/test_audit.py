"""Dependencies: every requirement is pinned, Wagtail at a fixed release, and `make audit`
(.ci/audit.py, pip-audit) fails on a known-vulnerable pin.

The audit runs here against a stand-in for the OSV vulnerability API on 127.0.0.1 that knows one
real advisory, so these tests need no network; `make audit` itself asks the real service.
"""

import json
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest
from packaging.version import Version

REPO = Path(__file__).resolve().parents[2]
REQUIREMENT_FILES = ["requirements.txt", "requirements-dev.txt"]
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)(\[[a-z0-9,]+\])?==(?P<version>[^\s;#]+)$")
# Django 4.2 had several advisories; this is the first one, fixed in 4.2.1.
ADVISORY = {
    "id": "CVE-2023-31047",
    "summary": "Potential bypass of validation when uploading multiple files using one form field",
    "published": "2023-05-07T02:15:00Z",
    "affected": [
        {
            "package": {"name": "django", "ecosystem": "PyPI"},
            "ranges": [
                {"type": "ECOSYSTEM", "events": [{"introduced": "4.2"}, {"fixed": "4.2.1"}]}
            ],
        }
    ],
}


def requirement_lines():
    for filename in REQUIREMENT_FILES:
        for line in (REPO / filename).read_text().splitlines():
            line = line.split(" #")[0].strip()
            if line and not line.startswith(("#", "-r ")):
                yield filename, line


def pins():
    return {
        PIN.match(line)["name"].lower(): PIN.match(line)["version"]
        for _, line in requirement_lines()
    }


def test_every_requirement_is_pinned_to_one_version():
    for filename, line in requirement_lines():
        assert PIN.match(line), f"{filename}: {line!r} is not pinned with =="


def test_wagtail_is_pinned_to_a_fixed_release_and_installed_at_it():
    pinned = pins()["wagtail"]

    # 8.0.1 is the fixed release of the 8.0 line the security issue (7) asks for at least.
    assert Version(pinned) >= Version("8.0.1")
    assert installed_version("wagtail") == pinned


class FakeOsv(BaseHTTPRequestHandler):
    """POST /v1/query {"package": {"name": …}, "version": …} -> {"vulns": […]} or {}."""

    def do_POST(self):  # noqa: N802 - http.server's naming
        query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        affected = query["package"]["name"] == "django" and (
            Version("4.2") <= Version(query["version"]) < Version("4.2.1")
        )
        body = json.dumps({"vulns": [ADVISORY]} if affected else {}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def osv_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOsv)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1/query"
    server.shutdown()
    server.server_close()


def audit(*arguments, service, tmp_path, env=None):
    """`make audit`'s command on the given files, against the given vulnerability service."""
    return subprocess.run(
        [
            sys.executable,
            str(REPO / ".ci" / "audit.py"),
            *arguments,
            "--no-environment",
            "--",
            "--vulnerability-service=osv",
            f"--osv-url={service}",
            f"--cache-dir={tmp_path / 'cache'}",
            "--timeout=5",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
    )


def test_a_known_vulnerable_pin_fails_the_audit(osv_url, tmp_path):
    scratch = tmp_path / "requirements.txt"
    scratch.write_text("Django==4.2\nwagtail==8.0.1\n")

    result = audit("-r", str(scratch), service=osv_url, tmp_path=tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "VULNERABLE" in result.stdout
    assert "django==4.2: CVE-2023-31047 (fixed in: 4.2.1)" in result.stdout


def test_the_projects_pins_pass_and_every_one_of_them_is_audited(osv_url, tmp_path):
    result = audit(service=osv_url, tmp_path=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    # Both files, each line: pip-audit does not follow requirements-dev.txt's `-r requirements.txt`.
    assert f"{len(pins())} packages, no known vulnerabilities" in result.stdout
    assert "django" in pins() and "pytest" in pins()


def test_an_unreachable_service_is_reported_and_fails_where_the_audit_is_required(tmp_path):
    scratch = tmp_path / "requirements.txt"
    scratch.write_text("Django==4.2\n")
    nowhere = "http://127.0.0.1:9/v1/query"  # the discard port: connection refused

    warned = audit("-r", str(scratch), service=nowhere, tmp_path=tmp_path)
    required = audit(
        "-r", str(scratch), service=nowhere, tmp_path=tmp_path, env={"AUDIT_REQUIRE_SERVICE": "1"}
    )

    assert warned.returncode == 0
    assert "NOT checked for known vulnerabilities" in warned.stdout
    assert required.returncode == 1
    assert "NOT checked for known vulnerabilities" in required.stdout
