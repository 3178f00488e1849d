"""Each association's site renders in its own brand, in German and English, from one template set."""

import re

import pytest
from bs4 import BeautifulSoup

from sites.core.models import BrandingSettings
from tests.conftest import HOSTS, LANGUAGES, NAMES

pytestmark = pytest.mark.django_db

PAGE_PATHS = {
    "de": [
        "/de/",
        "/de/ueber-uns/",
        "/de/kooperation/",
        "/de/kontakt/",
        "/de/impressum/",
        "/de/datenschutz/",
    ],
    "en": [
        "/en/",
        "/en/about-us/",
        "/en/cooperation/",
        "/en/contact/",
        "/en/legal-notice/",
        "/en/privacy/",
    ],
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_shows_own_association_name_in_both_languages(site_client, key, lang):
    response = site_client(key).get(f"/{lang}/")

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == lang
    assert NAMES[key] in html.select_one(".brand__name").get_text()
    for other_key, other_name in NAMES.items():
        if other_key != key:
            assert other_name not in html.select_one("header").get_text()


@pytest.mark.parametrize("key", HOSTS)
def test_home_page_links_the_sites_own_colours(site_client, key):
    client = site_client(key)
    html = soup(client.get("/de/"))
    stylesheet = html.find("link", href=re.compile(r"^/brand\.css\?v="))
    assert stylesheet is not None

    css = client.get(stylesheet["href"])

    branding = BrandingSettings.objects.get(site__hostname=HOSTS[key])
    assert css.status_code == 200
    assert css["Content-Type"].startswith("text/css")
    assert f"--brand: {branding.brand_color};" in css.content.decode()
    assert f"--accent: {branding.accent_color};" in css.content.decode()
    assert "immutable" in css["Cache-Control"]


def test_the_three_sites_have_three_different_palettes():
    palettes = {(b.brand_color, b.accent_color) for b in BrandingSettings.objects.all()}
    assert len(palettes) == 3


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_demo_page_renders(site_client, key, lang):
    client = site_client(key)
    for path in PAGE_PATHS[lang]:
        response = client.get(path)
        assert response.status_code == 200, path
        html = soup(response)
        assert html.select_one("main#main-content h1"), path
        assert html.select_one('a.skip-link[href="#main-content"]'), path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_navigation_lists_menu_pages_in_the_current_language(site_client, lang):
    html = soup(site_client("clusterit").get(f"/{lang}/"))

    nav = html.find("nav", attrs={"aria-label": True, "class": "main-nav"})
    hrefs = [a["href"] for a in nav.find_all("a")]
    sections = {
        "de": ["/de/aktuelles/", "/de/veranstaltungen/", "/de/mitglieder/"],
        "en": ["/en/news/", "/en/events/", "/en/members/"],
    }
    assert hrefs == [PAGE_PATHS[lang][0], *sections[lang], *PAGE_PATHS[lang][1:4]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_has_contact_data_and_legal_links(site_client, lang):
    html = soup(site_client("logistik").get(f"/{lang}/"))

    footer = html.select_one("footer.site-footer")
    branding = BrandingSettings.objects.get(site__hostname=HOSTS["logistik"])
    assert branding.email in footer.get_text()
    assert branding.city in footer.get_text()
    legal_hrefs = {a["href"] for a in footer.select(".site-footer__legal a")}
    assert {PAGE_PATHS[lang][4], PAGE_PATHS[lang][5]} <= legal_hrefs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_legal_notice_shows_the_legal_data_from_settings(site_client, lang):
    html = soup(site_client("acod").get(PAGE_PATHS[lang][4]))

    branding = BrandingSettings.objects.get(site__hostname=HOSTS["acod"])
    details = html.select_one("dl.legal-details").get_text()
    assert branding.register_number in details
    assert branding.responsible_person in details


def test_public_pages_load_nothing_from_other_hosts_and_set_no_cookies(site_client):
    for key in HOSTS:
        client = site_client(key)
        for lang in LANGUAGES:
            for path in PAGE_PATHS[lang]:
                response = client.get(path)
                assert not response.cookies, (key, path)
                html = soup(response)
                for tag in html.find_all(["img", "script", "link", "source", "iframe"]):
                    for attribute in ("src", "href", "srcset"):
                        value = tag.get(attribute) or ""
                        if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                            continue
                        for url in value.split(","):
                            url = url.strip()
                            assert not url.startswith(("http://", "https://", "//")), (path, url)
