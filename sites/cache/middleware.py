"""Serve anonymous page views from the "pages" cache, per site, language and URL.

Sits right after the request memo, before the known-site check, sessions, language, CSRF and
authentication: a hit is answered without running them, and what they add to a response
(Content-Language, Vary) is part of the stored response. That is safe because a reader without a session cookie is always anonymous
(users are only ever authenticated from the session), and the language is worked out here exactly
as LocaleMiddleware will (URL prefix first). Security headers and CSP, further out, still run on
every cached response. A stored page is served only while it is current: with a cache that every
process shares (Redis), while its site's epoch is the one it was rendered in (epoch.py: a hit
needs no database); with a local-memory cache, while its site's generation in the database is.
An unknown host is never stored (it gets a 400), and a change of the Sites starts a new epoch.
"""

import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_request
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from sites.core.middleware import paths_outside_pages

from . import epoch
from .epoch import CACHE_ALIAS
from .generation import per_generation
from .models import current_generation, site_id_for_request

logger = logging.getLogger(__name__)

HEADER = "X-Cache"
# Cookies that change what a reader sees: a session (logged in, or a password-protected page
# unlocked) or pending messages. Readers have none (the sites set no cookies for them).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# A response may vary on these: the language is part of the key, and requests that carry a
# session cookie are never served from the cache.
HARMLESS_VARY = {"accept-language", "cookie"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-store", "no-cache"}


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


#: site id -> the generation this process read last (used while the database is unavailable)
LAST_KNOWN_GENERATIONS = {}
#: host -> the id of its site, as this process saw it last: a guess that saves a cache read
SITE_OF_HOST = {}


def is_entry(stored):
    """A stored page: (site id, epoch or generation, response)."""
    return isinstance(stored, tuple) and len(stored) == 3


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if bypass_reason(request) is not None:
            return self.bypass(request)

        cache = caches[CACHE_ALIAS]
        key = cache_key(request)
        if epoch.is_shared(cache):
            hit, stamp = self.shared_lookup(request, cache, key)
        else:
            stamp = self.local_stamp(request)
            if stamp is None:
                return self.bypass(request)
            stored = self.cache_call(cache.get, key)
            hit = stored[2] if is_entry(stored) and stored[:2] == stamp else None
        if hit is not None:
            hit[HEADER] = "HIT"
            return hit

        response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(request, response):
            if stamp is not None:  # None: the cache is unreachable
                # Pickled now: the header below is not stored.
                self.cache_call(cache.set, key, (*stamp, response), settings.PAGE_CACHE_SECONDS)
            response[HEADER] = "MISS"
        else:
            response[HEADER] = "BYPASS"
        return response

    def shared_lookup(self, request, cache, key):
        """(the stored response if it is current or None, the stamp to store a render under).

        One cache read when this process guesses the host's site right; the stamp of a miss is
        read before the page is rendered (see epoch.py). (None, None) while the cache is away.
        """
        host = request.get_host().lower()
        guess = SITE_OF_HOST.get(host)
        try:
            if not epoch.retry_pending(cache):
                return None, None
            keys = [key] if guess is None else [key, epoch.epoch_key(guess)]
            found = cache.get_many(keys)
            stored = found.get(key)
            if is_entry(stored):
                site_id, stored_epoch, response = stored
                if epoch.current(cache, site_id, found) == stored_epoch:
                    SITE_OF_HOST[host] = site_id
                    return response, None
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return None, None
        site_id = site_id_for_request(request)  # the database: on a miss only
        if site_id is None:
            return None, None
        SITE_OF_HOST[host] = site_id
        current = self.cache_call(epoch.current, cache, site_id, found)
        return None, (site_id, current) if current is not None else None

    @staticmethod
    def local_stamp(request):
        """(site id, generation) of the request's site from the database; None for no site."""
        site_id = site_id_for_request(request)
        if site_id is None:
            return None
        try:
            generation = current_generation(request, site_id)
            LAST_KNOWN_GENERATIONS[site_id] = generation
            request._verbund_generation = (site_id, generation)  # for the per-generation cache
        except DatabaseError:
            # The database is away: nothing can be published meanwhile, so the generation this
            # process saw last is still the current one and cached pages keep being served.
            generation = LAST_KNOWN_GENERATIONS.get(site_id)
            logger.warning("Page cache: database unavailable, using the last known generation")
            if generation is None:
                return None
        return (site_id, generation)

    def bypass(self, request):
        response = self.get_response(request)
        response[HEADER] = "BYPASS"
        return response

    @staticmethod
    def cache_call(method, *args):
        """An unreachable cache (Redis down) makes the site slower, never broken."""
        try:
            return method(*args)
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return None


class PageRouteMiddleware:
    """Wagtail's site lookup and routing of a reader's GET (site root, its translation, one query
    per path segment, the specific page, whether the page or an ancestor is restricted) resolved
    once per site cache generation: every change that could route a path elsewhere or restrict it
    (publishing, unpublishing, moving, slugs, Sites, view restrictions) starts a new generation.
    Only found pages are kept; a restricted page is still checked on every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Here, not in __call__: the language (part of every per-generation key) is only active
        # once LocaleMiddleware has run.
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(
            paths_outside_pages()
        ):
            return None
        if "_wagtail_site" not in request.__dict__:
            try:
                request._wagtail_site = per_generation(
                    request,
                    ("site", request._get_raw_host(), request.get_port()),
                    lambda: Site.find_for_request(request),
                )
            except DatabaseError:
                # The view meets the outage itself and answers as it can (sites.resilience:
                # /brand.css from the last known branding, a 503 elsewhere).
                return None
        if view_func is not wagtail_serve:
            return None
        # Wagtail's URL pattern passes the path positionally
        path = view_kwargs["path"] if "path" in view_kwargs else (view_args or [None])[0]
        if not isinstance(path, str):
            return None
        request._wagtail_route_for_request = per_generation(
            request, ("route", path), lambda: route(request, path), keep=lambda found: found
        )
        return None


def route(request, path):
    """Wagtail's route, with what every view of the page reads kept along: its locale, images,
    and whether any view restriction applies (see BasePage.get_view_restrictions)."""
    found = Page.route_for_request(request, path)
    if found is not None:
        page = found[0]
        page.locale  # noqa: B018
        for field in page._meta.concrete_fields:
            if field.is_relation and field.related_model is get_image_model():
                getattr(page, field.name)
        page.route_is_unrestricted = not page.get_view_restrictions().exists()
    return found
