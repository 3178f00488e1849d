"""Helpers for the two-factor tests: real sign-ins through the test client, real TOTP codes."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from sites.twofactor.devices import new_backup_codes
from tests.conftest import HOSTS

DEMO_PASSWORD = "verbund-demo-2026"
LOGIN = "/admin/login/"
VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/setup/"
OVERVIEW = "/admin/two-factor/"


def client(address="192.0.2.30"):
    return Client(HTTP_HOST=HOSTS["acod"], REMOTE_ADDR=address)


def sign_in(browser, username, password=DEMO_PASSWORD, **extra):
    return browser.post(LOGIN, {"username": username, "password": password, **extra})


def reaches_admin(browser):
    return browser.get("/admin/").status_code == 200


def code_for(device, steps_ahead=0):
    """The device's TOTP code for this time step (or one ahead, which it also accepts once)."""
    value = totp(
        device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps_ahead
    )
    return f"{value:0{device.digits}d}"


def wrong_code_for(device):
    """Six digits that no time step around now accepts."""
    valid = {code_for(device, steps) for steps in (-1, 0, 1, 2)}
    return next(f"{n:06d}" for n in range(123456, 999999, 111111) if f"{n:06d}" not in valid)


def enter_code(browser, code, next_url=None):
    data = {"code": code}
    if next_url is not None:
        data["next"] = next_url
    return browser.post(VERIFY, data)


def form_errors(response, field="code"):
    return response.context["form"].errors.get(field, []) if response.context else []


@pytest.fixture
def enrol(db):
    """enrol("acod-editor") -> (confirmed authenticator, backup codes), set up directly."""

    def make(username):
        user = get_user_model().objects.get(username=username)
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        return device, new_backup_codes(user)

    return make
