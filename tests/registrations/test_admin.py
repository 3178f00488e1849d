"""Organisers' registration lists: every organiser's editors and moderators, and nobody else."""

import csv
import io
import re
from html import escape as html_escape

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.formats import date_format

from sites.events.models import EventPage
from sites.registrations.models import Registration
from tests.conftest import demo_page, site_of
from tests.editorial.conftest import ASSOCIATIONS
from tests.registrations.conftest import DEMO_CONFIRMED, pending_registration, set_places

pytestmark = pytest.mark.django_db
Status = Registration.Status
ROLES = ("editor", "moderator", "translator")
# event -> the associations that organise it
EVENTS = {
    "joint": ("acod-demo-software-forum", {"acod", "clusterit"}),
    "clusterit-only": ("clusterit-demo-security-day", {"clusterit"}),
    "logistik-only": ("logistik-demo-logistics-academy", {"logistik"}),
}
SECRET_NAME = {
    "joint": "Gemeinsame Geheimperson",
    "clusterit-only": "Cluster-IT-Geheimperson",
    "logistik-only": "Logistik-Geheimperson",
}


@pytest.fixture
def events(db):
    """The three events with registration on and one recognisable confirmed registration each."""
    found = {}
    for kind, (key, _organisers) in EVENTS.items():
        event = demo_page("event", key)
        EventPage.objects.filter(translation_key=event.translation_key).update(
            registration_enabled=True, registration_url="", capacity=50
        )
        event.refresh_from_db()
        pending_registration(
            event,
            f"{kind}@example.org",
            site_of(sorted(_organisers)[0]),
            name=SECRET_NAME[kind],
            status=Status.CONFIRMED,
            confirmed_at=timezone.now(),
        )
        found[kind] = event
    return found


def may_manage(username, kind):
    association, role = username.split("-")
    return role in ("editor", "moderator") and association in EVENTS[kind][1]


ACCOUNTS = [f"{association}-{role}" for association in ASSOCIATIONS for role in ROLES]


@pytest.mark.parametrize("username", ACCOUNTS)
@pytest.mark.parametrize("kind", list(EVENTS))
def test_the_list_shows_an_events_registrations_only_to_its_organisers(
    login, events, username, kind
):
    client = login(username)
    event = events[kind]

    listing = client.get(f"/admin/registrations/{event.pk}/")
    overview = client.get("/admin/registrations/")

    if may_manage(username, kind):
        assert listing.status_code == 200
        assert SECRET_NAME[kind] in listing.content.decode()
        assert event.title in overview.content.decode()
    else:
        assert listing.status_code in (302, 403, 404)
        assert SECRET_NAME[kind] not in listing.content.decode()
        assert event.title not in overview.content.decode()


@pytest.mark.parametrize("username", ACCOUNTS)
@pytest.mark.parametrize("kind", list(EVENTS))
def test_the_export_goes_only_to_the_events_organisers(login, events, username, kind):
    response = login(username).get(f"/admin/registrations/{events[kind].pk}/export/")

    if may_manage(username, kind):
        assert response.status_code == 200
        assert SECRET_NAME[kind] in response.content.decode("utf-8-sig")
    else:
        assert response.status_code in (302, 403, 404)
        assert SECRET_NAME[kind] not in response.content.decode("utf-8", "replace")


@pytest.mark.parametrize("username", ACCOUNTS)
@pytest.mark.parametrize("kind", list(EVENTS))
def test_only_the_events_organisers_can_cancel_a_registration(login, events, username, kind):
    registration = Registration.objects.get(email=f"{kind}@example.org")

    response = login(username).post(
        f"/admin/registrations/{events[kind].pk}/{registration.pk}/cancel/"
    )

    registration.refresh_from_db()
    if may_manage(username, kind):
        assert response.status_code == 302
        assert registration.status == Status.CANCELLED
    else:
        assert response.status_code in (302, 403, 404)
        assert registration.status == Status.CONFIRMED


