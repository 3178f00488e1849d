"""Shared news: one item, owned by Cluster IT, shown on every site it is shared with."""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from sites.news.models import NewsIndexPage, NewsPage, NewsPageShare
from tests.conftest import HOSTS, demo_page, site_of

pytestmark = pytest.mark.django_db

PRESS_RELEASE = "cooperation-2019"
NEWS_INDEX = {"de": "/de/aktuelles/", "en": "/en/news/"}
NOT_SHARED = "clusterit-demo-security-checklist"  # owned by Cluster IT, shared with nobody


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".teaser__title a")]


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_press_release_is_listed_on_all_three_sites_in_both_languages(site_client, key, lang):
    item = demo_page("news", PRESS_RELEASE, lang)

    listing = site_client(key).get(NEWS_INDEX[lang])

    assert listing.status_code == 200
    assert item.title in listed_titles(listing)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_home_page_shows_latest_news_own_and_shared_together(site_client, lang):
    shared = demo_page("news", "logistik-demo-supply-chain-data", lang)
    own = demo_page("news", "acod-demo-software-in-vehicles", lang)

    home = soup(site_client("acod").get(f"/{lang}/"))

    news_section = home.find("section", attrs={"aria-labelledby": "home-news-heading"})
    titles = [a.get_text(strip=True) for a in news_section.select(".teaser__title a")]
    assert len(titles) == 3
    assert {shared.title, own.title} <= set(titles)


