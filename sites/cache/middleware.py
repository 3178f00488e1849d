"""Serve anonymous page views from the "pages" cache, per site, language and URL.

Sits right after the request memo, before the known-site check, sessions, language, CSRF and
authentication: a hit is answered without running them, and what they add to a response
(Content-Language, Vary) is part of the stored response. That is safe because a reader without
a session cookie is always anonymous (users are only ever authenticated from the session), and
the language is worked out here exactly as LocaleMiddleware will (URL prefix first). Security
headers and CSP, further out, still run on every cached response. A stored page is served while
its site's and its path's tokens are the ones it was rendered under (tokens.py): one cache read,
no database. Readers who miss the same page at the same moment wait for one render of it. An
unknown host is never stored (it gets a 400).
"""

import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.http.request import split_domain_port
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_request

from sites.core.middleware import paths_outside_pages

from . import tokens

logger = logging.getLogger(__name__)

HEADER = "X-Cache"
# Cookies that change what a reader sees: a session (logged in, or a password-protected page
# unlocked) or pending messages. Readers have none (the sites set no cookies for them).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# A response may vary on these: the language is part of the key, and requests that carry a
# session cookie are never served from the cache.
HARMLESS_VARY = {"accept-language", "cookie"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-store", "no-cache"}
#: how long a reader waits for another request's render of the same page, and how often it looks
RENDER_WAIT_SECONDS = 2.0
RENDER_POLL_SECONDS = 0.01


def bypass_reason(request):
    """Why this request must not be answered from (or stored in) the cache; None if it may."""
    if request.method not in ("GET", "HEAD"):
        return "method"
    if request.path_info.startswith(paths_outside_pages()):
        return "path"
    if getattr(request, "is_preview", False):
        return "preview"
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return "cookie"
    if "HTTP_AUTHORIZATION" in request.META:
        return "authorization"
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return "user"
    return None


def cache_key(request):
    """Scheme, host, path, sorted query string and language (the host decides the site)."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    language = get_language_from_request(request, check_path=True)
    url = f"{request.scheme}://{request.get_host().lower()}{request.path}?{query}"
    digest = hashlib.sha256(f"{url}|{language}".encode()).hexdigest()
    return f"page:{digest}"


def is_cacheable_response(request, response):
    """Only complete, public, cookie-free 200 responses that are the same for every reader."""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if response.has_header("Content-Encoding"):
        return False
    cache_control = {
        directive.split("=")[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & UNCACHEABLE_CACHE_CONTROL:
        return False
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", ""))}
    vary.discard("")
    return not (vary - HARMLESS_VARY)


def is_entry(stored):
    """A stored page: (the tokens it was rendered under, response)."""
    return isinstance(stored, tuple) and len(stored) == 2


def is_current(stored, stamp):
    """A stored page rendered under the tokens read for this request: it may be served."""
    return is_entry(stored) and stored[0] == stamp


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if bypass_reason(request) is not None:
            return self.bypass(request)

        cache = caches[tokens.CACHE_ALIAS]
        key = cache_key(request)
        hostname = split_domain_port(request.get_host())[0]
        token_keys = (tokens.site_key(hostname), tokens.path_key(hostname, request.path))
        try:
            if not tokens.retry_pending():
                return self.bypass(request)
            found = cache.get_many([key, *token_keys])
            # read before rendering: a change committed meanwhile replaces them (tokens.py)
            stamp = tokens.current(cache, token_keys, found)
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            stamp, found = None, {}
        stored = found.get(key)
        if is_current(stored, stamp):
            return self.hit(stored)
        rendering = stamp is not None and self.claim_render(cache, key)
        if rendering:
            # a render that ended between the read above and the claim has stored the page
            stored = self.stored_entry(cache, key, stamp)
            if stored is not None:
                self.release_render(cache, key)
                return self.hit(stored)
        if stamp is not None and not rendering:
            # another request renders this page right now: wait for it rather than render twice
            stored = self.wait_for_render(cache, key, stamp)
            if stored is not None:
                return self.hit(stored)
        try:
            response = self.get_response(request)
            if request.method == "GET" and is_cacheable_response(request, response):
                if stamp is not None:  # None: the cache is unreachable
                    try:  # pickled now: the header below is not stored
                        cache.set(key, (stamp, response), settings.PAGE_CACHE_SECONDS)
                    except Exception:
                        logger.warning("Page cache unavailable", exc_info=True)
                response[HEADER] = "MISS"
            else:
                response[HEADER] = "BYPASS"
            return response
        finally:
            if rendering:
                self.release_render(cache, key)

    @staticmethod
    def hit(stored):
        response = stored[1]
        response[HEADER] = "HIT"
        return response

    # One render per page and token: after a change, the readers who ask for a renewed page at
    # the same moment wait for the first one's render instead of each rendering it.

    @staticmethod
    def claim_render(cache, key):
        try:
            return cache.add(f"render:{key}", 1, RENDER_WAIT_SECONDS * 10)
        except Exception:
            return True  # no cache to coordinate through: render

    @staticmethod
    def stored_entry(cache, key, stamp):
        try:
            stored = cache.get(key)
        except Exception:
            return None
        return stored if is_current(stored, stamp) else None

    @staticmethod
    def release_render(cache, key):
        try:
            cache.delete(f"render:{key}")
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)

    @staticmethod
    def wait_for_render(cache, key, stamp):
        """The entry the other render stores under `stamp`; None once it is done without one (not
        cacheable, or the tokens changed meanwhile) or after RENDER_WAIT_SECONDS."""
        deadline = time.monotonic() + RENDER_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(RENDER_POLL_SECONDS)
            try:
                found = cache.get_many([key, f"render:{key}"])
            except Exception:
                return None
            stored = found.get(key)
            if is_current(stored, stamp):
                return stored
            if f"render:{key}" not in found:
                return None
        return None

    def bypass(self, request):
        response = self.get_response(request)
        response[HEADER] = "BYPASS"
        return response
