"""What a change touches (purge.py's `Touched`): the exact URLs that show it and the sites whose
every page shows it; and how they reach the page cache and a CDN (Wagtail's HTTP purger)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import caches
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

from sites.cache import tokens
from sites.cache.purge import Touched, cdn_backends, purge
from sites.core.models import BrandingSettings, HiddenSharedItem
from sites.news.models import NewsPageShare
from tests.conftest import HOSTS, demo_page, site_of

pytestmark = pytest.mark.django_db

PRESS_RELEASE = "cooperation-2019"  # Cluster IT's, shared with ACOD and Netzwerk Logistik
OWN_ITEM = "acod-demo-training-workshops"  # ACOD's, shared with nobody
SUPPLY_CHAIN = "logistik-demo-supply-chain-data"  # Netzwerk Logistik's, shared with both others


def hosts_of(urls):
    return {url.split("/")[2] for url in urls}


def listing_urls(root, languages=("de", "en")):
    """Home pages, news indexes with their feeds and search pages of one site."""
    paths = {
        "de": ("/de/", "/de/aktuelles/", "/de/aktuelles/rss/", "/de/suche/"),
        "en": ("/en/", "/en/news/", "/en/news/rss/", "/en/search/"),
    }
    return {root + path for lang in languages for path in paths[lang]}


def press_release_urls(languages=("de", "en")):
    """Where Cluster IT's press release shows: its own URLs, every site's listings, and its URLs
    on both partners (/de/aktuelles/clusterit/<slug>/)."""
    sections = {"de": "aktuelles", "en": "news"}
    expected = {"http://clusterit.localhost/sitemap.xml"}
    for lang in languages:
        item = demo_page("news", PRESS_RELEASE, lang)
        expected.add(f"http://clusterit.localhost/{lang}/{sections[lang]}/{item.slug}/")
        for partner in ("acod", "logistik"):
            root = f"http://{partner}.localhost"
            expected.add(f"{root}/{lang}/{sections[lang]}/clusterit/{item.slug}/")
    for key in HOSTS:
        expected |= listing_urls(f"http://{key}.localhost", languages)
    return expected


# The collector.


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_shared_item_touches_its_urls_listings_and_its_urls_on_each_partner_in_both_languages(
    lang,
):
    touched = Touched()

    touched.add_page(demo_page("news", PRESS_RELEASE, lang))

    assert touched.urls == press_release_urls()
    assert touched.site_ids == set()  # no site as a whole


def test_an_item_shared_with_nobody_touches_its_owners_site_only():
    de, en = (demo_page("news", OWN_ITEM, lang) for lang in ("de", "en"))
    touched = Touched()

    touched.add_page(de)

    assert touched.urls == listing_urls("http://acod.localhost") | {
        de.full_url,
        en.full_url,
        "http://acod.localhost/sitemap.xml",
    }
    assert touched.site_ids == set()


def test_a_former_partner_is_touched_by_unsharing():
    item = demo_page("news", OWN_ITEM)
    touched = Touched()

    touched.add_page(item, partners_before={site_of("logistik").pk})

    assert hosts_of(touched.urls) == {"acod.localhost", "logistik.localhost"}
    assert listing_urls("http://logistik.localhost") <= touched.urls
    assert f"http://logistik.localhost/de/aktuelles/acod/{item.slug}/" in touched.urls
    assert "http://clusterit.localhost/de/aktuelles/" not in touched.urls


def test_a_partner_is_touched_by_sharing_once_the_row_is_saved():
    item = demo_page("news", OWN_ITEM)
    NewsPageShare.objects.create(page=item, site=site_of("clusterit"))
    touched = Touched()

    touched.add_page(item)

    assert hosts_of(touched.urls) == {"acod.localhost", "clusterit.localhost"}
    assert f"http://clusterit.localhost/de/aktuelles/acod/{item.slug}/" in touched.urls


def test_an_event_touches_its_calendar_files_and_its_co_organisers_sites():
    event = demo_page("event", "signing-2019")  # ACOD's, co-organised by both others
    touched = Touched()

    touched.add_page(event)

    assert event.full_url + "ical/" in touched.urls
    assert "http://acod.localhost/de/veranstaltungen/ical/" in touched.urls
    for partner in ("clusterit", "logistik"):
        root = f"http://{partner}.localhost"
        assert f"{root}/de/veranstaltungen/" in touched.urls
        assert f"{root}/de/veranstaltungen/ical/" in touched.urls
        assert f"{root}/de/veranstaltungen/acod/{event.slug}/" in touched.urls
    assert touched.site_ids == set()


@pytest.mark.parametrize("key", ["home", "about"])
def test_a_home_page_or_menu_page_touches_its_whole_site_and_no_other(key):
    page = site_of("acod").root_page.specific if key == "home" else demo_page("acod", "about")
    touched = Touched()

    touched.add_page(page)

    assert touched.site_ids == {site_of("acod").pk}
    assert hosts_of(touched.urls) == {"acod.localhost"}


def test_a_hidden_item_touches_only_the_hiding_sites_listings_and_its_url_there():
    de, en = (demo_page("news", SUPPLY_CHAIN, lang) for lang in ("de", "en"))
    touched = Touched()

    touched.add_hidden_item(site_of("clusterit"), de.translation_key)

    assert touched.urls == listing_urls("http://clusterit.localhost") | {
        f"http://clusterit.localhost/de/aktuelles/logistik/{de.slug}/",
        f"http://clusterit.localhost/en/news/logistik/{en.slug}/",
    }
    assert touched.site_ids == set()


def test_pages_that_link_to_a_page_are_touched_with_it():
    contact = demo_page("acod", "contact")
    linking = [
        source
        for source, _references in ReferenceIndex.get_grouped_references_to(contact)
        if isinstance(source, Page)
    ]
    touched = Touched()

    touched.add_linking_pages(contact)

    assert linking  # the demo's calls to action link to the contact page
    assert {page.full_url for page in linking} == touched.urls


def test_every_site_can_be_touched_as_a_whole():
    touched = Touched()

    touched.add_all_sites()

    assert touched.site_ids == set(Site.objects.values_list("pk", flat=True))
    assert touched.urls == set()  # the page cache needs one token per site, no URL list


def test_for_a_cdn_a_whole_site_is_every_live_page_the_partner_items_it_shows_and_its_files():
    site = site_of("logistik")
    touched = Touched()

    touched.site_urls(site)

    live = Page.objects.live().descendant_of(site.root_page, inclusive=True)
    assert {page.full_url for page in live} <= touched.urls
    item = demo_page("news", PRESS_RELEASE)
    assert f"http://logistik.localhost/de/aktuelles/clusterit/{item.slug}/" in touched.urls
    assert {"http://logistik.localhost/sitemap.xml", "http://logistik.localhost/brand.css"} <= (
        touched.urls
    )
    assert hosts_of(touched.urls) == {"logistik.localhost"}


def test_an_image_touches_the_pages_that_show_it():
    reference = ReferenceIndex.objects.filter(
        to_content_type__model="image", base_content_type__model="page"
    ).first()
    page = Page.objects.get(pk=reference.object_id).specific
    image = get_image_model().objects.get(pk=reference.to_object_id)
    touched = Touched()

    touched.add_media(image)

    assert page.full_url in touched.urls


# Sending: the page cache's tokens, and a CDN.


def site_tokens():
    cache = caches["pages"]
    return {key: cache.get(tokens.site_key(host)) for key, host in HOSTS.items()}


def test_when_collecting_fails_every_site_is_renewed_and_the_editor_is_not_stopped(
    page_cache, caplog
):
    tokens.renew(tokens.site_key(host) for host in HOSTS.values())
    before = site_tokens()

    def broken(touched):
        raise RuntimeError("a bug in collecting")

    purge(broken)

    after = site_tokens()
    assert all(after[key] and after[key] != before[key] for key in HOSTS)
    assert "could not work out what a change touches" in caplog.text


def test_a_url_purged_through_wagtails_frontend_cache_renews_its_paths_token(page_cache):
    from wagtail.contrib.frontend_cache.utils import purge_url_from_cache

    item = demo_page("news", OWN_ITEM)
    keys = [
        tokens.path_key("acod.localhost", "/de/aktuelles/"),
        tokens.path_key("acod.localhost", "/de/"),
    ]
    tokens.renew(keys)
    before = page_cache.get_many(keys)

    purge_url_from_cache("http://acod.localhost/de/aktuelles/")
    purge_url_from_cache(item.full_url)

    after = page_cache.get_many(keys)
    assert after[keys[0]] != before[keys[0]]
    assert after[keys[1]] == before[keys[1]]


class PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in for Varnish: records every PURGE it receives."""

    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    """A local HTTP server on 127.0.0.1 configured as the CDN beside the page cache, as
    FRONTEND_CACHE_PURGE_URL does; yields the URLs it was asked to purge."""
    received = []
    handler = type("Recorder", (PurgeRecorder,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        },
    }
    yield received
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_without_a_purge_url_there_is_no_cdn_and_with_one_there_is(settings):
    assert settings.WAGTAILFRONTENDCACHE == {
        "pages": {"BACKEND": "sites.cache.backend.PageCacheBackend"}
    }
    assert cdn_backends() == []
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        },
    }
    assert cdn_backends() == ["cdn"]


