"""The member directory in Chromium: filtering, the language switch on a profile, axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from playwright.sync_api import expect

from sites.members.models import MemberOrganisation
from tests.browser.conftest import BROWSER_TEST
from tests.browser.test_admin_csp import session  # noqa: F401 - the signed-in admin fixture
from tests.conftest import HOSTS

pytestmark = BROWSER_TEST

DIRECTORY = {"de": "/de/mitglieder/", "en": "/en/members/"}
FAILING_IMPACTS = {"serious", "critical"}


def listed(page):
    return page.locator(".member-teaser__name a").all_inner_texts()


def watch_console(page):
    """Console errors (a CSP violation is one) collected while the test runs."""
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    return errors


def test_filter_by_sector_and_region_then_search(page, site_url):
    errors = watch_console(page)
    page.goto(site_url("clusterit", DIRECTORY["de"]))
    assert len(listed(page)) == 6

    page.get_by_label("Branche").select_option(label="IT-Sicherheit")
    page.get_by_role("button", name="Filtern").click()

    assert "sector=it-sicherheit" in page.url
    assert sorted(listed(page)) == [
        "Chemnitzer Prüfzentrum Fahrzeugelektronik GmbH (Demo)",
        "Harzer Datenwerk GmbH (Demo)",
    ]
    assert page.get_by_label("Branche").input_value() == "it-sicherheit"

    page.get_by_label("Region").select_option(label="Sachsen-Anhalt")
    page.get_by_role("button", name="Filtern").click()
    assert listed(page) == ["Harzer Datenwerk GmbH (Demo)"]

    page.get_by_role("link", name="Zurücksetzen").click()
    page.get_by_label("Name").fill("frachtdaten")
    page.get_by_label("Name").press("Enter")
    assert listed(page) == ["Leipziger Frachtdaten GmbH (Demo)"]

    page.get_by_label("Name").fill("gibt es nicht")
    page.get_by_role("button", name="Filtern").click()
    expect(page.get_by_text("Keine Mitglieder entsprechen diesen Filtern.")).to_be_visible()
    assert errors == []


def test_language_switch_on_a_profile(page, site_url):
    errors = watch_console(page)
    page.goto(site_url("acod", DIRECTORY["de"]))
    page.get_by_role("link", name="Saale Sensorik AG (Demo)").click()

    assert page.url == site_url("acod", "/de/mitglieder/saale-sensorik/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Saale Sensorik AG (Demo)")
    expect(page.locator(".member-profile__associations")).to_contain_text("Cluster IT")
    expect(page.locator("main")).to_contain_text("Fiktives Demo-Unternehmen.")

    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="English").click()

    assert page.url == site_url("acod", "/en/members/saale-sensorik/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator("main")).to_contain_text("Fictitious demo company.")
    expect(page.locator("main")).to_contain_text("Member of")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    assert page.url == site_url("acod", "/de/mitglieder/saale-sensorik/")
    assert errors == []


def test_no_serious_or_critical_axe_violations_on_directory_and_profile(page, site_url):
    axe = Axe()
    failures = []
    for key in HOSTS:
        for directory in DIRECTORY.values():
            profile = None
            for url in (
                directory,
                directory + "?sector=abc&region=sachsen",  # with the filter error notice
                "profile",
            ):
                if url == "profile":
                    url = profile
                response = page.goto(site_url(key, url))
                assert response.status == 200, (key, url)
                if profile is None:
                    profile = page.locator(".member-teaser__name a").first.get_attribute("href")
                for violation in axe.run(page).response["violations"]:
                    if violation["impact"] in FAILING_IMPACTS:
                        targets = [node["target"] for node in violation["nodes"]]
                        failures.append(f"{key} {url}: {violation['id']} {targets}")
    if failures:
        pytest.fail("serious or critical axe violations:\n" + "\n".join(failures))


def test_member_screens_run_under_the_admin_policy(session):  # noqa: F811 - the fixture
    """An editor lists, opens and saves a member shared with another association: no CSP
    violation or script error on the way (the `session` fixture of test_admin_csp.py)."""
    record = MemberOrganisation.objects.get(slug="saale-sensorik", locale__language_code="de")
    editor = session("clusterit-editor")
    page = editor.page

    editor.open(reverse("wagtailsnippets_members_memberorganisation:list"))
    expect(page.locator("main")).to_contain_text("Saale Sensorik AG (Demo)")
    expect(page.locator("main")).not_to_contain_text("Muldental Logistik KG (Demo)")
    editor.open(reverse("wagtailsnippets_members_memberorganisation:edit", args=[record.pk]))
    page.locator("input[name=city]").fill("Halle an der Saale")
    editor.submit(page.get_by_role("button", name=re.compile(r"^(Save|Speichern)$")).first)

    expect(page.locator(".messages")).to_be_visible()
    editor.assert_clean()
    assert MemberOrganisation.objects.get(pk=record.pk).city == "Halle an der Saale"
