"""A reader registers for an event on any organiser's site, confirms from the mail, cancels."""

import datetime
import json
import re
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from sites.events.ical import event_uid
from sites.events.models import EventPage
from sites.registrations.models import Registration
from tests.conftest import demo_page, site_of
from tests.registrations.conftest import (
    DEMO_CONFIRMED,
    JOINT_OWN_PATH,
    JOINT_SHARED_PATH,
    link_from,
    pending_registration,
    places_text,
    register_path,
    set_places,
    sign_up,
)

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture(autouse=True)
def _no_rate_limit_left(settings):
    """Every test starts with no sign-ups counted for its client (the limit is in the cache)."""
    caches["default"].clear()
    settings.CONTACT_RATE_LIMIT = "50/600"


def test_every_organisers_site_shows_the_places_left_in_its_language(site_client, joint_event):
    left = 40 - DEMO_CONFIRMED
    acod, clusterit = site_client("acod"), site_client("clusterit")

    assert places_text(acod.get(JOINT_OWN_PATH["de"])) == f"Noch {left} Plätze frei"
    assert places_text(clusterit.get(JOINT_SHARED_PATH["de"])) == f"Noch {left} Plätze frei"
    assert places_text(clusterit.get(JOINT_SHARED_PATH["en"])) == f"{left} places left"


def test_the_form_posts_to_the_site_the_reader_is_on(site_client, joint_event):
    html = site_client("clusterit").get(JOINT_SHARED_PATH["en"]).content.decode()

    assert f'action="{register_path(joint_event, "en")}"' in html
    assert "Joining the light snack" in html
    assert re.search(r'<a href="/en/[^"]*privacy[^"]*">privacy policy</a>', html)


def test_sign_up_mails_a_confirmation_link_with_the_calendar_file_in_the_pages_language(
    site_client, joint_event
):
    response = sign_up(
        site_client("clusterit"),
        joint_event,
        lang="en",
        email="Ada.Beispiel@Example.org",
        **{"question_software-forum-snack": "on", "question_software-forum-diet": "vegan"},
    )

    assert response.status_code == 200
    assert "please check your e-mail" in response.content.decode()
    registration = Registration.objects.get(event=joint_event, email="ada.beispiel@example.org")
    assert registration.status == Status.PENDING
    assert registration.site == site_of("clusterit")
    assert registration.language == "en"
    assert registration.answers == {"software-forum-snack": True, "software-forum-diet": "vegan"}
    [message] = mail.outbox
    assert message.to == ["ada.beispiel@example.org"]
    assert message.subject.startswith("Please confirm your registration: Evening forum")
    assert "http://clusterit.localhost/en/" in message.body
    assert link_from(message, "confirm", "en").startswith("/en/")
    assert link_from(message, "cancel", "en").startswith("/en/")
    [(filename, content, mimetype)] = message.attachments
    assert mimetype == "text/calendar"
    [vevent] = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["UID"]) == event_uid(joint_event)
    assert str(vevent["SUMMARY"]).startswith("Evening forum")


def test_a_registration_counts_only_once_confirmed_and_then_on_every_site_at_once(
    page_cache, site_client, joint_event
):
    acod, clusterit = site_client("acod"), site_client("clusterit")
    before = f"Noch {40 - DEMO_CONFIRMED} Plätze frei"
    assert places_text(acod.get(JOINT_OWN_PATH["de"])) == before
    assert places_text(clusterit.get(JOINT_SHARED_PATH["de"])) == before
    assert clusterit.get(JOINT_SHARED_PATH["de"])["X-Cache"] == "HIT"

    sign_up(clusterit, joint_event)
    assert places_text(acod.get(JOINT_OWN_PATH["de"])) == before
    confirm_path = link_from(mail.outbox[0], "confirm")

    page = clusterit.get(confirm_path)
    assert page.status_code == 200
    assert "Anmeldung bestätigen" in page.content.decode()
    # Opening the link (as mail scanners do) confirms nothing; the button does.
    assert Registration.objects.get(email="ada.beispiel@example.org").status == Status.PENDING
    assert clusterit.post(confirm_path).status_code == 200

    assert Registration.objects.get(email="ada.beispiel@example.org").status == Status.CONFIRMED
    after = f"Noch {40 - DEMO_CONFIRMED - 1} Plätze frei"
    assert places_text(acod.get(JOINT_OWN_PATH["de"])) == after
    assert places_text(clusterit.get(JOINT_SHARED_PATH["de"])) == after
    assert (
        places_text(clusterit.get(JOINT_SHARED_PATH["en"]))
        == f"{40 - DEMO_CONFIRMED - 1} places left"
    )


