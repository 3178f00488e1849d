"""Production settings: `check --deploy` is clean, HTTPS-only cookies and HSTS, demo accounts off."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from tests.conftest import HOSTS

REPO = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "ALLOWED_HOSTS": "www.acod.example,www.clusterit.example,www.logistik.example",
    "DATABASE_URL": "postgres://verbund@db.internal:5432/verbund",
    "WAGTAILADMIN_BASE_URL": "https://www.acod.example",
}
SETTINGS_TO_READ = [
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_HTTPONLY",
    "VERBUND_DEMO_ACCOUNTS",
    "AUTHENTICATION_BACKENDS",
    "WAGTAILDOCS_SERVE_METHOD",
    "WAGTAILADMIN_BASE_URL",
    "WAGTAIL_GRAVATAR_PROVIDER_URL",
    "WAGTAIL_ENABLE_UPDATE_CHECK",
]


def production(*args, env=None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECURE_"))}
    environment |= PRODUCTION_ENV | {"SECRET_KEY": secrets.token_urlsafe(64)} | (env or {})
    environment = {name: value for name, value in environment.items() if value is not None}
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env=environment, capture_output=True, text=True
    )


def test_check_deploy_reports_no_issues():
    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr


def test_check_deploy_only_reminds_of_hsts_preload_once_it_is_switched_on():
    result = production(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={"SECURE_HSTS_PRELOAD": "1"},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout + result.stderr


@pytest.fixture(scope="module")
def production_settings():
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {SETTINGS_TO_READ!r}}}))"
    )
    result = production("-c", code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_is_https_only_with_hsts(production_settings):
    assert production_settings["DEBUG"] is False
    assert production_settings["SECURE_SSL_REDIRECT"] is True
    assert production_settings["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert production_settings["SECURE_HSTS_SECONDS"] >= 31536000
    assert production_settings["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True


def test_production_cookies_are_secure_httponly_and_lax(production_settings):
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert production_settings[f"{cookie}_COOKIE_SECURE"] is True, cookie
        assert production_settings[f"{cookie}_COOKIE_HTTPONLY"] is True, cookie
    assert production_settings["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert production_settings["CSRF_COOKIE_SAMESITE"] == "Lax"


def test_production_headers_and_authentication(production_settings):
    assert production_settings["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert production_settings["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert production_settings["X_FRAME_OPTIONS"] == "DENY"
    assert production_settings["VERBUND_DEMO_ACCOUNTS"] is False
    assert production_settings["AUTHENTICATION_BACKENDS"] == [
        "sites.security.backends.AxesBackend",
        "sites.security.backends.VerbundModelBackend",
    ]
    assert production_settings["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


def test_media_on_another_origin_are_allowed_by_both_policies():
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "settings.VERBUND_ADMIN_CONTENT_SECURITY_POLICY['img-src']]))"
    )
    result = production(
        "-c",
        code,
        env={
            "AWS_S3_CUSTOM_DOMAIN": "media.acod.example",
            "CSP_MEDIA_SOURCES": "https://cdn.example.net",
        },
    )

    assert result.returncode == 0, result.stderr
    public, admin = json.loads(result.stdout)
    for sources in (public, admin):
        assert {"https://media.acod.example", "https://cdn.example.net", "'self'"} <= set(sources)


def test_production_admin_links_come_from_the_configured_base_url(production_settings):
    assert production_settings["WAGTAILADMIN_BASE_URL"] == "https://www.acod.example"
    # The admin does not phone home: no avatars from Gravatar, no check for new Wagtail releases.
    assert production_settings["WAGTAIL_GRAVATAR_PROVIDER_URL"] is None
    assert production_settings["WAGTAIL_ENABLE_UPDATE_CHECK"] is False


@pytest.mark.parametrize(
    "base_url",
    [
        None,  # unset: no default built from the hostnames (or from a request)
        "",
        "http://www.acod.example",  # not HTTPS
        "https://evil.example",  # not one of ALLOWED_HOSTS
        "https://www.acod.example/admin/",  # a path: the links would get it twice
        "www.acod.example",
    ],
)
def test_production_refuses_to_start_without_a_valid_admin_base_url(base_url):
    code = "import django; django.setup(); print('started')"
    result = production("-c", code, env={"WAGTAILADMIN_BASE_URL": base_url})

    assert result.returncode != 0
    assert "needs WAGTAILADMIN_BASE_URL" in result.stderr


def https_settings(production_settings):
    """The production HTTPS settings, applied to the test settings (which have a database)."""
    names = [
        name
        for name in production_settings
        if name.startswith(("SECURE_", "SESSION_COOKIE", "CSRF_COOKIE", "LANGUAGE_COOKIE"))
    ]
    values = {name: production_settings[name] for name in names}
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return override_settings(**values)


@pytest.mark.django_db
def test_hsts_header_over_https_and_redirect_from_http(production_settings):
    with https_settings(production_settings):
        secure = Client(HTTP_HOST=HOSTS["acod"]).get("/de/", HTTP_X_FORWARDED_PROTO="https")
        plain = Client(HTTP_HOST=HOSTS["acod"]).get("/de/")

    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert plain.status_code == 301
    assert plain["Location"] == f"https://{HOSTS['acod']}/de/"


@pytest.mark.django_db
def test_admin_sign_in_sets_secure_httponly_lax_cookies(production_settings):
    user = get_user_model().objects.create_user("cookie-check", password="a-long-enough-passphrase")
    user.is_superuser = True
    user.save()
    client = Client(HTTP_HOST=HOSTS["acod"], HTTP_X_FORWARDED_PROTO="https")

    with https_settings(production_settings):
        client.get("/admin/login/")
        response = client.post(
            "/admin/login/", {"username": "cookie-check", "password": "a-long-enough-passphrase"}
        )

    assert response.status_code == 302
    session = response.cookies["sessionid"]
    csrf = client.cookies["csrftoken"]
    for cookie in (session, csrf):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"
