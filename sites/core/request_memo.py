"""A memo that lives for one reader's request.

Header, footer, listings, feeds and JSON-LD of one page ask for the same rows (the site's home
page in a language, the active locale, the view restrictions, the topic vocabulary) several times.
Remembering them for the length of one GET keeps the number of SQL queries per page low without a
cross-request cache that could go stale. Writes (POST and the like) get no memo, so nothing read
before a change is reused after it.
"""

from contextvars import ContextVar

from wagtail.models import Locale, Page

_memo: ContextVar[dict | None] = ContextVar("verbund_request_memo", default=None)

SAFE_METHODS = frozenset({"GET", "HEAD"})


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS:
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
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
    from django.utils import translation

    return memoised(("locale", translation.get_language()), Locale.get_active)


def default_locale():
    return memoised(("locale", None), Locale.get_default)


def private_pages_q():
    """The condition `PageQuerySet.public()` excludes, built from one query per request."""
    return memoised("private_q", lambda: Page.objects.all().private_q())
