"""An association adds its membership to a company a partner already lists: one record, not two."""

import pytest
from django.urls import reverse

from sites.members.models import MemberOrganisation
from tests.conftest import site_of
from tests.members.conftest import OWN_MEMBER, SHARED_MEMBER, edit_url, member

JOIN = "/admin/members/join/"


def test_an_editor_adds_the_membership_to_a_partners_member_and_both_directories_show_it(
    site_client, login
):
    acod_only = member(OWN_MEMBER["acod"])
    client = login("clusterit-editor")
    assert client.get(edit_url(acod_only)).status_code in (302, 403)  # not theirs yet
    assert acod_only.name not in site_client("clusterit").get("/de/mitglieder/").content.decode()

    response = client.post(
        JOIN,
        {
            "association": site_of("clusterit").pk,
            "member": acod_only.pk,
            "member_since": "2021-03-01",
        },
    )

    assert response.status_code == 302
    assert response.url == edit_url(acod_only)
    assert MemberOrganisation.objects.filter(slug=OWN_MEMBER["acod"]).count() == 2  # de + en
    assert member(OWN_MEMBER["acod"]).membership_site_ids() == {
        site_of("acod").pk,
        site_of("clusterit").pk,
    }
    assert acod_only.name in site_client("clusterit").get("/de/mitglieder/").content.decode()
    profile = site_client("clusterit").get(f"/de/mitglieder/{OWN_MEMBER['acod']}/")
    assert "seit 2021" in profile.content.decode()
    assert acod_only.name in site_client("acod").get("/de/mitglieder/").content.decode()
    assert client.get(edit_url(acod_only)).status_code == 200  # now theirs to edit too


def test_the_screen_offers_every_listed_company_and_only_the_own_association(login):
    html = login("logistik-editor").get(JOIN).content.decode()

    for slug in (*OWN_MEMBER.values(), SHARED_MEMBER):
        assert member(slug).name in html
    assert html.count('name="association"') == 1
    assert f'value="{site_of("logistik").pk}"' in html
    assert f'value="{site_of("acod").pk}"' not in html


def test_another_associations_membership_cannot_be_added(login):
    acod_only = member(OWN_MEMBER["acod"])

    response = login("logistik-editor").post(
        JOIN, {"association": site_of("clusterit").pk, "member": acod_only.pk}
    )

    assert response.status_code == 200
    assert "association" in response.context["form"].errors
    assert member(OWN_MEMBER["acod"]).membership_site_ids() == {site_of("acod").pk}


def test_an_existing_membership_is_refused_without_a_duplicate(login):
    shared = member(SHARED_MEMBER)

    response = login("acod-editor").post(
        JOIN, {"association": site_of("acod").pk, "member": shared.pk}
    )

    assert response.status_code == 200
    assert "bereits Mitglied" in response.content.decode()
    assert shared.memberships.filter(site=site_of("acod")).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"association": "x", "member": "y"},
        {"association": "", "member": ""},
        {"member": "999999999", "member_since": "31.02.2020"},
        {"member": "1 OR 1=1", "member_since": "\x00"},
    ],
)
def test_bad_input_is_a_form_error_and_changes_nothing(data, login):
    before = sorted(MemberOrganisation.objects.values_list("pk", "memberships__site_id"))

    response = login("acod-editor").post(JOIN, data)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert sorted(MemberOrganisation.objects.values_list("pk", "memberships__site_id")) == before


@pytest.mark.parametrize("username", ["acod-translator", "clusterit-translator"])
def test_translators_may_not_add_memberships(username, login):
    client = login(username)

    refused = client.get(JOIN)
    assert refused.status_code in (302, 403)  # Wagtail sends the refused to the dashboard
    assert 'name="member"' not in refused.content.decode()
    response = client.post(
        JOIN, {"association": site_of("acod").pk, "member": member(OWN_MEMBER["logistik"]).pk}
    )
    assert response.status_code in (302, 403)
    assert response.get("Location", "") != edit_url(member(OWN_MEMBER["logistik"]))
    assert member(OWN_MEMBER["logistik"]).membership_site_ids() == {site_of("logistik").pk}


def test_the_member_list_offers_the_screen_to_editors_not_translators(login):
    index = reverse("wagtailsnippets_members_memberorganisation:list")

    assert JOIN in login("acod-editor").get(index).content.decode()
    assert JOIN not in login("acod-translator").get(index).content.decode()


def test_the_member_list_tells_a_companys_german_and_english_records_apart(login):
    index = reverse("wagtailsnippets_members_memberorganisation:list")
    html = login("acod-editor").get(index).content.decode()

    assert "<th" in html and "Sprache" in html
    assert "Deutsch" in html and "Englisch" in html
