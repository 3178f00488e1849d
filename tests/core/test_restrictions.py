"""View restrictions read once per request (sites/core/restrictions.py) give Wagtail's answers."""

from urllib.parse import urlsplit

import pytest
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from sites.core.request_memo import RequestMemoMiddleware
from sites.core.restrictions import private_pages_q, restriction_ids
from sites.news.models import NewsPage
from tests.conftest import demo_page

pytestmark = pytest.mark.django_db


def in_a_readers_request(compute):
    """Run `compute` inside a reader's GET, where the request memo is active."""
    result = {}

    def view(request):
        result["value"] = compute()
        return None

    RequestMemoMiddleware(view)(RequestFactory().get("/"))
    return result["value"]


def login_restriction(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_restrictions_of_a_page_are_wagtails_own_for_the_page_its_children_and_others():
    about = demo_page("acod", "about")
    restriction = login_restriction(about)
    child = about.get_children().first() or about
    outside = demo_page("news", "cooperation-2019")

    for page in (about, child, outside):
        expected = sorted(Page.get_view_restrictions(page).values_list("pk", flat=True))
        assert in_a_readers_request(lambda page=page: restriction_ids(page)) == expected
    assert in_a_readers_request(lambda: restriction_ids(about)) == [restriction.pk]
    assert in_a_readers_request(lambda: restriction_ids(outside)) == []


def test_an_alias_carries_the_restriction_of_its_source_and_not_its_own():
    source = demo_page("news", "cooperation-2019")
    alias = source.create_alias(parent=source.get_parent(), update_slug=f"{source.slug}-alias")
    restriction = login_restriction(source)
    login_restriction(alias)  # Wagtail ignores restrictions on an alias page itself

    assert in_a_readers_request(lambda: restriction_ids(alias)) == [restriction.pk]
    assert sorted(Page.get_view_restrictions(alias).values_list("pk", flat=True)) == [
        restriction.pk
    ]


def test_private_pages_and_aliases_of_them_are_left_out_of_what_readers_list():
    source = demo_page("news", "cooperation-2019")
    alias = source.create_alias(parent=source.get_parent(), update_slug=f"{source.slug}-alias")
    public_before = set(NewsPage.objects.live().values_list("pk", flat=True))
    login_restriction(source)

    listed = in_a_readers_request(
        lambda: set(NewsPage.objects.live().exclude(private_pages_q()).values_list("pk", flat=True))
    )

    assert source.pk not in listed and alias.pk not in listed
    assert listed == public_before - {source.pk, alias.pk}


def test_a_restricted_page_asks_readers_to_sign_in_and_leaves_the_menu(site_client):
    about = demo_page("acod", "about")
    path = urlsplit(about.url).path
    client = site_client("acod")
    assert about.title in client.get("/de/").content.decode()

    login_restriction(about)

    refused = client.get(path)
    assert refused.status_code == 302
    assert "/login/" in refused["Location"] or "login" in refused["Location"]
    assert f'href="{path}"' not in client.get("/de/").content.decode()


def test_a_page_without_restrictions_costs_no_query_for_wagtails_check(
    site_client, django_assert_num_queries
):
    page = demo_page("news", "cooperation-2019")

    def check():
        restrictions = page.get_view_restrictions()
        with django_assert_num_queries(0):
            assert list(restrictions) == []

    in_a_readers_request(lambda: (restriction_ids(page), check()))
