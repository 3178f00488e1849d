"""Joint events: shown on every organiser's and partner's site, in lists, the calendar and .ics."""

import datetime
import json
import zoneinfo

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Locale

from sites.demo.management.commands.bootstrap_verbund import stable_key
from sites.events import models as event_models
from sites.events.models import (
    CALENDAR_FEED_HISTORY,
    EventIndexPage,
    EventPage,
    EventPageOrganiser,
)
from tests.conftest import HOSTS, demo_page, site_of

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
EVENT_INDEX = {"de": "/de/veranstaltungen/", "en": "/en/events/"}
VISIBILITY = {
    # event key: (owner, the sites it must show on)
    "it-trifft-logistik-2019": ("clusterit", {"clusterit", "logistik"}),
    "cybercrime-2019": ("clusterit", {"clusterit", "acod"}),
    "signing-2019": ("acod", {"acod", "clusterit", "logistik"}),
    "logistik-demo-automotive-logistics-forum": ("logistik", {"logistik", "acod"}),
    "clusterit-demo-security-day": ("clusterit", {"clusterit"}),
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".teaser__title a")]


def listing_for(event):
    return {"when": "past"} if event.is_past else {}


def calendar_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".month-calendar li a")]


@pytest.mark.parametrize("event_key", VISIBILITY)
@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_event_shows_exactly_on_owner_organiser_and_partner_sites(
    site_client, event_key, key, lang
):
    event = demo_page("event", event_key, lang)
    client = site_client(key)
    owner, shown_on = VISIBILITY[event_key]
    expected = key in shown_on
    month = timezone.localtime(event.start).strftime("%Y-%m")

    listing = client.get(EVENT_INDEX[lang], listing_for(event))
    by_month = client.get(EVENT_INDEX[lang], {"month": month})
    calendar = client.get(EVENT_INDEX[lang], {"view": "calendar", "month": month})
    feed = icalendar.Calendar.from_ical(client.get(f"{EVENT_INDEX[lang]}ical/").content)

    assert (event.title in titles(listing)) is expected
    assert (event.title in titles(by_month)) is expected
    assert (event.title in calendar_titles(calendar)) is expected
    feed_summaries = {str(component["SUMMARY"]) for component in feed.walk("VEVENT")}
    if event.end >= timezone.now() - CALENDAR_FEED_HISTORY:
        assert (event.title in feed_summaries) is expected
    if key != owner:
        partner_url = f"{EVENT_INDEX[lang]}{owner}/{event.slug}/"
        assert client.get(partner_url).status_code == (200 if expected else 404)


def test_it_trifft_logistik_names_both_organisers(site_client):
    event = demo_page("event", "it-trifft-logistik-2019", "de")

    html = soup(site_client("logistik").get(f"/de/veranstaltungen/clusterit/{event.slug}/"))

    organisers = [b.get_text() for b in html.select(".event-facts .association-badge__name")]
    assert organisers == ["Cluster IT", "Netzwerk Logistik"]
    assert html.select_one(".source-note").get_text(strip=True) == "Ein Beitrag von Cluster IT"
    assert html.find("link", rel="canonical")["href"] == (
        f"http://clusterit.localhost/de/veranstaltungen/{event.slug}/"
    )
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert [o["name"] for o in data["organizer"]] == [
        "Cluster IT Mitteldeutschland e.V.",
        "Netzwerk Logistik Mitteldeutschland e.V.",
    ]
    assert data["startDate"] == "2019-02-13"


def test_upcoming_listing_is_soonest_first_and_past_archive_newest_first(site_client):
    client = site_client("acod")
    upcoming = EventPage.visible_on(site_of("acod"), demo_page("event", "signing-2019").locale)

    listed = titles(client.get("/de/veranstaltungen/"))
    past = titles(client.get("/de/veranstaltungen/", {"when": "past"}))

    expected_upcoming = [
        e.title for e in upcoming.filter(end__gte=timezone.now()).order_by("start")
    ]
    assert listed == expected_upcoming[:10]
    assert listed
    past_events = upcoming.filter(end__lt=timezone.now()).order_by("-start")
    assert past == [e.title for e in past_events][:10]
    assert demo_page("event", "signing-2019").title in past


