"""Production: HTTPS, real secret, PostgreSQL via DATABASE_URL."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host

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

# Links in the admin's e-mails (password reset, moderation, workflow) start with this, never with the
# Host of the request that triggered them: no default, HTTPS, a host of ALLOWED_HOSTS, no path.
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "").rstrip("/")
_admin_base = urlsplit(WAGTAILADMIN_BASE_URL)
if (
    _admin_base.scheme != "https"
    or not _admin_base.hostname
    or _admin_base.path
    or _admin_base.query
    or _admin_base.fragment
    or not validate_host(_admin_base.hostname, ALLOWED_HOSTS)  # noqa: F405
):
    raise ImproperlyConfigured(
        "cms.settings.production needs WAGTAILADMIN_BASE_URL: the admin's address, https:// and "
        "one of ALLOWED_HOSTS, without a path, e.g. https://www.acod.de; the links in admin "
        f"e-mails start with it (got {WAGTAILADMIN_BASE_URL!r})."
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

# E-mail (contact form, admin notifications): SMTP, configured from the environment.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = 10  # seconds; a hanging mail server must not hold a worker until gunicorn kills it
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- serving (issue 6) ---
# Persistent database connections (checked before reuse); 0 turns them off.
DATABASES["default"]["CONN_MAX_AGE"] = int(env_str("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Media on S3-compatible storage when a bucket is configured, on local disk (MEDIA_ROOT) otherwise.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": AWS_STORAGE_BUCKET_NAME,
                "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
                "region_name": env_str("AWS_S3_REGION_NAME"),
                "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
                "default_acl": None,
                "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", default=True),
                "file_overwrite": False,
            },
        },
    }
# Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment (boto3).
# --- end serving ---

# --- security (issue 6) ---
# Media on their own domain (AWS_S3_CUSTOM_DOMAIN): public pages and the admin may load images
# from it. Other media origins (a bucket's own S3 address): CSP_MEDIA_SOURCES, see base.py.
_MEDIA_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
if _MEDIA_DOMAIN:
    for _policy in (CONTENT_SECURITY_POLICY["DIRECTIVES"], VERBUND_ADMIN_CONTENT_SECURITY_POLICY):
        for _directive in ("img-src", "media-src"):
            _policy[_directive] = [*_policy[_directive], f"https://{_MEDIA_DOMAIN}"]
# HSTS preloading is a promise for the whole registrable domain (every subdomain, HTTPS only, for
# months) and anyone may submit a domain that sends `preload`: the domain owner decides it by
# setting SECURE_HSTS_PRELOAD=1. Until then check --deploy's reminder (security.W021) is silenced.
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]
# --- end security ---
