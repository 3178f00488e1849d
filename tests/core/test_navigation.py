"""A site's homes and the pages right below them come from one read per request
(sites/core/navigation.py); header, menu, footer and listings give the same answers as before."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from sites.core.models import BrandingSettings
from sites.core.navigation import menu_pages, section_index, site_home, top_level_pages
from sites.core.request_memo import RequestMemoMiddleware
from sites.news.models import NewsIndexPage, NewsPage
from tests.conftest import site_of

pytestmark = pytest.mark.django_db


def in_a_readers_request(compute):
    result = {}

    def view(request):
        result["value"] = compute()

    RequestMemoMiddleware(view)(RequestFactory().get("/"))
    return result["value"]


@pytest.mark.parametrize("key", ["acod", "clusterit", "logistik"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_pages_below_a_home_are_its_children_in_tree_order(key, language):
    site = site_of(key)
    locale = Locale.objects.get(language_code=language)
    home = site.root_page.get_translation(locale)

    def below():
        return [p.pk for p in top_level_pages(site) if p.path.startswith(home.path)]

    assert in_a_readers_request(below) == list(home.get_children().values_list("pk", flat=True))
    assert in_a_readers_request(lambda: site_home(site, locale).pk) == home.pk


def test_the_menu_holds_live_public_menu_pages_and_no_aliases(django_assert_max_num_queries):
    site = site_of("acod")
    home = site.root_page.specific
    expected = list(
        home.get_children()
        .live()
        .public()
        .in_menu()
        .filter(alias_of__isnull=True)
        .values_list("pk", flat=True)
    )
    assert expected
    first = home.get_children().live().in_menu().first()
    first.show_in_menus = False
    first.save(update_fields=["show_in_menus"])
    expected.remove(first.pk)

    assert in_a_readers_request(lambda: [p.pk for p in menu_pages(site, home)]) == expected


def test_the_section_index_is_the_live_one_of_that_language():
    site = site_of("clusterit")
    for language in ("de", "en"):
        locale = Locale.objects.get(language_code=language)
        home = site.root_page.get_translation(locale)
        expected = NewsIndexPage.objects.child_of(home).live().get()
        found = in_a_readers_request(
            lambda locale=locale: section_index("news.NewsIndexPage", site, locale)
        )
        assert isinstance(found, NewsIndexPage) and found.pk == expected.pk
        assert found.reverse_subpage("feed")


def test_legal_pages_chosen_below_a_home_or_deeper_are_found_in_the_readers_language():
    site = site_of("logistik")
    branding = BrandingSettings.for_site(site)
    imprint = branding.imprint_page
    english = Locale.objects.get(language_code="en")
    with translation.override("en"):
        found = in_a_readers_request(lambda: branding.legal_pages())
    assert found["imprint"].pk == imprint.get_translation(english).pk

    deeper = NewsPage.objects.descendant_of(site.root_page).filter(depth__gt=3).first()
    assert deeper is not None and deeper.get_translation_or_none(english) is not None
    branding.imprint_page = deeper
    branding.save()
    with translation.override("en"):
        found = in_a_readers_request(lambda: BrandingSettings.for_site(site).legal_pages())
    assert found["imprint"].pk == deeper.get_translation(english).pk
