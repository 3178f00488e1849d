"""The header search and the contact form, as a reader uses them."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST


def test_header_search_finds_pages(page, site_url):
    page.goto(site_url("acod", "/de/"))
    search = page.get_by_role("search")
    box = search.locator("input[name=q]")
    expect(box).to_have_accessible_name(re.compile(r"\w"))

    box.fill("Logistik")
    box.press("Enter")

    expect(page).to_have_url(site_url("acod", "/de/suche/?q=Logistik"))
    hrefs = page.locator("main a[href]").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    results = [
        href
        for href in hrefs
        if href.startswith("/de/") and href != "/de/" and not href.startswith("/de/suche/")
    ]
    assert results, hrefs
    page.goto(site_url("acod", results[0]))
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_contact_form_reports_errors_then_thanks(page, site_url):
    page.goto(site_url("acod", "/en/contact/"))
    form = page.locator("main form[method=post]")
    form.get_by_label("Name", exact=False).first.fill("Erika Mustermann")
    email = form.get_by_label(re.compile(r"^e-?mail", re.IGNORECASE))
    email.fill("erika.mustermann.example.org")
    form.get_by_label(re.compile(r"^subject", re.IGNORECASE)).fill("Membership")
    form.get_by_label(re.compile(r"^message", re.IGNORECASE)).fill(
        "We would like to learn more about joining the cluster."
    )
    consent = form.get_by_role("checkbox")
    expect(consent).not_to_be_checked()

    form.get_by_role("button").click()

    summary = page.get_by_role("alert")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(re.compile(r"e-?mail", re.IGNORECASE))
    expect(summary.get_by_role("link")).to_have_count(2)
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_accessible_description(re.compile(r"valid e-?mail", re.IGNORECASE))
    expect(consent).to_have_attribute("aria-invalid", "true")
    expect(consent).to_have_accessible_description(re.compile(r"[a-z]{3}", re.IGNORECASE))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(email).to_have_value("erika.mustermann.example.org")  # what the reader typed stays

    email.fill("erika.mustermann@example.org")
    consent.check()
    form.get_by_role("button").click()

    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.locator("main")).to_contain_text(re.compile(r"thank", re.IGNORECASE))
