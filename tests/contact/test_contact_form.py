"""The contact form of every site: consent, storage, e-mail, errors in the reader's language, spam."""

import logging

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import Client, RequestFactory
from wagtail.contrib.forms.models import FormSubmission

from sites.contact.models import ContactPage
from sites.contact.ratelimit import SubmissionRateLimit
from tests.conftest import HOSTS, LANGUAGES, demo_page, site_of

from .conftest import CONTACT_PATHS, branding, valid_data

pytestmark = pytest.mark.django_db

THANK_YOU = {"de": "Vielen Dank für Ihre Nachricht!", "en": "Thank you for your message!"}
ERRORS = {
    "de": {
        "required": "Bitte füllen Sie dieses Feld aus.",
        "email": "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.",
        "consent": "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu, damit wir Ihnen "
        "antworten können.",
        "too_long": "Bitte kürzen Sie Ihre Eingabe auf höchstens 5000 Zeichen (sie hat 5001).",
        "rate_limit": "Sie haben in kurzer Zeit mehrere Nachrichten gesendet.",
        "summary": "Bitte prüfen Sie Ihre Angaben",
    },
    "en": {
        "required": "Please fill in this field.",
        "email": "Please enter a valid e-mail address, e.g. name@example.org.",
        "consent": "Please agree to the processing of your details so that we can answer you.",
        "too_long": "Please shorten this to at most 5000 characters (it has 5001).",
        "rate_limit": "You have sent several messages in a short time.",
        "summary": "Please check your entries",
    },
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def contact_page(key, lang):
    return demo_page(key, "contact", lang)


def submissions(key, lang):
    return FormSubmission.objects.filter(page=contact_page(key, lang))


def field_error(html, name):
    error = html.find(id=f"id_{name}_error")
    return error.get_text(" ", strip=True) if error else None


# --- the page ------------------------------------------------------------------------------------


def test_bootstrap_made_every_contact_page_a_form_page_in_both_languages():
    for key in HOSTS:
        for lang in LANGUAGES:
            page = contact_page(key, lang)
            assert isinstance(page, ContactPage)
            assert page.live
            fields = list(page.form_fields.all())
            assert [f.clean_name for f in fields] == ["name", "email", "subject", "message"]
            assert [f.field_type for f in fields] == [
                "singleline",
                "email",
                "singleline",
                "multiline",
            ]
            assert [f.required for f in fields] == [True, True, False, True]
            assert {f.locale.language_code for f in fields} == {lang}
        de, en = contact_page(key, "de"), contact_page(key, "en")
        assert [f.label for f in de.form_fields.all()][3] == "Nachricht"
        assert [f.label for f in en.form_fields.all()][3] == "Message"
        # One field, two languages: the same translation key.
        assert [f.translation_key for f in de.form_fields.all()] == [
            f.translation_key for f in en.form_fields.all()
        ]


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_contact_page_renders_with_consent_linking_to_the_sites_privacy_page(
    contact_client, key, lang
):
    response = contact_client(key).get(CONTACT_PATHS[lang])

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == lang
    privacy = demo_page(key, "privacy", lang)
    consent_label = html.find("label", attrs={"for": "id_consent"})
    link = consent_label.find("a")
    assert link["href"] == privacy.relative_url(site_of(key))
    assert link["href"].startswith(f"/{lang}/")
    consent = html.find("input", attrs={"name": "consent"})
    assert consent["type"] == "checkbox"
    assert consent.has_attr("required")
    # The association's contact details stay on the page.
    details = html.select_one(".contact-page__details address")
    assert branding(key).email in details.get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_form_is_accessible(contact_client, lang):
    html = soup(contact_client("acod").get(CONTACT_PATHS[lang]))
    form = html.find("form", class_="contact-form__form")

    for field in form.find_all(["input", "textarea", "select"]):
        if field.get("type") in ("hidden", "submit"):
            continue
        label = form.find("label", attrs={"for": field["id"]})
        assert label is not None, field
        assert label.get_text(strip=True)
    required_marker = {"de": "Pflichtfeld", "en": "required"}[lang]
    for name in ("name", "email", "message", "consent"):
        field = form.find(attrs={"name": name})
        assert field.has_attr("required")
        assert required_marker in form.find("label", attrs={"for": field["id"]}).get_text()
    assert form.find(attrs={"name": "subject"}).has_attr("required") is False
    assert form.find(attrs={"name": "name"})["autocomplete"] == "name"
    assert form.find(attrs={"name": "email"})["autocomplete"] == "email"
    assert form.find(attrs={"name": "message"})["maxlength"] == "5000"
    honeypot = form.find(attrs={"name": "website"})
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    wrapper = honeypot.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "form-field--hp" in wrapper["class"]
    # No error summary before anything was sent; no inline scripts or styles.
    assert html.find(class_="error-summary") is None
    assert html.find("script", src=False) is None
    assert html.find(attrs={"style": True}) is None
    assert html.find("style") is None


# --- valid submissions ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_valid_submission_is_stored_and_mailed_to_the_association(contact_client, key, lang):
    response = contact_client(key).post(CONTACT_PATHS[lang], valid_data())

    assert response.status_code == 200
    assert THANK_YOU[lang] in response.content.decode()
    submission = submissions(key, lang).get()
    assert submission.form_data == {
        "name": "Erika Mustermann",
        "email": "erika@example.org",
        "subject": "Mitgliedschaft",
        "message": "Wir möchten Mitglied werden.\nBitte rufen Sie uns an.",
    }
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [branding(key).email]
    assert message.reply_to == ["erika@example.org"]
    assert "Mitgliedschaft" in message.subject
    assert branding(key).short_name in message.subject
    assert "Erika Mustermann" in message.body
    assert "Bitte rufen Sie uns an." in message.body
    assert contact_page(key, lang).full_url in message.body
    # Neither the consent box nor the honeypot ends up in the mail.
    assert "website" not in message.body.lower()


def test_page_to_address_overrides_the_association_address(contact_client):
    page = contact_page("clusterit", "de")
    page.to_address = "vorstand@clusterit.example, office@clusterit.example"
    page.save_revision().publish()

    contact_client("clusterit").post(CONTACT_PATHS["de"], valid_data())

    assert mail.outbox[0].to == ["vorstand@clusterit.example", "office@clusterit.example"]


def test_a_line_break_in_the_subject_never_breaks_the_mail_header(contact_client):
    response = contact_client("acod").post(
        CONTACT_PATHS["de"], valid_data(subject="Hallo\r\nBcc: spam@example.org")
    )

    assert response.status_code == 200
    assert "\n" not in mail.outbox[0].subject
    assert mail.outbox[0].bcc == []


def test_failing_mail_server_keeps_the_submission_and_thanks_the_reader(
    contact_client, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("sites.contact.models.send_mail", refuse)

    with caplog.at_level(logging.ERROR, logger="sites.contact.models"):
        response = contact_client("acod").post(CONTACT_PATHS["de"], valid_data())

    assert response.status_code == 200
    assert THANK_YOU["de"] in response.content.decode()
    assert submissions("acod", "de").count() == 1
    assert "sending the e-mail failed" in caplog.text


# --- invalid submissions -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"consent": None}, "consent", "consent"),
        ({"email": "erika(at)example"}, "email", "email"),
        ({"message": "   "}, "message", "required"),
        ({"name": ""}, "name", "required"),
    ],
)
def test_invalid_input_shows_field_errors_in_the_readers_language(
    contact_client, lang, overrides, field, error
):
    response = contact_client("logistik").post(CONTACT_PATHS[lang], valid_data(**overrides))

    assert response.status_code == 200
    html = soup(response)
    assert field_error(html, field) == ERRORS[lang][error]
    widget = html.find(attrs={"name": field})
    assert widget["aria-invalid"] == "true"
    assert f"id_{field}_error" in widget["aria-describedby"].split()
    summary = html.find(class_="error-summary")
    assert summary["role"] == "alert"
    assert ERRORS[lang]["summary"] in summary.get_text()
    assert summary.find("a", href=f"#id_{field}") is not None
    assert ERRORS[lang][error] in summary.get_text()
    # The reader's input is kept; nothing is stored or sent.
    if field != "name":
        assert html.find(attrs={"name": "name"})["value"] == "Erika Mustermann"
    assert submissions("logistik", lang).count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_overlong_message_gets_a_clear_error(contact_client, lang):
    response = contact_client("acod").post(CONTACT_PATHS[lang], valid_data(message="x" * 5001))

    assert response.status_code == 200
    assert field_error(soup(response), "message") == ERRORS[lang]["too_long"]
    assert submissions("acod", lang).count() == 0
    assert mail.outbox == []


