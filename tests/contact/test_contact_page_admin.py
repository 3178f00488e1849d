"""Editors manage the contact form in the admin; wagtail-localize translates its fields."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from sites.contact.models import ContactFormField, ContactPage
from sites.home.models import HomePage
from sites.standard.models import StandardPage
from tests.conftest import demo_page, site_of

from .conftest import branding, valid_data

pytestmark = pytest.mark.django_db


def field_rows(page):
    return [
        {
            "id": field.pk,
            "label": field.label,
            "help_text": field.help_text,
            "required": field.required,
            "field_type": field.field_type,
            "choices": field.choices,
            "default_value": field.default_value,
            "ORDER": index,
        }
        for index, field in enumerate(page.form_fields.all())
    ]


def contact_form_data(page, rows=None, **overrides):
    existing = page.form_fields.count()
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro),
        "thank_you_text": rich_text(page.thank_you_text),
        "to_address": page.to_address,
        "from_address": page.from_address,
        "subject": page.subject,
        "form_fields": inline_formset(field_rows(page) if rows is None else rows, initial=existing),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_contact_page_lives_once_under_each_home_page():
    home = site_of("acod").root_page.specific
    contact = demo_page("acod", "contact")

    assert ContactPage.parent_page_types == ["home.HomePage"]
    assert ContactPage.allowed_parent_page_models() == [HomePage]
    assert ContactPage.allowed_subpage_models() == []
    assert ContactPage in HomePage.allowed_subpage_models()
    assert not ContactPage.can_create_at(home)  # there is one already
    contact.delete()
    assert ContactPage.can_create_at(home)


def test_moderator_edits_the_form_fields_and_publishes(login, site_client):
    page = demo_page("acod", "contact")
    rows = field_rows(page)
    rows[3]["label"] = "Ihre Nachricht an uns"
    rows[3]["help_text"] = "Bitte keine vertraulichen Daten."
    rows.append(
        {
            "label": "Telefon",
            "help_text": "",
            "required": False,
            "field_type": "singleline",
            "choices": "",
            "default_value": "",
            "ORDER": len(rows),
        }
    )

    response = login("acod-moderator").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**contact_form_data(page, rows), "action-publish": "1"},
    )

    assert response.status_code == 302
    page = ContactPage.objects.get(pk=page.pk)
    assert [f.clean_name for f in page.form_fields.all()] == [
        "name",
        "email",
        "subject",
        "message",  # the name stays when the label changes: stored submissions keep their key
        "telefon",
    ]
    assert {f.locale.language_code for f in page.form_fields.all()} == {"de"}
    html = BeautifulSoup(site_client("acod").get("/de/kontakt/").content, "html.parser")
    message = html.find("textarea", attrs={"name": "message"})
    assert message["aria-describedby"] == "id_message_helptext"
    assert html.find(id="id_message_helptext").get_text() == "Bitte keine vertraulichen Daten."
    assert html.find("input", attrs={"name": "telefon"})["autocomplete"] == "tel"


def test_editors_cannot_add_a_field_that_clashes_with_the_honeypot(login):
    page = demo_page("clusterit", "contact")
    rows = field_rows(page)
    rows.append(
        {
            "label": "Website",
            "help_text": "",
            "required": False,
            "field_type": "url",
            "choices": "",
            "default_value": "",
            "ORDER": len(rows),
        }
    )

    response = login("clusterit-moderator").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**contact_form_data(page, rows), "action-publish": "1"},
    )

    assert response.status_code == 200
    assert "Das Formular enthält bereits ein Feld namens „website“" in response.content.decode()
    assert page.form_fields.count() == 4


def test_contact_page_and_its_fields_are_translated_with_wagtail_localize(
    login, site_client, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation

    english_locale = Locale.objects.get(language_code="en")
    german = demo_page("logistik", "contact")
    german.get_translation(english_locale).delete()
    rows = field_rows(german)
    rows[3]["label"] = "Ihre Nachricht"
    rows[3]["help_text"] = "Kurz und knapp"
    with django_capture_on_commit_callbacks(execute=True):
        login("logistik-moderator").post(
            reverse("wagtailadmin_pages:edit", args=[german.pk]),
            {**contact_form_data(german, rows), "action-publish": "1"},
        )

    with django_capture_on_commit_callbacks(execute=True):
        response = login("logistik-translator").post(
            reverse("wagtail_localize:submit_page_translation", args=[german.pk]),
            {"locales": [english_locale.pk]},
        )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=english_locale
    )
    strings = {segment.string.data for segment in translation.source.stringsegment_set.all()}
    assert {"Ihre Nachricht", "Kurz und knapp", "Betreff", "E-Mail"} <= strings
    with django_capture_on_commit_callbacks(execute=True):
        login("logistik-translator").post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": "/admin/"},
        )
    english = ContactPage.objects.get(translation_key=german.translation_key, locale=english_locale)
    with django_capture_on_commit_callbacks(execute=True):
        login("logistik-moderator").post(
            reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}
        )

    english = ContactPage.objects.get(pk=english.pk)
    assert english.live
    german_fields = list(german.form_fields.all())
    english_fields = list(english.form_fields.all())
    assert [f.translation_key for f in english_fields] == [f.translation_key for f in german_fields]
    assert {f.locale_id for f in english_fields} == {english_locale.pk}
    assert [f.clean_name for f in english_fields] == [f.clean_name for f in german_fields]
    assert english_fields[3].label == "Nachricht Ihre"  # the dummy translator reverses words
    assert english_fields[3].help_text == "knapp und Kurz"
    # The German fields are untouched.
    assert ContactFormField.objects.get(pk=german_fields[3].pk).label == "Ihre Nachricht"

    client = site_client("logistik")
    html = BeautifulSoup(client.get(english.get_url()).content, "html.parser")
    assert html.find("label", attrs={"for": "id_message"}).get_text().startswith("Nachricht Ihre")
    response = client.post(english.get_url(), valid_data())
    assert response.status_code == 200
    assert FormSubmission.objects.get(page=english).form_data["message"].startswith("Wir")
    assert mail.outbox[0].to == [branding("logistik").email]


def test_bootstrap_leaves_an_existing_contact_page_alone_even_from_an_older_database():
    # An older database: the contact page was a content page with the same translation key.
    german = demo_page("acod", "contact")
    key, parent, slug = german.translation_key, german.get_parent(), german.slug
    english = german.get_translation(Locale.objects.get(language_code="en"))
    english_parent, english_slug = english.get_parent(), english.slug
    english.delete()
    german.delete()
    for home, page_slug, locale in (
        (parent, slug, "de"),
        (english_parent, english_slug, "en"),
    ):
        home.add_child(
            instance=StandardPage(
                title="Kontakt (alt)",
                slug=page_slug,
                translation_key=key,
                locale=Locale.objects.get(language_code=locale),
            )
        )
    pages_before = Page.objects.count()

    call_command("bootstrap_verbund", stdout=io.StringIO())
    call_command("bootstrap_verbund", stdout=io.StringIO())

    assert Page.objects.count() == pages_before
    for lang in ("de", "en"):
        page = demo_page("acod", "contact", lang)
        assert isinstance(page, StandardPage)
        assert page.title == "Kontakt (alt)"
    assert ContactPage.objects.count() == 4  # the other two associations, both languages


def test_association_staff_read_their_submissions_in_the_admin(login, contact_client):
    page = demo_page("acod", "contact", "en")
    contact_client("acod").post("/en/contact/", valid_data(name="Erika Admin-Test"))

    listing = login("acod-moderator").get(reverse("wagtailforms:list_submissions", args=[page.pk]))
    export = login("acod-moderator").get(
        reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv"
    )
    outsider = login("clusterit-moderator").get(
        reverse("wagtailforms:list_submissions", args=[page.pk])
    )

    assert listing.status_code == 200
    assert "Erika Admin-Test" in listing.content.decode()
    assert export.status_code == 200
    assert "Erika Admin-Test" in b"".join(export.streaming_content).decode()
    assert outsider.status_code in (302, 403, 404)
