"""A reader registers for a joint event on the partner's site, confirms from the mail, cancels."""

import re

from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST

SHARED_EN = "/en/events/acod/evening-forum-software-in-the-vehicle/"
OWN_DE = "/de/veranstaltungen/abendforum-software-im-fahrzeug/"
DEMO_LEFT = 37  # 40 places, 3 demo attendees


def link(message, site_url, word):
    """The link of the mail, on the live server's port."""
    match = re.search(rf"https?://clusterit\.localhost(?::\d+)?(/en/\S+/{word}/\S+/)", message.body)
    assert match, message.body
    return site_url("clusterit", match.group(1))


def places(page):
    return page.locator("[data-places]")


def test_register_on_the_partners_site_confirm_from_the_mail_and_cancel(page, site_url):
    mail.outbox.clear()
    page.goto(site_url("clusterit", SHARED_EN))
    expect(places(page)).to_have_text(f"{DEMO_LEFT} places left")
    form = page.locator("form.registration__form")
    form.get_by_label("Name").fill("Ada Example")
    form.get_by_label("E-mail").fill("ada.example@example.org")
    form.get_by_label("Organisation").fill("Example Ltd")
    form.get_by_label("Joining the light snack").check()
    form.get_by_label(re.compile("I agree")).check()
    form.get_by_role("button", name="Register").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Almost done: please check your e-mail"
    )
    [message] = mail.outbox
    assert message.to == ["ada.example@example.org"]
    assert message.attachments[0][0].endswith(".ics")

    page.goto(link(message, site_url, "confirm"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your registration")
    page.get_by_role("button", name="Confirm registration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are registered")

    page.goto(site_url("clusterit", SHARED_EN))
    expect(places(page)).to_have_text(f"{DEMO_LEFT - 1} places left")
    page.goto(site_url("acod", OWN_DE))
    expect(places(page)).to_have_text(f"Noch {DEMO_LEFT - 1} Plätze frei")

    page.goto(link(message, site_url, "cancel"))
    page.get_by_role("button", name="Cancel registration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your registration is cancelled")
    page.goto(site_url("acod", OWN_DE))
    expect(places(page)).to_have_text(f"Noch {DEMO_LEFT} Plätze frei")


def test_the_form_reports_errors_without_losing_what_was_typed(page, site_url):
    page.goto(site_url("acod", OWN_DE))
    form = page.locator("form.registration__form")
    form.get_by_label("Name").fill("Ada Beispiel")
    email = form.get_by_label("E-Mail")
    email.fill("ada.beispiel.example.org")
    form.get_by_role("button", name="Anmelden").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("gültige E-Mail-Adresse")
    expect(summary).to_contain_text("Verarbeitung Ihrer Angaben")
    email = page.locator("form.registration__form").get_by_label("E-Mail")
    expect(email).to_have_value("ada.beispiel.example.org")
    expect(email).to_have_attribute("aria-invalid", "true")