def test_message_of_exactly_the_limit_is_accepted(contact_client):
    response = contact_client("acod").post(CONTACT_PATHS["en"], valid_data(message="x" * 5000))

    assert response.status_code == 200
    assert submissions("acod", "en").count() == 1


# --- spam protection -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_filled_honeypot_thanks_but_stores_and_mails_nothing(contact_client, lang, caplog):
    with caplog.at_level(logging.INFO, logger="sites.contact.models"):
        response = contact_client("clusterit").post(
            CONTACT_PATHS[lang], valid_data(website="https://spam.example")
        )

    assert response.status_code == 200
    assert THANK_YOU[lang] in response.content.decode()
    assert submissions("clusterit", lang).count() == 0
    assert mail.outbox == []
    assert "honeypot" in caplog.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rate_limit_refuses_a_client_after_five_submissions(contact_client, lang, settings):
    assert settings.CONTACT_RATE_LIMIT == "5/600"
    client = contact_client("acod", "203.0.113.9")
    for _ in range(5):
        assert client.post(CONTACT_PATHS[lang], valid_data()).status_code == 200

    response = client.post(CONTACT_PATHS[lang], valid_data(message="Noch eine Nachricht"))

    assert response.status_code == 429
    html = soup(response)
    summary = html.find(class_="error-summary")
    assert ERRORS[lang]["rate_limit"] in summary.get_text()
    # The form is shown again with what the reader wrote.
    assert html.find("textarea", attrs={"name": "message"}).get_text(strip=True) == (
        "Noch eine Nachricht"
    )
    assert submissions("acod", lang).count() == 5
    assert len(mail.outbox) == 5

    # Another client still gets through, and so does the same client on another site.
    other = contact_client("acod", "203.0.113.10")
    assert other.post(CONTACT_PATHS[lang], valid_data()).status_code == 200
    same_address_elsewhere = contact_client("logistik", "203.0.113.9")
    assert same_address_elsewhere.post(CONTACT_PATHS[lang], valid_data()).status_code == 200
    assert submissions("acod", lang).count() == 6
    # The cache (local memory or Redis) counts under a hash of the address, never the address.
    request = RequestFactory().post(CONTACT_PATHS[lang], REMOTE_ADDR="203.0.113.9")
    limit = SubmissionRateLimit(request, site_of("acod"))
    assert cache.get(limit.key) == 5
    assert limit.key.startswith("contact:rate:")
    assert "203.0.113" not in limit.key


