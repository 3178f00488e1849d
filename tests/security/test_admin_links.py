"""Links in the admin's e-mails start with WAGTAILADMIN_BASE_URL, never with the Host (or
X-Forwarded-Host) of the request that caused them: a password reset asked for under another
site's name, or with a forged header, still links to the configured admin address."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from tests.conftest import HOSTS

pytestmark = pytest.mark.django_db

EMAIL = "reset-check@verbund.example"
# WAGTAILADMIN_BASE_URL of the test settings; production requires it (tests/security/test_production.py).
ADMIN_BASE_URL = f"http://{HOSTS['acod']}"
URL = re.compile(r"\b(?:https?:)?//[^\s<>\"']+")


@pytest.fixture
def user():
    return get_user_model().objects.create_user(
        "reset-check", email=EMAIL, password="a-long-enough-passphrase"
    )


def request_reset(host, **headers):
    return Client(HTTP_HOST=host).post(
        "/admin/password_reset/", {"email": EMAIL}, HTTP_ACCEPT_LANGUAGE="de", **headers
    )


def the_links_of(message):
    bodies = [message.body, *(content for content, _type in getattr(message, "alternatives", []))]
    return [link for body in bodies for link in URL.findall(body)]


def assert_links_only_to_the_base_url(message, *foreign_hosts):
    links = the_links_of(message)
    assert links, message.body
    for link in links:
        assert link.startswith(f"{ADMIN_BASE_URL}/admin/password_reset/confirm/"), link
    text = message.subject + message.body
    for host in foreign_hosts:
        assert host not in text


@pytest.mark.parametrize(
    ("host", "headers"),
    [
        # Another association's host (allowed, a real Site) with a forged X-Forwarded-Host.
        (HOSTS["clusterit"], {"HTTP_X_FORWARDED_HOST": "evil.example"}),
        (
            HOSTS["logistik"],
            {"HTTP_X_FORWARDED_HOST": "evil.example", "HTTP_X_FORWARDED_PORT": "81"},
        ),
        # The admin's own host: the base URL, not the request, decides even here.
        (HOSTS["acod"], {"HTTP_X_FORWARDED_HOST": "evil.example"}),
    ],
)
def test_a_password_reset_mail_links_only_to_the_configured_base_url(
    user, mailoutbox, host, headers
):
    response = request_reset(host, **headers)

    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [EMAIL]
    assert_links_only_to_the_base_url(
        mailoutbox[0], "evil.example", HOSTS["clusterit"], HOSTS["logistik"]
    )


@override_settings(USE_X_FORWARDED_HOST=True)
def test_even_a_trusted_forwarded_host_does_not_make_the_links(user, mailoutbox):
    """Behind a proxy that sets X-Forwarded-Host (and USE_X_FORWARDED_HOST on), the request's host
    is another site's: the mail still links to the admin's configured address."""
    response = request_reset(HOSTS["acod"], HTTP_X_FORWARDED_HOST=HOSTS["logistik"])

    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert_links_only_to_the_base_url(mailoutbox[0], HOSTS["logistik"])


@override_settings(USE_X_FORWARDED_HOST=True)
def test_a_forged_forwarded_host_that_is_no_site_gets_no_mail(user, mailoutbox):
    response = request_reset(HOSTS["acod"], HTTP_X_FORWARDED_HOST="evil.example")

    assert response.status_code == 400
    assert mailoutbox == []


def test_the_mailed_link_sets_a_new_password(user, mailoutbox):
    request_reset(HOSTS["clusterit"], HTTP_X_FORWARDED_HOST="evil.example")
    (link,) = the_links_of(mailoutbox[0])
    client = Client(HTTP_HOST=urlsplit(link).hostname)

    form = client.get(urlsplit(link).path, follow=True)

    assert form.status_code == 200
    set_password = form.redirect_chain[-1][0]
    response = client.post(
        set_password,
        {
            "new_password1": "ein-neues-langes-passwort",
            "new_password2": "ein-neues-langes-passwort",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("ein-neues-langes-passwort")
