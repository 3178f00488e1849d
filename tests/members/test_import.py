"""manage.py import_members: idempotent by slug, one transaction, bad rows by line number."""

import io

import pytest
from django.core.management import CommandError, call_command

from sites.members.models import MemberOrganisation, Membership
from tests.conftest import site_of

pytestmark = pytest.mark.django_db

HEADER = (
    "slug,name,description_de,description_en,city,region,website,contact_email,"
    "contact_phone,sectors,member_since\n"
)
ROWS = (
    "muster-it,Muster IT GmbH,Software aus Halle.,Software from Halle.,Halle (Saale),"
    "sachsen-anhalt,https://muster-it.example,info@muster-it.example,+49 345 0,"
    "digitalisierung|it-sicherheit,2020-05-01\n"
    "elbtal-software,Elbtal Software GmbH (Demo),,,,,,,,,2021-01-01\n"
)


def write(tmp_path, text):
    path = tmp_path / "members.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(path, association="acod"):
    out = io.StringIO()
    call_command("import_members", path, association=association, stdout=out, stderr=out)
    return out.getvalue()


def test_creates_both_languages_and_adds_the_membership(tmp_path, site_client):
    report = run(write(tmp_path, HEADER + ROWS))

    assert "1 created, 1 updated, 0 unchanged" in report
    german = MemberOrganisation.objects.get(slug="muster-it", locale__language_code="de")
    english = german.get_translation(german.locale.__class__.objects.get(language_code="en"))
    assert german.description == "Software aus Halle."
    assert english.description == "Software from Halle."
    assert german.membership_site_ids() == {site_of("acod").pk}
    assert Membership.objects.get(member=german).member_since.isoformat() == "2020-05-01"
    assert sorted(german.topic_links.values_list("topic__slug", flat=True)) == [
        "digitalisierung",
        "it-sicherheit",
    ]
    # the existing record got ACOD's membership and kept its other ones and its texts
    elbtal = MemberOrganisation.objects.get(slug="elbtal-software", locale__language_code="de")
    assert elbtal.membership_site_ids() == {
        site_of(key).pk for key in ("acod", "clusterit", "logistik")
    }
    assert elbtal.city == "Dresden"
    assert elbtal.description.startswith("Fiktives Demo-Unternehmen.")
    # and both now show in ACOD's directory
    body = site_client("acod").get("/en/members/").content.decode()
    assert "Muster IT GmbH" in body and "Elbtal Software GmbH (Demo)" in body


def test_a_second_run_changes_nothing(tmp_path):
    path = write(tmp_path, HEADER + ROWS)
    run(path)
    count = MemberOrganisation.objects.count()

    report = run(path)

    assert "0 created, 0 updated, 2 unchanged" in report
    assert MemberOrganisation.objects.count() == count


def test_a_changed_row_updates_the_record(tmp_path):
    run(write(tmp_path, HEADER + ROWS))

    report = run(write(tmp_path, HEADER + ROWS.replace("Halle (Saale),", "Merseburg,", 1)))

    assert "0 created, 1 updated, 1 unchanged" in report
    assert {m.city for m in MemberOrganisation.objects.filter(slug="muster-it")} == {"Merseburg"}


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(tmp_path):
    bad = (
        HEADER
        + "gut-gmbh,Gut GmbH,,,,,,,,,\n"
        + "schlecht,Schlecht GmbH,,,,bayern-nord,,,,,\n"
        + "datum,Datum GmbH,,,,,,,,,gestern\n"
        + ",Ohne Slug GmbH,,,,,,,,,\n"
        + "sektor,Sektor GmbH,,,,,,,,raumfahrt,\n"
    )
    before = MemberOrganisation.objects.count()
    err = io.StringIO()

    with pytest.raises(CommandError, match="4 bad row"):
        call_command("import_members", write(tmp_path, bad), association="acod", stderr=err)

    report = err.getvalue()
    assert "line 3: region" in report
    assert "line 4: member_since 'gestern'" in report
    assert "line 5: slug and name are required" in report
    assert "line 6: unknown sector(s): raumfahrt" in report
    assert "line 2" not in report
    assert MemberOrganisation.objects.count() == before
    assert not MemberOrganisation.objects.filter(slug="gut-gmbh").exists()


def test_unknown_association_and_missing_columns_are_refused(tmp_path):
    with pytest.raises(CommandError, match="Unknown association"):
        run(write(tmp_path, HEADER + ROWS), association="nasa")
    with pytest.raises(CommandError, match="lacks the column"):
        run(write(tmp_path, "name,city\nMuster,Halle\n"))


def test_help_documents_the_header(capsys):
    with pytest.raises(SystemExit):
        call_command("import_members", "--help")

    assert "slug, name, description_de, description_en" in " ".join(capsys.readouterr().out.split())
