"""What a reader does in a real browser: shared news across sites and languages, the event
filter and its .ics download, and the header on a phone."""

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit

import icalendar
from django.test import Client
from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST, PHONE
from tests.conftest import HOSTS

pytestmark = BROWSER_TEST

PRESS_RELEASE = {
    "de": "Zukunft der Mobilität breiter denken",
    "en": (
        "Thinking more broadly about the future of mobility: automotive, IT and logistics "
        "industries strengthen their cooperation in Central and Eastern Germany"
    ),
}


def test_partner_press_release_on_logistik_site_leads_to_its_english_translation(page, site_url):
    page.goto(site_url("logistik", "/de/"))
    page.locator("nav.main-nav").get_by_role("link", name="Aktuelles", exact=True).click()
    expect(page).to_have_url(site_url("logistik", "/de/aktuelles/"))

    page.get_by_role("link", name=re.compile("^" + PRESS_RELEASE["de"])).click()

    expect(page).to_have_url(
        site_url("logistik", "/de/aktuelles/clusterit/zukunft-der-mobilitaet-breiter-denken/")
    )
    expect(page.get_by_text("Ein Beitrag von Cluster IT")).to_be_visible()

    page.locator("nav.language-switcher").get_by_role("link", name="English").click()

    expect(page).to_have_url(
        site_url("logistik", "/en/news/clusterit/thinking-more-broadly-about-future-mobility/")
    )
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(PRESS_RELEASE["en"])
    expect(page.get_by_text("Published by Cluster IT")).to_be_visible()


def test_month_filter_finds_a_past_event_and_its_ics_download(page, site_url, tmp_path):
    page.goto(site_url("clusterit", "/de/veranstaltungen/"))
    filters = page.locator("form.filters")
    filters.get_by_label("Monat").fill("2019-02")
    filters.get_by_role("button", name="Filtern").click()

    expect(page).to_have_url(re.compile(r"[?&]month=2019-02(&|$)"))
    expect(page.get_by_role("heading", name="Februar 2019")).to_be_visible()
    page.get_by_role("link", name="IT trifft Logistik", exact=True).click()

    expect(page).to_have_url(site_url("clusterit", "/de/veranstaltungen/it-trifft-logistik-2019/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("IT trifft Logistik")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="In den Kalender übernehmen (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)

    calendar = icalendar.Calendar.from_ical(Path(saved).read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == "IT trifft Logistik"
    start = events[0]["DTSTART"].dt
    assert start == datetime.date(2019, 2, 13)
    assert not isinstance(start, datetime.datetime)  # an all-day event is a date


def viewport_overflow(page):
    """How far the page is wider than the viewport (0: no horizontal scrolling). A phone widens
    `window.innerWidth` to fit content that is too wide, so the layout viewport is the yardstick."""
    return page.evaluate(
        "() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_no_page_of_any_site_scrolls_sideways_on_a_phone(new_page, site_url):
    """Every page of every sitemap, and a partner's event with its registration form: long
    unbreakable words (addresses, e-mails) must wrap instead of widening the page."""
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    paths = {key: [] for key in HOSTS}
    for key in HOSTS:
        sitemap = Client().get("/sitemap.xml", headers={"host": HOSTS[key]}).content.decode()
        paths[key] = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert all(len(found) >= 20 for found in paths.values()), paths
    paths["clusterit"].append("/en/events/acod/evening-forum-software-in-the-vehicle/")

    too_wide = []
    for key, found in paths.items():
        for path in found:
            page.goto(site_url(key, path))
            if viewport_overflow(page) > 0:
                too_wide.append(f"{key} {path}")
    assert too_wide == []


def test_phone_header_navigation_language_switcher_and_skip_link(new_page, site_url):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    for key in HOSTS:
        for path in ("/de/", "/en/"):
            page.goto(site_url(key, path))
            assert viewport_overflow(page) <= 0, f"{key} {path} scrolls sideways"
            links = page.locator("nav.main-nav a")
            assert links.count() >= 5
            for link in links.all():
                expect(link).to_be_visible()
                box = link.bounding_box()
                assert box["x"] >= 0
                assert box["x"] + box["width"] <= PHONE["width"], link.inner_text()

    # The skip link: hidden until focused, then visible; Enter moves the focus to <main>.
    page.goto(site_url("acod", "/de/"))
    skip_link = page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip_link).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport(ratio=1)
    page.keyboard.press("Enter")
    expect(page.locator("main#main-content")).to_be_focused()

    # The language switcher, by keyboard only: Tab until it has the focus, then Enter.
    page.goto(site_url("acod", "/de/ueber-uns/"))
    english = page.locator("nav.language-switcher").get_by_role("link", name="English")
    for _ in range(15):
        page.keyboard.press("Tab")
        if english.evaluate("link => link === document.activeElement"):
            break
    expect(english).to_be_focused()
    expect(english).to_be_in_viewport(ratio=1)
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url("acod", "/en/about-us/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