def test_invalid_attempts_do_not_use_up_the_limit(contact_client, settings):
    settings.CONTACT_RATE_LIMIT = "2/600"
    client = contact_client("acod")
    for _ in range(4):
        assert client.post(CONTACT_PATHS["de"], valid_data(consent=None)).status_code == 200
    assert client.post(CONTACT_PATHS["de"], valid_data()).status_code == 200
    assert client.post(CONTACT_PATHS["de"], valid_data()).status_code == 200
    assert client.post(CONTACT_PATHS["de"], valid_data()).status_code == 429
    assert submissions("acod", "de").count() == 2


def test_rate_limit_can_key_on_a_trusted_proxy_header(contact_client, settings):
    settings.CONTACT_RATE_LIMIT = "1/600"
    settings.CONTACT_CLIENT_IP_HEADER = "X-Real-IP"
    proxy = "10.0.0.1"
    first = contact_client("acod", proxy)
    second = contact_client("acod", proxy)

    def post(client, address):
        return client.post(CONTACT_PATHS["de"], valid_data(), HTTP_X_REAL_IP=address).status_code

    assert post(first, "192.0.2.1") == 200
    assert post(first, "192.0.2.1") == 429
    assert post(second, "192.0.2.2") == 200


# --- robustness ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "?consent=on&website=x",
        "?name=%00%ff&email[]=1",
        "?page=abc&%3Cscript%3E=1",
        "?" + "a" * 5000,
        "?message=" + "%E2%82" * 50,
    ],
)
def test_odd_query_strings_never_break_the_page(contact_client, query):
    response = contact_client("acod").get(CONTACT_PATHS["de"] + query)

    assert response.status_code == 200
    assert soup(response).find(class_="error-summary") is None


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": ["a", "b"], "email": ["x@example.org", "y"], "consent": ["on", "off"]},
        {"name": "Null\x00Byte", "email": "a\x00@example.org", "message": "\x00", "consent": "1"},
        {"email": "a" * 400 + "@example.org", "message": "m", "name": "n", "consent": "on"},
        {"name": "n" * 300, "email": "e@example.org", "message": "m", "consent": "on"},
        {"unknown": "field", "consent": "yes", "__proto__": "x", "csrfmiddlewaretoken": "x"},
        {"name": "<script>alert(1)</script>", "email": "e@example.org", "message": "m"},
    ],
)
def test_garbage_posts_get_errors_not_server_errors(contact_client, data):
    response = contact_client("clusterit").post(CONTACT_PATHS["en"], data)

    assert response.status_code == 200
    assert soup(response).find(class_="error-summary") is not None
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert submissions("clusterit", "en").count() == 0
    assert mail.outbox == []


