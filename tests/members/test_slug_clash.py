"""A profile address another member already has is a form error, never a database error."""

from django.urls import reverse

from tests.conftest import site_of
from tests.members.conftest import OWN_MEMBER, SHARED_MEMBER, edit_url, member, member_form_data


def test_a_new_member_with_a_taken_address_gets_a_form_error(login):
    client = login("logistik-editor")
    template = member(OWN_MEMBER["logistik"])

    response = client.post(
        reverse("wagtailsnippets_members_memberorganisation:add"),
        member_form_data(
            template,
            [{"site": site_of("logistik").pk, "member_since": "2024-01-01"}],
            name="Noch eine Sensorik GmbH",
            slug=SHARED_MEMBER,
        ),
    )

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert member(SHARED_MEMBER).name == "Saale Sensorik AG (Demo)"


def test_renaming_a_members_address_to_a_taken_one_gets_a_form_error(login):
    client = login("acod-editor")
    record = member(OWN_MEMBER["acod"])

    response = client.post(edit_url(record), member_form_data(record, slug=SHARED_MEMBER))

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert member(OWN_MEMBER["acod"]).pk == record.pk
