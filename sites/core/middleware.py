"""Refuse requests for hosts that are not one of the association sites; keep the language
prefix to the pages."""

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string

from .request_memo import site_ids_by_hostname


def paths_outside_pages():
    """The path prefixes mounted outside the language prefix of the pages (cms/urls.py) and
    served apart from them: the admin, documents, media and static files."""
    return (
        settings.VERBUND_ADMIN_PATH_PREFIX,
        "/documents/",
        settings.MEDIA_URL,
        settings.STATIC_URL,
    )


class KnownSiteMiddleware:
    """A host that passed ALLOWED_HOSTS but is no Site gets a 400.

    Wagtail would otherwise fall back to the default site and show one association's pages
    under a foreign name.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname, _port = split_domain_port(request.get_host())
        if hostname not in site_ids_by_hostname():
            return HttpResponseBadRequest(render_to_string("400.html", request=None))
        return self.get_response(request)


class PageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without its redirect of a 404 outside the pages.

    Django answers a 404 by redirecting to the same path under /de/ whenever that path resolves,
    and under /de/ Wagtail's page route resolves every path: a wrong or refused admin or document
    URL (a POST included) became a redirect to a branded "page not found". The paths outside the
    pages keep their 404; /ueber-uns/ still goes to /de/ueber-uns/.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(paths_outside_pages()):
            return response
        return super().process_response(request, response)
