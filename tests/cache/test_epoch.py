"""A shared page cache (Redis) checks a hit against its site's epoch, without the database."""

import pytest
from django.core.cache import caches

from sites.cache import epoch
from sites.cache.middleware import SITE_OF_HOST
from sites.cache.models import bump
from tests.conftest import HOSTS, site_of

from .conftest import fetch, text

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.parametrize("page_cache", ["shared"], indirect=True),
]


@pytest.fixture(autouse=True)
def nothing_pending():
    epoch._pending.clear()
    yield
    epoch._pending.clear()


def test_a_hit_runs_no_sql_query_at_all(page_cache, reader, django_assert_num_queries):
    client = reader("logistik")
    fetch(client, "/en/news/", expect="MISS")

    with django_assert_num_queries(0):
        fetch(client, "/en/news/", expect="HIT")


def test_a_page_rendered_before_a_change_commits_is_not_served_after_the_commit(
    page_cache, reader, django_capture_on_commit_callbacks
):
    client = reader("acod")
    with django_capture_on_commit_callbacks() as commit:
        bump()  # a change inside an open transaction
        fetch(client, "/de/", expect="MISS")  # another reader renders before the commit …
        fetch(client, "/de/", expect="HIT")
    assert commit  # the epoch is replaced again once the change is committed
    for callback in commit:
        callback()

    fetch(client, "/de/", expect="MISS")  # … and what it stored is not served any more


def test_a_change_on_one_site_keeps_the_other_sites_pages(page_cache, reader):
    acod = site_of("acod")
    for key in ("acod", "clusterit"):
        fetch(reader(key), "/de/", expect="MISS")

    bump([acod.pk])

    fetch(reader("acod"), "/de/", expect="MISS")
    fetch(reader("clusterit"), "/de/", expect="HIT")


def test_a_flushed_epoch_serves_nothing_stored_before(page_cache, reader):
    client = reader("clusterit")
    fetch(client, "/de/aktuelles/", expect="MISS")
    site_id = site_of("clusterit").pk

    page_cache.delete(epoch.epoch_key(site_id))  # Redis restarted or evicted it

    fetch(client, "/de/aktuelles/", expect="MISS")
    fetch(client, "/de/aktuelles/", expect="HIT")


def test_a_wrong_guess_of_the_hosts_site_costs_a_read_never_a_wrong_page(page_cache, reader):
    rendered = fetch(reader("acod"), "/de/", expect="MISS")
    logistik = site_of("logistik").pk
    SITE_OF_HOST[HOSTS["acod"]] = logistik

    response = fetch(reader("acod"), "/de/", expect="HIT")

    assert text(response) == text(rendered)
    assert SITE_OF_HOST[HOSTS["acod"]] == site_of("acod").pk  # learnt from the stored page


def test_an_epoch_redis_refused_is_retried_and_nothing_is_served_until_then(
    page_cache, reader, monkeypatch, caplog
):
    client = reader("acod")
    fetch(client, "/de/", expect="MISS")
    fetch(client, "/de/", expect="HIT")
    cache = caches["pages"]
    working_set_many = cache.set_many

    def refused(*args, **kwargs):
        raise ConnectionError("Redis went away")

    monkeypatch.setattr(cache, "set_many", refused)
    bump()  # publishing still works …
    assert "could not start a new epoch" in caplog.text
    # … and while the new epoch cannot be written, nothing is served from the cache
    for _ in range(2):
        response = fetch(client, "/de/", expect="MISS")
        assert response.status_code == 200

    monkeypatch.setattr(cache, "set_many", working_set_many)
    fetch(client, "/de/", expect="MISS")  # the retry replaced the epoch: the old page is gone
    fetch(client, "/de/", expect="HIT")
    assert not epoch._pending
