"""Refuse requests for hosts that are not one of the association sites."""

from urllib.parse import urlsplit

from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port
from django.template.loader import render_to_string

from .request_memo import site_root_paths


def known_site_hostnames():
    """Hostnames of all Wagtail Sites, from Wagtail's cached site root paths."""
    return {urlsplit(root.root_url).hostname for root in site_root_paths()}


class KnownSiteMiddleware:
    """A host that passed ALLOWED_HOSTS but is no Site gets a 400.

    Wagtail would otherwise fall back to the default site and show one association's pages
    under a foreign name.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname, _port = split_domain_port(request.get_host())
        if hostname not in known_site_hostnames():
            return HttpResponseBadRequest(render_to_string("400.html", request=None))
        return self.get_response(request)
