"""axe-core in Chromium over every page type of the three sites, in German and English.

Violations with impact "serious" or "critical" fail the test; a table of everything axe found
(rule, impact, number of elements, pages) is printed either way.
"""

import re
from collections import defaultdict

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST
from tests.conftest import HOSTS, LANGUAGES

pytestmark = BROWSER_TEST

FAILING_IMPACTS = {"serious", "critical"}
SECTIONS = {
    "de": {
        "about": "/de/ueber-uns/",
        "news": "/de/aktuelles/",
        "events": "/de/veranstaltungen/",
        "missing": "/de/diese-seite-gibt-es-nicht/",
        "search": "/de/suche/?q=Logistik",
        "contact": "/de/kontakt/",
    },
    "en": {
        "about": "/en/about-us/",
        "news": "/en/news/",
        "events": "/en/events/",
        "missing": "/en/this-page-does-not-exist/",
        "search": "/en/search/?q=logistics",
        "contact": "/en/contact/",
    },
}

REGISTRATION_EVENT = {
    "acod": {
        "de": "/de/veranstaltungen/abendforum-software-im-fahrzeug/",
        "en": "/en/events/evening-forum-software-in-the-vehicle/",
    },
    "clusterit": {
        "de": "/de/veranstaltungen/acod/abendforum-software-im-fahrzeug/",
        "en": "/en/events/acod/evening-forum-software-in-the-vehicle/",
    },
}


def teaser_links(page, url, section):
    """(own item URLs, partners' item URLs) listed on an index page."""
    page.goto(url)
    hrefs = page.locator(".teaser__title a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    own = [href for href in hrefs if re.fullmatch(rf"{section}[^/]+/", href)]
    shared = [href for href in hrefs if re.fullmatch(rf"{section}[^/]+/[^/]+/", href)]
    return own, shared


def pages_of(page, site_url, key, lang):
    """(page type, path) for every page type of one site in one language."""
    paths = SECTIONS[lang]
    pages = [
        ("home", f"/{lang}/"),
        ("standard page", paths["about"]),
        ("news index", paths["news"]),
        ("event index", paths["events"]),
        ("event calendar", paths["events"] + "?view=calendar&month=2019-06"),
        ("404", paths["missing"]),
        ("search results", paths["search"]),
        ("contact", paths["contact"]),
    ]
    own_news, shared_news = teaser_links(page, site_url(key, paths["news"]), paths["news"])
    own_events, shared_events = teaser_links(
        page, site_url(key, paths["events"] + "?when=past"), paths["events"]
    )
    # Every site shows partners' items too (see the demo content): both kinds are checked.
    assert own_news and shared_news and own_events and shared_events, (key, lang)
    pages += [
        ("news item", own_news[0]),
        ("news item shared by a partner", shared_news[0]),
        ("event", own_events[0]),
        ("event shared by a partner", shared_events[0]),
    ]
    if key in REGISTRATION_EVENT:  # the joint event with the registration form
        pages.append(("event with registration form", REGISTRATION_EVENT[key][lang]))
    return pages


def violations_table(found, checked):
    """Markdown table: rule, impact, elements, pages (page type: sites)."""
    lines = [
        f"axe-core: {len(checked)} pages checked",
        "| rule | impact | elements | pages |",
        "|---|---|---|---|",
    ]
    for (rule, impact), hits in sorted(found.items()):
        by_type = defaultdict(list)
        for page_type, where, _nodes in hits:
            by_type[page_type].append(where)
        pages = "; ".join(f"{page_type} ({', '.join(w)})" for page_type, w in by_type.items())
        elements = sum(nodes for _type, _where, nodes in hits)
        lines.append(f"| {rule} | {impact} | {elements} | {pages} |")
    if not found:
        lines.append("| (none) | | | |")
    return "\n".join(lines)


def test_no_serious_or_critical_axe_violations_on_any_page_type(page, site_url, capsys):
    axe = Axe()
    found = defaultdict(list)  # (rule, impact) -> [(page type, "acod/de", elements)]
    failures = []
    checked = []

    def audit(page_type, key, lang, label):
        checked.append(f"{key} {label}")
        for violation in axe.run(page).response["violations"]:
            impact = violation["impact"]
            found[(violation["id"], impact)].append(
                (page_type, f"{key}/{lang}", len(violation["nodes"]))
            )
            if impact in FAILING_IMPACTS:
                targets = [node["target"] for node in violation["nodes"]]
                failures.append(f"{key} {label}: {violation['id']} ({impact}) {targets}")

    for key in HOSTS:
        for lang in LANGUAGES:
            for page_type, path in pages_of(page, site_url, key, lang):
                response = page.goto(site_url(key, path))
                assert response.status == (404 if page_type == "404" else 200), path
                audit(page_type, key, lang, path)

            # The contact form after an empty submission: error summary and field errors.
            contact = SECTIONS[lang]["contact"]
            page.goto(site_url(key, contact))
            page.locator("main form[method=post]").get_by_role("button").click()
            expect(page.get_by_role("alert")).to_be_visible()
            audit("contact with errors", key, lang, contact + " (after an empty POST)")

    with capsys.disabled():
        print("\n" + violations_table(found, checked))
    if failures:
        pytest.fail("serious or critical axe violations:\n" + "\n".join(failures))
