"""Shared fixtures: the three demo sites are bootstrapped once per test session."""

import collections
import io
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

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
#: names this test run's prepared sites; set by the controller, inherited by pytest-xdist workers
#: (PYTEST_ variables stay out of the servers' environment, see loadtest.harness.django_env)
RUN_TAG_VARIABLE = "PYTEST_VERBUND_RUN"


#: whether this process named the run (the controller, or a run without workers): it cleans up
OWNS_THE_RUN = pytest.StashKey[bool]()


def pytest_configure(config):
    config.stash[OWNS_THE_RUN] = RUN_TAG_VARIABLE not in os.environ
    os.environ.setdefault(RUN_TAG_VARIABLE, uuid.uuid4().hex[:12])


def pytest_collection_modifyitems(config, items):
    """Modules marked slow go first, then browser tests, then the other modules from the one with
    the most tests down: with `--dist loadfile` a worker takes a whole module, and a long one
    started last leaves the other worker idle until it ends."""
    tests_per_module = collections.Counter(item.path for item in items)

    def weight(item):
        kind = (
            0 if item.get_closest_marker("slow") else 1 if item.get_closest_marker("browser") else 2
        )
        return kind, -tests_per_module[item.path]

    items.sort(key=weight)


def site_templates_of_this_run():
    from loadtest import harness

    tag = os.environ[RUN_TAG_VARIABLE]
    return harness.SiteTemplates(Path(tempfile.gettempdir()) / f"verbund-site-templates-{tag}", tag)


def pytest_unconfigure(config):
    if config.stash.get(OWNS_THE_RUN, False):  # after every worker has ended
        site_templates_of_this_run().remove()


@pytest.fixture(scope="session")
def site_templates():
    """The demo sites prepared once per run and engine, copied for each test that starts its own
    server (loadtest.harness.SiteTemplates)."""
    return site_templates_of_this_run()


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
