"""A per-client limit on contact form submissions, kept in Django's cache (no third-party service).

A client is identified by a keyed hash of its address, so neither the cache nor the logs hold a raw
IP address. The window is fixed: it starts with the client's first accepted submission.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

KEY_SALT = "sites.contact.ratelimit"


def parse_rate(value):
    """ "5/600" (or a pair of ints) -> (5, 600): at most 5 submissions per 600 seconds."""
    if isinstance(value, list | tuple):
        count, seconds = value
    else:
        count, _sep, seconds = str(value).partition("/")
    try:
        count, seconds = int(count), int(seconds)
    except (TypeError, ValueError):
        count = seconds = 0
    if count < 1 or seconds < 1:
        raise ImproperlyConfigured(
            f"CONTACT_RATE_LIMIT must look like '5/600' (submissions/seconds), not {value!r}."
        )
    return count, seconds


def client_address(request):
    """REMOTE_ADDR, or the header a trusted reverse proxy sets (CONTACT_CLIENT_IP_HEADER)."""
    header = getattr(settings, "CONTACT_CLIENT_IP_HEADER", "")
    if header:
        meta_key = "HTTP_" + header.upper().replace("-", "_")
        value = request.META.get(meta_key, "")
        # A list (X-Forwarded-For): the rightmost entry is the one the trusted proxy added.
        address = value.split(",")[-1].strip()
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "")


class SubmissionRateLimit:
    def __init__(self, request, site):
        self.limit, self.period = parse_rate(settings.CONTACT_RATE_LIMIT)
        digest = salted_hmac(KEY_SALT, client_address(request)).hexdigest()[:32]
        self.key = f"contact:rate:{site.pk if site else 0}:{digest}"

    def exceeded(self):
        return (cache.get(self.key) or 0) >= self.limit

    def hit(self):
        """Count one accepted submission."""
        if cache.add(self.key, 1, timeout=self.period):
            return
        try:
            cache.incr(self.key)
        except ValueError:  # expired between add() and incr()
            cache.set(self.key, 1, timeout=self.period)
