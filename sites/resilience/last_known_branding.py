"""The last known branding of each site, kept in the process for the database-down page.

Branding is data: it lives in the database. When the database is gone, the 503 page can only be
branded with what this process saw last. Every successful page response that already loaded the
site's BrandingSettings (every page does, for its header) refreshes the entry for its host —
without a query of its own. Nothing is shared between processes and nothing survives a restart:
a worker that has not served a site since it started answers with the neutral bilingual page.

It is not branding itself (that is `sites.core.models.BrandingSettings`) but the 503 page's
memory of it, so it lives with that page here.
"""

import logging
import threading
from dataclasses import dataclass

from django.http.request import split_domain_port

logger = logging.getLogger(__name__)

LOGO_FILTER = "height-96|format-png"  # the rendition the site header shows

_known = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class KnownBranding:
    hostname: str
    full_name: str
    short_name: str
    brand_color: str
    brand_text_color: str
    accent_color: str
    theme_version: str
    logo_id: int | None = None
    logo_url: str = ""


def hostname_of(request):
    """The request's hostname, lower case, without port; "" for a host Django refuses."""
    try:
        return split_domain_port(request.get_host())[0]
    except Exception:  # DisallowedHost and friends: no branding for unknown hosts
        return ""


def branding_settings_on(request):
    """The BrandingSettings a page already loaded for this request, if any (no query)."""
    from sites.core.models import BrandingSettings

    return request.__dict__.get(BrandingSettings.get_cache_attr_name())


def remember(request):
    """Refresh the entry for the request's host from the settings the response used."""
    settings = branding_settings_on(request)
    hostname = hostname_of(request)
    if settings is None or not hostname:
        return
    known = _known.get(hostname)
    logo_url = known.logo_url if known else ""
    if known is None or known.logo_id != settings.logo_id:
        logo_url = _logo_url(settings)
    entry = KnownBranding(
        hostname=hostname,
        full_name=settings.full_name,
        short_name=settings.short_name,
        brand_color=settings.brand_color,
        brand_text_color=settings.brand_text_color,
        accent_color=settings.accent_color,
        theme_version=settings.theme_version,
        logo_id=settings.logo_id,
        logo_url=logo_url,
    )
    if entry != known:
        with _lock:
            _known[hostname] = entry


def _logo_url(settings):
    """The header logo's rendition URL; looked up only when the branding changed."""
    try:
        logo = settings.logo
        return logo.get_rendition(LOGO_FILTER).url if logo else ""
    except Exception:  # a missing file or a database hiccup must not break the response
        logger.warning("Could not remember the logo of %s", settings.short_name, exc_info=True)
        return ""


def known_branding(request):
    return _known.get(hostname_of(request))


def forget_all():
    """Tests: start without any known branding."""
    with _lock:
        _known.clear()
