"""Front-end cache (CDN) purge: the exact URLs of a change, sent by Wagtail's HTTP purger."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Page

from sites.cache.purge import PurgeUrls, frontend_cache_enabled
from sites.core.models import HiddenSharedItem
from tests.conftest import demo_page, site_of

pytestmark = pytest.mark.django_db

PRESS_RELEASE = "cooperation-2019"


def press_release_urls():
    de = demo_page("news", PRESS_RELEASE, "de")
    en = demo_page("news", PRESS_RELEASE, "en")
    expected = {
        f"http://clusterit.localhost/de/aktuelles/{de.slug}/",
        f"http://clusterit.localhost/en/news/{en.slug}/",
        "http://clusterit.localhost/sitemap.xml",
    }
    for host in ("acod", "clusterit", "logistik"):
        root = f"http://{host}.localhost"
        expected |= {
            f"{root}/de/",
            f"{root}/en/",
            f"{root}/de/aktuelles/",
            f"{root}/de/aktuelles/rss/",
            f"{root}/en/news/",
            f"{root}/en/news/rss/",
        }
    for partner in ("acod", "logistik"):
        root = f"http://{partner}.localhost"
        expected |= {
            f"{root}/de/aktuelles/clusterit/{de.slug}/",
            f"{root}/en/news/clusterit/{en.slug}/",
        }
    return expected


def test_cdn_purge_is_off_unless_configured(settings):
    assert not frontend_cache_enabled()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    assert frontend_cache_enabled()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_shared_item_purges_its_urls_indexes_homes_and_partner_urls_in_both_languages(lang):
    urls = PurgeUrls()

    urls.add_page(demo_page("news", PRESS_RELEASE, lang))

    assert urls.urls == press_release_urls()


def test_an_event_purges_its_calendar_files_too():
    event = demo_page("event", "signing-2019")
    urls = PurgeUrls()

    urls.add_page(event)

    assert event.full_url + "ical/" in urls.urls
    assert "http://acod.localhost/de/veranstaltungen/ical/" in urls.urls


def test_a_menu_page_purges_every_page_of_its_site():
    about = demo_page("acod", "about")
    urls = PurgeUrls()

    urls.add_page(about)

    live_pages = Page.objects.live().descendant_of(site_of("acod").root_page, inclusive=True)
    assert {page.full_url for page in live_pages} <= urls.urls
    assert not any("clusterit.localhost/de/ueber" in url for url in urls.urls)


def test_a_hidden_item_purges_only_that_partners_pages():
    item = demo_page("news", PRESS_RELEASE)
    urls = PurgeUrls()

    urls.add_hidden_item(site_of("acod"), item.translation_key)

    assert f"http://acod.localhost/de/aktuelles/clusterit/{item.slug}/" in urls.urls
    assert "http://acod.localhost/de/aktuelles/" in urls.urls
    assert all(url.startswith("http://acod.localhost/") for url in urls.urls)


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
    """A local HTTP server on 127.0.0.1 configured as the CDN; yields the URLs it was asked to purge."""
    received = []
    handler = type("Recorder", (PurgeRecorder,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield received
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_publishing_sends_the_purges_after_commit(purge_server, django_capture_on_commit_callbacks):
    item = demo_page("news", PRESS_RELEASE)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item.save_revision().publish()
    assert purge_server == []  # nothing before the commit: the CDN would fetch the old page
    for callback in callbacks:
        callback()

    assert press_release_urls() <= set(purge_server)


def test_deleting_purges_the_urls_it_had(purge_server, django_capture_on_commit_callbacks):
    item = demo_page("news", "acod-demo-software-in-vehicles")
    url = item.full_url

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=item.pk).delete()

    assert url in purge_server
    assert "http://acod.localhost/de/aktuelles/" in purge_server


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


def test_hiding_purges_the_partner(purge_server, django_capture_on_commit_callbacks):
    item = demo_page("news", PRESS_RELEASE)

    with django_capture_on_commit_callbacks(execute=True):
        HiddenSharedItem.objects.create(
            site=site_of("logistik"), translation_key=item.translation_key
        )

    assert f"http://logistik.localhost/de/aktuelles/clusterit/{item.slug}/" in purge_server
    assert all(url.startswith("http://logistik.localhost/") for url in purge_server)
