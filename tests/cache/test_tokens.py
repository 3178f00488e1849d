"""The tokens a stored page is checked against (tokens.py): what makes a hit safe without the
database, after a commit, a flushed cache, a refused write or a purge from elsewhere."""

from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.db import connection
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

from sites.cache import tokens
from tests.conftest import HOSTS, demo_page

from .conftest import fetch, text, warm

pytestmark = pytest.mark.django_db

NEWS_INDEX = "/de/aktuelles/"


def test_a_page_stored_before_a_change_commits_is_not_served_after_the_commit(
    page_cache, reader, django_capture_on_commit_callbacks, monkeypatch
):
    # as in production: the outermost transaction is not the test's, which never commits
    monkeypatch.setattr(connection.atomic_blocks[0], "_from_testcase", False)
    client = reader("clusterit")
    item = demo_page("news", "cooperation-2019")

    with django_capture_on_commit_callbacks() as commit:
        item.title = "Kooperation erneuert"
        item.save_revision().publish()
        # another reader renders before the commit (in production, from the old rows) …
        fetch(client, NEWS_INDEX, expect="MISS")
        fetch(client, NEWS_INDEX, expect="HIT")
    assert commit
    for callback in commit:
        callback()

    # … and what it stored is not served once the change is committed
    listing = fetch(client, NEWS_INDEX, expect="MISS")
    assert "Kooperation erneuert" in text(listing)
    fetch(client, NEWS_INDEX, expect="HIT")


@pytest.mark.parametrize("which", ["site", "path"])
def test_a_flushed_token_serves_nothing_stored_before(page_cache, reader, which):
    client = reader("clusterit")
    warm(client, NEWS_INDEX)
    host = HOSTS["clusterit"]
    key = tokens.site_key(host) if which == "site" else tokens.path_key(host, NEWS_INDEX)

    page_cache.delete(key)  # Redis restarted, evicted it, or the token expired

    fetch(client, NEWS_INDEX, expect="MISS")
    fetch(client, NEWS_INDEX, expect="HIT")


def test_a_renewal_the_cache_refuses_is_retried_and_nothing_is_served_until_then(
    page_cache, reader, monkeypatch, caplog
):
    client = reader("acod")
    warm(client, "/de/", NEWS_INDEX)
    cache = caches["pages"]
    working_set_many = cache.set_many

    def refused(*args, **kwargs):
        raise ConnectionError("Redis went away")

    monkeypatch.setattr(cache, "set_many", refused)
    item = demo_page("news", "acod-demo-training-workshops")
    item.title = "Neu: Ausbildungswerkstätten"
    item.save_revision().publish()  # publishing still works …
    assert "could not replace" in caplog.text
    # … and while the new tokens cannot be written, nothing is served from the cache
    for url in ("/de/", NEWS_INDEX):
        assert fetch(client, url, expect="BYPASS").status_code == 200
    assert "Neu: Ausbildungswerkstätten" in text(fetch(client, NEWS_INDEX, expect="BYPASS"))

    monkeypatch.setattr(cache, "set_many", working_set_many)
    listing = fetch(client, NEWS_INDEX, expect="MISS")  # the retry replaced the tokens
    assert "Neu: Ausbildungswerkstätten" in text(listing)
    fetch(client, NEWS_INDEX, expect="HIT")
    assert not tokens._pending


def test_query_string_variants_go_with_their_paths_token(page_cache, reader):
    client = reader("acod")
    variants = [f"{NEWS_INDEX}?page=2", f"{NEWS_INDEX}?association=acod", f"{NEWS_INDEX}?q=x"]
    warm(client, NEWS_INDEX, *variants)
    item = demo_page("news", "acod-demo-training-workshops")

    item.save_revision().publish()

    for url in (NEWS_INDEX, *variants):
        fetch(client, url, expect="MISS")


def test_a_purge_through_wagtails_frontend_cache_reaches_the_page_cache(page_cache, reader):
    about = demo_page("acod", "about")
    path = urlsplit(about.url).path
    client = reader("acod")
    warm(client, path, "/de/")

    purge_page_from_cache(about)

    fetch(client, path, expect="MISS")
    fetch(client, "/de/", expect="HIT")  # only the purged URL
