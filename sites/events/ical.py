"""RFC 5545 calendars (icalendar): one event as a download, all a site's events as a subscribable feed."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Parameters

PRODUCT_ID = "-//Verbund//Association events//DE"
UID_DOMAIN = "events.verbund"


def event_uid(page):
    """Stable across edits, hosts and languages: the translation key ties the language versions."""
    return f"{page.translation_key}@{UID_DOMAIN}"


def event_text(entry, request=None):
    """The event's VEVENT as RFC 5545 text; without a request, `entry.url` must be absolute
    (mails).

    The same bytes icalendar writes for an Event with these properties (tests compare them for
    every demo event and for awkward text), written directly: building icalendar's objects and
    letting them serialise themselves was two thirds of the calendar feed's time (250 events).
    Order: icalendar's canonical properties first, the others alphabetically."""
    page = entry.page
    url = request.build_absolute_uri(entry.url) if request is not None else entry.url
    if page.all_day:
        start = f"DTSTART;VALUE=DATE:{page.first_day:%Y%m%d}"
        end = f"DTEND;VALUE=DATE:{page.last_day + datetime.timedelta(days=1):%Y%m%d}"  # exclusive
    else:
        start = f"DTSTART:{utc_text(page.start)}"
        end = f"DTEND:{utc_text(page.end)}"
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{escape_text(page.title)}",
        start,
        end,
        f"DTSTAMP:{utc_text(page.last_published_at or timezone.now())}",
        f"UID:{escape_text(event_uid(page))}",
    ]
    if entry.topics:
        lines.append("CATEGORIES:" + ",".join(escape_text(topic.name) for topic in entry.topics))
    lines.append("DESCRIPTION:" + escape_text(f"{page.teaser}\n\n{url}"))
    if page.last_published_at:
        lines.append(f"LAST-MODIFIED:{utc_text(page.last_published_at)}")
    location = ", ".join(
        part for part in (page.address_line if page.has_place else "", page.online_url) if part
    )
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if page.contact_email and entry.owner:
        name = Parameters({"CN": entry.owner.name}).to_ical().decode()
        lines.append(f"ORGANIZER;{name}:mailto:{page.contact_email}")
    lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return "".join(fold(line) + "\r\n" for line in lines).encode()


def escape_text(text):
    """A TEXT value escaped as icalendar's vText escapes it (RFC 5545 3.3.11; icalendar's own
    escape function is deprecated): backslash first, then separators, then line breaks."""
    return (
        text.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def utc_text(moment):
    """A DATE-TIME in UTC (`20190617T080000Z`)."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


FOLD_OCTETS = 74  # octets per physical line before the CRLF and space (RFC 5545 3.1, icalendar)


def fold(line):
    """RFC 5545 line folding exactly as icalendar does it: pieces of at most 74 octets that end
    on a character boundary, and never right after a backslash or caret (an escape stays whole)."""
    encoded = line.encode()
    if len(encoded) <= FOLD_OCTETS:
        return line
    pieces = []
    start = 0
    while len(encoded) - start > FOLD_OCTETS:
        end = start + FOLD_OCTETS
        while encoded[end] & 0xC0 == 0x80:  # inside a UTF-8 sequence: cut before it
            end -= 1
        piece = encoded[start:end]
        if piece[-1:] in (b"\\", b"^") and len(piece.decode()) > 1:
            end -= 1
        pieces.append(encoded[start:end])
        start = end
    pieces.append(encoded[start:])
    return b"\r\n ".join(pieces).decode()


def calendar_text(title, vevent_texts):
    """The calendar as RFC 5545 text: what icalendar's Calendar.to_ical() gives with the events
    added as components, assembled from the events' own serialised text."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    head, end = calendar.to_ical().rsplit(b"END:VCALENDAR", 1)
    return head + b"".join(vevent_texts) + b"END:VCALENDAR" + end


def calendar_response(body, filename, attachment):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