@pytest.mark.parametrize(
    ("key", "visible"), [("clusterit", True), ("acod", False), ("logistik", False)]
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_item_shared_with_nobody_shows_only_on_its_owners_site(site_client, key, visible, lang):
    item = demo_page("news", NOT_SHARED, lang)
    client = site_client(key)

    listing = client.get(NEWS_INDEX[lang])
    feed = client.get(f"{NEWS_INDEX[lang]}rss/")
    partner_url = f"{NEWS_INDEX[lang]}clusterit/{item.slug}/"

    assert (item.title in listed_titles(listing)) is visible
    assert (item.title in feed.content.decode()) is visible
    if not visible:
        assert client.get(partner_url).status_code == 404


@pytest.mark.parametrize("partner", ["acod", "logistik"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_shared_item_opens_on_partner_host_in_partner_brand_with_canonical_to_owner(
    site_client, partner, lang
):
    item = demo_page("news", PRESS_RELEASE, lang)
    client = site_client(partner)
    listing = soup(client.get(NEWS_INDEX[lang]))
    link = listing.find("a", string=item.title)

    assert link["href"] == f"{NEWS_INDEX[lang]}clusterit/{item.slug}/"
    response = client.get(link["href"])

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == lang
    assert html.h1.get_text(strip=True) == item.title
    partner_name = {"acod": "ACOD Automotive", "logistik": "Netzwerk Logistik"}[partner]
    assert partner_name in html.select_one(".brand__name").get_text()
    expected_note = {"de": "Ein Beitrag von Cluster IT", "en": "Published by Cluster IT"}[lang]
    assert html.select_one(".source-note").get_text(strip=True) == expected_note
    canonical = html.find("link", rel="canonical")["href"]
    assert canonical == f"http://clusterit.localhost{NEWS_INDEX[lang]}{item.slug}/"
    assert not html.find_all("link", rel="alternate", hreflang=True)
    nav_current = html.select_one(".main-nav a[aria-current], .main-nav a.is-ancestor")
    assert nav_current["href"] == NEWS_INDEX[lang]


def test_language_switcher_on_a_shared_item_stays_on_the_partner_site(site_client):
    item_de = demo_page("news", PRESS_RELEASE, "de")
    item_en = demo_page("news", PRESS_RELEASE, "en")

    html = soup(site_client("acod").get(f"/de/aktuelles/clusterit/{item_de.slug}/"))

    english = html.find("nav", class_="language-switcher").find("a", hreflang="en")
    assert english["href"] == f"/en/news/clusterit/{item_en.slug}/"


def test_owner_site_redirects_its_own_item_from_the_partner_route(site_client):
    item = demo_page("news", PRESS_RELEASE, "de")

    response = site_client("clusterit").get(f"/de/aktuelles/clusterit/{item.slug}/")

    assert response.status_code == 301
    assert response["Location"] == f"/de/aktuelles/{item.slug}/"


@pytest.mark.parametrize(
    "path",
    [
        "/de/aktuelles/unbekannt/zukunft-der-mobilitaet-breiter-denken/",
        "/de/aktuelles/clusterit/gibt-es-nicht/",
        "/de/aktuelles/acod/zukunft-der-mobilitaet-breiter-denken/",
    ],
)
def test_unknown_partner_routes_give_404(site_client, path):
    assert site_client("logistik").get(path).status_code == 404


def test_sitemap_lists_only_owned_items(site_client):
    item_de = demo_page("news", PRESS_RELEASE, "de")
    item_en = demo_page("news", PRESS_RELEASE, "en")

    owner_sitemap = site_client("clusterit").get("/sitemap.xml").content.decode()
    partner_sitemap = site_client("acod").get("/sitemap.xml").content.decode()

    assert f"http://clusterit.localhost/de/aktuelles/{item_de.slug}/" in owner_sitemap
    assert f"http://clusterit.localhost/en/news/{item_en.slug}/" in owner_sitemap
    assert item_de.slug not in partner_sitemap
    assert item_en.slug not in partner_sitemap


@pytest.mark.parametrize("lang", ["de", "en"])
def test_feed_is_rss_with_own_and_shared_items_linked_on_the_sites_host(site_client, lang):
    response = site_client("logistik").get(f"{NEWS_INDEX[lang]}rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    items = {item.findtext("title"): item for item in channel.findall("item")}
    press_release = demo_page("news", PRESS_RELEASE, lang)
    own = demo_page("news", "logistik-demo-cargo-bike-pilot", lang)
    assert {press_release.title, own.title} <= set(items)
    assert items[press_release.title].findtext("link") == (
        f"http://logistik.localhost{NEWS_INDEX[lang]}clusterit/{press_release.slug}/"
    )
    assert items[press_release.title].findtext("guid") == press_release.get_full_url()
    assert demo_page("news", NOT_SHARED, lang).title not in items


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_advertises_the_news_feed(site_client, lang):
    html = soup(site_client("acod").get(f"/{lang}/"))

    feed = html.find("link", rel="alternate", type="application/rss+xml")
    assert feed["href"] == f"{NEWS_INDEX[lang]}rss/"


def test_english_listing_leaves_out_items_without_english_translation(site_client):
    index_de = NewsIndexPage.objects.child_of(site_of("acod").root_page).get()
    german_only = NewsPage(title="Nur auf Deutsch", slug="nur-auf-deutsch", teaser="Kurz.")
    index_de.add_child(instance=german_only)
    german_only.save_revision().publish()

    assert "Nur auf Deutsch" in listed_titles(site_client("acod").get("/de/aktuelles/"))
    english = site_client("acod").get("/en/news/")
    assert "Nur auf Deutsch" not in english.content.decode()


def test_sharing_set_on_the_german_original_applies_to_the_english_translation(site_client):
    item_de = demo_page("news", NOT_SHARED, "de")
    item_en = demo_page("news", NOT_SHARED, "en")
    assert item_en.title not in listed_titles(site_client("acod").get("/en/news/"))

    item_de.shared_with.add(NewsPageShare(site=site_of("acod")))
    item_de.save_revision().publish()

    assert item_en.title in listed_titles(site_client("acod").get("/en/news/"))
    assert item_de.title in listed_titles(site_client("acod").get("/de/aktuelles/"))

    item_de = NewsPage.objects.get(pk=item_de.pk)
    item_de.shared_with.clear()
    item_de.save_revision().publish()

    assert item_en.title not in listed_titles(site_client("acod").get("/en/news/"))


def test_news_item_carries_news_article_structured_data(site_client):
    import json

    item = demo_page("news", PRESS_RELEASE, "en")
    html = soup(site_client("clusterit").get(f"/en/news/{item.slug}/"))

    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == item.title
    assert data["publisher"]["name"] == "Cluster IT Mitteldeutschland e.V."
    assert data["inLanguage"] == "en"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_listing_entries_name_their_association(site_client, lang):
    html = soup(site_client("acod").get(NEWS_INDEX[lang]))

    teaser = next(
        t
        for t in html.select(".teaser")
        if demo_page("news", PRESS_RELEASE, lang).title in t.get_text()
    )
    badge = teaser.select_one(".association-badge")
    assert badge.select_one(".association-badge__name").get_text() == "Cluster IT"
    assert badge.img["src"].endswith(".png")
    assert badge.img["alt"] == ""


def test_editor_cannot_share_an_item_with_its_own_association(admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    item = demo_page("news", NOT_SHARED, "de")
    data = nested_form_data(
        {
            "title": item.title,
            "slug": item.slug,
            "date": item.date.isoformat(),
            "teaser": item.teaser,
            "body": streamfield([]),
            "topic_links": inline_formset([]),
            "shared_with": inline_formset([{"site": site_of("clusterit").pk}]),
        }
    )

    response = admin_client.post(
        f"/admin/pages/{item.pk}/edit/", data, HTTP_HOST=HOSTS["clusterit"]
    )

    assert response.status_code == 200
    assert "This is the item&#x27;s own association" in response.content.decode() or (
        "eigene Verein" in response.content.decode()
    )
    assert not NewsPage.objects.get(pk=item.pk).shared_with.exists()
