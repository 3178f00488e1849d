"""Database down: a 503 in the site's last known brand (or a neutral bilingual page), never a 500.

Unit level: views, template rendering and middleware raise the errors a lost database raises.
The real outage against PostgreSQL and gunicorn is in test_database_outage.py.
"""

import sqlite3
from unittest import mock

import psycopg
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.test import Client, RequestFactory

from sites.core.models import BrandingSettings
from sites.resilience import last_known_branding as branding
from sites.resilience.middleware import DatabaseUnavailableMiddleware, is_database_unavailable
from tests.conftest import HOSTS, LANGUAGES, NAMES, site_of

pytestmark = pytest.mark.django_db

MIDDLEWARE = "sites.resilience.middleware.DatabaseUnavailableMiddleware"
TEXT = {
    "de": "Diese Website ist vorübergehend nicht erreichbar",
    "en": "This website is temporarily unavailable",
}
HOME_SERVE = "sites.home.models.HomePage.serve"


@pytest.fixture(autouse=True)
def _no_known_branding():
    branding.forget_all()
    yield
    branding.forget_all()


def client(key="acod"):
    # The test client would re-raise an exception Django turned into a response; readers don't.
    return Client(HTTP_HOST=HOSTS[key], raise_request_exception=False)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(settings.RESILIENCE_RETRY_AFTER)
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    assert "Traceback" not in body and "OperationalError" not in body
    return soup(response)


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_view_losing_the_database_gets_a_branded_503_in_the_language_of_the_url(key, lang):
    reader = client(key)
    assert reader.get(f"/{lang}/").status_code == 200  # the site's branding is now known

    with mock.patch(HOME_SERVE, side_effect=OperationalError("connection refused")):
        response = reader.get(f"/{lang}/")

    html = assert_503(response)
    assert html.html["lang"] == lang
    assert NAMES[key] in html.select_one(".brand__name").get_text()
    assert html.h1.get_text() == TEXT[lang]
    other = "en" if lang == "de" else "de"
    assert TEXT[other] not in response.content.decode()
    assert NAMES[key] in html.title.get_text() or "–" in html.title.get_text()
    # The site's own stylesheets, linked (the public CSP allows no inline style).
    links = [link["href"] for link in html.find_all("link", rel="stylesheet")]
    theme = BrandingSettings.for_site(site_of(key)).theme_version
    assert any("verbund" in href for href in links) and f"/brand.css?v={theme}" in links
    assert not html.find("style") and not html.select("[style]")
    assert html.select_one("img.brand__logo")["src"].startswith(settings.MEDIA_URL)
    assert html.find("meta", attrs={"name": "robots", "content": "noindex"})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_known_gives_a_neutral_bilingual_503(lang):
    with mock.patch(HOME_SERVE, side_effect=OperationalError("connection refused")):
        response = client().get(f"/{lang}/")

    html = assert_503(response)
    assert html.html["lang"] == lang
    assert html.h1.get_text() == TEXT[lang]  # the URL's language first, then the other one
    other = "en" if lang == "de" else "de"
    assert html.h2.get_text() == TEXT[other]
    assert html.find("div", lang=other)
    assert not html.select(".site-header")
    for name in NAMES.values():
        assert name not in response.content.decode()


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("server closed the connection unexpectedly"),
        InterfaceError("connection already closed"),
        psycopg.OperationalError("connection failed"),
        psycopg.InterfaceError("the connection is closed"),
        sqlite3.OperationalError("unable to open database file"),
    ],
    ids=lambda error: f"{type(error).__module__}.{type(error).__name__}",
)
def test_every_kind_of_lost_connection_gets_a_503(error):
    with mock.patch(HOME_SERVE, side_effect=error):
        response = client().get("/de/")

    assert_503(response)


def test_database_lost_while_rendering_the_template_gets_a_503():
    reader = client()
    reader.get("/de/ueber-uns/")
    with mock.patch(
        "sites.core.templatetags.verbund_tags.home_pages_by_language",
        side_effect=OperationalError("terminating connection due to administrator command"),
    ):
        response = reader.get("/de/ueber-uns/")

    html = assert_503(response)
    assert NAMES["acod"] in html.select_one(".brand__name").get_text()


def test_database_lost_in_an_inner_middleware_gets_a_503_not_a_500():
    """Django turns an inner middleware's exception into the 500 handler's response."""
    reader = client()
    reader.get("/en/")
    with mock.patch(
        "sites.core.middleware.site_ids_by_hostname",
        side_effect=OperationalError("could not connect to server"),
    ):
        response = reader.get("/en/news/")

    html = assert_503(response)
    assert html.html["lang"] == "en"
    assert NAMES["acod"] in html.select_one(".brand__name").get_text()


