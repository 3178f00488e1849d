"""Settings shared by every environment. Secure by default: nothing here is safe to relax."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"

# No fallback: an environment that does not set SECRET_KEY (or a settings module that
# provides a development key) fails at start-up rather than running with a known secret.
SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", default=False)

# Hostnames of the three association sites. The bootstrap command creates the Wagtail
# Sites from the same variables, so ALLOWED_HOSTS follows the Sites unless set explicitly.
VERBUND_SITE_HOSTNAMES = {
    "acod": env_str("VERBUND_HOST_ACOD", "acod.localhost"),
    "clusterit": env_str("VERBUND_HOST_CLUSTERIT", "clusterit.localhost"),
    "logistik": env_str("VERBUND_HOST_LOGISTIK", "logistik.localhost"),
}
VERBUND_SITE_PORT = int(env_str("VERBUND_SITE_PORT", env_str("PORT", "8000")))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=VERBUND_SITE_HOSTNAMES.values())

INSTALLED_APPS = [
    "sites.core",
    "sites.home",
    "sites.standard",
    "sites.news",
    "sites.events",
    "sites.members",
    "sites.registrations",
    "sites.contact",
    "sites.editorial",
    "sites.search",
    "sites.ops",
    "sites.demo",
    "sites.security",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sites.security.middleware.ContentSecurityPolicyMiddleware",
    "sites.security.middleware.SecurityHeadersMiddleware",
    "sites.security.middleware.AdminSearchQueryLimitMiddleware",  # CVE-2024-39317
    "sites.resilience.middleware.DatabaseUnavailableMiddleware",  # database down: branded 503
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "sites.core.request_memo.RequestMemoMiddleware",  # per-request memo of shared lookups
    "sites.cache.middleware.PageCacheMiddleware",  # anonymous page views from the cache
    "sites.core.middleware.KnownSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sites.core.middleware.PageLocaleMiddleware",  # LocaleMiddleware; admin 404s stay 404s
    "django.middleware.common.CommonMiddleware",
    "sites.contact.middleware.ContactFormCsrfMiddleware",  # no CSRF cookie for readers
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): second factor given
    "sites.twofactor.middleware.TwoFactorMiddleware",  # the code step before the admin
    "sites.editorial.middleware.TranslationPermissionMiddleware",
    "sites.editorial.middleware.AdminScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out sign-in into the lockout page
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under the ignored var/ folder unless DATABASE_URL points elsewhere
# (postgres://user@host:5432/name in production).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'verbund.sqlite3'}"),
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A transaction takes SQLite's write lock when it begins, not at its first write: two that
    # read, then write (the last place of an event) wait for each other instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German is the default, English the second language.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Serve MEDIA_ROOT from Django itself (development and single-host set-ups only).
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Wagtail
WAGTAIL_SITE_NAME = "Verbund"
WAGTAILADMIN_BASE_URL = env_str(
    "WAGTAILADMIN_BASE_URL", f"http://{VERBUND_SITE_HOSTNAMES['acod']}:{VERBUND_SITE_PORT}"
)
# Database search; on PostgreSQL each language with its own stemming (sites/search/backends.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "sites.search.backends", "SEARCH_CONFIG": "german"}
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# wagtail-localize: a new translation starts as a draft, whatever the source's state, so neither
# untranslated nor machine-translated text goes live before a person publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Machine translation is off unless DEEPL_API_KEY is set (DeepL's free keys end in ":fx").
DEEPL_API_KEY = env_str("DEEPL_API_KEY")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# Demo accounts (admin, <association>-editor, -moderator, -translator) are only ever created
# where this is switched on: dev and test settings. Production refuses them.
VERBUND_DEMO_ACCOUNTS = False
DEMO_PASSWORD = env_str("DEMO_PASSWORD")

# Secure defaults; production.py adds HTTPS-only settings.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
LANGUAGE_COOKIE_HTTPONLY = True

# Contact form (sites/contact). Submissions are mailed from DEFAULT_FROM_EMAIL (dev: console
# backend; production: SMTP, see production.py); delete_old_form_submissions removes old ones.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Verbund <noreply@localhost>")
CONTACT_SUBMISSION_RETENTION_DAYS = int(env_str("CONTACT_SUBMISSION_RETENTION_DAYS", "180"))
# At most this many accepted submissions per client and site: "<count>/<seconds>".
CONTACT_RATE_LIMIT = env_str("CONTACT_RATE_LIMIT", "5/600")
# Behind a reverse proxy every request comes from the proxy: name the header it sets to the
# client's address (e.g. X-Real-IP); empty means REMOTE_ADDR.
CONTACT_CLIENT_IP_HEADER = env_str("CONTACT_CLIENT_IP_HEADER", "")
CONTACT_MESSAGE_MAX_LENGTH = 5000

# Event registration (sites/registrations): how long the link in the confirmation mail works,
# and how long after an event its registrations are kept (delete_old_registrations removes them).
REGISTRATION_CONFIRM_HOURS = int(env_str("REGISTRATION_CONFIRM_HOURS", "72"))
REGISTRATION_RETENTION_DAYS = int(env_str("REGISTRATION_RETENTION_DAYS", "180"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# --- security (issue 6) ---
# Content-Security-Policy (django-csp 4; sites.security.middleware). Public pages load only the
# site's own scripts, styles, images and fonts; no inline script, no inline style. JSON-LD
# (<script type="application/ld+json">) is data, not script, and needs no script-src.
# CSP_MEDIA_SOURCES: origins media are served from when they do not live on the site's own host
# (S3 bucket, CDN), e.g. "https://media.example.org".
_CSP_MEDIA_SOURCES = env_list("CSP_MEDIA_SOURCES")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_CSP_MEDIA_SOURCES],
        "media-src": ["'self'", *_CSP_MEDIA_SOURCES],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin (and page previews, which it frames) under VERBUND_ADMIN_PATH_PREFIX: Wagtail
# 8 uses inline scripts and style attributes, data: and blob: URLs (image previews, uploads) and
# frames its own preview. No 'unsafe-eval': dashboard, page editor, choosers, uploads, preview,
# settings and snippets run without it (checked in Chromium for CSP violations).
VERBUND_ADMIN_PATH_PREFIX = "/admin/"
VERBUND_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_CSP_MEDIA_SOURCES],
    "media-src": ["'self'", "blob:", *_CSP_MEDIA_SOURCES],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Permissions-Policy: no site or admin page uses any of these browser features.
VERBUND_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}

SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Wagtail's admin scripts take the CSRF token from the page (wagtailConfig), never from the cookie,
# so the cookie stays HttpOnly (CSRF_COOKIE_HTTPONLY above).

# Authentication: django-axes' AxesStandaloneBackend checks every sign-in first (a subclass that
# can also load the session's user); VerbundModelBackend is Django's ModelBackend refusing the demo
# accounts wherever VERBUND_DEMO_ACCOUNTS is off.
AUTHENTICATION_BACKENDS = [
    "sites.security.backends.AxesBackend",
    "sites.security.backends.VerbundModelBackend",
]
# Five failed sign-ins for one username from one address lock that pair out for 30 minutes; other
# users and other addresses can still sign in. A success resets the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours: 30 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "sites.security.views.lockout"
# Behind a reverse proxy: the client address from the header the contact form's rate limit
# trusts (CONTACT_CLIENT_IP_HEADER), else REMOTE_ADDR.
AXES_CLIENT_IP_CALLABLE = "sites.contact.ratelimit.client_address"

# Uploads: documents are served by Django (never straight from storage), as downloads unless PDF;
# sites.security.middleware adds nosniff and a CSP that allows nothing.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# --- end security ---

# --- two-factor sign-in (issue 6) ---
# sites/twofactor on django-otp: optional TOTP (authenticator app) with one-time backup codes. After
# the password, a user who switched it on must enter a code before any admin page; until then the
# session counts as signed out everywhere else (private pages and documents). VERBUND_REQUIRE_2FA
# sends every admin user without an authenticator to the set-up page before the admin.
INSTALLED_APPS = [
    *INSTALLED_APPS,
    "sites.twofactor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
VERBUND_REQUIRE_2FA = env_bool("VERBUND_REQUIRE_2FA", default=False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the account's name in the authenticator app
# Wrong codes are counted per account by sites.twofactor (TwoFactorLock), for authenticator and
# backup codes together: 5 in a row lock the code step for 30 minutes, every further one doubles
# the wait (at most 24 hours); a correct code resets the count. A password sign-in does not, so
# django-axes (whose count a successful sign-in resets) cannot do it. django-otp's own per-device
# delays are therefore off.
TWOFACTOR_FAILURE_LIMIT = 5
TWOFACTOR_COOLOFF_MINUTES = 30
TWOFACTOR_MAX_COOLOFF_MINUTES = 24 * 60
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# --- end two-factor sign-in ---

# --- page cache (sites/cache, README "Page cache") ---
# Anonymous pages are kept in the "pages" cache for PAGE_CACHE_SECONDS at most, each with the
# tokens of its site and path; a change replaces the tokens of what it touches, so no page is
# ever served stale. The cache must be one every process sees: Redis when REDIS_URL is set
# (redis://127.0.0.1:6379/0), else files in PAGE_CACHE_DIR, shared by the processes of one machine.
REDIS_URL = env_str("REDIS_URL", "")
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_DIR = env_str("PAGE_CACHE_DIR", str(VAR_DIR / "page-cache"))
INSTALLED_APPS = [*INSTALLED_APPS, "sites.cache"]


def build_caches(redis_url, key_prefix="verbund", pages_dir=PAGE_CACHE_DIR):
    # Wagtail looks up (and stores) a rendition in this cache on every use: per process, so a
    # page with a few pictures does not cost a few network round trips. A rendition's key holds
    # its image's file hash and focal point, so a changed image never finds an old one.
    renditions = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"{key_prefix}-renditions",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
    if redis_url:
        redis = {
            "BACKEND": "sites.cache.redis.PooledRedisCache",
            "LOCATION": redis_url,
            # A hanging Redis must not hold a worker: the page cache then steps aside.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
        return {
            "default": {**redis, "KEY_PREFIX": key_prefix},
            "pages": {**redis, "KEY_PREFIX": f"{key_prefix}-pages", "TIMEOUT": PAGE_CACHE_SECONDS},
            "renditions": renditions,
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"{key_prefix}-default",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": pages_dir,
            "TIMEOUT": PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "renditions": renditions,
    }


CACHES = build_caches(REDIS_URL)

# Wagtail's front-end cache purging: the page cache is one backend (sites/cache/backend.py); a CDN
# or Varnish that takes HTTP PURGE requests is another when FRONTEND_CACHE_PURGE_URL names it.
# sites/cache/purge.py sends the exact URLs of each change, in every language, so Wagtail must
# not rewrite them per language.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "sites.cache.backend.PageCacheBackend"}}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["cdn"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []
# --- end page cache ---

# --- faults (issue 6) ---
# sites/resilience: a database outage gives readers a 503 in the site's last known brand (with
# Retry-After), never a 500; the middleware sits in MIDDLEWARE right before WhiteNoise, outside
# everything that touches the database or the page cache.
INSTALLED_APPS = [*INSTALLED_APPS, "sites.resilience"]
RESILIENCE_RETRY_AFTER = int(env_str("RESILIENCE_RETRY_AFTER", "30"))  # seconds, 503 pages
# An unreachable database host must fail fast (a 503), not hold a worker until gunicorn kills it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(env_str("DATABASE_CONNECT_TIMEOUT", "5"))
    )
# --- end faults ---

# --- listings (issue 17) ---
# PostgreSQL's planner assumes by default that reading a row through an index costs four times a
# row read in sequence (spinning disks). A CMS database lives in memory or on SSDs; with the
# default the planner read every page to find a listing's few shared items (13 ms instead of 1 ms
# with 18,000 pages). Sent as a session setting when connecting; empty leaves the server's value
# (e.g. behind a connection pooler that refuses startup options).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and (
    random_page_cost := env_str("DATABASE_RANDOM_PAGE_COST", "1.1")
):
    DATABASES["default"]["OPTIONS"].setdefault(
        "options", f"-c random_page_cost={float(random_page_cost)}"
    )
# --- end listings ---
