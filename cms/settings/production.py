"""Production: HTTPS, real secret, PostgreSQL via DATABASE_URL."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", default=False)

_INSECURE_MARKERS = ("insecure", "dev-only", "test-only", "change-me", "changeme")
if (
    not SECRET_KEY  # noqa: F405
    or len(SECRET_KEY) < 50  # noqa: F405
    or any(marker in SECRET_KEY.lower() for marker in _INSECURE_MARKERS)  # noqa: F405
):
    raise ImproperlyConfigured(
        "cms.settings.production needs SECRET_KEY: a random value of at least 50 characters, "
        'e.g. python -c "import secrets; print(secrets.token_urlsafe(64))".'
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(env_str("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
VERBUND_SITE_PORT = int(env_str("VERBUND_SITE_PORT", "443"))

# Demo accounts and their well-known password never exist in production.
VERBUND_DEMO_ACCOUNTS = False
