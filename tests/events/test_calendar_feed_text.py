"""The calendar feed is assembled from each event's own VEVENT text: it must be exactly what
icalendar writes for the whole calendar, and the same on every request."""

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db

FEED = {"de": "/de/veranstaltungen/ical/", "en": "/en/events/ical/"}


@pytest.mark.parametrize("lang", FEED)
def test_feed_is_icalendars_own_text_of_the_events(site_client, lang):
    client = site_client("acod")
    fresh = client.get(FEED[lang])
    again = [client.get(FEED[lang]).content for _ in range(2)]

    assert fresh.status_code == 200
    assert fresh["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(fresh.content)
    assert len(calendar.walk("VEVENT")) >= 3  # own and joint events of the demo content
    assert calendar.to_ical() == fresh.content
    assert again == [fresh.content, fresh.content]
