"""Admin sign-in: django-axes locks out brute force per username and address; demo accounts are
refused wherever demo accounts are switched off; passwords must be strong."""

import pytest
from axes.backends import AxesStandaloneBackend
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import authenticate, get_backends, get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory, override_settings

from sites.security.backends import DEMO_ACCOUNTS_GROUP, VerbundModelBackend
from tests.conftest import HOSTS
from tests.security.conftest import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def client(address="192.0.2.10", language="de"):
    return Client(HTTP_HOST=HOSTS["acod"], REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


def sign_in(browser, username, password):
    return browser.post(LOGIN, {"username": username, "password": password})


def signed_in(browser):
    return browser.get("/admin/").status_code == 200


def fail(browser, username, times):
    return [sign_in(browser, username, "wrong-password").status_code for _ in range(times)]


# --- brute force -----------------------------------------------------------------------------


def test_axes_is_configured_for_the_admin_sign_in():
    first, *_others = get_backends()
    assert isinstance(first, AxesStandaloneBackend)
    assert isinstance(first, VerbundModelBackend)  # loads session users, refusing demo accounts
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_COOLOFF_TIME == 0.5  # hours


def test_four_wrong_passwords_show_the_form_again_and_the_right_one_still_works():
    browser = client()

    assert fail(browser, "acod-editor", 4) == [200] * 4
    assert sign_in(browser, "acod-editor", DEMO_PASSWORD).status_code == 302
    assert signed_in(browser)


def test_five_wrong_passwords_lock_the_account_out_on_that_address():
    browser = client()

    statuses = fail(browser, "acod-editor", 5)
    response = sign_in(browser, "acod-editor", DEMO_PASSWORD)

    assert statuses == [200, 200, 200, 200, 429]
    assert response.status_code == 429
    assert not signed_in(browser)
    text = response.content.decode()
    assert "Anmeldung gesperrt" in text
    assert "30 Minuten" in text
    assert AccessAttempt.objects.get(username="acod-editor").failures_since_start >= 5


def test_the_lockout_page_speaks_the_admins_language():
    browser = client(language="en")
    fail(browser, "acod-editor", 5)

    response = sign_in(browser, "acod-editor", DEMO_PASSWORD)

    assert response.status_code == 429
    assert "Sign-in locked" in response.content.decode()
    assert "30 minutes" in response.content.decode()
    assert "'unsafe-inline'" in response["Content-Security-Policy"]  # admin look: admin policy


def test_a_lockout_leaves_other_users_and_other_addresses_alone():
    fail(client(), "acod-editor", 5)

    colleague = client()
    assert sign_in(colleague, "acod-moderator", DEMO_PASSWORD).status_code == 302
    assert signed_in(colleague)
    elsewhere = client(address="198.51.100.7")
    assert sign_in(elsewhere, "acod-editor", DEMO_PASSWORD).status_code == 302
    assert signed_in(elsewhere)


def test_the_lockout_ends_after_the_cool_off():
    fail(client(), "acod-editor", 5)
    AccessAttempt.objects.update(attempt_time="2000-01-01T00:00:00Z")

    browser = client()
    assert sign_in(browser, "acod-editor", DEMO_PASSWORD).status_code == 302
    assert signed_in(browser)


# --- demo accounts -----------------------------------------------------------------------------

DEMO_ACCOUNTS = ["admin"] + [
    f"{key}-{role}" for key in HOSTS for role in ("editor", "moderator", "translator")
]


def test_bootstrap_puts_every_demo_account_into_the_demo_group():
    members = Group.objects.get(name=DEMO_ACCOUNTS_GROUP).user_set.values_list(
        "username", flat=True
    )

    assert sorted(members) == sorted(DEMO_ACCOUNTS)


@pytest.mark.parametrize("username", ["admin", "acod-editor", "logistik-translator"])
def test_demo_accounts_cannot_sign_in_where_they_are_switched_off(username):
    request = RequestFactory().post(LOGIN)
    with override_settings(VERBUND_DEMO_ACCOUNTS=False):
        assert authenticate(request, username=username, password=DEMO_PASSWORD) is None
        response = sign_in(client(), username, DEMO_PASSWORD)
    assert response.status_code == 200  # the form again, with its error

    with override_settings(VERBUND_DEMO_ACCOUNTS=True):
        assert authenticate(request, username=username, password=DEMO_PASSWORD) is not None


def test_a_demo_accounts_existing_session_ends_where_they_are_switched_off():
    browser = client()
    browser.force_login(get_user_model().objects.get(username="admin"))

    with override_settings(VERBUND_DEMO_ACCOUNTS=False):
        response = browser.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_real_accounts_sign_in_where_demo_accounts_are_switched_off():
    get_user_model().objects.create_user(
        "real-editor", password="correct horse battery staple", is_superuser=True
    )
    browser = client()

    with override_settings(VERBUND_DEMO_ACCOUNTS=False):
        assert sign_in(browser, "real-editor", "correct horse battery staple").status_code == 302
        assert signed_in(browser)


# --- passwords ---------------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["short", "password1234", "123456789012", "acod-editor-1"])
def test_weak_passwords_are_refused(password):
    user = get_user_model()(username="acod-editor", email="acod-editor@verbund.example")

    with pytest.raises(ValidationError):
        validate_password(password, user=user)


def test_a_long_uncommon_passphrase_is_accepted():
    validate_password("Kupplung-Heringsdorf-Ampel-42")


def test_minimum_length_is_twelve():
    validators = {v["NAME"].rsplit(".", 1)[1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}

    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 12
    assert {"CommonPasswordValidator", "NumericPasswordValidator"} <= set(validators)
    assert "UserAttributeSimilarityValidator" in validators
