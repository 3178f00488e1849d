"""Security headers on public pages, the admin and every response: CSP, frame, sniffing, referrer,
permissions. Public pages have nothing inline that their CSP would block."""

import copy
import uuid

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from tests.conftest import HOSTS, site_of

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "media-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
PERMISSIONS_DENIED = ["camera", "microphone", "geolocation", "browsing-topics", "payment", "usb"]


def parse_csp(header):
    policy = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        assert name not in policy, f"{name} twice in {header!r}"
        policy[name] = sources
    return policy


def parse_permissions_policy(header):
    return dict(item.strip().split("=", 1) for item in header.split(","))


def reader():
    return Client(HTTP_HOST=HOSTS["acod"])


@pytest.mark.parametrize(
    "path", ["/de/", "/en/", "/de/suche/?q=Mobilit%C3%A4t", "/de/gibt-es-nicht/"]
)
def test_public_pages_carry_the_strict_policy_and_every_security_header(path):
    response = reader().get(path)

    assert response.status_code in (200, 404)
    assert parse_csp(response["Content-Security-Policy"]) == PUBLIC_POLICY
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = parse_permissions_policy(response["Permissions-Policy"])
    for feature in PERMISSIONS_DENIED:
        assert permissions[feature] == "()", feature
    assert permissions["fullscreen"] == "(self)"


def test_refused_hosts_and_non_page_views_carry_the_headers_too():
    refused = Client(HTTP_HOST="localhost").get("/de/")
    stylesheet = reader().get("/brand.css")

    for response in (refused, stylesheet):
        assert parse_csp(response["Content-Security-Policy"]) == PUBLIC_POLICY
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "Permissions-Policy" in response


def public_urls(key):
    """Every live page of the site in both languages, plus the views that are no pages."""
    site = site_of(key)
    roots = site.root_page.get_translations(inclusive=True)
    urls = set()
    for root in roots:
        for page in Page.objects.live().descendant_of(root, inclusive=True).specific():
            url = page.get_url(request=None, current_site=site)
            if url:
                urls.add(url)
    urls |= {"/de/suche/?q=Cluster", "/en/search/?q=cluster", "/de/gibt-es-nicht/"}
    urls |= {"/de/veranstaltungen/?view=calendar", "/de/veranstaltungen/?when=past"}
    return sorted(urls)


@pytest.mark.parametrize("key", HOSTS)
def test_public_pages_have_no_inline_script_or_style_for_the_policy_to_block(key):
    client = Client(HTTP_HOST=HOSTS[key])
    urls = public_urls(key)
    assert len(urls) > 20
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404), url
        html = BeautifulSoup(response.content, "html.parser")
        for script in html.find_all("script"):
            # External scripts are allowed ('self'); JSON-LD is data, never executed.
            assert script.get("src") or script.get("type") == "application/ld+json", (url, script)
        assert not html.find_all("style"), url
        assert not html.select("[style]"), url
        for element in html.find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            assert not handlers, (url, element.name, handlers)
            for name in ("href", "src", "action"):
                assert not str(element.get(name, "")).lower().startswith("javascript:"), url


ADMIN_NEEDS = {
    "script-src": {"'self'", "'unsafe-inline'"},
    "style-src": {"'self'", "'unsafe-inline'"},
    "img-src": {"'self'", "data:", "blob:"},
    "frame-src": {"'self'"},
    "frame-ancestors": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
}


def admin_urls():
    root = site_of("acod").root_page
    return [
        "/admin/",
        f"/admin/pages/{root.pk}/",
        f"/admin/pages/{root.pk}/edit/",
        "/admin/images/",
        "/admin/images/chooser/",
        "/admin/images/add/",
        "/admin/documents/",
        "/admin/documents/chooser/",
        "/admin/choose-page/",
        "/admin/snippets/",
        "/admin/users/",
    ]


