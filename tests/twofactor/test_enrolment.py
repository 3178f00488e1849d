"""Switching two-factor sign-in on and off from the account page, backup codes, and the
VERBUND_REQUIRE_2FA setting."""

import io
import os
import subprocess
import sys

import pytest
import qrcode
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils.html import escape
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathFillImage

from sites.twofactor.devices import has_two_factor
from tests.twofactor.conftest import (
    OVERVIEW,
    SETUP,
    VERIFY,
    client,
    code_for,
    enter_code,
    form_errors,
    reaches_admin,
    sign_in,
    wrong_code_for,
)

pytestmark = pytest.mark.django_db


def user(username="acod-editor"):
    return get_user_model().objects.get(username=username)


def signed_in(username="acod-editor"):
    browser = client()
    assert sign_in(browser, username).status_code == 302
    return browser


def pending_device(username="acod-editor"):
    return TOTPDevice.objects.get(user__username=username, confirmed=False)


def switch_on(browser, username="acod-editor"):
    """Through the set-up page; returns the backup codes it showed."""
    browser.get(SETUP)
    response = browser.post(SETUP, {"code": code_for(pending_device(username))})
    assert response["Location"] == "/admin/two-factor/backup-codes/"
    return shown_codes(browser.get(response["Location"]))


def shown_codes(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [code.get_text() for code in soup.select(".twofactor-backup-codes code")]


# --- the way there ------------------------------------------------------------------------------


def test_the_account_page_leads_to_the_two_factor_settings():
    browser = signed_in()

    account = browser.get("/admin/account/")
    overview = browser.get(OVERVIEW)

    assert f'href="{OVERVIEW}"' in account.content.decode()
    assert overview.status_code == 200
    assert f'href="{SETUP}"' in overview.content.decode()


def test_the_two_factor_pages_need_a_signed_in_editor():
    for path in (OVERVIEW, SETUP, VERIFY):
        response = client().get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


# --- set-up -------------------------------------------------------------------------------------


def test_the_qr_code_is_an_inline_svg_of_the_authenticator_key_with_no_external_address():
    browser = signed_in()

    response = browser.get(SETUP)

    device = pending_device()
    soup = BeautifulSoup(response.content, "html.parser")
    svg = soup.select_one("main svg.twofactor-qr")
    assert svg is not None
    assert svg["role"] == "img" and svg.find("title").get_text()
    for element in [svg, *svg.find_all(True)]:
        assert element.name in {"svg", "title", "rect", "path"}, element.name
        assert not {"href", "xlink:href", "src", "style"} & set(element.attrs), element.name
    assert "otpauth" not in str(soup.select_one("main")).replace(str(svg), "")  # not as a link
    for tag in soup.select("main img, main object, main iframe, main embed"):
        pytest.fail(f"unexpected {tag.name} in the set-up page")
    # The drawing is the QR code of the authenticator's otpauth:// address, issuer "Verbund".
    assert device.config_url.startswith("otpauth://totp/Verbund%3Aacod-editor?")
    expected = qrcode.make(device.config_url, image_factory=SvgPathFillImage, border=4)
    assert svg.find("path")["d"] == expected.get_image().find("path").get("d")


def test_the_key_is_shown_for_entry_by_hand_and_stays_until_confirmed():
    browser = signed_in()

    first = BeautifulSoup(browser.get(SETUP).content, "html.parser")
    second = BeautifulSoup(browser.get(SETUP).content, "html.parser")

    shown = first.select_one("[data-twofactor-secret]").get_text()
    assert shown.replace(" ", "") == pending_device().config_url.split("secret=")[1].split("&")[0]
    assert second.select_one("[data-twofactor-secret]").get_text() == shown
    assert TOTPDevice.objects.filter(user__username="acod-editor").count() == 1


def test_a_valid_code_switches_two_factor_on_and_shows_ten_backup_codes_once():
    browser = signed_in()

    codes = switch_on(browser)

    assert has_two_factor(user())
    assert len(set(codes)) == 10
    stored = StaticToken.objects.filter(device__user__username="acod-editor")
    assert sorted(stored.values_list("token", flat=True)) == sorted(codes)
    again = browser.get("/admin/two-factor/backup-codes/")
    assert again.status_code == 302  # shown once only
    assert reaches_admin(browser)  # the code just entered counts for this session
    # A new sign-in needs a code now.
    later = signed_in()
    assert later.get("/admin/")["Location"].startswith(VERIFY)


def test_an_invalid_code_does_not_switch_two_factor_on():
    browser = signed_in()
    browser.get(SETUP)

    response = browser.post(SETUP, {"code": wrong_code_for(pending_device())})

    assert response.status_code == 200
    assert escape(form_errors(response)[0]) in response.content.decode()
    assert not has_two_factor(user())
    assert not StaticToken.objects.filter(device__user__username="acod-editor").exists()
    assert reaches_admin(signed_in())  # still the password alone


def test_setup_is_not_offered_again_while_two_factor_is_on():
    browser = signed_in()
    switch_on(browser)

    response = browser.get(SETUP)

    assert response.status_code == 302
    assert response["Location"] == OVERVIEW


# --- backup codes -------------------------------------------------------------------------------


def test_new_backup_codes_replace_the_old_ones():
    browser = signed_in()
    old = switch_on(browser)

    response = browser.post("/admin/two-factor/backup-codes/new/")
    new = shown_codes(browser.get(response["Location"]))

    assert len(new) == 10 and not set(new) & set(old)
    with_old = signed_in()
    assert form_errors(enter_code(with_old, old[0]))
    assert not reaches_admin(with_old)
    with_new = signed_in()
    enter_code(with_new, new[0])
    assert reaches_admin(with_new)


def test_new_backup_codes_keep_a_session_that_signed_in_with_a_backup_code():
    browser = signed_in()
    old = switch_on(browser)
    with_backup_code = signed_in()
    enter_code(with_backup_code, old[0])

    response = with_backup_code.post("/admin/two-factor/backup-codes/new/")
    page = with_backup_code.get(response["Location"])

    assert page.status_code == 200
    assert len(shown_codes(page)) == 10
    assert reaches_admin(with_backup_code)


# --- switching off ------------------------------------------------------------------------------


def test_switching_off_with_the_password():
    browser = signed_in()
    switch_on(browser)

    response = browser.post("/admin/two-factor/off/", {"confirmation": "verbund-demo-2026"})

    assert response["Location"] == OVERVIEW
    assert not has_two_factor(user())
    assert not StaticToken.objects.filter(device__user__username="acod-editor").exists()
    assert reaches_admin(signed_in())  # the password alone again


def test_switching_off_with_a_code():
    browser = signed_in()
    switch_on(browser)
    device = TOTPDevice.objects.get(user__username="acod-editor")

    browser.post("/admin/two-factor/off/", {"confirmation": code_for(device, steps_ahead=1)})

    assert not has_two_factor(user())


def test_switching_off_refuses_a_wrong_code_or_password():
    browser = signed_in()
    switch_on(browser)

    response = browser.post("/admin/two-factor/off/", {"confirmation": "not-my-password"})

    assert response.status_code == 200
    assert response.context["switch_off_form"].errors["confirmation"]
    assert has_two_factor(user())
    assert signed_in().get("/admin/")["Location"].startswith(VERIFY)


def test_switching_off_shares_the_lock_for_wrong_attempts():
    browser = signed_in()
    switch_on(browser)

    statuses = [
        browser.post("/admin/two-factor/off/", {"confirmation": f"guess-{n}"}).status_code
        for n in range(5)
    ]
    with_password = browser.post("/admin/two-factor/off/", {"confirmation": "verbund-demo-2026"})

    assert statuses == [200, 200, 200, 200, 429]
    assert with_password.status_code == 429
    assert has_two_factor(user())


def test_an_administrator_can_reset_a_lost_authenticator_from_the_command_line():
    browser = signed_in()
    switch_on(browser)
    out = io.StringIO()

    call_command("twofactor_reset", "acod-editor", stdout=out)

    assert "switched off" in out.getvalue()
    assert not has_two_factor(user())
    assert reaches_admin(signed_in())


# --- VERBUND_REQUIRE_2FA ------------------------------------------------------------------------


def test_two_factor_is_optional_by_default():
    assert settings.VERBUND_REQUIRE_2FA is False
    assert reaches_admin(signed_in())


@override_settings(VERBUND_REQUIRE_2FA=True)
def test_when_required_a_user_without_two_factor_is_sent_to_the_setup():
    browser = signed_in()

    for path in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = browser.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(f"{SETUP}?next="), path
    assert browser.get(SETUP).status_code == 200
    assert browser.get(OVERVIEW).status_code == 200

    switch_on(browser)
    assert reaches_admin(browser)


@override_settings(VERBUND_REQUIRE_2FA=True)
def test_when_required_private_pages_need_the_setup_too():
    from wagtail.models import PageViewRestriction

    from tests.conftest import demo_page

    page = demo_page("acod", "about")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert signed_in().get(page.url).status_code == 302


def test_the_setting_comes_from_the_environment():
    program = "from django.conf import settings; print(settings.VERBUND_REQUIRE_2FA)"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    results = {}
    for value in ("1", "0"):
        completed = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {program}"],
            cwd=settings.BASE_DIR,
            env={**environment, "VERBUND_REQUIRE_2FA": value},
            capture_output=True,
            text=True,
            check=True,
        )
        results[value] = completed.stdout.strip()

    assert results == {"1": "True", "0": "False"}
