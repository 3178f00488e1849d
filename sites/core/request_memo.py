"""A memo that lives for one reader's request.

Header, footer, listings, feeds and JSON-LD of one page ask for the same rows (the site's home
page in a language, the active locale, the view restrictions, the topic vocabulary) several times.
Remembering them for the length of one GET keeps the number of SQL queries per page low without a
cross-request cache that could go stale. Writes (POST and the like) get no memo, so nothing read
before a change is reused after it.
"""

from contextvars import ContextVar
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError
from wagtail.models import Locale, Page, Site

_memo: ContextVar[dict | None] = ContextVar("verbund_request_memo", default=None)
_request: ContextVar[object | None] = ContextVar("verbund_request", default=None)

SAFE_METHODS = frozenset({"GET", "HEAD"})


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS:
            return self.get_response(request)
        token = _memo.set({})
        request_token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(request_token)
            _memo.reset(token)


def current_request():
    """The reader's GET request being answered, for memos further down; None elsewhere."""
    return _request.get()


def memoised(key, compute):
    """`compute()` once per request for `key`; outside a request (commands, signals) every time."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def active_locale():
    """Wagtail's `Locale.get_active()`, looked up once per request and language."""
    from django.utils import translation

    return site_data(("locale", translation.get_language()), Locale.get_active)


def default_locale():
    return site_data(("locale", None), Locale.get_default)


#: "root_paths": (the generations of all sites, Wagtail's site root paths) as this process saw them
_kept = {"root_paths": ((), None)}


def site_root_paths():
    """Wagtail's `Site.get_site_root_paths()`, once per request, kept where Wagtail keeps its own
    per-request copy, which page URLs read."""
    request = current_request()
    if request is None:
        return Site.get_site_root_paths()
    if "_wagtail_cached_site_root_paths" not in request.__dict__:
        request._wagtail_cached_site_root_paths = _kept_site_root_paths(request)
    return request._wagtail_cached_site_root_paths


def _kept_site_root_paths(request):
    """The site root paths change only with a Site or a site's root page, and either starts a new
    generation on every site (sites.cache.signals): kept in this process for the generations of
    all sites, they need no round trip to Django's cache (Redis) while those stay the same. The
    generations are read once per request anyway (the page cache, the per-generation cache);
    while the database is unavailable, Wagtail's copy in Django's cache answers."""
    from sites.cache.models import site_generations  # sites.cache builds on this module

    if not settings.GENERATION_CACHE_ENABLED:
        return Site.get_site_root_paths()
    try:
        generations = tuple(sorted(site_generations(request).items()))
    except DatabaseError:
        return Site.get_site_root_paths()
    seen, root_paths = _kept["root_paths"]
    if seen != generations or root_paths is None:
        root_paths = Site.get_site_root_paths()
        _kept["root_paths"] = (generations, root_paths)
    return root_paths


def site_ids_by_hostname():
    """{hostname: ids of the Sites with that hostname} from the site root paths, once per request."""

    def compute():
        sites = {}
        for root in site_root_paths():
            sites.setdefault(urlsplit(root.root_url).hostname, set()).add(root.site_id)
        return sites

    return memoised("site_ids_by_hostname", compute)


def private_pages_q():
    """The condition `PageQuerySet.public()` excludes, built from one query per generation."""
    return site_data(("private_q",), lambda: Page.objects.all().private_q())


def site_data(parts, compute):
    """sites.cache.generation.site_data: once per site cache generation and request."""
    from sites.cache.generation import site_data

    return site_data(parts, compute)
