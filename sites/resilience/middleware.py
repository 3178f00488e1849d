"""Database down: readers get a 503 in the site's brand (as far as it is known), never a 500.

DatabaseUnavailableMiddleware sits near the top of MIDDLEWARE, outside everything that can touch
the database (sites, sessions, users, the page cache). On the way in it does nothing, so a page
cache hit further in is answered without any database access. It turns a database failure into a
503 with Retry-After:

- process_exception: the view (or the rendering of its template response) raised;
- around the whole request: a database error that escaped an inner middleware, or that an inner
  layer turned into a 500 (Django converts exceptions per middleware; got_request_exception marks
  the request, see mark_database_failure).

Recovery needs no restart: Django opens or health-checks its connection at the start of every
request (CONN_HEALTH_CHECKS), so the first request after the database returns is served normally.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_from_path, gettext

from . import last_known_branding

logger = logging.getLogger(__name__)

MARK = "_resilience_database_failure"
BRAND_CSS = ":root {{\n  --brand: {brand};\n  --on-brand: {on_brand};\n  --accent: {accent};\n}}\n"


def _driver_errors():
    """The drivers' own connection errors, for code that talks to a driver directly."""
    errors = []
    try:
        import psycopg

        errors += [psycopg.OperationalError, psycopg.InterfaceError]
    except ImportError:  # pragma: no cover - psycopg is a requirement
        pass
    import sqlite3

    errors += [sqlite3.OperationalError, sqlite3.InterfaceError]
    return tuple(errors)


DATABASE_UNAVAILABLE_ERRORS = (OperationalError, InterfaceError, *_driver_errors())


def is_database_unavailable(exc):
    """True for a lost, refused or timed-out database connection (also as a cause or context)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, DATABASE_UNAVAILABLE_ERRORS):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def mark_database_failure(sender, request=None, **kwargs):
    """got_request_exception receiver: remember on the request that the database failed."""
    exc = sys.exc_info()[1]
    if request is not None and is_database_unavailable(exc):
        setattr(request, MARK, exc)


def page_languages(request):
    """The language of the URL (/de/…, /en/…), or both languages for URLs without one."""
    language = get_language_from_path(request.path_info)
    return [language] if language else [code for code, _name in settings.LANGUAGES]


def _stylesheet_url():
    try:
        return static("css/verbund.css")
    except Exception:  # no manifest entry: the page stays readable without the stylesheet
        return ""


def service_unavailable(request, exc=None):
    """The 503 page: branded with the site's last known branding, else neutral and bilingual."""
    if exc is not None:
        logger.error(
            "Database unavailable, answered 503 for %s %s: %s",
            request.method,
            request.path,
            f"{type(exc).__name__}: {exc}".strip(),
        )
    languages = page_languages(request)
    known = last_known_branding.known_branding(request)
    if known is None:  # neutral page: no brand, so both languages, the URL's first
        languages += [code for code, _name in settings.LANGUAGES if code not in languages]
    try:
        body = render_to_string(
            "resilience/503.html",
            {
                "languages": languages,
                "language": languages[0],
                "brand": known,
                "stylesheet": _stylesheet_url(),
                "brand_stylesheet": reverse("brand_stylesheet") if known else "",
                "home": f"/{languages[0]}/" if len(languages) == 1 else "/",
                "path": request.get_full_path(),
            },
        )
    except Exception:
        logger.exception("Could not render the 503 page")
        body = _plain_body(languages)
    response = HttpResponse(body, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(settings.RESILIENCE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = ", ".join(languages)
    return response


def _plain_body(languages):
    """Last resort when even the template fails: the message without any markup to speak of."""
    parts = []
    for code in languages:
        with translation.override(code):
            parts.append(
                (
                    code,
                    gettext("This website is temporarily unavailable"),
                    gettext("Please try again in a few minutes."),
                )
            )
    return format_html(
        '<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8"><title>503</title></head>'
        "<body>{}</body></html>",
        languages[0],
        format_html_join("", '<div lang="{}"><h1>{}</h1><p>{}</p></div>', parts),
    )


def cached_brand_stylesheet(request):
    """/brand.css from the last known branding, so the 503 page keeps the site's colours."""
    known = last_known_branding.known_branding(request)
    if known is None:
        return None
    response = HttpResponse(
        BRAND_CSS.format(
            brand=known.brand_color, on_brand=known.brand_text_color, accent=known.accent_color
        ),
        content_type="text/css; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_UNAVAILABLE_ERRORS as exc:
            return service_unavailable(request, exc)
        failure = request.__dict__.get(MARK)
        if failure is not None and response.status_code == 500:
            return service_unavailable(request, failure)
        if response.status_code == 200:
            try:
                last_known_branding.remember(request)
            except Exception:  # never let the bookkeeping break a good response
                logger.warning("Could not remember the branding", exc_info=True)
        return response

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "brand_stylesheet":
            stylesheet = cached_brand_stylesheet(request)
            if stylesheet is not None:
                return stylesheet
        return service_unavailable(request, exception)
