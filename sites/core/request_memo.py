"""A memo that lives for one reader's request: the project's one per-request memo.

Header, footer, listings, feeds and JSON-LD of one page ask for the same rows (the site's home
page in a language, the active locale, the view restrictions, the topic vocabulary, the branding)
several times. Remembering them for the length of one GET keeps the number of SQL queries per
page low and constant without a cross-request cache that could go stale. Writes (POST and the
like) get no memo, so nothing read before a change is reused after it. It lives in a context
variable, so model methods and template tags use it without a request passed down.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlsplit

from django.utils import translation
from wagtail.models import Locale, Site

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
    """The reader's GET request being answered; None elsewhere."""
    return _request.get()


@contextmanager
def memo_scope():
    """A memo of its own for a block outside a reader's request (collecting what a change
    touches): what the block asks several times is read once, and nothing outlives it."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


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
    return memoised(("locale", translation.get_language()), Locale.get_active)


def remember_active_locale(locale):
    """`locale`, read with other rows, is the active one: `active_locale()` needs no query."""
    memoised(("locale", locale.language_code), lambda: locale)


def default_locale():
    return memoised(("locale", None), Locale.get_default)


def site_root_paths():
    """Wagtail's `Site.get_site_root_paths()` (kept in Django's cache by Wagtail), once per
    request, where Wagtail keeps its own per-request copy, which page URLs read."""
    request = current_request()
    if request is None:
        return Site.get_site_root_paths()
    if "_wagtail_cached_site_root_paths" not in request.__dict__:
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
    return request._wagtail_cached_site_root_paths


def site_ids_by_hostname():
    """{hostname: ids of the Sites with that hostname} from the site root paths, once per request."""

    def compute():
        sites = {}
        for root in site_root_paths():
            sites.setdefault(urlsplit(root.root_url).hostname, set()).add(root.site_id)
        return sites

    return memoised("site_ids_by_hostname", compute)
