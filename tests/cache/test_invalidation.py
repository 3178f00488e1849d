"""Never stale, and per item: every change shows at once on the pages that show it, on every site
that shows it, while every other cached page is kept. Over HTTP, with each site's Host header,
the page cache on (once in local memory, once in Redis, once in files)."""

import io
import re
import time
from urllib.parse import urlsplit

import pytest
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from sites.core.models import BrandingSettings, HiddenSharedItem, SiteTexts, Topic
from sites.demo.images import draw_logo
from sites.news.models import NewsIndexPage, NewsPage, NewsPageShare
from tests.conftest import HOSTS, LANGUAGES, demo_page, site_of

from .conftest import fetch, text

pytestmark = pytest.mark.django_db

PRESS_RELEASE = "cooperation-2019"  # owned by Cluster IT, shared with ACOD and Netzwerk Logistik
ACOD_ONLY = "acod-demo-training-workshops"  # owned by ACOD, shared with nobody
ACOD_SHARED = "acod-demo-software-in-vehicles"  # owned by ACOD, shared with Cluster IT
SUPPLY_CHAIN = "logistik-demo-supply-chain-data"  # Netzwerk Logistik's, shared with both others
OWN_ITEM = {
    "acod": ACOD_ONLY,
    "clusterit": "clusterit-demo-cloud-experience",
    "logistik": "logistik-demo-cargo-bike-pilot",
}
NEWS_INDEX = {"de": "/de/aktuelles/", "en": "/en/news/"}
HOME = {"de": "/de/", "en": "/en/"}
NEW_TITLE = {"de": "Kooperation erneuert", "en": "Cooperation renewed"}


def path_of(page):
    return urlsplit(page.url).path


def site_pages(key):
    """A page of every kind a reader opens on one site."""
    return [
        "/de/",
        "/en/",
        "/de/aktuelles/",
        "/en/news/",
        path_of(demo_page(key, "events")),
        path_of(demo_page(key, "about")),
        path_of(demo_page(key, "contact")),
        path_of(demo_page("news", OWN_ITEM[key])),
        "/de/suche/?q=Logistik",
    ]


def warm(reader, pages):
    """{(key, url): the cached page}: each URL rendered once, then served from the cache."""
    responses = {}
    for key, urls in pages.items():
        client = reader(key)
        for url in urls:
            assert fetch(client, url).status_code == 200, (key, url)
            responses[key, url] = fetch(client, url, expect="HIT")
    return responses


def everywhere(urls):
    return {key: list(urls) for key in HOSTS}


def still_cached(reader, warmed, keys):
    """Every warmed page of these sites is served from the cache, as it was."""
    for (key, url), before in warmed.items():
        if key in keys:
            assert fetch(reader(key), url, expect="HIT").content == before.content, (key, url)


