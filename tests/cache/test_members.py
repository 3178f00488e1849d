"""A member change shows at once in the directories and profiles of every site the member belongs
to (and of a site it was just removed from), while an unrelated site's directory stays cached."""

import io

import pytest
from django.core.management import call_command

from tests.conftest import site_of
from tests.members.conftest import (
    OWN_MEMBER,
    SHARED_MEMBER,
    edit_url,
    member,
    member_form_data,
    membership_rows,
)

from .conftest import fetch, text

pytestmark = pytest.mark.django_db

DIRECTORIES = ("/de/mitglieder/", "/en/members/")
PROFILES = ("/de/mitglieder/saale-sensorik/", "/en/members/saale-sensorik/")


def warm(reader, key, urls):
    client = reader(key)
    for url in urls:
        fetch(client, url)
        fetch(client, url, expect="HIT")
    return client


def test_an_edit_renews_the_member_on_every_site_it_belongs_to(page_cache, reader, login):
    acod = warm(reader, "acod", [*DIRECTORIES, *PROFILES])
    clusterit = warm(reader, "clusterit", [*DIRECTORIES, *PROFILES])
    logistik = warm(reader, "logistik", DIRECTORIES)
    record = member(SHARED_MEMBER)

    response = login("clusterit-editor").post(
        edit_url(record), member_form_data(record, name="Saale Sensorik Neu AG (Demo)")
    )

    assert response.status_code == 302
    for client in (acod, clusterit):
        for url in (*DIRECTORIES, *PROFILES):
            assert "Saale Sensorik Neu AG (Demo)" in text(fetch(client, url, expect="MISS"))
    for url in DIRECTORIES:  # not a member of Netzwerk Logistik: its directory stays cached
        fetch(logistik, url, expect="HIT")


def test_a_removed_membership_renews_the_site_it_was_removed_from(page_cache, reader, login):
    acod = warm(reader, "acod", [*DIRECTORIES, *PROFILES])
    logistik = warm(reader, "logistik", DIRECTORIES)
    record = member(SHARED_MEMBER)
    acod_site = site_of("acod").pk
    memberships = membership_rows(record, delete_site_id=acod_site)

    response = login("acod-editor").post(edit_url(record), member_form_data(record, memberships))

    assert response.status_code == 302
    for url in DIRECTORIES:
        assert "Saale Sensorik" not in text(fetch(acod, url, expect="MISS"))
    for url in PROFILES:
        response = fetch(acod, url)
        assert response.status_code == 404 and response["X-Cache"] != "HIT"
    fetch(logistik, DIRECTORIES[0], expect="HIT")


def test_an_import_renews_the_importing_associations_directory(page_cache, reader, tmp_path):
    logistik = warm(reader, "logistik", DIRECTORIES)
    acod = warm(reader, "acod", DIRECTORIES)
    csv = tmp_path / "members.csv"
    csv.write_text("slug,name\nneue-spedition,Neue Spedition GmbH\n", encoding="utf-8")

    call_command("import_members", str(csv), association="logistik", stdout=io.StringIO())

    for url in DIRECTORIES:
        assert "Neue Spedition GmbH" in text(fetch(logistik, url, expect="MISS"))
        fetch(acod, url, expect="HIT")


def test_publishing_an_item_that_names_a_member_renews_its_profiles(page_cache, reader):
    from tests.conftest import demo_page

    acod = warm(reader, "acod", PROFILES)
    logistik = warm(reader, "logistik", DIRECTORIES)
    news = demo_page("news", "acod-demo-software-in-vehicles")  # with member Saale Sensorik
    news.member = None
    news.save_revision().publish()

    profile = text(fetch(acod, PROFILES[0], expect="MISS"))
    assert "Beiträge mit diesem Mitglied" not in profile
    fetch(logistik, DIRECTORIES[0], expect="HIT")


def test_a_new_address_renews_the_old_profile_address(page_cache, reader):
    acod = warm(reader, "acod", PROFILES)
    record = member(SHARED_MEMBER)
    record.slug = "saale-sensorik-ag"
    record.save()

    for url in PROFILES:  # rendered again (a 404 is not stored: BYPASS), not the cached page
        response = fetch(acod, url)
        assert response.status_code == 404 and response["X-Cache"] != "HIT"
    assert "Saale Sensorik" in text(fetch(acod, "/en/members/saale-sensorik-ag/"))


def test_joining_a_listed_member_renews_the_joining_sites_directory_at_once(
    page_cache, reader, login
):
    """The "add our membership" screen (sites/members/admin_views.py) saves through the record."""
    acod_only = member(OWN_MEMBER["acod"])
    logistik = warm(reader, "logistik", DIRECTORIES)
    clusterit = warm(reader, "clusterit", DIRECTORIES)
    assert acod_only.name not in text(fetch(logistik, DIRECTORIES[0], expect="HIT"))

    response = login("logistik-editor").post(
        "/admin/members/join/", {"association": site_of("logistik").pk, "member": acod_only.pk}
    )

    assert response.status_code == 302
    assert acod_only.name in text(fetch(logistik, DIRECTORIES[0], expect="MISS"))
    for url in DIRECTORIES:  # Cluster IT's directory does not show the company: still cached
        fetch(clusterit, url, expect="HIT")
