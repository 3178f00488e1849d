"""Shared fixtures: the three demo sites are bootstrapped once per test session."""

import io
import shutil
import tempfile
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

HOSTS = {
    "acod": "acod.localhost",
    "clusterit": "clusterit.localhost",
    "logistik": "logistik.localhost",
}
NAMES = {
    "acod": "ACOD Automotive Cluster Ostdeutschland e.V.",
    "clusterit": "Cluster IT Mitteldeutschland e.V.",
    "logistik": "Netzwerk Logistik Mitteldeutschland e.V.",
}
LANGUAGES = ("de", "en")


@pytest.fixture(scope="session", autouse=True)
def _media_root():
    """Uploaded and generated images go to a throw-away folder."""
    media_root = tempfile.mkdtemp(prefix="verbund-test-media-")
    original = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = media_root
    yield media_root
    settings.MEDIA_ROOT = original
    shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, _media_root):
    """Every test starts from the demo content the bootstrap command creates."""
    with django_db_blocker.unblock():
        call_command("bootstrap_verbund", stdout=io.StringIO())


@pytest.fixture
def site_client(db):
    """A test client bound to one association's host: site_client("acod").get("/de/")."""

    def make(key):
        return Client(HTTP_HOST=HOSTS[key])

    return make


@pytest.fixture
def login(db):
    """An admin client logged in as a demo account, on its association's host (superusers and
    other accounts: ACOD's)."""
    from django.contrib.auth import get_user_model

    def make(username):
        client = Client(HTTP_HOST=HOSTS.get(username.split("-")[0], HOSTS["acod"]))
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return make


def demo_page(kind, key, lang="de"):
    """A page the bootstrap command created, by its demo key: demo_page("news", "cooperation-2019")."""
    from wagtail.models import Locale, Page

    from sites.demo.management.commands.bootstrap_verbund import stable_key

    return Page.objects.get(
        translation_key=stable_key(kind, key), locale=Locale.objects.get(language_code=lang)
    ).specific


def wait_until(condition, *, timeout, interval=0.1, message="the condition did not come true"):
    """Poll `condition()` until it holds, failing after `timeout` seconds: for what another
    process or the live server's thread does in its own time."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{message} within {timeout} s"
        time.sleep(interval)


def site_of(key):
    from wagtail.models import Site

    return Site.objects.get(hostname=HOSTS[key])
