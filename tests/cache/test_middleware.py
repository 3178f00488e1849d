"""What the page cache stores and serves: anonymous GETs of public pages, per site, language, URL."""

import pytest
from django.db import OperationalError, connection
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from sites.cache.middleware import bypass_reason, is_cacheable_response
from tests.conftest import demo_page

from .conftest import fetch, text

pytestmark = pytest.mark.django_db


def test_second_anonymous_request_is_a_hit_with_the_same_page(page_cache, reader):
    client = reader("acod")

    first = fetch(client, "/de/", expect="MISS")
    second = fetch(client, "/de/", expect="HIT")

    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize(
    ("key", "url"),
    [
        ("acod", "/de/"),
        ("clusterit", "/de/aktuelles/"),
        ("logistik", "/en/news/"),
        ("clusterit", "/de/suche/?q=Kooperation"),
        ("acod", "/de/veranstaltungen/ical/"),
    ],
)
def test_a_hit_runs_no_sql_query_at_all(page_cache, reader, django_assert_num_queries, key, url):
    client = reader(key)
    first = fetch(client, url, expect="MISS")

    with django_assert_num_queries(0):
        again = fetch(client, url, expect="HIT")

    assert again.content == first.content


def test_head_is_answered_from_what_a_get_stored(page_cache, reader):
    client = reader("acod")
    fetch(client, "/de/", expect="MISS")

    assert client.head("/de/")["X-Cache"] == "HIT"


def test_each_host_and_language_has_its_own_entry(page_cache, reader):
    fetch(reader("acod"), "/de/", expect="MISS")

    acod_en = fetch(reader("acod"), "/en/", expect="MISS")
    clusterit_de = fetch(reader("clusterit"), "/de/", expect="MISS")

    assert 'lang="en"' in text(acod_en)
    assert "Cluster IT" in text(clusterit_de)
    for key, url in [("acod", "/de/"), ("acod", "/en/"), ("clusterit", "/de/")]:
        fetch(reader(key), url, expect="HIT")


def test_query_strings_have_their_own_entry_in_any_order(page_cache, reader):
    client = reader("acod")
    fetch(client, "/de/aktuelles/?association=acod&page=1", expect="MISS")

    fetch(client, "/de/aktuelles/?page=1&association=acod", expect="HIT")
    fetch(client, "/de/aktuelles/", expect="MISS")
    fetch(client, "/de/aktuelles/?association=clusterit&page=1", expect="MISS")


def test_logged_in_editor_bypasses_the_cache_and_is_never_stored(page_cache, reader, login):
    editor = login("acod-editor")

    fetch(editor, "/de/", expect="BYPASS")
    fetch(editor, "/de/", expect="BYPASS")
    fetch(reader("acod"), "/de/", expect="MISS")  # the editor's view was not stored
    fetch(editor, "/de/", expect="BYPASS")  # nor is the reader's served to the editor


def test_the_admin_is_never_cached(page_cache, reader, login):
    anonymous = reader("acod")
    for _ in range(2):
        fetch(anonymous, "/admin/login/", expect="BYPASS")

    editor = login("acod-editor")
    page = demo_page("acod", "about")
    for _ in range(2):
        fetch(editor, f"/admin/pages/{page.pk}/edit/", expect="BYPASS")


def test_previews_are_never_cached(page_cache, login):
    editor = login("acod-editor")
    page = demo_page("acod", "about")
    page.title = "Entwurf, nicht öffentlich"
    page.save_revision()

    for _ in range(2):
        preview = fetch(editor, f"/admin/pages/{page.pk}/view_draft/", expect="BYPASS")
        assert "Entwurf, nicht öffentlich" in text(preview)

    request = RequestFactory().get("/de/ueber-uns/")
    request.is_preview = True
    assert bypass_reason(request) == "preview"


def test_a_page_that_sets_a_cookie_is_not_cached(page_cache, reader):
    """A password-protected page shows a form with a CSRF token, which sets the CSRF cookie."""
    page = demo_page("acod", "about")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim-2026"
    )
    client = reader("acod")

    for _ in range(2):
        response = fetch(client, page.url, expect="BYPASS")
        assert response.status_code == 200
        assert response.cookies
        client.cookies.clear()


def test_requests_with_a_session_cookie_bypass(page_cache, reader):
    client = reader("acod")
    fetch(client, "/de/", expect="MISS")
    client.cookies["sessionid"] = "anything"

    fetch(client, "/de/", expect="BYPASS")


def test_only_get_and_head_are_cached(page_cache):
    factory = RequestFactory()

    assert bypass_reason(factory.post("/de/kontakt/")) == "method"
    assert bypass_reason(factory.get("/de/")) is None
    for path in ("/admin/", "/documents/1/x.pdf", "/media/images/x.png", "/static/css/x.css"):
        assert bypass_reason(factory.get(path)) == "path"


@pytest.mark.parametrize(
    ("status", "headers", "cookie", "cacheable"),
    [
        (200, {}, False, True),
        (200, {"Vary": "Accept-Language, Cookie"}, False, True),
        (200, {}, True, False),
        (200, {"Cache-Control": "private"}, False, False),
        (200, {"Cache-Control": "max-age=0, no-cache, no-store, must-revalidate"}, False, False),
        (200, {"Vary": "User-Agent"}, False, False),
        (404, {}, False, False),
        (302, {}, False, False),
    ],
)
def test_only_public_cookie_free_200_responses_are_stored(status, headers, cookie, cacheable):
    request = RequestFactory().get("/de/")
    response = HttpResponse("page", status=status, headers=headers)
    if cookie:
        response.set_cookie("tracking", "1")

    assert is_cacheable_response(request, response) is cacheable


def test_errors_are_not_cached(page_cache, reader):
    client = reader("acod")
    for _ in range(2):
        response = fetch(client, "/de/gibt-es-nicht/", expect="BYPASS")
        assert response.status_code == 404


def test_an_unreachable_redis_makes_the_site_slower_not_broken(settings, reader):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "sites.cache.redis.PooledRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }
    settings.PAGE_CACHE_ENABLED = True

    for _ in range(2):
        response = fetch(reader("acod"), "/de/", expect="MISS")
        assert response.status_code == 200


def test_switched_off_it_neither_stores_nor_marks(settings, reader):
    settings.PAGE_CACHE_ENABLED = False

    for _ in range(2):
        assert "X-Cache" not in fetch(reader("acod"), "/de/")


@pytest.mark.parametrize(
    "query",
    ["q=%zz", "q=%C3%28", "q=%00x", "page=1&page=2", "a" * 3000, "=&&=x", "q=\u00fc\u00df"],
)
def test_odd_query_strings_are_keyed_safely(page_cache, reader, query):
    client = reader("acod")

    first = fetch(client, f"/de/aktuelles/?{query}")
    second = fetch(client, f"/de/aktuelles/?{query}")

    assert first.status_code == second.status_code == 200
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content


def test_cached_pages_keep_being_served_while_the_database_is_unavailable(page_cache, reader):
    client = reader("clusterit")
    cached = fetch(client, "/de/aktuelles/", expect="MISS")

    def database_down(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(database_down):
        hit = fetch(client, "/de/aktuelles/", expect="HIT")
        not_cached = client.get("/de/veranstaltungen/")

    assert hit.status_code == 200
    assert hit.content == cached.content
    assert not_cached.status_code == 503  # rendering needs the database: the branded 503
    assert not_cached["X-Cache"] == "BYPASS"  # never stored
