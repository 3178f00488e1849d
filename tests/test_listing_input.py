"""Listings take filters, pagination and odd input in their stride: a sensible page or a 404, never a 500."""

import pytest
from bs4 import BeautifulSoup

from sites.news.models import NewsIndexPage, NewsPage
from tests.conftest import demo_page, site_of

pytestmark = pytest.mark.django_db

LISTINGS = ["/de/aktuelles/", "/en/news/", "/de/veranstaltungen/", "/en/events/"]
ODD_VALUES = [
    "abc",
    "99999",
    "-1",
    "0",
    "1.5",
    "x" * 5000,
    "%00",
    "\x00",
    "😀🚚",
    "ß‮",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "2019-13",
    "0000-00",
    "99999-01",
]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("path", LISTINGS)
@pytest.mark.parametrize("parameter", ["page", "association", "topic", "month", "when", "view"])
@pytest.mark.parametrize("value", ODD_VALUES)
def test_odd_parameters_give_a_sensible_page(site_client, path, parameter, value):
    response = site_client("acod").get(path, {parameter: value})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("path", LISTINGS)
def test_repeated_and_empty_parameters_are_harmless(site_client, path):
    response = site_client("acod").get(f"{path}?page=1&page=2&association=&topic=&month=&&=&%ZZ")

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("path", "query", "message"),
    [
        ("/en/events/", {"month": "2019-13"}, "Enter a month as YYYY-MM"),
        ("/de/veranstaltungen/", {"month": "2019-13"}, "Geben Sie einen Monat als JJJJ-MM"),
        ("/en/news/", {"association": "unknown"}, "Select a valid choice"),
        ("/en/news/", {"topic": "no-such-topic"}, "Select a valid choice"),
    ],
)
def test_invalid_filters_are_reported_and_ignored(site_client, path, query, message):
    unfiltered = soup(site_client("acod").get(path)).select(".teaser__title a")

    response = site_client("acod").get(path, query)

    html = soup(response)
    assert message in html.select_one(".filters__errors").get_text()
    assert html.select(".teaser__title a") == unfiltered


def test_association_filter_keeps_only_that_associations_items(site_client):
    html = soup(site_client("acod").get("/de/aktuelles/", {"association": "logistik"}))

    sources = {badge.get_text() for badge in html.select(".teaser .association-badge__name")}
    assert sources == {"Netzwerk Logistik"}


def test_association_filter_on_events_includes_co_organised_events(site_client):
    html = soup(
        site_client("acod").get("/de/veranstaltungen/", {"association": "logistik", "when": "past"})
    )

    titles = [a.get_text(strip=True) for a in html.select(".teaser__title a")]
    assert (
        demo_page("event", "signing-2019").title in titles
    )  # owned by ACOD, co-organised by Logistik


@pytest.mark.parametrize(
    ("lang", "path", "slug"),
    [("de", "/de/aktuelles/", "mobilitaet"), ("en", "/en/news/", "mobility")],
)
def test_topic_filter_uses_the_topic_slug_of_the_language(site_client, lang, path, slug):
    html = soup(site_client("clusterit").get(path, {"topic": slug}))

    titles = [a.get_text(strip=True) for a in html.select(".teaser__title a")]
    assert demo_page("news", "cooperation-2019", lang).title in titles
    assert demo_page("news", "clusterit-demo-internship-exchange", lang).title not in titles
    assert not html.select_one(".filters__errors")


def test_pagination_pages_through_all_items_and_clamps_out_of_range_pages(site_client):
    index = NewsIndexPage.objects.child_of(site_of("acod").root_page).get()
    for number in range(25):
        item = NewsPage(title=f"Meldung {number:02d}", slug=f"meldung-{number:02d}", teaser="Kurz.")
        index.add_child(instance=item)
        item.save_revision().publish()
    client = site_client("acod")
    first = soup(client.get("/de/aktuelles/"))
    total = int(first.select_one(".pagination [aria-current]").get_text().split()[-1])

    seen = []
    for number in range(1, total + 1):
        seen += [
            a.get_text()
            for a in soup(client.get("/de/aktuelles/", {"page": number})).select(".teaser__title a")
        ]

    assert len(seen) == len(set(seen)) == NewsPage.visible_on(site_of("acod"), index.locale).count()
    last = soup(client.get("/de/aktuelles/", {"page": 99999})).select(".teaser__title a")
    assert [a.get_text() for a in last] == seen[-len(last) :]
    assert first.find("a", rel="next")["href"] == "?page=2"


@pytest.mark.parametrize(
    ("path", "slug"), [("/de/veranstaltungen/", "logistik"), ("/en/events/", "logistics")]
)
def test_event_topic_filter_keeps_only_events_of_that_topic(site_client, path, slug):
    lang = path[1:3]
    html = soup(site_client("clusterit").get(path, {"topic": slug, "when": "past"}))

    titles = [a.get_text(strip=True) for a in html.select(".teaser__title a")]
    assert demo_page("event", "it-trifft-logistik-2019", lang).title in titles
    assert demo_page("event", "cybercrime-2019", lang).title not in titles
    assert not html.select_one(".filters__errors")