def publish(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()
    return page


# Per item: what shows it is renewed, everything else kept.


def test_publishing_an_item_on_acod_renews_its_listings_and_keeps_cluster_it_cached(
    page_cache, reader
):
    warmed = warm(reader, {"acod": site_pages("acod"), "clusterit": site_pages("clusterit")})
    index = NewsIndexPage.objects.child_of(site_of("acod").root_page).get()
    item = NewsPage(
        title="Neues Testzentrum in Zwickau", slug="neues-testzentrum", teaser="Eröffnet."
    )
    index.add_child(instance=item)

    publish(item, date=timezone.localdate())

    for url in ("/de/aktuelles/", "/de/"):
        page = fetch(reader("acod"), url, expect="MISS")
        assert "Neues Testzentrum in Zwickau" in text(page), url
    assert fetch(reader("acod"), "/de/aktuelles/neues-testzentrum/").status_code == 200
    # Cluster IT is not shown the item: every page of it stays cached
    still_cached(reader, warmed, {"clusterit"})
    assert "Neues Testzentrum in Zwickau" not in text(fetch(reader("clusterit"), "/de/aktuelles/"))


def test_a_cached_page_that_does_not_show_the_item_survives_its_publication(page_cache, reader):
    about, events = path_of(demo_page("acod", "about")), path_of(demo_page("acod", "events"))
    contact = path_of(demo_page("acod", "contact"))
    warmed = warm(reader, {"acod": [about, events, contact, "/de/aktuelles/"]})

    publish(demo_page("news", ACOD_ONLY), title="Ausbildung: neue Werkstätten")

    assert "Ausbildung: neue Werkstätten" in text(
        fetch(reader("acod"), "/de/aktuelles/", expect="MISS")
    )
    for url in (about, events, contact):
        assert fetch(reader("acod"), url, expect="HIT").content == warmed["acod", url].content


def test_publishing_a_shared_item_shows_at_once_on_all_three_sites_in_both_languages(
    page_cache, reader
):
    items = {lang: demo_page("news", PRESS_RELEASE, lang) for lang in LANGUAGES}
    old_titles = {lang: item.title for lang, item in items.items()}
    warmed = warm(reader, everywhere([*NEWS_INDEX.values(), *HOME.values()]))
    for key in HOSTS:
        for lang in LANGUAGES:
            assert old_titles[lang] in text(warmed[key, NEWS_INDEX[lang]]), key

    for lang, item in items.items():  # dated today: on every home page too
        publish(item, title=NEW_TITLE[lang], date=timezone.localdate())

    for key in HOSTS:
        for lang in LANGUAGES:
            for url in (NEWS_INDEX[lang], HOME[lang]):
                page = text(fetch(reader(key), url, expect="MISS"))
                assert NEW_TITLE[lang] in page, (key, url)
                assert old_titles[lang] not in page, (key, url)
            slug = items[lang].slug
            item_url = (
                path_of(items[lang])
                if key == "clusterit"
                else f"{NEWS_INDEX[lang]}clusterit/{slug}/"
            )
            assert NEW_TITLE[lang] in text(fetch(reader(key), item_url)), (key, item_url)


def test_the_item_page_itself_changes_at_once_on_owner_and_partner_hosts(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    partner_url = f"/de/aktuelles/clusterit/{item.slug}/"
    warm(reader, {"clusterit": [path_of(item)], "acod": [partner_url]})

    publish(item, teaser="Ein ganz neuer Anreißer.")

    for key, url in (("clusterit", path_of(item)), ("acod", partner_url)):
        assert "Ein ganz neuer Anreißer." in text(fetch(reader(key), url, expect="MISS"))


def test_sharing_an_acod_item_with_cluster_it_lists_it_there_at_once(page_cache, reader):
    items = {lang: demo_page("news", ACOD_ONLY, lang) for lang in LANGUAGES}
    warmed = warm(reader, everywhere(NEWS_INDEX.values()))
    for lang in LANGUAGES:
        assert items[lang].title not in text(warmed["clusterit", NEWS_INDEX[lang]])

    publish(items["de"], shared_with=[NewsPageShare(site=site_of("clusterit"))])

    for lang in LANGUAGES:  # the German original's rows decide for every language
        listing = fetch(reader("clusterit"), NEWS_INDEX[lang], expect="MISS")
        assert items[lang].title in text(listing), lang
    shared_url = f"/de/aktuelles/acod/{items['de'].slug}/"
    assert items["de"].title in text(fetch(reader("clusterit"), shared_url))
    still_cached(reader, warmed, {"logistik"})  # not shared with Netzwerk Logistik


def test_unsharing_removes_it_at_once_from_the_former_partner(page_cache, reader):
    items = {lang: demo_page("news", ACOD_SHARED, lang) for lang in LANGUAGES}
    shared_url = f"/de/aktuelles/acod/{items['de'].slug}/"
    warmed = warm(
        reader, {**everywhere(NEWS_INDEX.values()), "clusterit": [*NEWS_INDEX.values(), shared_url]}
    )
    for lang in LANGUAGES:
        assert items[lang].title in text(warmed["clusterit", NEWS_INDEX[lang]])

    publish(items["de"], shared_with=[])

    for lang in LANGUAGES:
        listing = fetch(reader("clusterit"), NEWS_INDEX[lang], expect="MISS")
        assert items[lang].title not in text(listing), lang
    assert fetch(reader("clusterit"), shared_url).status_code == 404
    still_cached(reader, warmed, {"logistik"})  # it never showed there


def test_unsharing_with_one_partner_keeps_it_on_the_other(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    warm(reader, everywhere([NEWS_INDEX["de"]]))

    publish(item, shared_with=[NewsPageShare(site=site_of("logistik"))])  # ACOD no longer

    assert item.title not in text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))
    assert item.title in text(fetch(reader("logistik"), NEWS_INDEX["de"], expect="MISS"))
    assert fetch(reader("acod"), f"/de/aktuelles/clusterit/{item.slug}/").status_code == 404


def test_unpublishing_removes_it_at_once_everywhere(page_cache, reader):
    items = {lang: demo_page("news", PRESS_RELEASE, lang) for lang in LANGUAGES}
    partner_url = f"/de/aktuelles/clusterit/{items['de'].slug}/"
    warm(reader, {**everywhere(NEWS_INDEX.values()), "acod": [*NEWS_INDEX.values(), partner_url]})

    for item in items.values():
        item.unpublish()

    for key in HOSTS:
        for lang in LANGUAGES:
            listing = fetch(reader(key), NEWS_INDEX[lang], expect="MISS")
            assert items[lang].title not in text(listing), (key, lang)
    assert fetch(reader("acod"), partner_url).status_code == 404
    assert fetch(reader("clusterit"), path_of(items["de"])).status_code == 404


def test_saving_a_draft_changes_nothing_for_readers(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    warmed = warm(reader, everywhere([NEWS_INDEX["de"]]))

    item.title = "Noch nicht freigegeben"
    item.save_revision()

    still_cached(reader, warmed, set(HOSTS))


def test_a_previewed_draft_leaves_nothing_that_readers_see(page_cache, reader, login):
    page = demo_page("news", PRESS_RELEASE)  # Cluster IT's, shared with both partners
    page.title = "Entwurf, nicht öffentlich"
    page.save_revision()
    editor = login("clusterit-moderator")

    preview = fetch(editor, f"/admin/pages/{page.pk}/view_draft/", expect="BYPASS")
    assert "Entwurf, nicht öffentlich" in text(preview)

    for _round in range(2):
        public = fetch(reader("clusterit"), path_of(page))
        assert public.status_code == 200
        assert "Entwurf, nicht öffentlich" not in text(public)
    assert public["X-Cache"] == "HIT"


# Hiding a partner's item: the hiding site only.


def test_hiding_a_shared_item_on_cluster_it_renews_only_cluster_it(page_cache, reader, login):
    items = {lang: demo_page("news", SUPPLY_CHAIN, lang) for lang in LANGUAGES}
    clusterit = site_of("clusterit")
    shared_url = f"/de/aktuelles/logistik/{items['de'].slug}/"
    warmed = warm(
        reader,
        {
            "clusterit": [*NEWS_INDEX.values(), shared_url],
            "acod": [*NEWS_INDEX.values(), shared_url],  # the other partner
            "logistik": [*NEWS_INDEX.values(), path_of(items["de"])],  # the owner
        },
    )
    moderator = login("clusterit-moderator")
    toggle = reverse("editorial_toggle_hidden", args=[clusterit.pk, items["de"].pk])

    assert moderator.post(toggle).status_code == 302
    assert HiddenSharedItem.objects.filter(
        site=clusterit, translation_key=items["de"].translation_key
    )

    for lang in LANGUAGES:
        listing = fetch(reader("clusterit"), NEWS_INDEX[lang], expect="MISS")
        assert items[lang].title not in text(listing), lang
    assert fetch(reader("clusterit"), shared_url).status_code == 404
    # the owner's and the other partner's pages that show it are kept, showing it
    still_cached(reader, warmed, {"acod", "logistik"})
    assert items["de"].title in text(warmed["acod", NEWS_INDEX["de"]])

    assert moderator.post(toggle).status_code == 302  # shown again
    listing = fetch(reader("clusterit"), NEWS_INDEX["de"], expect="MISS")
    assert items["de"].title in text(listing)
    still_cached(reader, warmed, {"acod", "logistik"})


# Site-wide changes: the whole site; an unrelated site keeps every cached page.


def brand_name(response):
    return re.search(r'<span class="brand__name">([^<]+)</span>', text(response)).group(1)


def test_a_branding_change_renews_every_page_of_the_site(page_cache, reader):
    pages = site_pages("logistik")
    warm(reader, {"logistik": pages, "acod": [NEWS_INDEX["de"]]})
    branding = BrandingSettings.for_site(site_of("logistik"))

    branding.full_name = "Netzwerk Logistik Mitteldeutschland – neu e.V."
    branding.short_name = "Logistik neu"
    branding.save()

    for url in pages:
        assert brand_name(fetch(reader("logistik"), url, expect="MISS")) == branding.full_name, url
    # a partner's listing names the owner of Netzwerk Logistik's shared item
    listing = text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))
    assert demo_page("news", SUPPLY_CHAIN).title in listing
    assert "Logistik neu" in listing


