"""Header, footer and head links from the fragment cache: the same HTML as rendered afresh, fewer
queries, and every change a reader can see at once (the page cache off, so each request renders)."""

import re
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sites.core.models import BrandingSettings, SiteTexts
from tests.conftest import HOSTS, LANGUAGES, demo_page, site_of

from .conftest import text

pytestmark = pytest.mark.django_db


def path_of(page):
    return urlsplit(page.url).path


def pages_of(key, lang):
    """A page of every kind a reader opens, on one site in one language."""
    return [
        f"/{lang}/",
        path_of(demo_page(key, "about", lang)),
        path_of(demo_page(key, "contact", lang)),
        path_of(demo_page(key, "news", lang)),
        path_of(demo_page(key, "events", lang)),
        path_of(demo_page("news", "cooperation-2019", lang)),
        f"/{lang}/{'suche' if lang == 'de' else 'search'}/?q=Logistik",
    ]


def main_nav(html):
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.DOTALL).group(0)


def current_links(html):
    """The menu entries marked as the current page or as its section."""
    return re.findall(r'<a href="([^"]+)"(?: aria-current="page"| class="is-ancestor")', html)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", HOSTS)
def test_cached_fragments_give_the_same_pages_as_rendering_afresh(
    settings, generation_cache, site_client, key, lang
):
    client = site_client(key)
    statuses = {url: client.get(url).status_code for url in pages_of(key, lang)}
    urls = [url for url, status in statuses.items() if status == 200]
    settings.GENERATION_CACHE_ENABLED = False
    fresh = {url: text(client.get(url)) for url in urls}
    settings.GENERATION_CACHE_ENABLED = True
    for url in urls:  # every fragment filled, by every kind of page, before comparing
        client.get(url)

    for url in urls:
        assert text(client.get(url)) == fresh[url], url
    assert len(urls) >= 6, statuses


def test_fragments_are_filled_once_and_save_queries(generation_cache, site_client):
    client = site_client("acod")
    url = path_of(demo_page("acod", "about"))

    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with CaptureQueriesContext(connection) as second:
        client.get(url)

    assert len(generation_cache._cache) >= 4  # head, brand, menu, footer
    assert len(second) <= len(first) - 5


def test_menu_marks_the_current_section_for_each_page(generation_cache, site_client):
    client = site_client("clusterit")
    news_index = path_of(demo_page("clusterit", "news"))
    events_index = path_of(demo_page("clusterit", "events"))
    own_item = demo_page("news", "cooperation-2019")  # Cluster IT's own press release

    pages = {"/de/": ["/de/"], news_index: [news_index], events_index: [events_index]}
    pages[path_of(own_item)] = [news_index]
    for _round in range(2):  # rendered, then from the fragments
        for url, marked in pages.items():
            assert current_links(main_nav(text(client.get(url)))) == marked, url


def test_a_new_menu_title_shows_at_once(generation_cache, site_client):
    client = site_client("logistik")
    about = demo_page("logistik", "about")
    assert about.title in main_nav(text(client.get("/de/")))

    about.title = "Wer wir sind"
    about.save_revision().publish()

    assert "Wer wir sind" in main_nav(text(client.get("/de/")))


def test_site_texts_and_branding_changes_show_at_once(generation_cache, site_client):
    client = site_client("acod")
    client.get("/de/")
    texts = SiteTexts.objects.get(site=site_of("acod"), locale__language_code="de")
    texts.tagline = "Mobilität, neu gedacht"
    texts.footer_text = "Gemeinsam stärker – seit 2006."
    texts.save()
    branding = BrandingSettings.for_site(site_of("acod"))
    branding.full_name = "ACOD – Automobilcluster Ostdeutschland e.V."
    branding.save()

    html = text(client.get("/de/"))

    assert '<span class="brand__tagline">Mobilität, neu gedacht</span>' in html
    assert "Gemeinsam stärker – seit 2006." in html
    assert '<span class="brand__name">ACOD – Automobilcluster Ostdeutschland e.V.</span>' in html


def test_each_site_and_language_has_its_own_fragments(generation_cache, site_client):
    names = {}
    for key in HOSTS:
        for lang in LANGUAGES:
            html = text(site_client(key).get(f"/{lang}/"))
            names[key, lang] = (
                re.search(r'<span class="brand__name">([^<]+)</span>', html).group(1),
                re.search(r'<html lang="(\w+)"', html).group(1),
                main_nav(html),
            )

    assert len({value[0] for value in names.values()}) == len(HOSTS)
    assert {value[1] for value in names.values()} == set(LANGUAGES)
    for key in HOSTS:  # the three sites' menus are alike; each language has its own
        assert len({names[key, lang][2] for lang in LANGUAGES}) == len(LANGUAGES)
