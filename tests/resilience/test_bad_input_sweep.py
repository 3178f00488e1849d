"""Bad-input sweep: every public URL pattern of every site, in both languages, takes malformed
query strings, path traversal, odd Unicode, wrong methods and oversized headers with a 4xx (or a
normal page), never a 5xx.

The URLs are taken from the bootstrapped demo content. Each test walks the URLs of one site and
language and reports every failing request at once. To keep the suite fast, the bad inputs are
spread over the three sites: every site gets every URL pattern and every kind of bad input, and
across the three sites each (URL pattern, bad input, language) combination is requested once.
URLs without a language (sitemap, robots.txt, brand.css, documents, media) are swept in the German
pass only.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from sites.contact.models import ContactPage
from sites.core.models import BrandingSettings
from sites.core.sharing import owner_site_id
from sites.events.models import EventIndexPage, EventPage
from sites.members.models import MemberDirectoryPage, MemberOrganisation
from sites.news.models import NewsIndexPage, NewsPage
from sites.standard.models import StandardPage
from tests.conftest import HOSTS, LANGUAGES

pytestmark = pytest.mark.django_db

SITES = tuple(HOSTS)
LONG = 10_000

MALFORMED_QUERIES = [
    "page=%zz",
    "%00=1",
    "q=%C0%AF",
    "q=%&page=%FF%FE&p=%zz&v=%00",
    "page=1&page=2&page=abc&q=a&q=b&view=calendar&view=list&when=past&when=future",
    f"q={'x' * LONG}&page={'9' * LONG}&month={'2' * LONG}&p={'7' * LONG}",
    f"{'k' * LONG}=1&&&==&=%&%%%&q[]=1&q[x]=2",
    "q=%F0%9F%98%80%E2%80%AE%00&association=%00&topic=%C0%AF",
    "view=calendar&month=9999-12&p=99999999999999999999",
    "view=calendar&month=0001-01&when=past&page=-1&p=0",
]

# Appended to a page's path (the page URL ends in "/").
ODD_SEGMENTS = [
    "%F0%9F%98%80/",  # emoji
    "%E2%80%AEgnp.exe/",  # right-to-left override
    "a%00b/",  # NUL
    "%C0%AF/",  # overlong UTF-8 "/"
    "%FF%FE/",  # not UTF-8 at all
    "%ED%A0%80%EF%BF%BF%F4%90%80%80/",  # surrogate, noncharacter, above U+10FFFF
    "%CC%81%CC%81%E2%80%8B/",  # combining marks only, zero-width space
    "\N{PILE OF POO}\u202e\u0000/",  # raw, as a broken client might send it
    "x" * 2000 + "/",
    "ical/%F0%9F%98%80/rss/%00/",
]
# The same characters inside the last segment of the path, not after it.
ODD_INFIXES = ["%00", "%F0%9F%98%80", "%E2%80%AE", "%C0%AF"]

TRAVERSALS = [
    "/media/../cms/settings/base.py",
    "/media/..%2f..%2fcms/settings/base.py",
    "/media/%2e%2e/%2e%2e/cms/settings/base.py",
    "/media/....//....//cms/settings/base.py",
    "/media/%2e%2e%5c%2e%2e%5ccms%5csettings%5cbase.py",
    "/media//etc/passwd",
    "/media/%00../../etc/passwd",
    "/media/C:/Windows/win.ini",
    "/static/../cms/settings/base.py",
    "/static/..%2f..%2fetc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/css/..%2f..%2f..%2fcms%2fsettings%2fbase.py",
    "/de/%2e%2e/",
    "/en/%2e%2e/%2e%2e/etc/passwd",
    "/de/../../etc/passwd",
    "/de/..%2f..%2fetc%2fpasswd/",
    "/documents/1/..%2f..%2fetc%2fpasswd",
    "/documents/%2e%2e/%2e%2e/etc/passwd",
    "/documents/../cms/settings/base.py",
    "/..%2f..%2fetc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "//etc/passwd",
    "/robots.txt/../cms/settings/base.py",
    "/brand.css/..%2f..%2fetc/passwd",
]
SECRETS = (b"root:x:0:0", b"SECRET_KEY", b"[fonts]", b"dj_database_url")

WRONG_METHODS = ("post", "put", "delete", "patch")
OTHER_METHODS = ("HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO")

OVERSIZED_HEADERS = [
    {"HTTP_COOKIE": "sessionid=" + "a" * 16_384},
    {"HTTP_COOKIE": "; ".join(f"c{i}={'b' * 30}" for i in range(500))},
    {"HTTP_COOKIE": "csrftoken=%zz; sessionid=%00; django_language=" + "x" * 16_000},
    {"HTTP_USER_AGENT": "Mozilla/5.0 " + "u" * 16_384},
    {"HTTP_ACCEPT_LANGUAGE": "de;q=0.9," * 2_000},
    {"HTTP_ACCEPT_LANGUAGE": "\u202e\N{PILE OF POO};q=abc,,,;q=,en-"},
    {"HTTP_REFERER": "http://" + "r" * 16_384, "HTTP_X_FORWARDED_FOR": "999.1.1.1," * 2_000},
    {"HTTP_IF_MODIFIED_SINCE": "not a date " + "d" * 16_000, "HTTP_IF_NONE_MATCH": "e" * 16_384},
    {"HTTP_RANGE": "bytes=" + ",".join(["0-1"] * 3_000), "HTTP_ACCEPT": "text/html;q=" + "9" * 9},
]


def page_path(page):
    """The path of a page on its own site (/de/…), without scheme and host."""
    return page.specific.get_url_parts()[2]


def section_urls(index, item_model, home):
    """Index, one own item, one partner's shared item (shared-item route) of a news/event index."""
    own = (
        item_model.objects.child_of(index)
        .live()
        .filter(alias_of__isnull=True)
        .order_by("pk")
        .first()
    )
    assert own is not None, f"no {item_model.__name__} under {index}"
    shared = (
        item_model.visible_on(
            Site.objects.get(root_page__in=[home, *home.get_translations()]), index.locale
        )
        .exclude(path__startswith=home.path)
        .order_by("pk")
        .first()
    )
    urls = {"index": page_path(index), "item": page_path(own)}
    if shared is not None:
        owner_slug = BrandingSettings.for_site(Site.objects.get(pk=owner_site_id(shared))).slug
        urls["shared"] = page_path(index) + index.reverse_subpage(
            "shared_item", kwargs={"association": owner_slug, "slug": shared.slug}
        )
    return urls


