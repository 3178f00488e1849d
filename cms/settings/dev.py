"""Local development: `make run`. Never use in production."""

from .base import *  # noqa: F403
from .env import env_bool, env_list, env_str

DEBUG = env_bool("DEBUG", default=True)
VAR_DIR.mkdir(exist_ok=True)  # noqa: F405 - the embedded SQLite database lives here
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    default=[*VERBUND_SITE_HOSTNAMES.values(), "localhost", "127.0.0.1"],  # noqa: F405
)
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
# Mails are printed; with EMAIL_FILE_PATH, each is written to a file in that folder instead (the
# registration benchmark reads the confirmation links from there).
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", "")
EMAIL_BACKEND = (
    "cms.mail.OneFilePerConnectionBackend"
    if EMAIL_FILE_PATH
    else "django.core.mail.backends.console.EmailBackend"
)

VERBUND_DEMO_ACCOUNTS = env_bool("VERBUND_DEMO_ACCOUNTS", default=True)
DEMO_PASSWORD = env_str("DEMO_PASSWORD", "verbund-demo-2026")  # noqa: S105 - local demo only
