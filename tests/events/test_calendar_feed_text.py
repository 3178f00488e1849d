"""The calendar feed is assembled from each event's kept VEVENT text: it must be exactly what
icalendar writes for the whole calendar, with the per-generation cache on or off."""

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db

FEED = {"de": "/de/veranstaltungen/ical/", "en": "/en/events/ical/"}


@pytest.mark.parametrize("lang", FEED)
def test_feed_is_icalendars_own_text_of_the_events(settings, site_client, lang):
    from django.core.cache import caches

    client = site_client("acod")
    settings.GENERATION_CACHE_ENABLED = False
    fresh = client.get(FEED[lang])
    settings.GENERATION_CACHE_ENABLED = True
    caches["generation"].clear()
    kept = [client.get(FEED[lang]).content for _ in range(2)]  # serialised, then from the cache

    assert fresh.status_code == 200
    assert fresh["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(fresh.content)
    assert len(calendar.walk("VEVENT")) >= 3  # own and joint events of the demo content
    assert calendar.to_ical() == fresh.content
    assert kept == [fresh.content, fresh.content]
    caches["generation"].clear()
