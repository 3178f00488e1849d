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


def every_demo_event_entry():
    from django.test import RequestFactory
    from wagtail.models import Site

    from sites.core.sharing import build_entries
    from sites.events.models import EventPage

    request = RequestFactory().get("/", HTTP_HOST="acod.localhost")
    site = Site.objects.get(hostname="acod.localhost")
    return build_entries(EventPage.objects.live().order_by("pk"), request, site), request


def test_each_events_text_is_what_icalendar_writes_for_it():
    from sites.events.ical import build_vevent, vevent_text

    entries, request = every_demo_event_entry()
    assert len(entries) >= 20  # every demo event in both languages
    for entry in entries:
        vevent = build_vevent(entry, request)
        assert vevent_text(vevent) == vevent.to_ical(), entry.page.title


def test_awkward_text_is_escaped_and_folded_as_icalendar_does():
    """Long German text with umlauts, emoji and escapes right at the fold, an organiser name with
    separators: the text icalendar writes, byte for byte."""
    from sites.events.ical import build_vevent, vevent_text

    entries, request = every_demo_event_entry()
    entry = entries[0]
    page = entry.page
    page.title = "Größenwahn; Tagung, Workshop: Ä\\Ö^Ü " * 6 + "😀" * 40
    page.teaser = ("Übersetzung\nmit Zeilenumbruch, Komma; Semikolon \\ Rückstrich " * 5).strip()
    page.venue = "Haus „Zur Börse“, Saal 3; Eingang B"
    page.contact_email = "tagung@acod.example"
    entry.owner.name = 'Verein "Größe", Ost; e.V.'
    vevent = build_vevent(entry, request)

    assert vevent_text(vevent) == vevent.to_ical()


@pytest.mark.parametrize("length", [0, 1, 73, 74, 75, 76, 147, 148, 149, 500])
@pytest.mark.parametrize("filler", ["a", "ä", "€", "😀", "a\\", "ab^", "ä\\,"])
def test_lines_fold_where_icalendar_folds_them(length, filler):
    from icalendar.parser.string import _foldline

    from sites.events.ical import fold

    line = (filler * length)[:length]
    assert fold(line) == _foldline(line)
