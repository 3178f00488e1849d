"""What a reader's page needs besides its content (the site, the route, view restrictions, the
teasers of listings and search results) is kept per site cache generation: a page that was shown
before reads nothing but the generation, and every change shows at once."""

from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from sites.cache.models import site_id_for_request
from sites.news.models import NewsPage
from tests.conftest import HOSTS, demo_page, site_of
from tests.events.test_events import titles

from .conftest import text

pytestmark = pytest.mark.django_db

GENERATION_TABLE = '"pagecache_sitegeneration"'


def tables_read(queries):
    return [query["sql"].split(" FROM ", 1)[1].split()[0] for query in queries]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("kind", ["home", "news", "events"])
def test_a_listing_shown_before_reads_only_the_generation(
    generation_cache, site_client, kind, lang
):
    path = "/de/" if lang == "de" else "/en/"
    if kind != "home":
        path = urlsplit(demo_page("clusterit", kind, lang).url).path
    client = site_client("clusterit")
    first = client.get(path)
    assert titles(first), path  # teasers to keep

    with CaptureQueriesContext(connection) as queries:
        again = client.get(path)

    assert tables_read(queries) == [GENERATION_TABLE]
    assert text(again) == text(first)


def test_search_results_shown_before_read_only_the_generation_and_the_ranking(
    generation_cache, site_client
):
    client = site_client("acod")
    first = client.get("/de/suche/", {"q": "Mobilität"})
    assert first.context["page_obj"].paginator.count > 0

    with CaptureQueriesContext(connection) as queries:
        again = client.get("/de/suche/", {"q": "Mobilität"})

    tables = tables_read(queries)
    assert tables[0] == GENERATION_TABLE
    assert len(tables) == 2  # the full-text ranking, per query text
    assert text(again) == text(first)


def test_an_edited_teaser_shows_at_once_on_every_site_that_lists_it(generation_cache, site_client):
    item = demo_page("news", "cooperation-2019")  # Cluster IT's, shared with both partners
    clients = {key: site_client(key) for key in HOSTS}
    for client in clients.values():
        assert item.title in titles(client.get("/de/aktuelles/"))

    item.title = "Kooperation unterzeichnet: Zukunft der Mobilität"
    item.save_revision().publish()

    for key, client in clients.items():
        assert "Kooperation unterzeichnet: Zukunft der Mobilität" in titles(
            client.get("/de/aktuelles/")
        ), key


def test_an_edited_search_result_shows_at_once_on_every_site_that_finds_it(
    generation_cache, site_client
):
    item = demo_page("news", "cooperation-2019")  # Cluster IT's, shared with both partners
    clients = {key: site_client(key) for key in HOSTS}
    for client in clients.values():
        assert item.title in titles(client.get("/de/suche/", {"q": "Kooperation"}))

    item.title = "Kooperation unterzeichnet: Zukunft der Mobilität"
    item.save_revision().publish()

    for key, client in clients.items():
        found = titles(client.get("/de/suche/", {"q": "Kooperation"}))
        assert "Kooperation unterzeichnet: Zukunft der Mobilität" in found, key

    NewsPage.objects.get(pk=item.pk).unpublish()

    for key, client in clients.items():
        found = titles(client.get("/de/suche/", {"q": "Kooperation"}))
        assert "Kooperation unterzeichnet: Zukunft der Mobilität" not in found, key


def test_an_unpublished_item_leaves_kept_listings_at_once(generation_cache, site_client):
    item = demo_page("news", "cooperation-2019")
    client = site_client("logistik")
    assert item.title in titles(client.get("/de/aktuelles/"))

    NewsPage.objects.get(pk=item.pk).unpublish()

    assert item.title not in titles(client.get("/de/aktuelles/"))
    assert item.title not in titles(client.get("/de/"))


def test_a_view_restriction_on_a_kept_page_applies_at_once(generation_cache, site_client):
    about = demo_page("acod", "about")
    path = urlsplit(about.url).path
    client = site_client("acod")
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert "wagtailcore_pageviewrestriction" not in " ".join(q["sql"] for q in queries)

    restriction = PageViewRestriction.objects.create(
        page=about.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    refused = client.get(path)
    assert refused.status_code == 302
    assert "/login/" in refused["Location"]

    restriction.delete()
    assert client.get(path).status_code == 200


def test_a_site_changed_in_the_settings_is_found_at_once(generation_cache, site_client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "netzwerk-logistik.localhost"]
    client = site_client("logistik")
    assert client.get("/de/").status_code == 200

    site = site_of("logistik")
    site.hostname = "netzwerk-logistik.localhost"
    site.save()

    assert client.get("/de/").status_code == 400  # no longer a known host
    moved = site_client("logistik")
    moved.defaults["HTTP_HOST"] = "netzwerk-logistik.localhost"
    assert moved.get("/de/").status_code == 200


def test_a_hostname_of_two_sites_is_told_apart_by_port_as_wagtail_does():
    acod = site_of("acod")
    other = Site.objects.create(
        hostname=acod.hostname, port=8123, root_page=site_of("clusterit").root_page
    )
    factory = RequestFactory()

    def found(host, port):
        request = factory.get("/", HTTP_HOST=f"{host}:{port}", SERVER_PORT=str(port))
        expected = Site.find_for_request(request)
        del request._wagtail_site  # asked afresh below
        return site_id_for_request(request), expected.pk

    try:
        assert found(acod.hostname, 8123) == (other.pk, other.pk)
        assert found(acod.hostname, acod.port) == (acod.pk, acod.pk)
        # a hostname of one site only: that site, whatever the port (as Wagtail does)
        clusterit = site_of("clusterit")
        assert found(clusterit.hostname, 8999) == (clusterit.pk, clusterit.pk)
    finally:
        # Deleting renews Wagtail's cached site root paths, which the rollback would not.
        other.delete()


@pytest.mark.parametrize("kind", ["home", "news item"])
def test_a_previewed_draft_leaves_nothing_that_readers_see(
    generation_cache, site_client, logged_in, kind
):
    if kind == "home":
        page = site_of("clusterit").root_page.specific
        page.hero_heading = "Entwurf, nicht öffentlich"
    else:
        page = demo_page("news", "cooperation-2019")  # Cluster IT's, shared with both partners
        page.title = "Entwurf, nicht öffentlich"
    page.save_revision()
    editor = logged_in("clusterit-moderator", "clusterit")

    preview = editor.get(f"/admin/pages/{page.pk}/view_draft/")
    assert "Entwurf, nicht öffentlich" in text(preview)

    public = site_client("clusterit").get(urlsplit(page.full_url).path)
    assert public.status_code == 200
    assert "Entwurf, nicht öffentlich" not in text(public)