def test_a_full_event_takes_sign_ups_onto_the_waiting_list_and_a_cancellation_moves_the_first_up(
    site_client, joint_event
):
    set_places(joint_event, DEMO_CONFIRMED)
    client = site_client("acod")
    assert places_text(client.get(JOINT_OWN_PATH["de"])) == "Ausgebucht: Warteliste"

    for name in ("erste", "zweite"):
        sign_up(client, joint_event, name=name.title(), email=f"{name}@example.org")
        client.post(link_from(mail.outbox[-1], "confirm"))
    first = Registration.objects.get(email="erste@example.org")
    assert first.status == Status.WAITING
    assert Registration.objects.get(email="zweite@example.org").status == Status.WAITING

    attendee = Registration.objects.filter(event=joint_event, status=Status.CONFIRMED).first()
    mail.outbox.clear()
    response = client.post(_cancel_path(attendee))

    assert response.status_code == 200
    attendee.refresh_from_db()
    first.refresh_from_db()
    assert attendee.status == Status.CANCELLED
    assert first.status == Status.CONFIRMED
    assert Registration.objects.get(email="zweite@example.org").status == Status.WAITING
    [message] = mail.outbox
    assert message.to == ["erste@example.org"]
    assert "Warteliste" in message.body
    assert Registration.objects.filter(event=joint_event, status=Status.CONFIRMED).count() == 3


def _cancel_path(registration):
    from django.urls import reverse
    from django.utils import translation

    with translation.override(registration.language):
        return reverse("registrations:cancel", kwargs={"token": registration.cancel_token()})


def test_the_waiting_list_page_tells_the_position(site_client, joint_event):
    set_places(joint_event, DEMO_CONFIRMED)
    client = site_client("acod")
    for name in ("erste", "zweite"):
        sign_up(client, joint_event, name=name.title(), email=f"{name}@example.org")
        response = client.post(link_from(mail.outbox[-1], "confirm"))

    assert "Platz 2 der Warteliste" in response.content.decode()


def test_a_second_click_on_the_confirm_link_changes_nothing(site_client, joint_event):
    client = site_client("acod")
    sign_up(client, joint_event)
    confirm_path = link_from(mail.outbox[0], "confirm")
    client.post(confirm_path)
    confirmed_at = Registration.objects.get(email="ada.beispiel@example.org").confirmed_at

    response = client.post(confirm_path)

    assert response.status_code == 200
    registration = Registration.objects.get(email="ada.beispiel@example.org")
    assert (registration.status, registration.confirmed_at) == (Status.CONFIRMED, confirmed_at)


def test_a_forged_or_foreign_token_is_refused_with_a_page_not_a_500(site_client, joint_event):
    client = site_client("acod")
    registration = pending_registration(joint_event, "x@example.org", site_of("acod"))
    cancel_token = registration.cancel_token()
    forged = registration.confirm_token()[:-3] + "abc"

    for path in (
        "/de/anmeldung/bestaetigen/abc/",
        f"/de/anmeldung/bestaetigen/{forged}/",
        f"/de/anmeldung/bestaetigen/{cancel_token}/",  # a cancel link does not confirm
        "/de/anmeldung/stornieren/%00%ff/",
    ):
        for method in (client.get, client.post):
            response = method(path)
            assert response.status_code == 404, path
            assert "Dieser Link ist nicht gültig" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_an_expired_confirm_link_asks_to_register_again(site_client, joint_event, settings):
    registration = pending_registration(joint_event, "spaet@example.org", site_of("acod"))
    four_days_ago = timezone.now().timestamp() - 4 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=four_days_ago):
        token = registration.confirm_token()

    response = site_client("acod").post(f"/de/anmeldung/bestaetigen/{token}/")

    assert response.status_code == 410
    assert "abgelaufen" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_registering_again_with_a_pending_address_sends_a_new_link_and_no_duplicate(
    site_client, joint_event
):
    client = site_client("acod")
    sign_up(client, joint_event)
    response = sign_up(client, joint_event, email=" ADA.beispiel@example.org ")

    assert response.status_code == 200
    assert Registration.objects.filter(email="ada.beispiel@example.org").count() == 1
    assert len(mail.outbox) == 2


def test_a_confirmed_address_is_told_it_is_already_registered(site_client, joint_event):
    client = site_client("acod")
    response = sign_up(client, joint_event, email="erika.musterfrau@example.org")

    assert response.status_code == 409
    assert "bereits angemeldet" in response.content.decode()
    assert Registration.objects.filter(email="erika.musterfrau@example.org").count() == 1
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "ada.example.org"}, "gültige E-Mail-Adresse"),
        ({"email": ""}, "Bitte geben Sie Ihre E-Mail-Adresse ein"),
        ({"consent": ""}, "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu"),
        ({"name": "A" * 121}, "höchstens 120 Zeichen"),
        ({"organisation": "O" * 10_000}, "höchstens 160 Zeichen"),
        ({"question_software-forum-diet": "d" * 201}, "höchstens 200 Zeichen"),
    ],
)
def test_invalid_input_is_answered_with_the_form_and_its_errors(
    site_client, joint_event, data, message
):
    response = sign_up(site_client("acod"), joint_event, **data)

    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert message in html
    assert not Registration.objects.filter(event=joint_event, name="Ada Beispiel").exists()
    assert mail.outbox == []


def test_a_filled_honeypot_stores_and_mails_nothing(site_client, joint_event):
    response = sign_up(site_client("acod"), joint_event, website="http://spam.example")

    assert response.status_code == 200
    assert not Registration.objects.filter(email="ada.beispiel@example.org").exists()
    assert mail.outbox == []