@pytest.fixture
def document():
    doc = get_document_model()(title="Satzung")
    doc.file.save("satzung.txt", ContentFile(b"Satzung des Vereins"), save=True)
    return doc


def public_urls(key, lang, document):
    """Every public URL pattern of a site in a language: {label: path}."""
    site = Site.objects.get(hostname=HOSTS[key])
    locale = Locale.objects.get(language_code=lang)
    home = site.root_page.specific.get_translation(locale)
    news_index = NewsIndexPage.objects.child_of(home).live().get()
    event_index = EventIndexPage.objects.child_of(home).live().get()
    news = section_urls(news_index, NewsPage, home)
    events = section_urls(event_index, EventPage, home)
    standard = StandardPage.objects.child_of(home).live().order_by("path").first()
    contact = ContactPage.objects.child_of(home).live().get()
    directory = MemberDirectoryPage.objects.child_of(home).live().get()
    member = MemberOrganisation.of_site(site, locale).order_by("slug").first()
    image = get_image_model().objects.order_by("pk").first()
    with translation.override(lang):
        search = reverse("search")
    urls = {
        "home": page_path(home),
        "standard": page_path(standard),
        "news index": news["index"],
        "news item": news["item"],
        "news rss": news["index"] + "rss/",
        "events index": events["index"],
        "events calendar": events["index"] + "?view=calendar",
        "events past": events["index"] + "?when=past",
        "events month": events["index"] + "?month=2026-12",
        "event item": events["item"],
        "event ical": events["item"] + "ical/",
        "events ical feed": events["index"] + "ical/",
        "search": search + "?q=Kooperation",
        "contact": page_path(contact),
        "member directory": page_path(directory) + "?sector=x&region=y&q=z",
        "member profile": page_path(directory) + member.slug + "/",
        "missing page": f"/{lang}/gibt-es-nicht-{lang}/",
        "root": "/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "brand.css": "/brand.css",
        "document": f"/documents/{document.pk}/{document.filename}",
        "missing document": "/documents/999999/nichts.pdf",
        "media": f"/media/{image.file.name}",
        "missing media": "/media/original_images/nichts.png",
        "admin login": "/admin/login/",
    }
    for section, found in (("news", news), ("events", events)):
        if "shared" in found:
            urls[f"{section} shared item"] = found["shared"]
    assert page_path(contact).rstrip("/").endswith("kontakt" if lang == "de" else "contact")
    assert search == ("/de/suche/" if lang == "de" else "/en/search/")
    return urls


