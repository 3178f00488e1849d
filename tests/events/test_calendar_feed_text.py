"""The calendar feed is assembled from each event's own VEVENT text, written directly: it must be
exactly what icalendar writes for the same event and for the whole calendar, and the same on every
request."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

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


def icalendars_event(entry, request):
    """The oracle: the event built with icalendar's own objects, property by property."""
    from sites.events.ical import event_uid

    page = entry.page
    vevent = Event()
    vevent.add("uid", event_uid(page))
    vevent.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(datetime.UTC))
    if page.last_published_at:
        vevent.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    vevent.add("summary", page.title)
    if page.all_day:
        vevent.add("dtstart", page.first_day)
        vevent.add("dtend", page.last_day + datetime.timedelta(days=1))
    else:
        vevent.add("dtstart", page.start.astimezone(datetime.UTC))
        vevent.add("dtend", page.end.astimezone(datetime.UTC))
    url = request.build_absolute_uri(entry.url)
    vevent.add("url", url)
    vevent.add("description", f"{page.teaser}\n\n{url}")
    location = ", ".join(
        part for part in (page.address_line if page.has_place else "", page.online_url) if part
    )
    if location:
        vevent.add("location", location)
    if page.contact_email and entry.owner:
        organizer = vCalAddress(f"mailto:{page.contact_email}")
        organizer.params["cn"] = vText(entry.owner.name)
        vevent.add("organizer", organizer)
    if entry.topics:
        vevent.add("categories", [topic.name for topic in entry.topics])
    return vevent.to_ical()


def every_demo_event_entry():
    from django.test import RequestFactory
    from wagtail.models import Site

    from sites.core.sharing import build_entries
    from sites.events.models import EventPage

    request = RequestFactory().get("/", HTTP_HOST="acod.localhost")
    site = Site.objects.get(hostname="acod.localhost")
    return build_entries(EventPage.objects.live().order_by("pk"), request, site), request


def test_each_events_text_is_what_icalendar_writes_for_it():
    from sites.events.ical import event_text

    entries, request = every_demo_event_entry()
    assert len(entries) >= 20  # every demo event in both languages
    kinds = {
        (entry.page.all_day, bool(entry.topics), bool(entry.page.contact_email))
        for entry in entries
    }
    assert {True, False} <= {all_day for all_day, _, _ in kinds}  # both kinds of start and end
    for entry in entries:
        assert event_text(entry, request) == icalendars_event(entry, request), entry.page.title


def test_awkward_text_is_escaped_and_folded_as_icalendar_does():
    """Long German text with umlauts, emoji and escapes right at the fold, an organiser name with
    separators: the text icalendar writes, byte for byte."""
    from sites.events.ical import event_text

    entries, request = every_demo_event_entry()
    entry = entries[0]
    page = entry.page
    page.title = "Größenwahn; Tagung, Workshop: Ä\\Ö^Ü " * 6 + "😀" * 40
    page.teaser = ("Übersetzung\nmit Zeilenumbruch, Komma; Semikolon \\ Rückstrich " * 5).strip()
    page.venue = "Haus „Zur Börse“, Saal 3; Eingang B"
    page.contact_email = "tagung@acod.example"
    entry.owner.name = 'Verein "Größe", Ost; e.V.'

    assert event_text(entry, request) == icalendars_event(entry, request)


@pytest.mark.parametrize("length", [0, 1, 73, 74, 75, 76, 147, 148, 149, 500])
@pytest.mark.parametrize("filler", ["a", "ä", "€", "😀", "a\\", "ab^", "ä\\,"])
def test_lines_fold_where_icalendar_folds_them(length, filler):
    from icalendar.parser.string import _foldline

    from sites.events.ical import fold

    line = (filler * length)[:length]
    assert fold(line) == _foldline(line)


@pytest.mark.parametrize(
    "text",
    ["", "plain", "a;b,c", "back\\slash", "\\N and \\n", "line\r\nbreak\nand\rreturn", "Ä;€,😀\\"],
)
def test_text_is_escaped_as_icalendars_vtext_escapes_it(text):
    from sites.events.ical import escape_text

    assert escape_text(text).encode() == vText(text).to_ical()
