"""The number of SQL queries of the home page and the listings does not grow with the content."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sites.events.models import EventIndexPage, EventPage, EventPageOrganiser
from sites.news.models import NewsIndexPage, NewsPage, NewsPageShare
from tests.conftest import site_of

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

URLS = [
    "/de/",
    "/en/",
    "/de/aktuelles/",
    "/en/news/",
    "/de/aktuelles/?page=2",
    "/de/aktuelles/rss/",
    "/de/veranstaltungen/",
    "/de/veranstaltungen/?when=past",
    "/en/events/?view=calendar",
    "/de/veranstaltungen/ical/",
]


def add_items(count, offset):
    """News and events on Cluster IT, a third shared with or co-organised by ACOD."""
    clusterit, acod = site_of("clusterit"), site_of("acod")
    news_index = NewsIndexPage.objects.child_of(clusterit.root_page).get()
    event_index = EventIndexPage.objects.child_of(clusterit.root_page).get()
    now = timezone.now()
    for number in range(offset, offset + count):
        news = NewsPage(
            title=f"Nachricht {number}",
            slug=f"nachricht-{number}",
            teaser="Kurz.",
            date=timezone.localdate() - datetime.timedelta(days=number % 30),
            shared_with=[NewsPageShare(site=acod)] if number % 3 == 0 else [],
        )
        news_index.add_child(instance=news)
        start = now + datetime.timedelta(days=number % 20 - 5, hours=number % 7)
        event = EventPage(
            title=f"Termin {number}",
            slug=f"termin-{number}",
            teaser="Kurz.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            city="Leipzig",
            co_organisers=[EventPageOrganiser(site=acod)] if number % 3 == 0 else [],
        )
        event_index.add_child(instance=event)


def query_counts(client, urls=URLS):
    counts = {}
    for url in urls:
        client.get(url)  # warm caches (site root paths, renditions) as a running server has them
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(context.captured_queries)
    return counts


def test_query_count_is_the_same_with_30_and_with_500_items(site_client):
    """On Cluster IT, which owns the items, and ACOD, which shows a third of them. 30: enough for
    a second listing page on both sites (a page past the end costs Django's count and the last
    page's rows instead, see OneQueryPaginator)."""
    add_items(30, offset=0)
    with_30 = {key: query_counts(site_client(key)) for key in ("clusterit", "acod")}

    add_items(470, offset=30)
    with_500 = {key: query_counts(site_client(key)) for key in ("clusterit", "acod")}

    assert with_500["clusterit"] == with_30["clusterit"]
    assert with_500["acod"] == with_30["acod"]


def _routing_lookup(sql):
    """Wagtail's router finds the active Locale and the localized site root before any of our
    code runs, and keeps neither where we could reuse it: those two may appear once more."""
    return ('FROM "wagtailcore_locale" WHERE "wagtailcore_locale"."language_code"' in sql) or (
        'FROM "wagtailcore_page" WHERE ("wagtailcore_page"."translation_key"' in sql
        and "LIMIT 21" in sql
    )


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("key", ["clusterit", "logistik"])
def test_a_page_never_runs_the_same_query_twice(site_client, key, url):
    """Header, footer, listings and feeds share their lookups for the length of a request."""
    client = site_client(key)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    statements = [query["sql"] for query in context.captured_queries]
    repeated = {sql for sql in statements if statements.count(sql) > 1}
    assert {sql for sql in repeated if not _routing_lookup(sql)} == set()
    assert all(statements.count(sql) == 2 for sql in repeated)


#: every kind of page a reader opens, with no cache at all: each within this many queries
COLD_PAGE_QUERY_LIMIT = 15
#: on Cluster IT, which owns the added items
OWN_PAGES = {
    "home": "/de/",
    "news index": "/de/aktuelles/",
    "news item": "/de/aktuelles/nachricht-3/",
    "event index": "/de/veranstaltungen/",
    "event page": "/de/veranstaltungen/termin-3/",
    "search": "/de/suche/?q=Nachricht",
    "news feed": "/de/aktuelles/rss/",
    "calendar feed": "/de/veranstaltungen/ical/",
}
#: on ACOD, which shows a third of them as shared or co-organised items
PARTNER_PAGES = {
    **OWN_PAGES,
    "news item": "/de/aktuelles/clusterit/nachricht-3/",
    "event page": "/de/veranstaltungen/clusterit/termin-3/",
}


def cold_query_counts(client, pages):
    counts = {}
    for name, url in pages.items():
        # Django's cache warm (Wagtail's site root paths, image renditions) as a running server
        # has it; the page cache is off, so each request renders the page in full.
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(context.captured_queries)
    return counts


def test_every_page_kind_stays_within_the_cold_query_limit_however_many_items(site_client):
    """No page cache: each kind of page costs the same few queries with 5 and 500 items, on the
    owner's site and on the partner's."""
    sites = {"clusterit": OWN_PAGES, "acod": PARTNER_PAGES}
    add_items(5, offset=0)
    with_5 = {key: cold_query_counts(site_client(key), pages) for key, pages in sites.items()}

    add_items(495, offset=5)

    for key, pages in sites.items():
        assert cold_query_counts(site_client(key), pages) == with_5[key], key
        assert max(with_5[key].values()) <= COLD_PAGE_QUERY_LIMIT, (key, with_5[key])


MEMBER_URLS = [
    "/de/mitglieder/",
    "/en/members/",
    "/de/mitglieder/?sector=digitalisierung",
    "/de/mitglieder/?region=sachsen&q=gmbh",
    "/en/members/?q=firma",
    "/de/mitglieder/firma-0/",  # a member of Cluster IT and ACOD
    "/en/members/firma-0/",
    "/sitemap.xml",
]


def add_members(count, offset):
    """Members of Cluster IT in both languages (a third also of ACOD), in bulk."""
    import uuid

    from wagtail.models import Locale

    from sites.core.models import Topic
    from sites.members.models import MemberOrganisation, Membership, MemberTopic

    clusterit, acod = site_of("clusterit"), site_of("acod")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    topic = Topic.objects.get(slug="digitalisierung")
    records, memberships, topics = [], [], []
    for number in range(offset, offset + count):
        key = uuid.uuid4()
        for code in ("de", "en"):
            records.append(
                MemberOrganisation(
                    translation_key=key,
                    locale=locales[code],
                    name=f"Firma {number:04d} GmbH",
                    slug=f"firma-{number}",
                    description="Kurz." if code == "de" else "Short.",
                    city="Leipzig",
                    region="sachsen",
                )
            )
    MemberOrganisation.objects.bulk_create(records)
    for record in MemberOrganisation.objects.filter(
        slug__startswith="firma-", locale__language_code="de", memberships__isnull=True
    ):
        memberships.append(Membership(member=record, site=clusterit))
        number = int(record.slug.split("-")[1])
        if number % 3 == 0:
            memberships.append(Membership(member=record, site=acod))
        topics.append(MemberTopic(member=record, topic=topic))
    Membership.objects.bulk_create(memberships)
    MemberTopic.objects.bulk_create(topics)


@pytest.mark.parametrize("key", ["clusterit", "acod"])
def test_member_directory_query_count_is_the_same_with_10_and_with_1000_members(site_client, key):
    add_members(10, offset=0)
    with_10 = query_counts(site_client(key), MEMBER_URLS)
    add_members(990, offset=10)
    with_1000 = query_counts(site_client(key), [*MEMBER_URLS, "/de/mitglieder/?page=2"])

    # (page 1 has the demo members' logos, one query for their renditions; page 2 none)
    assert with_1000.pop("/de/mitglieder/?page=2") <= with_1000["/de/mitglieder/"]
    assert with_1000 == with_10
    listings = {url: n for url, n in with_10.items() if "/mitglieder/" in url or "/members/" in url}
    listings = {url: n for url, n in listings.items() if "firma-0" not in url}
    assert len(listings) == 5
    assert max(listings.values()) <= COLD_PAGE_QUERY_LIMIT, with_10
    body = site_client("clusterit").get("/de/mitglieder/?page=50").content.decode()
    assert "Seite 50 von 51" in body  # 1,006 members of Cluster IT, 20 per page