def test_a_new_menu_title_shows_at_once_on_every_page_of_its_site(page_cache, reader):
    pages = site_pages("logistik")
    warmed = warm(reader, {"logistik": pages, "clusterit": site_pages("clusterit")})
    about = demo_page("logistik", "about")

    publish(about, title="Wer wir sind")

    for url in pages:
        page = text(fetch(reader("logistik"), url, expect="MISS"))
        nav = re.search(r'<nav class="main-nav".*?</nav>', page, re.DOTALL).group(0)
        if not url.startswith("/en/"):  # the English menu shows the English page's title
            assert "Wer wir sind" in nav, url
    still_cached(reader, warmed, {"clusterit"})


def test_site_texts_renew_only_their_site(page_cache, reader):
    warmed = warm(reader, {"logistik": site_pages("logistik"), "acod": site_pages("acod")})
    texts = SiteTexts.objects.get(site=site_of("logistik"), locale__language_code="de")

    texts.tagline = "Logistik, die verbindet – neu"
    texts.footer_text = "Gemeinsam stärker – seit 2006."
    texts.save()

    for url in ("/de/", "/de/aktuelles/", path_of(demo_page("logistik", "about"))):
        page = text(fetch(reader("logistik"), url, expect="MISS"))
        assert '<span class="brand__tagline">Logistik, die verbindet – neu</span>' in page, url
        assert "Gemeinsam stärker – seit 2006." in page, url
    still_cached(reader, warmed, {"acod"})


