"""RFC 5545 calendars (icalendar): one event as a download, all a site's events as a subscribable feed."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

PRODUCT_ID = "-//Verbund//Association events//DE"
UID_DOMAIN = "events.verbund"


def event_uid(page):
    """Stable across edits, hosts and languages: the translation key ties the language versions."""
    return f"{page.translation_key}@{UID_DOMAIN}"


def build_vevent(entry, request=None):
    """The event as a VEVENT; without a request, `entry.url` must be absolute (mails)."""
    page = entry.page
    vevent = Event()
    vevent.add("uid", event_uid(page))
    vevent.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(datetime.UTC))
    if page.last_published_at:
        vevent.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    vevent.add("summary", page.title)
    if page.all_day:
        vevent.add("dtstart", page.first_day)
        vevent.add("dtend", page.last_day + datetime.timedelta(days=1))  # exclusive
    else:
        vevent.add("dtstart", page.start.astimezone(datetime.UTC))
        vevent.add("dtend", page.end.astimezone(datetime.UTC))
    url = request.build_absolute_uri(entry.url) if request is not None else entry.url
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
    categories = [topic.name for topic in entry.topics]
    if categories:
        vevent.add("categories", categories)
    return vevent


def vevent_text(vevent):
    """`vevent.to_ical()`: the same bytes (tests compare them), written from icalendar's own
    property order, values and parameters, but folded a line at a time. icalendar folds
    character by character and builds a parameter object per line: in the calendar feed's 250
    events that was about half of the feed's time."""
    lines = []
    for name, value in vevent.property_items(sorted=True):
        text = value.to_ical() if hasattr(value, "to_ical") else vText(value).to_ical()
        if isinstance(text, bytes):
            text = text.decode()
        params = getattr(value, "params", None)
        params_text = params.to_ical(sorted=True) if params else b""
        if params_text:
            lines.append(fold(f"{name};{params_text.decode()}:{text}"))
        else:
            lines.append(fold(f"{name}:{text}"))
    return ("\r\n".join(lines) + "\r\n").encode()


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