def test_non_form_request_bodies_never_break_the_page(contact_client):
    client = contact_client("clusterit")

    binary = client.post(
        CONTACT_PATHS["de"], b"\xff\xfe\x00garbage", content_type="application/octet-stream"
    )
    json_body = client.post(CONTACT_PATHS["de"], {"name": 1}, content_type="application/json")
    broken_multipart = client.post(
        CONTACT_PATHS["de"], b"--x\r\nnonsense", content_type="multipart/form-data; boundary=x"
    )

    assert binary.status_code == 200
    assert json_body.status_code == 200
    assert broken_multipart.status_code in (200, 400)
    assert submissions("clusterit", "de").count() == 0


# --- no cookies ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_form_works_without_any_cookie(lang):
    """Readers get no cookie, not even Django's CSRF cookie; other pages keep the CSRF check."""
    client = Client(HTTP_HOST=HOSTS["acod"], REMOTE_ADDR="192.0.2.50", enforce_csrf_checks=True)

    page = client.get(CONTACT_PATHS[lang])
    sent = client.post(CONTACT_PATHS[lang], valid_data())
    invalid = client.post(CONTACT_PATHS[lang], valid_data(consent=None))
    other_page = client.post({"de": "/de/ueber-uns/", "en": "/en/about-us/"}[lang], valid_data())

    assert not page.cookies and not sent.cookies and not invalid.cookies
    assert soup(page).find("input", attrs={"name": "csrfmiddlewaretoken"}) is None
    assert sent.status_code == 200
    assert THANK_YOU[lang] in sent.content.decode()
    assert invalid.status_code == 200
    assert submissions("acod", lang).count() == 1
    assert other_page.status_code == 403