def test_a_registration_id_of_another_event_is_not_reachable_through_ones_own(login, events):
    foreign = Registration.objects.get(email="logistik-only@example.org")

    response = login("acod-moderator").post(
        f"/admin/registrations/{events['joint'].pk}/{foreign.pk}/cancel/"
    )

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == Status.CONFIRMED


def test_the_export_is_excel_ready_utf8_with_bom_and_semicolons(login, events):
    event = events["joint"]
    pending_registration(
        event,
        "formel@example.org",
        site_of("acod"),
        name='=HYPERLINK("x")',
        organisation="Müller & Söhne",
    )

    response = login("acod-editor").get(
        f"/admin/registrations/{event.pk}/export/?delimiter=semicolon"
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Status", "Name", "E-Mail", "Organisation"]
    assert "Teilnahme am Imbiss" in rows[0]
    assert len(rows) == 1 + DEMO_CONFIRMED + 2
    formula = next(row for row in rows if row[2] == "formel@example.org")
    assert formula[1] == '\'=HYPERLINK("x")'  # a spreadsheet shows it, never runs it
    assert formula[3] == "Müller & Söhne"
    assert rows[1][0] == "bestätigt"  # confirmed first


def test_the_attendee_list_prints_the_confirmed_people_a_to_z(login, events):
    event = events["joint"]
    pending_registration(
        event, "warten@example.org", site_of("acod"), name="Wartende Person", status=Status.WAITING
    )

    html = (
        login("clusterit-moderator")
        .get(f"/admin/registrations/{event.pk}/attendees/")
        .content.decode()
    )

    names = [
        "Erika Musterfrau (Demo)",
        "Gemeinsame Geheimperson",
        "Jane Example (Demo)",
        "Max Mustermann (Demo)",
    ]
    positions = [html.index(name) for name in names]
    assert positions == sorted(positions)
    assert "Wartende Person" not in html
    assert "registrations/attendee_list.css" in html


def test_moving_up_needs_a_free_place_and_mails_the_person(login, events):
    event = events["joint"]
    set_places(event, DEMO_CONFIRMED + 1)
    waiting = pending_registration(
        event,
        "warten@example.org",
        site_of("clusterit"),
        lang="en",
        status=Status.WAITING,
        confirmed_at=timezone.now(),
    )
    client = login("acod-moderator")
    url = f"/admin/registrations/{event.pk}/{waiting.pk}/move-up/"

    client.post(url)
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITING  # all places taken: no overbooking
    assert mail.outbox == []

    set_places(event, DEMO_CONFIRMED + 2)
    client.post(url)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    [message] = mail.outbox
    assert message.to == ["warten@example.org"]
    assert message.subject.startswith("A place has become free for you")


def test_mail_to_all_confirmed_attendees_goes_one_by_one(login, events):
    event = events["joint"]
    pending_registration(event, "warten@example.org", site_of("acod"), status=Status.WAITING)

    response = login("acod-editor").post(
        f"/admin/registrations/{event.pk}/mail/",
        {"subject": "Parken am Tagungszentrum", "message": "Bitte nutzen Sie Parkhaus Nord."},
    )

    assert response.status_code == 302
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(
        Registration.objects.filter(event=event, status=Status.CONFIRMED).values_list(
            "email", flat=True
        )
    )
    assert all(message.subject == "Parken am Tagungszentrum" for message in mail.outbox)
    assert all(len(message.to) == 1 and not message.bcc for message in mail.outbox)
    assert "Parkhaus Nord" in mail.outbox[0].body


def test_mailing_all_attendees_reads_the_same_however_many_there_are(events):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sites.registrations.mails import send_to_attendees

    event = events["joint"]

    def queries():
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as captured:
            sent = send_to_attendees(event, "Betreff", "Nachricht")
        assert sent == len(mail.outbox)
        return len(captured)

    few = queries()
    for number in range(30):
        pending_registration(
            event,
            f"teilnehmer{number}@example.org",
            site_of(("acod", "clusterit")[number % 2]),
            lang=("de", "en")[number % 2],
            status=Status.CONFIRMED,
        )

    assert queries() == few
    assert len(mail.outbox) == DEMO_CONFIRMED + 1 + 30


def test_the_dashboard_shows_confirmed_of_places_for_ones_own_events(login, events):
    html = login("clusterit-editor").get("/admin/").content.decode()

    assert f"{DEMO_CONFIRMED + 1}/50 angemeldet" in html  # the joint event: demo + one
    assert "/admin/registrations/" in html


def test_the_registrations_menu_is_offered_to_organisers_not_translators(login):
    assert "/admin/registrations/" in login("logistik-editor").get("/admin/").content.decode()
    assert (
        "/admin/registrations/" not in login("logistik-translator").get("/admin/").content.decode()
    )


def test_old_registrations_and_never_confirmed_sign_ups_are_deleted(events):
    event = events["joint"]
    stale = pending_registration(
        event,
        "alt@example.org",
        site_of("acod"),
        created_at=timezone.now() - timezone.timedelta(days=5),
    )
    fresh = pending_registration(event, "neu@example.org", site_of("acod"))
    past = demo_page("event", "logistik-demo-field-trip-schkeuditz")  # 25 days ago
    past_count = Registration.objects.filter(event=past).count()
    assert past_count == 3
    out = io.StringIO()

    call_command("delete_old_registrations", "--days", "20", stdout=out)

    assert "Deleted 3 registration(s)" in out.getvalue()
    assert not Registration.objects.filter(event=past).exists()
    assert not Registration.objects.filter(pk=stale.pk).exists()
    assert Registration.objects.filter(pk=fresh.pk).exists()
    assert (
        Registration.objects.filter(event=event, status=Status.CONFIRMED).count()
        == DEMO_CONFIRMED + 1
    )


def test_the_default_retention_keeps_recent_events_registrations(events):
    call_command("delete_old_registrations", stdout=io.StringIO())

    past = demo_page("event", "logistik-demo-field-trip-schkeuditz")
    assert Registration.objects.filter(event=past).count() == 3


def test_the_event_editor_shows_the_registrations_so_far_with_a_link_to_the_list(login, events):
    event = events["joint"]

    html = login("acod-editor").get(f"/admin/pages/{event.pk}/edit/").content.decode()

    assert "Bisherige Anmeldungen" in html
    assert f"/admin/registrations/{event.pk}/" in html


def test_a_co_organiser_sees_the_list_but_is_not_offered_to_edit_the_partners_event(login, events):
    event = events["joint"]

    html = login("clusterit-editor").get(f"/admin/registrations/{event.pk}/").content.decode()

    assert SECRET_NAME["joint"] in html
    assert f"/admin/pages/{event.pk}/edit/" not in html
    assert (
        f"/admin/pages/{event.pk}/edit/"
        in login("acod-editor").get(f"/admin/registrations/{event.pk}/").content.decode()
    )


def test_the_admin_shows_an_all_day_events_date_without_a_time(login):
    fair = demo_page("event", "acod-demo-supplier-fair")
    assert fair.all_day
    EventPage.objects.filter(translation_key=fair.translation_key).update(
        registration_enabled=True, registration_url="", capacity=20
    )
    client = login("acod-editor")

    for path, fmt in (
        ("/admin/", "SHORT_DATE_FORMAT"),
        ("/admin/registrations/", "DATE_FORMAT"),
        (f"/admin/registrations/{fair.pk}/", "DATE_FORMAT"),
    ):
        html = client.get(path).content.decode()
        # the list item, table row or heading block that names the event
        entries = [
            part for part in re.split(r"<li>|<tr>|<h1", html)[1:] if html_escape(fair.title) in part
        ]
        assert entries, path
        for entry in entries:
            assert date_format(fair.first_day, fmt) in entry, (path, entry)
            assert not re.search(r"\b0?0:00\b|Mitternacht|midnight", entry), (path, entry)