def test_a_500_an_inner_layer_made_of_a_database_error_becomes_a_503():
    """The net around the whole request, whatever the 500 handler does."""

    def inner(request):
        try:
            raise OperationalError("connection refused")
        except OperationalError:
            got_request_exception.send(sender=None, request=request)
        return HttpResponseServerError("plain 500")

    request = RequestFactory(HTTP_HOST=HOSTS["acod"]).get("/sitemap.xml")
    response = DatabaseUnavailableMiddleware(inner)(request)

    html = assert_503(response)
    assert html.h1.get_text() == TEXT["de"] and html.h2.get_text() == TEXT["en"]


def test_a_database_error_escaping_to_the_middleware_gets_a_503():
    def inner(request):
        raise InterfaceError("connection already closed")

    request = RequestFactory(HTTP_HOST=HOSTS["acod"]).get("/en/")
    assert_503(DatabaseUnavailableMiddleware(inner)(request))


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_urls_without_a_language_get_both_languages(path):
    reader = client()
    reader.get("/de/")
    target = (
        "sites.core.views.reverse"
        if path == "/robots.txt"
        else "sites.core.sitemaps.SiteSitemap.items"
    )
    with mock.patch(target, side_effect=OperationalError("connection refused")):
        response = reader.get(path)

    html = assert_503(response)
    assert html.h1.get_text() == TEXT["de"] and html.h2.get_text() == TEXT["en"]
    assert NAMES["acod"] in html.select_one(".brand__name").get_text()


def test_brand_css_keeps_the_last_known_colours_while_the_database_is_down():
    reader = client("logistik")
    reader.get("/de/")
    colours = BrandingSettings.for_site(site_of("logistik"))
    with mock.patch(
        "sites.core.views.BrandingSettings.for_site", side_effect=OperationalError("down")
    ):
        response = reader.get("/brand.css")
        unknown = client("acod").get("/brand.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert f"--brand: {colours.brand_color};" in response.content.decode()
    assert response["Cache-Control"] == "no-cache"
    assert unknown.status_code == 503


def test_branding_follows_changes_made_while_the_database_was_up():
    reader = client()
    reader.get("/de/")
    branding_settings = BrandingSettings.for_site(site_of("acod"))
    branding_settings.full_name = "ACOD Neuer Name e.V."
    branding_settings.save()
    reader.get("/de/")

    with mock.patch(HOME_SERVE, side_effect=OperationalError("down")):
        response = reader.get("/de/")

    assert "ACOD Neuer Name e.V." in soup(response).select_one(".brand__name").get_text()


def test_other_errors_stay_server_errors():
    with mock.patch(HOME_SERVE, side_effect=ValueError("a bug")):
        response = client().get("/de/")

    assert response.status_code == 500
    assert "Retry-After" not in response


def test_is_database_unavailable_follows_causes():
    try:
        try:
            raise psycopg.OperationalError("connection refused")
        except psycopg.OperationalError as exc:
            raise RuntimeError("wrapped") from exc
    except RuntimeError as wrapped:
        assert is_database_unavailable(wrapped)
    assert not is_database_unavailable(ValueError("x"))
    assert not is_database_unavailable(None)


def test_middleware_sits_outside_everything_that_touches_the_database_or_the_page_cache():
    position = settings.MIDDLEWARE.index(MIDDLEWARE)
    database_users = [
        "sites.core.middleware.KnownSiteMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    ]
    database_users += [name for name in settings.MIDDLEWARE if name.startswith("sites.cache.")]
    for name in database_users:
        if name in settings.MIDDLEWARE:
            assert position < settings.MIDDLEWARE.index(name), name
    # Only middleware that never touches the database is outside it (its headers reach the 503).
    assert position <= 4


def test_a_page_cache_hit_passes_the_middleware_without_any_query(django_assert_num_queries):
    """On the way in the middleware does nothing; a hit further in answers without the database."""
    cached = HttpResponse("cached page")
    middleware = DatabaseUnavailableMiddleware(lambda request: cached)
    request = RequestFactory(HTTP_HOST=HOSTS["acod"]).get("/de/")

    with django_assert_num_queries(0):
        response = middleware(request)

    assert response is cached


def test_remembering_the_branding_costs_no_query_once_known(django_assert_num_queries):
    reader = client()
    reader.get("/de/")  # known now, logo included
    request = RequestFactory(HTTP_HOST=HOSTS["acod"]).get("/de/")
    setattr(
        request, BrandingSettings.get_cache_attr_name(), BrandingSettings.for_site(site_of("acod"))
    )

    with django_assert_num_queries(0):
        branding.remember(request)