def test_admin_pages_load_under_the_admin_policy(admin_client):
    for url in admin_urls():
        response = admin_client.get(url)

        assert response.status_code == 200, url
        policy = parse_csp(response["Content-Security-Policy"])
        for directive, needed in ADMIN_NEEDS.items():
            assert needed <= set(policy[directive]), (url, directive)
        assert "'unsafe-eval'" not in policy["script-src"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "Permissions-Policy" in response


def test_the_sign_in_page_is_under_the_admin_policy():
    response = Client(HTTP_HOST=HOSTS["acod"]).get("/admin/login/")

    assert response.status_code == 200
    assert "'unsafe-inline'" in parse_csp(response["Content-Security-Policy"])["script-src"]
    assert response["X-Frame-Options"] == "DENY"


def test_page_preview_can_be_framed_by_the_admin_only(admin_client):
    """Wagtail renders the preview by sending a dummy request for the page's public URL through
    the middleware; the preview still gets the admin's policy, which lets the admin frame it."""
    root = site_of("acod").root_page.specific
    url = f"/admin/pages/{root.pk}/edit/preview/"
    data = {"title": root.title, "slug": root.slug}
    # Wagtail stores the form data with a POST and renders it on GET; an invalid form still
    # renders the last valid state, so the GET is what counts.
    admin_client.post(url, data)

    response = admin_client.get(url)

    assert response.status_code == 200
    policy = parse_csp(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_admin_takes_the_csrf_token_from_the_page_so_the_cookie_can_be_httponly(admin_client):
    response = admin_client.get(f"/admin/pages/{site_of('acod').root_page_id}/edit/")

    assert settings.CSRF_COOKIE_HTTPONLY
    config = BeautifulSoup(response.content, "html.parser").find(id="wagtail-config")
    assert '"CSRF_TOKEN"' in config.string


def test_no_third_party_calls_from_the_admin(admin_client):
    """The superuser's dashboard is where Wagtail shows the update check (a script that asks
    releases.wagtail.io) and the avatar (Gravatar, from the user's e-mail address)."""
    for url in ("/admin/", "/admin/account/"):
        html = admin_client.get(url).content.decode()

        assert "gravatar" not in html, url
        assert "w-upgrade" not in html, url

    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


def reader_urls(key):
    """public_urls() plus what readers fetch that is no page: feeds, calendars, robots, sitemap."""
    from sites.events.models import EventIndexPage, EventPage
    from sites.news.models import NewsIndexPage

    site = site_of(key)
    urls = set(public_urls(key)) | {"/", "/robots.txt", "/sitemap.xml", "/brand.css"}
    roots = site.root_page.get_translations(inclusive=True)
    for model, suffix in ((NewsIndexPage, "rss/"), (EventIndexPage, "ical/"), (EventPage, "ical/")):
        for root in roots:
            for page in model.objects.live().descendant_of(root, inclusive=True)[:3]:
                urls.add(page.get_url(request=None, current_site=site) + suffix)
    return sorted(urls)


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("page_cache", [False, True], ids=["rendered", "page-cache"])
def test_anonymous_readers_get_no_cookie_anywhere(key, page_cache, settings):
    """Every page type of every site in both languages, search, 404, feeds: no Set-Cookie, neither
    rendered nor (twice, so the second is a hit) from the page cache."""
    settings.PAGE_CACHE_ENABLED = page_cache
    if page_cache:  # a key prefix of its own: no entry of another test is served
        configured = copy.deepcopy(settings.CACHES)
        configured["pages"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
        settings.CACHES = configured
    client = Client(HTTP_HOST=HOSTS[key], HTTP_ACCEPT_LANGUAGE="en")
    urls = reader_urls(key)
    page_types = {
        type(page).__name__
        for page in Page.objects.live()
        .descendant_of(site_of(key).root_page, inclusive=True)
        .specific()
    }
    assert {"HomePage", "StandardPage", "NewsIndexPage", "NewsPage"} <= page_types
    assert {"EventIndexPage", "EventPage", "ContactPage"} <= page_types

    hits = 0
    for _ in range(2 if page_cache else 1):
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 301, 302, 404), url
            assert not response.cookies, (url, response.cookies.output())
            assert "Set-Cookie" not in response, url
            hits += response.get("X-Cache") == "HIT"
    assert not client.cookies
    assert (hits > len(urls) / 2) if page_cache else hits == 0
