"""After the password, an account with two-factor sign-in needs a code before any admin page."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import PageViewRestriction

from sites.twofactor.models import TwoFactorLock
from tests.conftest import demo_page
from tests.twofactor.conftest import (
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


def lock_of(username):
    return TwoFactorLock.objects.get(user__username=username)


# --- the code step ------------------------------------------------------------------------------


def test_the_code_step_follows_django_otp_after_authentication():
    middleware = settings.MIDDLEWARE
    otp = middleware.index("django_otp.middleware.OTPMiddleware")

    assert middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") < otp
    assert middleware[otp + 1] == "sites.twofactor.middleware.TwoFactorMiddleware"
    assert middleware[-1] == "axes.middleware.AxesMiddleware"


def test_the_password_alone_does_not_reach_the_admin_once_two_factor_is_on(enrol):
    enrol("acod-editor")
    browser = client()

    assert sign_in(browser, "acod-editor").status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/account/", "/admin/images/"):
        response = browser.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == f"{VERIFY}?next={path.replace('/', '%2F')}"
    assert browser.get(VERIFY).status_code == 200


def test_the_current_code_after_the_password_reaches_the_admin(enrol):
    device, _codes = enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")

    response = enter_code(browser, code_for(device), next_url="/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert reaches_admin(browser)


def test_the_sign_in_form_leads_through_the_code_step_to_where_the_editor_wanted(enrol):
    device, _codes = enrol("acod-editor")
    browser = client()

    signed_in = sign_in(browser, "acod-editor", next="/admin/pages/")
    code_step = browser.get(signed_in["Location"])
    assert code_step.status_code == 302
    assert code_step["Location"].startswith(VERIFY)

    form = browser.get(code_step["Location"])
    assert form.context["next"] == "/admin/pages/"
    done = enter_code(browser, code_for(device), next_url=form.context["next"])
    assert done["Location"] == "/admin/pages/"


def test_a_wrong_code_shows_an_error_and_does_not_reach_the_admin(enrol):
    device, _codes = enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")

    response = enter_code(browser, wrong_code_for(device))

    assert response.status_code == 200
    errors = form_errors(response)
    assert errors
    # Wagtail's sign-in look hides errors beside fields; the messages box shows them.
    shown = BeautifulSoup(response.content, "html.parser").select(".messages li.error")
    assert [item.get_text(strip=True) for item in shown] == [str(errors[0])]
    assert not reaches_admin(browser)


def test_a_code_is_accepted_only_once(enrol):
    device, _codes = enrol("acod-editor")
    code = code_for(device)
    first = client()
    sign_in(first, "acod-editor")
    enter_code(first, code)
    assert reaches_admin(first)

    second = client()
    sign_in(second, "acod-editor")
    response = enter_code(second, code)

    assert form_errors(response)
    assert not reaches_admin(second)


def test_a_backup_code_works_once(enrol):
    _device, codes = enrol("acod-editor")
    first = client()
    sign_in(first, "acod-editor")
    enter_code(first, codes[0].upper())  # as read off paper: case does not matter
    assert reaches_admin(first)

    second = client()
    sign_in(second, "acod-editor")
    response = enter_code(second, codes[0])

    assert form_errors(response)
    assert not reaches_admin(second)
    enter_code(second, codes[1])
    assert reaches_admin(second)


def test_users_without_two_factor_sign_in_as_before(enrol):
    enrol("acod-editor")  # a colleague's account has it; this one does not
    browser = client()

    response = sign_in(browser, "acod-moderator")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert reaches_admin(browser)
    assert browser.get(VERIFY).status_code == 302  # nothing to verify: on to the admin


def test_sign_out_and_password_reset_stay_reachable_before_the_code(enrol):
    enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")

    assert browser.get("/admin/password_reset/").status_code == 200
    assert browser.get("/admin/login/").status_code == 302  # signed in: Wagtail moves on…
    signed_out = browser.post("/admin/logout/")
    assert signed_out.status_code == 302
    assert urlsplit(signed_out["Location"]).path == "/admin/login/"
    assert browser.get(VERIFY)["Location"].startswith("/admin/login/")  # …now anonymous


def test_a_foreign_next_address_is_not_followed(enrol):
    device, _codes = enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")

    response = enter_code(browser, code_for(device), next_url="https://evil.example/admin/")

    assert response["Location"] == "/admin/"


def test_private_pages_need_the_second_factor_too(enrol):
    device, _codes = enrol("acod-editor")
    page = demo_page("acod", "about")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    browser = client()
    sign_in(browser, "acod-editor")

    before = browser.get(page.url)
    enter_code(browser, code_for(device))
    after = browser.get(page.url)

    assert before.status_code == 302  # to the sign-in: the password alone is not signed in
    assert after.status_code == 200


def test_the_code_step_speaks_the_admins_policy_and_adds_no_script(enrol):
    enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")

    response = browser.get(VERIFY)

    assert "'unsafe-inline'" in response["Content-Security-Policy"]  # the admin's own policy
    assert "verify.html" in [t.name.rsplit("/", 1)[-1] for t in response.templates]
    template = (settings.BASE_DIR / "sites/twofactor/templates/twofactor/verify.html").read_text()
    assert "<script" not in template


# --- brute force --------------------------------------------------------------------------------


def test_five_wrong_codes_lock_the_code_step(enrol):
    device, codes = enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")
    wrong = wrong_code_for(device)

    statuses = [enter_code(browser, wrong).status_code for _ in range(5)]
    with_right_code = enter_code(browser, code_for(device))
    with_backup_code = enter_code(browser, codes[0])

    assert statuses == [200, 200, 200, 200, 429]
    assert with_right_code.status_code == 429
    assert with_backup_code.status_code == 429
    assert not reaches_admin(browser)
    assert browser.get(VERIFY).status_code == 429
    assert lock_of("acod-editor").failures == 5  # attempts during the lock are not even checked


def test_a_new_password_sign_in_or_another_address_does_not_lift_the_lock(enrol):
    device, _codes = enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")
    for _ in range(5):
        enter_code(browser, wrong_code_for(device))

    elsewhere = client(address="198.51.100.30")
    assert sign_in(elsewhere, "acod-editor").status_code == 302  # the password is still right
    response = enter_code(elsewhere, code_for(device))

    assert response.status_code == 429
    assert not reaches_admin(elsewhere)


def test_the_lock_ends_after_the_cool_off_and_a_right_code_resets_the_count(enrol):
    device, _codes = enrol("acod-editor")
    browser = client()
    sign_in(browser, "acod-editor")
    for _ in range(5):
        enter_code(browser, wrong_code_for(device))
    TwoFactorLock.objects.update(last_failure=timezone.now() - timedelta(minutes=31))

    response = enter_code(browser, code_for(device))

    assert response.status_code == 302
    assert reaches_admin(browser)
    assert lock_of("acod-editor").failures == 0


def test_each_wrong_code_after_a_lock_doubles_the_wait_up_to_a_day():
    user = get_user_model().objects.get(username="acod-editor")
    now = timezone.now()
    lock = TwoFactorLock(user=user, failures=4, last_failure=now)
    assert lock.locked_until(now) is None

    waits = {}
    for failures in (5, 6, 7, 12, 40):
        lock.failures = failures
        waits[failures] = lock.locked_until(now) - now
    assert waits == {
        5: timedelta(minutes=30),
        6: timedelta(hours=1),
        7: timedelta(hours=2),
        12: timedelta(hours=24),
        40: timedelta(hours=24),
    }