def test_the_contact_forms_rate_limit_applies(site_client, joint_event, settings):
    settings.CONTACT_RATE_LIMIT = "2/600"
    client = site_client("acod")
    for number in range(2):
        assert sign_up(client, joint_event, email=f"p{number}@example.org").status_code == 200

    response = sign_up(client, joint_event, email="p3@example.org")

    assert response.status_code == 429
    assert not Registration.objects.filter(email="p3@example.org").exists()


def test_registration_closes_at_the_deadline(site_client, joint_event):
    EventPage.objects.filter(translation_key=joint_event.translation_key).update(
        registration_deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    client = site_client("acod")

    page = client.get(JOINT_OWN_PATH["de"]).content.decode()
    assert "Die Anmeldung für diese Veranstaltung ist geschlossen." in page
    assert "registration__form" not in page
    response = sign_up(client, joint_event)
    assert response.status_code == 409
    assert not Registration.objects.filter(email="ada.beispiel@example.org").exists()


def test_a_started_event_cannot_be_confirmed_any_more(site_client, joint_event):
    client = site_client("acod")
    sign_up(client, joint_event)
    EventPage.objects.filter(translation_key=joint_event.translation_key).update(
        start=timezone.now() - datetime.timedelta(minutes=5), registration_deadline=None
    )

    response = client.post(link_from(mail.outbox[0], "confirm"))

    assert response.status_code == 409
    assert Registration.objects.get(email="ada.beispiel@example.org").status == Status.PENDING


def test_a_site_that_does_not_show_the_event_takes_no_registration(site_client, joint_event):
    response = sign_up(site_client("logistik"), joint_event)

    assert response.status_code == 404
    assert not Registration.objects.filter(email="ada.beispiel@example.org").exists()


def test_an_event_without_the_registration_form_takes_none(site_client):
    event = demo_page("event", "clusterit-demo-security-day")

    assert sign_up(site_client("clusterit"), event).status_code == 404
    assert "registration__form" not in site_client("clusterit").get(event.url).content.decode()


def test_json_ld_offers_the_remaining_places(site_client, joint_event):
    html = site_client("acod").get(JOINT_OWN_PATH["en"]).content.decode()
    [data] = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        if '"Event"' in block
    ]

    assert data["remainingAttendeeCapacity"] == 40 - DEMO_CONFIRMED
    assert data["maximumAttendeeCapacity"] == 40
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["offers"]["url"].endswith("#registration")


def test_the_event_pages_query_count_does_not_grow_with_its_registrations(site_client, joint_event):
    def count():
        client = site_client("clusterit")
        with CaptureQueriesContext(connection) as queries:
            assert client.get(JOINT_SHARED_PATH["en"]).status_code == 200
        return len(queries)

    Registration.objects.filter(event=joint_event).delete()
    count()  # what the first request of a process reads once (sites, locales)
    with_none = count()
    Registration.objects.bulk_create(
        Registration(
            event=joint_event,
            email=f"p{number}@example.org",
            name=f"P {number}",
            language="de",
            event_url="http://acod.localhost/",
            status=Status.CONFIRMED if number % 2 else Status.WAITING,
        )
        for number in range(500)
    )

    assert count() == with_none


def test_signed_tokens_name_the_registration_and_nothing_else(joint_event):
    registration = pending_registration(joint_event, "t@example.org", site_of("acod"))

    assert (
        Registration.from_token(registration.confirm_token(), "sites.registrations.confirm")
        == registration
    )
    with pytest.raises(signing.BadSignature):
        Registration.from_token(
            signing.dumps("not-a-uuid", salt="sites.registrations.confirm"),
            "sites.registrations.confirm",
        )


def test_an_event_has_either_the_registration_form_or_an_external_link(joint_event):
    from django.core.exceptions import ValidationError

    joint_event.registration_url = "https://acod.example/anmeldung"

    with pytest.raises(ValidationError) as error:
        joint_event.validate_event_details()
    assert "registration_url" in error.value.message_dict


def test_registration_closes_when_the_event_has_started(site_client, joint_event):
    EventPage.objects.filter(translation_key=joint_event.translation_key).update(
        start=timezone.now() - datetime.timedelta(minutes=5), registration_deadline=None
    )
    client = site_client("clusterit")

    page = client.get(JOINT_SHARED_PATH["de"]).content.decode()
    assert "Die Anmeldung für diese Veranstaltung ist geschlossen." in page
    assert "registration__form" not in page
    assert sign_up(client, joint_event).status_code == 409


def test_an_external_registration_link_is_offered_until_the_event_starts(site_client):
    event = demo_page("event", "clusterit-demo-security-day")
    client = site_client("clusterit")
    assert event.registration_url in client.get(event.url).content.decode()

    EventPage.objects.filter(translation_key=event.translation_key).update(
        start=timezone.now() - datetime.timedelta(minutes=5),
        end=timezone.now() + datetime.timedelta(hours=3),
        registration_deadline=None,
    )

    html = client.get(event.url).content.decode()
    assert f'href="{event.registration_url}"' not in html
    assert "Anmeldung geschlossen" in html
