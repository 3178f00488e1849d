"""A site's listing (its own items and partners' shared ones, read as two halves) holds exactly
what `visible_on` says the site shows, in listing order, whatever slice, filter or direction."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import timezone
from wagtail.models import Locale

from sites.events.models import EventPage
from sites.news.models import NewsPage
from tests.conftest import HOSTS, site_of

pytestmark = pytest.mark.django_db


def in_order(model, site, locale, reverse=False, **filters):
    """What one queryset ("own OR shared") gives, the listing's yardstick."""
    items = model.visible_on(site, locale).filter(**filters).order_by(*model.listing_order)
    return [item.pk for item in (items.reverse() if reverse else items)]


@pytest.mark.parametrize("model", [NewsPage, EventPage])
@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("language", ["de", "en"])
def test_a_listing_holds_the_site_s_own_and_shared_items_in_order(model, key, language):
    site, locale = site_of(key), Locale.objects.get(language_code=language)
    listing = model.listed(site, locale)
    expected = in_order(model, site, locale)

    assert expected, "the demo content gives every site items of both kinds"
    assert [item.pk for item in listing] == expected
    assert listing.count() == len(expected)
    for start, stop in [(0, 3), (2, 5), (len(expected) - 2, len(expected) + 5), (0, 0)]:
        assert [item.pk for item in listing[start:stop]] == expected[start:stop]


@pytest.mark.parametrize("key", HOSTS)
def test_a_filtered_reversed_listing_matches_the_single_query(key):
    site, locale = site_of(key), Locale.objects.get(language_code="de")
    now = timezone.now()
    past = EventPage.listed(site, locale).filter(end__lt=now).reverse()

    expected = in_order(EventPage, site, locale, reverse=True, end__lt=now)
    assert [item.pk for item in past[:4]] == expected[:4]
    assert past.count() == len(expected)


def test_a_shared_item_is_listed_once_on_its_partner_site():
    """The halves are disjoint: a partner's item shared with a site shows once, among its own."""
    site, locale = site_of("clusterit"), Locale.objects.get(language_code="de")
    items = [item.pk for item in NewsPage.listed(site, locale)]
    shared = set(NewsPage.listed(site, locale).shared.values_list("pk", flat=True))

    assert shared, "the demo content shares news with Cluster IT"
    assert len(items) == len(set(items))
    assert shared <= set(items)


def database_options(**env):
    """The database OPTIONS the dev settings build for a PostgreSQL DATABASE_URL and `env`."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    environment.update(
        env,
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/verbund_settings_probe",
    )
    result = subprocess.run(  # noqa: S603 - the test's own interpreter
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS'])",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_postgresql_plans_listings_with_the_index_cost_of_memory_and_ssds():
    assert "'options': '-c random_page_cost=1.1'" in database_options()
    assert "'options': '-c random_page_cost=2.0'" in database_options(DATABASE_RANDOM_PAGE_COST="2")
    assert "random_page_cost" not in database_options(DATABASE_RANDOM_PAGE_COST="")