LANGUAGE_NEUTRAL = {
    "root",
    "sitemap",
    "robots",
    "brand.css",
    "document",
    "missing document",
    "media",
    "missing media",
    "admin login",
}


def swept_urls(key, lang, document):
    """The URLs a site's pass sweeps: its pages in `lang`; the language-less ones in German."""
    return [
        (label, url)
        for label, url in public_urls(key, lang, document).items()
        if lang == "de" or label not in LANGUAGE_NEUTRAL
    ]


def spread(key, urls, variants):
    """(label, url, variant) for this site's share: across the three sites, every URL pattern
    meets every variant exactly once (and every site meets every pattern and every variant)."""
    offset = SITES.index(key)
    for url_number, (label, url) in enumerate(urls):
        for variant_number, variant in enumerate(variants):
            if (url_number + variant_number) % len(SITES) == offset:
                yield label, url, variant


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def check(failures, label, url, response):
    if response.status_code >= 500:
        failures.append(f"{response.status_code} {label}: {url[:120]}")


sweep = pytest.mark.parametrize("lang", LANGUAGES)
every_site = pytest.mark.parametrize("key", SITES)


@every_site
@sweep
def test_every_public_url_answers(key, lang, document):
    """The sweep's URLs exist: each answers 200 (or the redirect/404 it should)."""
    client = Client(HTTP_HOST=HOSTS[key])
    expected = {"missing page": 404, "missing document": 404, "missing media": 404, "root": 302}
    statuses = {
        label: client.get(url).status_code
        for label, url in public_urls(key, lang, document).items()
    }
    assert statuses == {label: expected.get(label, 200) for label in statuses}
    # The demo shares items between all sites, so the shared-item route is swept everywhere.
    assert "news shared item" in statuses and "events shared item" in statuses


@every_site
@sweep
def test_malformed_query_strings_never_give_a_server_error(key, lang, document):
    client = Client(HTTP_HOST=HOSTS[key])
    failures = []
    for label, url, query in spread(key, swept_urls(key, lang, document), MALFORMED_QUERIES):
        target = with_query(url, query)
        check(failures, label, target, client.get(target))
    assert failures == []


@every_site
@sweep
def test_odd_unicode_in_paths_never_gives_a_server_error(key, lang, document):
    client = Client(HTTP_HOST=HOSTS[key])
    failures = []
    variants = [("after", segment) for segment in ODD_SEGMENTS]
    variants += [("inside", infix) for infix in ODD_INFIXES]
    for label, url, (where, odd) in spread(key, swept_urls(key, lang, document), variants):
        path = url.split("?")[0]
        if where == "after":
            target = (path if path.endswith("/") else path + "/") + odd
        else:
            target = path.rstrip("/") + odd + ("/" if path.endswith("/") else "")
        check(failures, label, target, client.get(target))
    assert failures == []


@every_site
def test_path_traversal_is_refused_and_leaks_nothing(key):
    client = Client(HTTP_HOST=HOSTS[key])
    failures = []
    for url in TRAVERSALS:
        response = client.get(url)
        check(failures, "traversal", url, response)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if response.status_code == 200 or any(secret in body for secret in SECRETS):
            failures.append(f"{response.status_code} served {url}")
    assert failures == []


@every_site
@sweep
def test_wrong_methods_are_refused(key, lang, document):
    """POST/PUT/DELETE/PATCH on pages and feeds: 405, or the CSRF check's 403 — never a 5xx.

    The client enforces CSRF like a browser-less attacker meets it; only the contact page takes a
    POST (and answers it with its form errors).
    """
    client = Client(HTTP_HOST=HOSTS[key], enforce_csrf_checks=True)
    failures = []
    for label, url in swept_urls(key, lang, document):
        for method in WRONG_METHODS:
            response = client.generic(method.upper(), url, "garbage=%zz\x00", "text/plain")
            allowed = {400, 403, 405}
            if label.startswith("missing"):
                allowed.add(404)
            if label == "root":  # "/" redirects every request to the reader's language
                allowed.add(302)
            if label == "contact" and method == "post":
                allowed = {200, 400, 429}
            if response.status_code not in allowed:
                failures.append(f"{response.status_code} {method.upper()} {label}: {url}")
    for label, url, method in spread(key, swept_urls(key, lang, document), OTHER_METHODS):
        check(failures, f"{method} {label}", url, client.generic(method, url))
    assert failures == []