def hide_press_release_on_acod():
    item = demo_page("news", PRESS_RELEASE)
    HiddenSharedItem.objects.create(site=site_of("acod"), translation_key=item.translation_key)


def acod_site_texts():
    texts = SiteTexts.objects.get(site=site_of("acod"), locale__language_code="de")
    texts.tagline = "Mobilität, neu gedacht"
    texts.save()


ACOD_CHANGES = {
    "its own news item": lambda: publish(demo_page("news", ACOD_ONLY), title="Neu"),
    "its item shared with Cluster IT": lambda: publish(demo_page("news", ACOD_SHARED), title="Neu"),
    "a menu page": lambda: publish(demo_page("acod", "about"), title="Wer wir sind"),
    "its home page": lambda: publish(site_of("acod").root_page.specific, title="Start"),
    "its site texts": acod_site_texts,
    "hiding a partner's item": hide_press_release_on_acod,
    "deleting its event": lambda: Page.objects.get(
        pk=demo_page("event", "acod-demo-supplier-fair").pk
    ).delete(),
}


@pytest.mark.parametrize("change", ACOD_CHANGES)
def test_an_unrelated_site_keeps_every_cached_page(page_cache, reader, change):
    warmed = warm(reader, {"logistik": site_pages("logistik")})

    ACOD_CHANGES[change]()

    still_cached(reader, warmed, {"logistik"})


def test_topic_changes_show_at_once_on_every_site(page_cache, reader):
    warm(reader, everywhere([NEWS_INDEX["de"]]))
    topic = Topic.objects.filter(locale__language_code="de").first()

    topic.name = "Ganz neues Thema"
    topic.save()

    for key in HOSTS:
        fetch(reader(key), NEWS_INDEX["de"], expect="MISS")


# Pages that move, go or are restricted.