def make_event(index, title, start, end, **fields):
    event = EventPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        teaser="Test.",
        start=start,
        end=end,
        city="Leipzig",
        **fields,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


@pytest.fixture
def acod_event_index():
    return EventIndexPage.objects.child_of(site_of("acod").root_page).get()


@pytest.mark.parametrize(
    ("local_start", "utc_start"),
    [
        (datetime.datetime(2027, 1, 20, 10, 0), "20270120T090000Z"),  # winter time, UTC+1
        (datetime.datetime(2027, 7, 20, 10, 0), "20270720T080000Z"),  # summer time, UTC+2
        (datetime.datetime(2027, 3, 28, 10, 0), "20270328T080000Z"),  # first day of summer time
        (datetime.datetime(2027, 10, 31, 10, 0), "20271031T090000Z"),  # first day of winter time
    ],
)
def test_ics_download_has_utc_times_right_across_daylight_saving(
    site_client, acod_event_index, local_start, utc_start
):
    start = local_start.replace(tzinfo=BERLIN)
    event = make_event(
        acod_event_index, f"Termin {utc_start}", start, start + datetime.timedelta(hours=2)
    )

    response = site_client("acod").get(f"/de/veranstaltungen/{event.slug}/ical/")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert f"DTSTART:{utc_start}" in response.content.decode()
    vevent = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTEND") == start + datetime.timedelta(hours=2)
    assert str(vevent["UID"]) == f"{event.translation_key}@events.verbund"
    assert "DTSTAMP" in vevent
    assert str(vevent["LOCATION"]) == "Leipzig"
    assert str(vevent["URL"]) == f"http://acod.localhost/de/veranstaltungen/{event.slug}/"
    html = soup(site_client("acod").get(f"/de/veranstaltungen/{event.slug}/"))
    assert html.find("time")["datetime"] == start.isoformat()
    assert "10:00" in html.select_one(".event-facts dd").get_text()


def test_all_day_event_is_a_date_range_with_exclusive_end(site_client):
    event = demo_page("event", "signing-2019", "en")

    response = site_client("acod").get(f"/en/events/{event.slug}/ical/")

    vevent = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == datetime.date(2019, 6, 17)
    assert vevent.decoded("DTEND") == datetime.date(2019, 6, 18)


def test_uid_is_stable_across_languages_downloads_and_sites(site_client):
    event_de = demo_page("event", "it-trifft-logistik-2019", "de")
    event_en = demo_page("event", "it-trifft-logistik-2019", "en")

    def uid(client, path):
        return str(icalendar.Calendar.from_ical(client.get(path).content).walk("VEVENT")[0]["UID"])

    first = uid(site_client("clusterit"), f"/de/veranstaltungen/{event_de.slug}/ical/")
    assert first == uid(site_client("clusterit"), f"/de/veranstaltungen/{event_de.slug}/ical/")
    assert first == uid(site_client("clusterit"), f"/en/events/{event_en.slug}/ical/")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pages_link_the_calendar_feed_and_event_pages_their_ics(site_client, lang):
    client = site_client("logistik")
    home = soup(client.get(f"/{lang}/"))
    event = demo_page("event", "logistik-demo-logistics-academy", lang)
    event_html = soup(client.get(f"{EVENT_INDEX[lang]}{event.slug}/"))

    assert (
        home.find("link", rel="alternate", type="text/calendar")["href"]
        == f"{EVENT_INDEX[lang]}ical/"
    )
    ics_links = {
        link["href"] for link in event_html.find_all("link", rel="alternate", type="text/calendar")
    }
    assert f"{EVENT_INDEX[lang]}{event.slug}/ical/" in ics_links
    assert (
        event_html.find("a", type="text/calendar")["href"]
        == f"{EVENT_INDEX[lang]}{event.slug}/ical/"
    )


def test_calendar_feed_is_valid_and_includes_shared_events(site_client):
    response = site_client("acod").get("/en/events/ical/")

    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    summaries = {str(c["SUMMARY"]) for c in calendar.walk("VEVENT")}
    assert demo_page("event", "logistik-demo-automotive-logistics-forum", "en").title in summaries
    assert demo_page("event", "clusterit-demo-security-day", "en").title not in summaries
    assert all("UID" in c and "DTSTAMP" in c for c in calendar.walk("VEVENT"))