def test_publishing_purges_the_cdn_with_the_exact_urls(purge_server):
    item = demo_page("news", PRESS_RELEASE)

    item.save_revision().publish()

    assert press_release_urls(["de"]) <= set(purge_server)


def test_changing_the_partners_purges_the_cdn_in_every_language(purge_server):
    item = demo_page("news", PRESS_RELEASE)

    item.shared_with = [NewsPageShare(site=site_of("logistik"))]  # ACOD no longer
    item.save_revision().publish()

    assert press_release_urls() <= set(purge_server)


def test_in_a_transaction_that_commits_the_purge_is_sent_after_the_commit_and_once(
    purge_server, page_cache, django_capture_on_commit_callbacks, monkeypatch
):
    # as in production: the outermost transaction is not the test's, which never commits
    monkeypatch.setattr(connection.atomic_blocks[0], "_from_testcase", False)
    item = demo_page("news", PRESS_RELEASE)
    key = tokens.path_key("acod.localhost", "/de/aktuelles/")
    tokens.renew([key])
    before = page_cache.get(key)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item.title = "Kooperation erneuert"
        item.save_revision().publish()
    assert purge_server == []  # the CDN would fetch the old page again
    assert page_cache.get(key) == before
    for callback in callbacks:
        callback()

    assert press_release_urls(["de"]) <= set(purge_server)
    assert len(purge_server) == len(set(purge_server))  # every signal's URLs in one batch
    assert page_cache.get(key) != before


