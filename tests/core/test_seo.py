"""Sitemaps with hreflang alternates, robots.txt, titles, Open Graph and Organization data."""

import json

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from sites.standard.models import StandardPage
from tests.conftest import HOSTS, NAMES, demo_page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("key", HOSTS)
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(site_client, key):
    response = site_client(key).get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: http://{HOSTS[key]}/sitemap.xml" in lines


@pytest.mark.parametrize("key", HOSTS)
def test_sitemap_is_valid_xml_with_both_languages_and_hreflang_alternates(site_client, key):
    response = site_client(key).get("/sitemap.xml")

    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    entries = {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    origin = f"http://{HOSTS[key]}"
    assert all(loc.startswith(origin + "/") for loc in entries)
    assert entries[f"{origin}/de/"] == {
        "de": f"{origin}/de/",
        "en": f"{origin}/en/",
        "x-default": f"{origin}/de/",
    }
    assert entries[f"{origin}/en/about-us/"]["de"] == (f"{origin}/de/ueber-uns/")
    assert len([loc for loc in entries if "/en/" in loc]) == len(
        [loc for loc in entries if "/de/" in loc]
    )


def test_title_and_description_come_from_the_seo_fields(site_client):
    page = StandardPage.objects.get(url_path="/acod/ueber-uns/")
    page.seo_title = "Wer wir sind"
    page.search_description = "Porträt des ACOD."
    page.save_revision().publish()

    html = soup(site_client("acod").get("/de/ueber-uns/"))

    assert html.title.get_text() == "Wer wir sind – ACOD"
    assert html.find("meta", attrs={"name": "description"})["content"] == "Porträt des ACOD."
    assert html.find("meta", property="og:title")["content"] == "Wer wir sind"
    assert html.find("meta", property="og:description")["content"] == "Porträt des ACOD."


@pytest.mark.parametrize("lang", ["de", "en"])
def test_open_graph_and_twitter_cards_have_an_absolute_image(site_client, lang):
    html = soup(site_client("logistik").get(f"/{lang}/"))

    image = html.find("meta", property="og:image")["content"]
    assert image.startswith("http://logistik.localhost/media/images/")
    assert html.find("meta", property="og:url")["content"] == f"http://logistik.localhost/{lang}/"
    assert (
        html.find("meta", property="og:locale")["content"] == {"de": "de_DE", "en": "en_GB"}[lang]
    )
    assert html.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    assert (
        site_client("logistik").get(image.removeprefix("http://logistik.localhost")).status_code
        == 200
    )


def test_news_item_is_an_open_graph_article_with_its_teaser(site_client):
    item = demo_page("news", "cooperation-2019", "en")

    html = soup(site_client("clusterit").get(f"/en/news/{item.slug}/"))

    assert html.find("meta", property="og:type")["content"] == "article"
    assert html.find("meta", property="og:description")["content"] == item.teaser


@pytest.mark.parametrize("key", HOSTS)
def test_home_page_describes_the_association_as_an_organization(site_client, key):
    html = soup(site_client(key).get("/de/"))

    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == NAMES[key]
    assert data["url"] == f"http://{HOSTS[key]}/de/"
    assert data["logo"].startswith(f"http://{HOSTS[key]}/media/")
    assert data["address"]["addressCountry"] == "DE"
