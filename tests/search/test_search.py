"""Search per site and language: own pages and partners' shared items, never another site's."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from wagtail.search.backends import get_search_backend

from sites.news.models import NewsIndexPage, NewsPage
from sites.search.backends import TEXT_SEARCH_CONFIGS, for_language
from tests.conftest import HOSTS, demo_page, site_of

pytestmark = pytest.mark.django_db

SEARCH = {"de": "/de/suche/", "en": "/en/search/"}


def results(client, lang, query, **params):
    response = client.get(SEARCH[lang], {"q": query, **params})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [
        (a.get_text(strip=True), a["href"]) for a in html.select(".search-result .teaser__title a")
    ], html


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_links_to_the_search_of_its_language(site_client, key, lang):
    html = BeautifulSoup(site_client(key).get(f"/{lang}/").content, "html.parser")

    form = html.find("form", role="search")
    assert form["action"] == SEARCH[lang]
    field = form.find("input", attrs={"name": "q"})
    assert html.find("label", attrs={"for": field["id"]})


def test_results_come_from_the_site_and_what_partners_share_in_the_current_language(site_client):
    shared = demo_page("news", "cooperation-2019", "de")  # Cluster IT's, shared with Logistik
    own = demo_page("event", "logistik-demo-logistics-academy", "de")
    not_shared = demo_page("news", "clusterit-demo-security-checklist", "de")

    found, _html = results(site_client("logistik"), "de", "Kooperation")
    titles = [title for title, _href in found]

    assert shared.title in titles
    assert f"/de/aktuelles/clusterit/{shared.slug}/" in [href for _t, href in found]
    assert not_shared.title not in titles
    everything, _ = results(site_client("logistik"), "de", own.title.split()[0])
    assert own.title in [title for title, _href in everything]


def test_results_are_only_in_the_current_language(site_client):
    english = demo_page("news", "cooperation-2019", "en")
    german = demo_page("news", "cooperation-2019", "de")

    found_en, _ = results(site_client("clusterit"), "en", "cooperation")
    found_de, _ = results(site_client("clusterit"), "de", "Kooperation")

    assert english.title in [t for t, _ in found_en]
    assert german.title not in [t for t, _ in found_en]
    assert german.title in [t for t, _ in found_de]
    assert all(href.startswith("/en/") for _, href in found_en)
    assert all(href.startswith("/de/") for _, href in found_de)


def test_other_associations_pages_are_never_found(site_client):
    found, _ = results(
        site_client("acod"), "de", "Sassnitz"
    )  # only in Netzwerk Logistik's portrait

    assert found == []


def test_result_shows_type_date_and_source(site_client):
    _found, html = results(site_client("acod"), "de", "Mobilität")
    shared = next(
        r for r in html.select(".search-result") if "Zukunft der Mobilität" in r.get_text()
    )

    assert shared.select_one(".search-result__kind").get_text() == "Nachricht"
    assert shared.find("time")["datetime"].startswith("2019-06-18")
    assert shared.select_one(".association-badge__name").get_text() == "Cluster IT"


def test_german_search_finds_inflected_forms(site_client):
    index = NewsIndexPage.objects.child_of(site_of("acod").root_page).get()
    item = NewsPage(
        title="Bericht zur Lage",
        slug="bericht-zur-lage",
        teaser="Die Lage des Unternehmens ist gut.",
    )
    index.add_child(instance=item)
    item.save_revision().publish()

    titles = [t for t, _ in results(site_client("acod"), "de", "Unternehmens")[0]]
    assert "Bericht zur Lage" in titles
    stemmed = [t for t, _ in results(site_client("acod"), "de", "Unternehmen")[0]]
    if connection.vendor == "postgresql":
        # PostgreSQL full-text search with the German configuration stems both to "unternehm".
        assert "Bericht zur Lage" in stemmed
    else:
        # SQLite's full-text index does not stem: the exact form is required there.
        assert "Bericht zur Lage" not in stemmed


def test_each_language_is_searched_with_its_own_text_search_configuration():
    backend = get_search_backend()

    for language, config in TEXT_SEARCH_CONFIGS.items():
        searcher = for_language(backend, language)
        if connection.vendor == "postgresql":
            assert searcher.config == config
            assert backend.config_for(demo_page("news", "cooperation-2019", language)) == config
        else:
            assert searcher is backend


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '""Kooperation"',
        "<script>alert(1)</script>",
        "%00",
        "\x00Kooperation",
        "😀🚚",
        "ü" * 300,
        "a" * 100_000,
        "AND OR NOT",
        "*",
        "(",
        "Kooperation -Logistik",
        "' OR 1=1 --",
    ],
)
def test_odd_queries_give_a_clear_page(site_client, query):
    response = site_client("acod").get(SEARCH["de"], {"q": query})

    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Suche"


def test_overlong_query_is_cut_and_says_so(site_client):
    _found, html = results(site_client("acod"), "en", "cooperation " * 1000)

    assert "only its first 200 characters were used" in html.get_text()
    assert len(html.find("input", attrs={"name": "q", "id": "search-page-query"})["value"]) <= 200


def test_results_are_paginated(site_client):
    index = NewsIndexPage.objects.child_of(site_of("acod").root_page).get()
    for number in range(23):
        item = NewsPage(
            title=f"Sammelmeldung {number}", slug=f"sammelmeldung-{number}", teaser="Sammelmeldung."
        )
        index.add_child(instance=item)
        item.save_revision().publish()

    first, html = results(site_client("acod"), "de", "Sammelmeldung")
    third, _ = results(site_client("acod"), "de", "Sammelmeldung", page=3)
    beyond, _ = results(site_client("acod"), "de", "Sammelmeldung", page="abc")

    assert len(first) == 10 and len(third) == 3
    assert beyond == first
    assert "23" in html.select_one(".listing-page__subheading").get_text()