@every_site
@sweep
def test_wrong_methods_without_csrf_enforcement_never_give_a_server_error(key, lang, document):
    """Even where the CSRF check does not stop them (the test client's default), never a 5xx."""
    client = Client(HTTP_HOST=HOSTS[key])
    failures = []
    for label, url, method in spread(key, swept_urls(key, lang, document), WRONG_METHODS):
        response = getattr(client, method)(url, data={"q": "x" * 100, "page": "%zz"})
        check(failures, f"{method.upper()} {label}", url, response)
    assert failures == []


@every_site
@sweep
def test_oversized_and_odd_headers_never_give_a_server_error(key, lang, document):
    client = Client(HTTP_HOST=HOSTS[key])
    failures = []
    for label, url, headers in spread(key, swept_urls(key, lang, document), OVERSIZED_HEADERS):
        response = client.get(url, **headers)
        check(failures, f"{label} with {', '.join(headers)}", url, response)
    assert failures == []


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "acod.localhost:99999",
        "acod.localhost:abc",
        "ACOD.LOCALHOST",
        "acod.localhost.",
        "[::1]",
        "xn--80ak6aa92e.com",
        "a" * 300,
        "acod.localhost\x00",
        "acod.localhost/../x",
    ],
)
def test_odd_host_headers_are_refused_with_a_4xx(host):
    response = Client(HTTP_HOST=host).get("/de/")
    assert 400 <= response.status_code < 500 or response.status_code in (200, 301, 302)


GARBAGE_FORMS = [
    {},
    {"name": "\x00" * 50, "email": "\u202e@\N{PILE OF POO}", "message": "%zz" * 10},
    {"name": "x" * LONG, "email": "x" * LONG, "message": "y" * (LONG * 5)},
    {"name": ["a", "b", "c"], "email": ["a@example.org", "b@example.org"], "consent": ["on", "x"]},
    {"message": "\ud800".encode("utf-8", "surrogatepass").decode("latin-1")},
    {f"field{i}": "v" for i in range(500)},
]


@every_site
@sweep
def test_contact_form_takes_garbage_with_errors_not_server_errors(key, lang):
    home = Site.objects.get(hostname=HOSTS[key]).root_page.get_translation(
        Locale.objects.get(language_code=lang)
    )
    url = page_path(ContactPage.objects.child_of(home).live().get())
    client = Client(HTTP_HOST=HOSTS[key], enforce_csrf_checks=True, REMOTE_ADDR="192.0.2.77")
    failures = []
    for data in GARBAGE_FORMS:
        response = client.post(url, data)
        if response.status_code not in (200, 400, 429):
            failures.append(f"{response.status_code} form {str(data)[:80]}")
    bodies = [
        ("application/json", b'{"name": "x", "message": [1, 2, {"a": null}]}'),
        ("application/x-www-form-urlencoded", b"name=%zz&message=%C0%AF&%00=1&&&=="),
        ("application/x-www-form-urlencoded", "&".join(f"f{i}=1" for i in range(10_001)).encode()),
        ("multipart/form-data; boundary=nothing", b"--broken\r\n\r\n"),
        ("multipart/form-data", b"no boundary at all"),
        ("text/plain; charset=unknown-charset", b"\xff\xfe\x00"),
        ("application/x-www-form-urlencoded; charset=utf-16", b"\xff\xfen\x00=\x00"),
    ]
    for content_type, body in bodies:
        response = client.generic("POST", url, io.BytesIO(body).read(), content_type=content_type)
        if response.status_code not in (200, 400, 413, 429):
            failures.append(f"{response.status_code} body {content_type}")
    assert failures == []


def test_sweep_covers_every_page_type_with_a_public_url(document):
    """A new page type needs its place in public_urls(): fail loudly instead of skipping it."""
    swept = {"HomePage", "StandardPage", "NewsIndexPage", "NewsPage", "EventIndexPage"}
    swept |= {"EventPage", "ContactPage", "MemberDirectoryPage"}
    page_types = {type(page.specific).__name__ for page in Page.objects.filter(depth__gt=1).live()}
    assert page_types <= swept, f"add these page types to the sweep: {page_types - swept}"