def test_calendar_feed_holds_the_recent_past_and_the_next_events_up_to_its_limit(
    site_client, monkeypatch
):
    def summaries():
        response = site_client("acod").get("/de/veranstaltungen/ical/")
        return [
            str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        ]

    recent = timezone.now() - CALENDAR_FEED_HISTORY
    visible = EventPage.visible_on(site_of("acod"), Locale.objects.get(language_code="de"))
    expected = list(
        visible.filter(end__gte=recent).order_by("start", "pk").values_list("title", flat=True)
    )
    assert len(expected) > 3
    assert sorted(summaries()) == sorted(expected)
    assert visible.filter(end__lt=recent).exists()  # older events exist and are left out

    monkeypatch.setattr(event_models, "CALENDAR_FEED_MAX_EVENTS", 3)
    assert sorted(summaries()) == sorted(expected[:3])


def test_month_calendar_places_multi_day_events_on_each_day(site_client):
    event = demo_page("event", "acod-demo-supplier-fair", "de")
    month = event.first_day.strftime("%Y-%m")

    html = soup(
        site_client("acod").get("/de/veranstaltungen/", {"view": "calendar", "month": month})
    )

    days_with_event = [
        cell.select_one(".month-calendar__day").get_text(" ", strip=True)
        for cell in html.select(".month-calendar td")
        if event.title in cell.get_text()
    ]
    assert len(days_with_event) == (event.last_day - event.first_day).days + 1
    assert str(event.first_day.year) in html.select_one(".month-nav__current").get_text()


@pytest.mark.parametrize(
    ("field", "values", "message"),
    [
        ("end", {"end_offset": -1}, "The event ends before it starts."),
        ("registration_deadline", {"deadline_offset": 2}, "must not be after the start"),
        ("online_url", {"mode": "online"}, "need an online link"),
        ("city", {"city": ""}, "need at least the city"),
    ],
)
def test_inconsistent_event_data_is_refused_with_a_clear_message(field, values, message):
    start = timezone.make_aware(datetime.datetime(2027, 5, 1, 10))
    event = EventPage(
        title="Test",
        slug="test",
        teaser="Test.",
        start=start,
        end=start + datetime.timedelta(hours=values.get("end_offset", 2)),
        city=values.get("city", "Leipzig"),
        mode=values.get("mode", "onsite"),
        contact_email="info@acod.example",
        registration_deadline=start + datetime.timedelta(hours=values["deadline_offset"])
        if "deadline_offset" in values
        else None,
    )

    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            event.validate_event_details()
        assert message in error.value.message_dict[field][0]


def test_validation_messages_are_german_for_german_editors():
    start = timezone.make_aware(datetime.datetime(2027, 5, 1, 10))
    event = EventPage(
        title="Test",
        slug="test",
        teaser="x",
        start=start,
        end=start - datetime.timedelta(hours=1),
        city="Halle (Saale)",
    )

    with translation.override("de"):
        with pytest.raises(ValidationError) as error:
            event.validate_event_details()
        assert error.value.message_dict["end"] == ["Die Veranstaltung endet, bevor sie beginnt."]


@pytest.mark.parametrize(
    ("key", "shown"), [("logistik", True), ("clusterit", True), ("acod", False)]
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_home_page_lists_next_events_of_owner_and_co_organisers(site_client, key, shown, lang):
    index_de = EventIndexPage.objects.child_of(site_of("logistik").root_page).get()
    start = timezone.now() + datetime.timedelta(hours=3)
    event = EventPage(
        title="Morgen gemeinsam",
        slug="morgen-gemeinsam",
        teaser="Bald.",
        start=start,
        end=start + datetime.timedelta(hours=1),
        city="Leipzig",
        translation_key=stable_key("test", "soon"),
        co_organisers=[EventPageOrganiser(site=site_of("clusterit"))],
    )
    index_de.add_child(instance=event)
    event.save_revision().publish()
    english = event.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Together tomorrow"
    english.save_revision().publish()
    title = {"de": "Morgen gemeinsam", "en": "Together tomorrow"}[lang]

    home = soup(site_client(key).get(f"/{lang}/"))

    section = home.find("section", attrs={"aria-labelledby": "home-events-heading"})
    assert (title in section.get_text()) is shown
