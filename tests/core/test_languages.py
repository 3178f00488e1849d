"""German and English: lang, hreflang, canonical links, the language switcher and the / redirect."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Page

from tests.conftest import HOSTS, LANGUAGES

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def alternates(html):
    return {
        link["hreflang"]: link["href"]
        for link in html.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/de/ueber-uns/",
            {"de": "/de/ueber-uns/", "en": "/en/about-us/", "x-default": "/de/ueber-uns/"},
        ),
        (
            "/en/about-us/",
            {"de": "/de/ueber-uns/", "en": "/en/about-us/", "x-default": "/de/ueber-uns/"},
        ),
        ("/en/", {"de": "/de/", "en": "/en/", "x-default": "/de/"}),
    ],
)
def test_hreflang_alternates_and_canonical_point_to_own_host(site_client, key, path, expected):
    html = soup(site_client(key).get(path))
    origin = f"http://{HOSTS[key]}"

    assert alternates(html) == {lang: origin + url for lang, url in expected.items()}
    assert html.find("link", rel="canonical")["href"] == origin + path


@pytest.mark.parametrize(
    ("path", "target_lang", "target_path"),
    [
        ("/de/kooperation/", "en", "/en/cooperation/"),
        ("/en/cooperation/", "de", "/de/kooperation/"),
    ],
)
def test_language_switcher_leads_to_the_translation_of_the_page(
    site_client, path, target_lang, target_path
):
    client = site_client("acod")
    html = soup(client.get(path))

    switcher = html.find("nav", class_="language-switcher")
    link = switcher.find("a", hreflang=target_lang)
    assert link["href"] == target_path
    assert link["lang"] == target_lang
    assert "language-switcher__fallback" not in (link.get("class") or [])
    assert soup(client.get(link["href"])).html["lang"] == target_lang


def test_language_switcher_says_so_when_a_page_has_no_translation(site_client):
    about_en = Page.objects.get(
        locale=Locale.objects.get(language_code="en"),
        url_path__endswith="/about-us/",
        url_path__startswith="/acod-en/",
    )
    about_en.unpublish()

    html = soup(site_client("acod").get("/de/ueber-uns/"))

    link = html.find("nav", class_="language-switcher").find("a", hreflang="en")
    assert link["href"] == "/en/"
    assert "language-switcher__fallback" in link["class"]
    assert "not available in this language" in link.get_text()
    assert set(alternates(html)) == {"de", "x-default"}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9,en;q=0.5", "/de/"),
        ("fr-FR,fr;q=0.9", "/de/"),
        (None, "/de/"),
    ],
)
def test_root_redirects_by_accept_language_with_german_fallback(
    site_client, accept_language, expected
):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}

    response = site_client("logistik").get("/", **headers)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_text_is_in_the_language_of_the_url(site_client, lang):
    html = soup(site_client("clusterit").get(f"/{lang}/"))

    skip_link = html.select_one("a.skip-link").get_text()
    assert skip_link == {"de": "Zum Inhalt springen", "en": "Skip to main content"}[lang]