def test_moving_a_page_renews_its_old_and_new_place_and_the_menu(page_cache, reader):
    about = demo_page("acod", "about")
    contact = demo_page("acod", "contact")
    old_url = path_of(contact)
    warmed = warm(reader, {"acod": [old_url, "/de/", path_of(about)]})

    contact.move(about, pos="last-child")
    contact.refresh_from_db()

    assert path_of(contact) != old_url
    moved_away = fetch(reader("acod"), old_url, expect="BYPASS")
    assert moved_away.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert moved_away["Location"].endswith(path_of(contact))
    assert fetch(reader("acod"), path_of(contact), expect="MISS").status_code == 200
    home = text(fetch(reader("acod"), "/de/", expect="MISS"))
    assert f'href="{old_url}"' in text(warmed["acod", "/de/"])
    assert f'href="{old_url}"' not in home


def test_deleting_a_page_removes_it_and_its_listings_at_once(page_cache, reader):
    item = demo_page("news", ACOD_SHARED)
    shared_url = f"/de/aktuelles/acod/{item.slug}/"
    warm(
        reader,
        {"acod": [path_of(item), NEWS_INDEX["de"]], "clusterit": [NEWS_INDEX["de"], shared_url]},
    )

    Page.objects.get(pk=item.pk).delete()

    assert fetch(reader("acod"), path_of(item)).status_code == 404
    assert fetch(reader("clusterit"), shared_url).status_code == 404
    for key in ("acod", "clusterit"):
        assert item.title not in text(fetch(reader(key), NEWS_INDEX["de"], expect="MISS")), key


def test_a_view_restriction_applies_at_once(page_cache, reader):
    about = demo_page("acod", "about")
    client = reader("acod")
    warm(reader, {"acod": [path_of(about)]})

    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    refused = fetch(client, path_of(about), expect="BYPASS")
    assert refused.status_code == 302
    assert "/login/" in refused["Location"]

    restriction.delete()
    assert fetch(client, path_of(about), expect="MISS").status_code == 200


def test_a_page_cached_under_a_sites_old_hostname_is_not_served_after_a_change(
    page_cache, reader, settings, request
):
    # the database goes back after the test, Wagtail's cached site root paths must too
    request.addfinalizer(Site.clear_site_root_paths_cache)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "netzwerk-logistik.localhost"]
    warm(reader, {"logistik": ["/de/"]})
    site = site_of("logistik")

    site.hostname = "netzwerk-logistik.localhost"
    site.save()

    response = reader("logistik").get("/de/")
    assert response.status_code == 400, response.get("X-Cache")  # no longer a known host
    moved = reader("logistik")
    moved.defaults["HTTP_HOST"] = "netzwerk-logistik.localhost"
    assert fetch(moved, "/de/", expect="MISS").status_code == 200


def test_a_new_logo_shows_at_once_on_every_site(page_cache, reader):
    """The logo is in every page's header, and in partners' listings beside shared items."""
    warmed = warm(reader, {"acod": ["/de/"], "clusterit": [NEWS_INDEX["de"]]})
    branding = BrandingSettings.for_site(site_of("acod"))
    logo = branding.logo
    old_logo = re.search(r'<img class="brand__logo" src="([^"]+)"', text(warmed["acod", "/de/"]))

    logo.file = ImageFile(
        io.BytesIO(draw_logo("ACOD neu", "#004488", "#ffaa00")), name="acod-logo-neu.png"
    )
    logo.save()
    logo.renditions.all().delete()  # what the image editor does with a new file

    home = fetch(reader("acod"), "/de/", expect="MISS")
    new_logo = re.search(r'<img class="brand__logo" src="([^"]+)"', text(home))
    assert new_logo.group(1) != old_logo.group(1)
    fetch(reader("clusterit"), NEWS_INDEX["de"], expect="MISS")


def test_a_stored_page_lives_at_most_page_cache_seconds(page_cache, reader, settings):
    """What changes with the clock (an event that ended, a deadline) is at most that old."""
    settings.PAGE_CACHE_SECONDS = 1
    warm(reader, {"acod": ["/de/veranstaltungen/"]})

    time.sleep(1.5)

    fetch(reader("acod"), "/de/veranstaltungen/", expect="MISS")
