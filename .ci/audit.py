"""pip-audit over the pinned requirements and the installed environment: `make audit` (and so
`make test` and CI).

1. The pinned requirement files, exactly as written (`--no-deps --disable-pip`: no resolver, no
   scratch virtualenv, a few seconds). Every line is pinned with `==`, so this audits the versions
   CI installs; a known-vulnerable pin fails here before anything else runs.
2. The installed virtualenv (`--local`), which adds the dependencies the files do not pin
   (sqlparse, asgiref, Willow, …) at the versions pip resolved.

Exit status 1 when a package has a known vulnerability, or when only some packages could be
audited. pip-audit's default vulnerability service is PyPI's per-release JSON API. Where that
service answers for no package at all (a network that reaches the package index but not that
API), nothing could be audited: that is a loud warning and exit 0, or exit 1 with
AUDIT_REQUIRE_SERVICE=1. Without this script pip-audit would report such packages as "skipped"
and exit 0 without a word in its exit status.

Arguments after `--` go to pip-audit (e.g. `-- -s osv`, `-- --ignore-vuln GHSA-…`).
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REQUIREMENTS = ["requirements.txt", "requirements-dev.txt"]
TIMEOUT = 600  # seconds for one pip-audit run


def pip_audit(arguments, extra):
    command = [
        sys.executable,
        "-m",
        "pip_audit",
        "--format",
        "json",
        "--progress-spinner",
        "off",
        *arguments,
        *extra,
    ]
    result = subprocess.run(  # noqa: S603 - our own interpreter and pip-audit
        command, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        # pip-audit gave up before reporting (e.g. the service's host does not resolve).
        last_lines = "\n".join(result.stderr.strip().splitlines()[-3:])
        return None, last_lines or f"pip-audit exited with {result.returncode}"
    return report["dependencies"], None


def check(label, dependencies, error):
    """Print what one run found. Returns (failed, service_unreachable)."""
    if dependencies is None:
        print(f"pip-audit ({label}): the vulnerability service did not answer:\n{error}")
        return False, True
    audited = [dependency for dependency in dependencies if "skip_reason" not in dependency]
    skipped = [dependency for dependency in dependencies if "skip_reason" in dependency]
    vulnerable = [dependency for dependency in audited if dependency.get("vulns")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            ids = ", ".join([vuln["id"], *vuln.get("aliases", [])])
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed release"
            print(
                f"VULNERABLE ({label}): {dependency['name']}=={dependency['version']}: {ids} "
                f"(fixed in: {fixed})"
            )
    if skipped and not audited:
        print(
            f"pip-audit ({label}): the vulnerability service answered for none of the "
            f"{len(skipped)} packages ({skipped[0]['skip_reason']})."
        )
        return False, True
    for dependency in skipped:
        print(f"NOT AUDITED ({label}): {dependency['name']}: {dependency['skip_reason']}")
    if not vulnerable and not skipped:
        print(f"pip-audit ({label}): {len(audited)} packages, no known vulnerabilities.")
    return bool(vulnerable or skipped), False


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-r",
        "--requirement",
        action="append",
        dest="requirements",
        help=f"pinned requirement file to audit (repeatable; default: {' and '.join(DEFAULT_REQUIREMENTS)})",
    )
    parser.add_argument(
        "--no-environment",
        action="store_true",
        help="audit only the requirement files, not the installed virtualenv",
    )
    options = parser.parse_args(argv)
    requirements = options.requirements or DEFAULT_REQUIREMENTS

    runs = [
        (
            " + ".join(requirements),
            # pip-audit does not follow `-r other.txt` lines in this mode: name each file.
            ["--no-deps", "--disable-pip", *(f"--requirement={name}" for name in requirements)],
        )
    ]
    if not options.no_environment:
        runs.append((f"installed in {sys.prefix}", ["--local", "--skip-editable"]))

    failed = unreachable = False
    for label, arguments in runs:
        run_failed, run_unreachable = check(label, *pip_audit(arguments, extra))
        failed |= run_failed
        unreachable |= run_unreachable

    if unreachable:
        required = os.environ.get("AUDIT_REQUIRE_SERVICE", "") == "1"
        print(
            "\n*** pip-audit could not reach its vulnerability service from this machine: the "
            "packages above were NOT checked for known vulnerabilities. ***\n"
            + (
                "AUDIT_REQUIRE_SERVICE=1: failing."
                if required
                else "Set AUDIT_REQUIRE_SERVICE=1 to fail instead of warning."
            )
        )
        failed |= required
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
