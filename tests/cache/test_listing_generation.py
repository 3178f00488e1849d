"""Listings and routes kept per site cache generation (the page cache off): changes show at once,
time filters stay exact to the second, and a kept listing or route reads no other rows."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from sites.cache.models import SiteGeneration
from sites.events.models import EventIndexPage, EventPage
from sites.news.models import NewsIndexPage, NewsPage
from tests.conftest import demo_page, site_of
from tests.events.test_events import make_event, titles

from .conftest import text

pytestmark = pytest.mark.django_db

NEWS = "/de/aktuelles/"
EVENTS = "/de/veranstaltungen/"


def add(index, page):
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_published_item_is_listed_at_once(generation_cache, site_client):
    client = site_client("logistik")
    assert titles(client.get(NEWS))
    index = NewsIndexPage.objects.child_of(site_of("logistik").root_page).get()

    add(index, NewsPage(title="Neues Lager in Halle", slug="neues-lager", teaser="Test."))

    assert titles(client.get(NEWS))[0] == "Neues Lager in Halle"
    assert "Neues Lager in Halle" in titles(client.get("/de/"))


def test_an_event_moves_to_the_archive_the_moment_it_ends(
    generation_cache, site_client, monkeypatch
):
    client = site_client("acod")
    index = EventIndexPage.objects.child_of(site_of("acod").root_page).get()
    start = timezone.now() + datetime.timedelta(minutes=1)
    make_event(index, "Letzte Minute", start, start + datetime.timedelta(hours=1))
    assert "Letzte Minute" in titles(client.get(EVENTS))
    assert "Letzte Minute" not in titles(client.get(EVENTS, {"when": "past"}))
    generation = list(SiteGeneration.objects.values_list("site_id", "token"))

    later = start + datetime.timedelta(hours=1, seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert "Letzte Minute" not in titles(client.get(EVENTS))
    assert titles(client.get(EVENTS, {"when": "past"}))[0] == "Letzte Minute"
    assert list(SiteGeneration.objects.values_list("site_id", "token")) == generation


@pytest.mark.parametrize("url", [NEWS, EVENTS, f"{EVENTS}ical/", "/de/"])
def test_a_kept_listing_reads_only_the_items_it_shows(generation_cache, site_client, url):
    client = site_client("clusterit")
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200

    sql = " ".join(query["sql"] for query in queries)
    # the sharing rows are only read to work out what a site shows: not while it is kept
    assert "newspageshare" not in sql
    assert "eventpageshare" not in sql
    assert "COUNT(" not in sql


def routing_queries(queries):
    """Wagtail's routing looks a path segment up by slug."""
    return [query["sql"] for query in queries if '"wagtailcore_page"."slug" =' in query["sql"]]


def test_a_kept_route_reads_no_page_tree_and_follows_a_new_slug_at_once(
    generation_cache, site_client
):
    client = site_client("acod")
    about = demo_page("acod", "about")
    old_path = urlsplit(about.url).path
    client.get(old_path)
    with CaptureQueriesContext(connection) as queries:
        first = client.get(old_path)
    assert first.status_code == 200
    assert routing_queries(queries) == []

    about.slug = "wer-wir-sind"
    about.save_revision().publish()

    assert client.get("/de/wer-wir-sind/").status_code == 200
    assert client.get(old_path).status_code in (301, 404)  # Wagtail's redirect, never the page


def test_paths_that_were_not_found_are_not_kept(generation_cache, site_client):
    client = site_client("logistik")
    assert client.get("/de/aktuelles/neues-lager/").status_code == 404
    index = NewsIndexPage.objects.child_of(site_of("logistik").root_page).get()

    add(index, NewsPage(title="Neues Lager in Halle", slug="neues-lager", teaser="Test."))

    assert client.get("/de/aktuelles/neues-lager/").status_code == 200


def test_each_path_keeps_its_own_route(generation_cache, site_client):
    client = site_client("clusterit")
    news = demo_page("clusterit", "news")
    for _round in range(2):
        assert "<h1" in text(client.get("/de/"))
        listing = text(client.get(urlsplit(news.url).path))
        assert f"<h1>{news.title}</h1>" in listing


@pytest.mark.parametrize("model", [NewsPage, EventPage])
def test_a_kept_listing_is_handed_out_without_a_copy(generation_cache, model):
    """Every listing, home page and feed reads its listing: kept as a tuple of tuples, the
    per-process cache hands it out as it is instead of unpickling a copy on each read."""
    site = site_of("logistik")
    request = RequestFactory().get("/de/", HTTP_HOST=site.hostname, SERVER_PORT=str(site.port))
    locale = Locale.get_default()

    first = model.listed(request, site, locale)
    again = model.listed(request, site, locale)

    assert first  # the demo content has items of both kinds
    assert type(first) is tuple
    assert again is first
