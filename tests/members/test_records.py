"""One record per company: its facts are the German record's in every language."""

import json

import pytest
from django.urls import reverse

from tests.conftest import site_of
from tests.members.conftest import (
    OWN_MEMBER,
    SHARED_MEMBER,
    edit_url,
    member,
    member_form_data,
)

pytestmark = pytest.mark.django_db


def test_a_change_of_the_german_record_reaches_its_translation():
    german = member(SHARED_MEMBER)
    german.name = "Saale Sensorik Holding AG (Demo)"
    german.city = "Merseburg"
    german.description = "Nur auf Deutsch geändert."
    german.save()

    english = member(SHARED_MEMBER, "en")
    assert english.name == "Saale Sensorik Holding AG (Demo)"
    assert english.city == "Merseburg"
    assert english.description.startswith("Fictitious demo company.")  # translated, not synced


def test_a_translation_keeps_the_facts_of_the_german_record(site_client):
    english = member(SHARED_MEMBER, "en")
    english.name = "Another Name"
    english.website = "https://elsewhere.example"
    english.description = "Improved English text."
    english.save()

    english = member(SHARED_MEMBER, "en")
    assert english.name == "Saale Sensorik AG (Demo)"
    assert english.website == "https://saale-sensorik.example"
    body = site_client("acod").get("/en/members/saale-sensorik/").content.decode()
    assert "Improved English text." in body


def test_news_and_event_editors_choose_a_member(login):
    client = login("acod-editor")

    response = client.get(reverse("wagtailsnippetchoosers_members_memberorganisation:choose"))

    assert response.status_code == 200
    html = json.loads(response.content)["html"]
    assert member("chemnitzer-pruefzentrum").name in html  # first page, A–Z
    assert member("elbtal-software").name in html  # not ACOD's: any member can be named


def test_an_editor_adds_a_member_that_appears_at_once(site_client, login):
    client = login("logistik-editor")
    template = member(OWN_MEMBER["logistik"])

    response = client.post(
        reverse("wagtailsnippets_members_memberorganisation:add"),
        member_form_data(
            template,
            [{"site": site_of("logistik").pk, "member_since": "2024-01-01"}],
            name="Aaron Kurierdienst GmbH",
            slug="aaron-kurierdienst",
        ),
    )

    assert response.status_code == 302
    body = site_client("logistik").get("/de/mitglieder/").content.decode()
    assert "Aaron Kurierdienst GmbH" in body
    profile = site_client("logistik").get("/de/mitglieder/aaron-kurierdienst/")
    assert "seit 2024" in profile.content.decode()
    # no English record yet: not in the English directory (no German text under /en/)
    assert site_client("logistik").get("/en/members/aaron-kurierdienst/").status_code == 404


def test_memberships_and_sectors_are_changed_on_the_german_record_only(login):
    client = login("clusterit-editor")
    english = member(OWN_MEMBER["clusterit"], "en")
    rows = [
        {"id": row.pk, "site": row.site_id, "member_since": row.member_since}
        for row in english.memberships.all()
    ]
    before = sorted(english.memberships.values_list("site_id", flat=True))

    # removing the own association's row: allowed on the German record, refused here
    removed = client.post(
        edit_url(english), member_form_data(english, [{**row, "DELETE": "1"} for row in rows])
    )
    unchanged = client.post(edit_url(english), member_form_data(english, rows, city="Halle"))

    assert removed.status_code == 200
    assert "Memberships and sectors are set on the German record." in removed.content.decode() or (
        "Mitgliedschaften und Branchen werden am deutschen Eintrag gepflegt."
        in removed.content.decode()
    )
    assert (
        sorted(member(OWN_MEMBER["clusterit"], "en").memberships.values_list("site_id", flat=True))
        == before
    )
    assert unchanged.status_code == 302  # the rest of the translation is saved as usual
