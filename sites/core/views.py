import logging
import posixpath
import sys
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils._os import safe_join
from django.views.decorators.http import require_safe
from django.views.static import serve
from wagtail.models import Site

from .models import BrandingSettings

logger = logging.getLogger(__name__)

BRAND_CSS = """:root {{
  --brand: {brand};
  --on-brand: {on_brand};
  --accent: {accent};
}}
"""


@require_safe
def brand_stylesheet(request):
    """The site's colours as CSS custom properties; the one place where the theme meets CSS."""
    site = Site.find_for_request(request)
    branding = BrandingSettings.for_site(site)
    response = HttpResponse(
        BRAND_CSS.format(
            brand=branding.brand_color,
            on_brand=branding.brand_text_color,
            accent=branding.accent_color,
        ),
        content_type="text/css; charset=utf-8",
    )
    if request.GET.get("v") == branding.theme_version:
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        response["Cache-Control"] = "public, max-age=300"
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Branded 500 page; falls back to a plain page when rendering itself fails (e.g. no database).

    A database outage is no server error: it gets the 503 page of sites.resilience (Retry-After),
    without trying the database once more for the branded page.
    """
    from sites.resilience.middleware import is_database_unavailable, service_unavailable

    if is_database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    try:
        return render(request, "500.html", status=500)
    except Exception:
        logger.exception("Could not render the branded error page")
        return HttpResponseServerError(render_to_string("500_plain.html"))


@require_safe
def robots_txt(request):
    """Crawlers may read the public pages, not the admin; the sitemap is on the site's own host."""
    search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.append(f"Disallow: {reverse('search')}")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *search_paths,
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


# Wagtail's documents folder below MEDIA_ROOT (Document.file's upload_to). Its files are served by
# Wagtail's view only (/documents/<id>/<name>, WAGTAILDOCS_SERVE_METHOD = "serve_view"), which
# checks the collection's view restriction; never as plain files (README, "Images and documents").
DOCUMENTS_FOLDER = "documents"


def is_document_file(path):
    """Whether a path below MEDIA_ROOT lies in the documents folder, however it is spelled
    ("documents//x", "images/../documents/x", "../media/documents/x"): resolved exactly as
    django.views.static.serve resolves it before opening the file."""
    try:
        target = Path(safe_join(settings.MEDIA_ROOT, posixpath.normpath(path).lstrip("/")))
    except (SuspiciousFileOperation, ValueError):
        return False  # outside MEDIA_ROOT or unusable: serve() refuses it itself
    documents = Path(safe_join(settings.MEDIA_ROOT, DOCUMENTS_FOLDER))
    return target == documents or documents in target.parents


def serve_media(request, path):
    """MEDIA_ROOT through Django, for development and single-host set-ups (SERVE_MEDIA): images
    and renditions; documents only through Wagtail's document view."""
    if is_document_file(path):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