def test_deleting_purges_the_urls_it_had(purge_server, django_capture_on_commit_callbacks):
    item = demo_page("news", "acod-demo-software-in-vehicles")
    url = item.full_url

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=item.pk).delete()

    assert url in purge_server
    assert "http://acod.localhost/de/aktuelles/" in purge_server
    assert f"http://clusterit.localhost/de/aktuelles/acod/{item.slug}/" in purge_server


def test_moving_purges_old_and_new_urls(purge_server, django_capture_on_commit_callbacks):
    about = demo_page("acod", "about")
    contact = demo_page("acod", "contact")
    old_url = contact.full_url

    with django_capture_on_commit_callbacks(execute=True):
        contact.move(about, pos="last-child")

    contact.refresh_from_db()
    assert {old_url, contact.full_url} <= set(purge_server)


def test_a_slug_change_purges_the_old_url(purge_server, django_capture_on_commit_callbacks):
    item = demo_page("news", "acod-demo-software-in-vehicles")
    old_url = item.full_url

    with django_capture_on_commit_callbacks(execute=True):
        item.slug = "software-im-fahrzeug-neu"
        item.save_revision().publish()

    item.refresh_from_db()
    assert {old_url, item.full_url} <= set(purge_server)


def test_hiding_purges_the_hiding_partner_only(purge_server, django_capture_on_commit_callbacks):
    item = demo_page("news", PRESS_RELEASE)

    with django_capture_on_commit_callbacks(execute=True):
        HiddenSharedItem.objects.create(
            site=site_of("logistik"), translation_key=item.translation_key
        )

    assert f"http://logistik.localhost/de/aktuelles/clusterit/{item.slug}/" in purge_server
    assert hosts_of(purge_server) == {"logistik.localhost"}


def test_a_site_wide_change_purges_every_live_page_of_every_site_on_the_cdn(
    purge_server, django_capture_on_commit_callbacks
):
    branding = BrandingSettings.for_site(site_of("clusterit"))

    with django_capture_on_commit_callbacks(execute=True):
        branding.short_name = "Cluster IT neu"
        branding.save()

    for key in HOSTS:
        site = site_of(key)
        live = Page.objects.live().descendant_of(site.root_page, inclusive=True)
        assert {page.full_url for page in live} <= set(purge_server), key
        assert f"{site.root_url}/brand.css" in purge_server
