import logging

from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .models import BrandingSettings

logger = logging.getLogger(__name__)

BRAND_CSS = """:root {{
  --brand: {brand};
  --on-brand: {on_brand};
  --accent: {accent};
}}
"""


@require_GET
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
    """Branded 500 page; falls back to a plain page when rendering itself fails (e.g. no database)."""
    try:
        return render(request, "500.html", status=500)
    except Exception:
        logger.exception("Could not render the branded error page")
        return HttpResponseServerError(render_to_string("500_plain.html"))
