import pytest
from django.core.cache import cache
from django.test import Client

from sites.core.models import BrandingSettings
from tests.conftest import HOSTS

CONTACT_PATHS = {"de": "/de/kontakt/", "en": "/en/contact/"}


@pytest.fixture(autouse=True)
def _clear_cache():
    """The rate limit lives in the cache: every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact_client(db):
    """A client on one association's host with a fixed client address."""

    def make(key, address="198.51.100.7"):
        return Client(HTTP_HOST=HOSTS[key], REMOTE_ADDR=address)

    return make


def branding(key):
    return BrandingSettings.objects.get(site__hostname=HOSTS[key])


def valid_data(**overrides):
    data = {
        "name": "Erika Mustermann",
        "email": "erika@example.org",
        "subject": "Mitgliedschaft",
        "message": "Wir möchten Mitglied werden.\nBitte rufen Sie uns an.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}
