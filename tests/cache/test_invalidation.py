"""Never stale: every change shows at once on every site that shows it, with the cache on."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from sites.cache.models import SiteGeneration
from sites.core.models import BrandingSettings, HiddenSharedItem, SiteTexts, Topic
from sites.news.models import NewsPageShare
from tests.conftest import HOSTS, LANGUAGES, demo_page, site_of

from .conftest import fetch, text

pytestmark = pytest.mark.django_db

PRESS_RELEASE = "cooperation-2019"  # owned by Cluster IT, shared with ACOD and Netzwerk Logistik
NEWS_INDEX = {"de": "/de/aktuelles/", "en": "/en/news/"}
HOME = {"de": "/de/", "en": "/en/"}
NEW_TITLE = {"de": "Kooperation erneuert", "en": "Cooperation renewed"}


def warm(clients_and_urls):
    """Request every URL twice: rendered once, then served from the cache."""
    responses = {}
    for client, url in clients_and_urls:
        fetch(client, url)
        responses[(client.defaults["HTTP_HOST"], url)] = fetch(client, url, expect="HIT")
    return responses


def everywhere(reader, urls):
    return [(reader(key), url) for key in HOSTS for url in urls]


def publish(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()


def test_publishing_a_shared_item_shows_at_once_on_all_three_sites_in_both_languages(
    page_cache, reader
):
    items = {lang: demo_page("news", PRESS_RELEASE, lang) for lang in LANGUAGES}
    old_titles = {lang: item.title for lang, item in items.items()}
    urls = [*NEWS_INDEX.values(), *HOME.values()]
    warmed = warm(everywhere(reader, urls))
    for key, host in HOSTS.items():
        for lang in LANGUAGES:
            assert old_titles[lang] in text(warmed[(host, NEWS_INDEX[lang])]), key

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
                items[lang].url if key == "clusterit" else f"{NEWS_INDEX[lang]}clusterit/{slug}/"
            )
            assert NEW_TITLE[lang] in text(fetch(reader(key), item_url)), (key, item_url)


def test_the_item_page_itself_changes_at_once_on_owner_and_partner_hosts(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    partner_url = f"/de/aktuelles/clusterit/{item.slug}/"
    warm([(reader("clusterit"), item.url), (reader("acod"), partner_url)])

    publish(item, teaser="Ein ganz neuer Anreißer.")

    for key, url in (("clusterit", item.url), ("acod", partner_url)):
        assert "Ein ganz neuer Anreißer." in text(fetch(reader(key), url, expect="MISS"))


def test_unpublishing_removes_it_at_once_everywhere(page_cache, reader):
    items = {lang: demo_page("news", PRESS_RELEASE, lang) for lang in LANGUAGES}
    partner_url = f"/de/aktuelles/clusterit/{items['de'].slug}/"
    warm([*everywhere(reader, NEWS_INDEX.values()), (reader("acod"), partner_url)])

    for item in items.values():
        item.unpublish()

    for key in HOSTS:
        for lang in LANGUAGES:
            assert items[lang].title not in text(fetch(reader(key), NEWS_INDEX[lang]))
    assert fetch(reader("acod"), partner_url).status_code == 404
    assert fetch(reader("clusterit"), items["de"].url).status_code == 404


def test_unsharing_removes_it_at_once_from_the_former_partner(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    warm(everywhere(reader, [NEWS_INDEX["de"]]))

    item.shared_with = [NewsPageShare(site=site_of("logistik"))]  # ACOD no longer
    publish(item)

    assert item.title not in text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))
    assert item.title in text(fetch(reader("logistik"), NEWS_INDEX["de"], expect="MISS"))
    assert fetch(reader("acod"), f"/de/aktuelles/clusterit/{item.slug}/").status_code == 404


def test_saving_a_draft_changes_nothing_for_readers(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    warm(everywhere(reader, [NEWS_INDEX["de"]]))

    item.title = "Noch nicht freigegeben"
    item.save_revision()

    for key in HOSTS:
        listing = text(fetch(reader(key), NEWS_INDEX["de"], expect="HIT"))
        assert "Noch nicht freigegeben" not in listing


def test_hiding_a_shared_item_removes_it_at_once_from_that_partner_only(
    page_cache, reader, logged_in
):
    item = demo_page("news", PRESS_RELEASE)
    acod = site_of("acod")
    warm(everywhere(reader, [NEWS_INDEX["de"], "/de/"]))
    moderator = logged_in("acod-moderator")
    toggle = reverse("editorial_toggle_hidden", args=[acod.pk, item.pk])

    assert moderator.post(toggle).status_code == 302
    assert HiddenSharedItem.objects.filter(site=acod, translation_key=item.translation_key)

    assert item.title not in text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))
    assert fetch(reader("acod"), f"/de/aktuelles/clusterit/{item.slug}/").status_code == 404
    for key in ("clusterit", "logistik"):  # their pages are untouched, still cached
        assert item.title in text(fetch(reader(key), NEWS_INDEX["de"], expect="HIT"))

    assert moderator.post(toggle).status_code == 302  # shown again
    assert item.title in text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))


def test_moving_a_page_purges_its_old_and_new_place_and_the_menu(page_cache, reader):
    about = demo_page("acod", "about")
    contact = demo_page("acod", "contact")
    old_url = contact.url
    warmed = warm(
        [(reader("acod"), old_url), (reader("acod"), "/de/"), (reader("acod"), about.url)]
    )
    warmed_home = warmed[("acod.localhost", "/de/")]

    contact.move(about, pos="last-child")
    contact.refresh_from_db()

    assert contact.url != old_url
    moved_away = fetch(reader("acod"), old_url, expect="BYPASS")
    assert moved_away.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert moved_away["Location"].endswith(urlsplit(contact.url).path)
    assert fetch(reader("acod"), contact.url, expect="MISS").status_code == 200
    home = text(fetch(reader("acod"), "/de/", expect="MISS"))
    assert f'href="{urlsplit(old_url).path}"' in text(warmed_home)
    assert f'href="{urlsplit(old_url).path}"' not in home


def test_deleting_a_page_purges_it_and_its_listings(page_cache, reader):
    item = demo_page("news", "acod-demo-software-in-vehicles")
    warm([(reader("acod"), item.url), (reader("acod"), NEWS_INDEX["de"])])

    Page.objects.get(pk=item.pk).delete()

    assert fetch(reader("acod"), item.url).status_code == 404
    assert item.title not in text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))


def test_branding_changes_show_at_once_on_its_site_and_in_partners_listings(page_cache, reader):
    item = demo_page("news", PRESS_RELEASE)
    warm([(reader("clusterit"), "/de/"), (reader("acod"), NEWS_INDEX["de"])])
    branding = BrandingSettings.for_site(site_of("clusterit"))

    branding.full_name = "Cluster IT Mitteldeutschland – neu e.V."
    branding.short_name = "Cluster IT neu"
    branding.save()

    assert branding.full_name in text(fetch(reader("clusterit"), "/de/", expect="MISS"))
    listing = text(fetch(reader("acod"), NEWS_INDEX["de"], expect="MISS"))
    assert item.title in listing
    assert "Cluster IT neu" in listing


def test_site_texts_change_purges_only_their_site(page_cache, reader):
    warm(everywhere(reader, ["/de/"]))
    texts = SiteTexts.objects.get(site=site_of("logistik"), locale__language_code="de")

    texts.tagline = "Logistik, die verbindet – neu"
    texts.save()

    assert texts.tagline in text(fetch(reader("logistik"), "/de/", expect="MISS"))
    fetch(reader("acod"), "/de/", expect="HIT")


def test_topic_changes_show_at_once(page_cache, reader):
    warm(everywhere(reader, [NEWS_INDEX["de"]]))
    topic = Topic.objects.filter(locale__language_code="de").first()

    topic.name = "Ganz neues Thema"
    topic.save()

    for key in HOSTS:
        fetch(reader(key), NEWS_INDEX["de"], expect="MISS")


def test_generation_lives_in_the_database_and_changes_with_the_content(page_cache, reader):
    """A rolled-back change rolls the generation back with it; readers never see a half state."""
    warm([(reader("acod"), "/de/")])
    before = dict(SiteGeneration.objects.values_list("site_id", "token"))

    publish(demo_page("news", PRESS_RELEASE))

    after = dict(SiteGeneration.objects.values_list("site_id", "token"))
    assert set(after) == {site_of(key).pk for key in HOSTS}
    assert all(after[site_id] != before.get(site_id) for site_id in after)
