"""Listings with their ordered ids kept per site cache generation (the page cache off): changes
show at once, time filters stay exact to the second, and a kept listing reads no other items."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sites.cache.models import SiteGeneration
from sites.events.models import EventIndexPage, EventPage
from sites.news.models import NewsIndexPage, NewsPage
from tests.conftest import site_of
from tests.events.test_events import titles

pytestmark = pytest.mark.django_db

NEWS = "/de/aktuelles/"
EVENTS = "/de/veranstaltungen/"


def add(index, page):
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_published_item_is_listed_at_once(chrome_cache, site_client):
    client = site_client("logistik")
    assert titles(client.get(NEWS))
    index = NewsIndexPage.objects.child_of(site_of("logistik").root_page).get()

    add(index, NewsPage(title="Neues Lager in Halle", slug="neues-lager", teaser="Test."))

    assert titles(client.get(NEWS))[0] == "Neues Lager in Halle"
    assert "Neues Lager in Halle" in titles(client.get("/de/"))


def test_an_event_moves_to_the_archive_the_moment_it_ends(chrome_cache, site_client, monkeypatch):
    client = site_client("acod")
    index = EventIndexPage.objects.child_of(site_of("acod").root_page).get()
    start = timezone.now() + datetime.timedelta(minutes=1)
    add(
        index,
        EventPage(
            title="Letzte Minute",
            slug="letzte-minute",
            teaser="Test.",
            start=start,
            end=start + datetime.timedelta(hours=1),
            city="Leipzig",
        ),
    )
    assert "Letzte Minute" in titles(client.get(EVENTS))
    assert "Letzte Minute" not in titles(client.get(EVENTS, {"when": "past"}))
    generation = list(SiteGeneration.objects.values_list("site_id", "token"))

    later = start + datetime.timedelta(hours=1, seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert "Letzte Minute" not in titles(client.get(EVENTS))
    assert titles(client.get(EVENTS, {"when": "past"}))[0] == "Letzte Minute"
    assert list(SiteGeneration.objects.values_list("site_id", "token")) == generation


@pytest.mark.parametrize("url", [NEWS, EVENTS, f"{EVENTS}ical/", "/de/"])
def test_a_kept_listing_reads_only_the_items_it_shows(chrome_cache, site_client, url):
    client = site_client("clusterit")
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200

    sql = " ".join(query["sql"] for query in queries)
    # the sharing rows are only read to work out what a site shows: not while it is kept
    assert "newspageshare" not in sql
    assert "eventpageshare" not in sql
    assert "COUNT(" not in sql
