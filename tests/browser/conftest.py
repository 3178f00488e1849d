"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

The live server is a real HTTP server in a thread of the test process. Chromium resolves every
*.localhost name to the loopback address, so http://acod.localhost:<port>/ reaches it, and Wagtail
picks the Site by its hostname (the Sites are registered on port 80 in the test settings).

Database: a live_server test is transactional, and Django empties every table after each one,
including what the migrations created (root page, locales, collections), so the bootstrap cannot
simply run again. Instead a snapshot of the database is taken once, when the first browser test
starts (pytest-django runs transactional tests after all others, which roll back, so this is the
state the session bootstrap in tests/conftest.py left), and Django's serialized rollback restores
it before each browser test: about a third of a second.
"""

import contextlib
import os
import time
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connections
from django.db.models.signals import post_save
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import HOSTS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "var" / "screenshots"

# Every test module here carries this mark: real browser, live server, demo content restored.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


# The snapshot per database alias, and the blocker that lets the restore reach the database.
_SNAPSHOT = {}


@contextlib.contextmanager
def _without_tree_sync():
    """The restore saves row by row, locale synchronisations before the locales they name;
    wagtail-localize would start a tree synchronisation for each and fail half-way."""
    from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

    disconnected = post_save.disconnect(
        sync_trees_on_locale_sync_save, sender=LocaleSynchronization
    )
    try:
        yield
    finally:
        # Nested use (the restore after the last browser test of a run, inside the session's
        # own) must leave the receiver off for the outer one: with pytest-xdist, a worker can run
        # browser tests again after other tests, and their restore needs it off too.
        if disconnected:
            post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@pytest.fixture(scope="session", autouse=True)
def _demo_snapshot(django_db_setup, django_db_blocker, browser):
    """Serialized rollback restores this snapshot (the bootstrapped demo content) before each test.

    Django's own snapshot is taken when the test database is created, before the bootstrap. This
    one is taken after Chromium started: from then on Playwright's event loop runs in this thread,
    and Django hands out other connection objects (asgiref keeps them per async context), which
    are the ones that must carry the snapshot.
    """
    with django_db_blocker.unblock():
        for connection in connections.all():
            _SNAPSHOT[connection.alias] = connection.creation.serialize_db_to_string()
            connection._test_serialized_contents = _SNAPSHOT[connection.alias]
    _SNAPSHOT["blocker"] = django_db_blocker
    with _without_tree_sync():
        yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last browser test has emptied the database, put the demo content back, so that
    tests running later (other transactional tests) find it as the bootstrap left it.

    Not when the session ends here: the test database is gone by then (the settings point at the
    real database again).
    """
    result = yield
    last_browser_test = (
        item.get_closest_marker("browser")
        and nextitem is not None
        and not nextitem.get_closest_marker("browser")
    )
    if last_browser_test and "blocker" in _SNAPSHOT:
        with _SNAPSHOT["blocker"].unblock(), _without_tree_sync():
            for connection in connections.all():
                connection.creation.deserialize_db_from_string(_SNAPSHOT[connection.alias])
        # what was cached from the emptied or half-restored database (Wagtail's site root
        # paths) must not outlive it
        caches["default"].clear()
    return result


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session. Missing Chromium is a failure, not a skip."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing ({CHROMIUM}). Install it with `make browser` "
            "(as root: apt-get install chromium)."
        )
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API runs an asyncio loop in this thread; Django would then take
    # the test's own database calls (restoring the snapshot, flushing) for async code.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each browser test starts with an empty cache, like a freshly started server (no rate-limit
    counts or cached pages left over from other tests)."""
    caches["default"].clear()


@pytest.fixture
def site_url(live_server):
    """site_url("acod", "/de/") -> http://acod.localhost:<live server port>/de/"""

    def make(key, path="/"):
        return f"http://{HOSTS[key]}:{live_server.thread.port}{path}"

    return make


@pytest.fixture
def new_page(browser):
    """new_page(viewport=PHONE) -> a page in a fresh browser context, closed after the test."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    # Leaving an admin editor sends Wagtail's "release editing session" beacon. Sent by
    # context.close(), it reached the live server while the test's database was being flushed,
    # and the flush failed (FOREIGN KEY constraint failed). Leave every page first and let the
    # server answer what the pages sent on leaving.
    left_admin = False
    for context in contexts:
        for open_page in context.pages:
            left_admin |= "/admin/" in open_page.url
            with contextlib.suppress(PlaywrightError):
                open_page.goto("about:blank")
    if left_admin:
        time.sleep(0.5)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized page (1280×800)."""
    return new_page()
