"""The bootstrap command creates the three sites once and keeps what editors changed."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from sites.core.models import BrandingSettings, SiteTexts
from sites.home.models import HomePage
from sites.members.models import MemberDirectoryPage, MemberOrganisation, Membership
from sites.registrations.models import Registration
from tests.conftest import HOSTS, NAMES, demo_page

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
        "images": get_image_model().objects.count(),
        "site_texts": SiteTexts.objects.count(),
        "branding": BrandingSettings.objects.count(),
        "locales": Locale.objects.count(),
        "registrations": Registration.objects.count(),
        "members": MemberOrganisation.objects.count(),
        "memberships": Membership.objects.count(),
    }


def run_bootstrap(*args):
    out = io.StringIO()
    call_command("bootstrap_verbund", *args, stdout=out)
    return out.getvalue()


def test_creates_three_sites_each_with_a_german_and_an_english_tree():
    sites = {site.hostname: site for site in Site.objects.all()}
    assert set(sites) == set(HOSTS.values())
    for key, hostname in HOSTS.items():
        site = sites[hostname]
        assert site.site_name == NAMES[key]
        home_de = site.root_page.specific
        assert isinstance(home_de, HomePage)
        assert home_de.locale.language_code == "de"
        home_en = home_de.get_translation(Locale.objects.get(language_code="en"))
        assert home_en.live
        # news, events, members, about, cooperation, contact, legal notice, privacy
        assert home_de.get_children().live().count() == 8
        assert home_en.get_children().live().count() == 8


def test_demo_members_once_per_company_in_both_languages_with_a_directory_per_site():
    german = MemberOrganisation.objects.filter(locale__language_code="de")
    assert german.count() == 12
    assert MemberOrganisation.objects.filter(locale__language_code="en").count() == 12
    for record in german:
        english = record.get_translation(Locale.objects.get(language_code="en"))
        assert english.name == record.name and english.name.endswith("(Demo)")
        assert english.description.startswith("Fictitious demo company.")
        assert record.description.startswith("Fiktives Demo-Unternehmen.")
        assert record.logo is not None
    in_two = [record for record in german if len(record.membership_site_ids()) == 2]
    assert len(in_two) == 5
    for key, hostname in HOSTS.items():
        site = Site.objects.get(hostname=hostname)
        slugs = {
            home.locale.language_code: MemberDirectoryPage.objects.child_of(home).live().get().slug
            for home in site.root_page.get_translations(inclusive=True)
        }
        assert slugs == {"de": "mitglieder", "en": "members"}, key


def test_the_joint_events_take_registrations_and_have_fictitious_demo_attendees():
    for key in ("acod-demo-software-forum", "logistik-demo-field-trip-schkeuditz"):
        for lang in ("de", "en"):
            event = demo_page("event", key, lang)
            assert event.registration_enabled and event.capacity and not event.registration_url
            assert event.co_organisers.exists()
        original = demo_page("event", key)
        names = list(original.registrations.values_list("name", flat=True))
        assert len(names) == 3
        assert all(name.endswith(("(Demo)", "(demo)")) for name in names)
        assert set(original.registrations.values_list("email", flat=True)) <= {
            f"{name.split(' (')[0].lower().replace(' ', '.')}@example.org" for name in names
        }
    questions = demo_page("event", "acod-demo-software-forum", "en").registration_questions
    assert [question.value["label"] for question in questions] == [
        "Joining the light snack",
        "Dietary requirements",
    ]


def test_second_run_duplicates_nothing():
    before = snapshot()

    run_bootstrap()

    assert snapshot() == before


def test_second_run_keeps_editors_changes():
    home = Site.objects.get(hostname=HOSTS["acod"]).root_page.specific
    home.hero_heading = "Von der Redaktion geändert"
    home.save_revision().publish()
    branding = BrandingSettings.objects.get(site__hostname=HOSTS["acod"])
    branding.phone = "+49 341 1234"
    branding.save()

    run_bootstrap()

    home.refresh_from_db()
    assert home.hero_heading == "Von der Redaktion geändert"
    assert BrandingSettings.objects.get(pk=branding.pk).phone == "+49 341 1234"


def test_production_hostnames_come_from_options_without_code_change():
    run_bootstrap("--hostname", "acod=www.acod.de", "--port", "443")

    site = Site.objects.get(site_name=NAMES["acod"])
    assert (site.hostname, site.port) == ("www.acod.de", 443)
    assert Site.objects.count() == 3


def test_unknown_site_key_in_hostname_option_is_refused():
    with pytest.raises(CommandError):
        run_bootstrap("--hostname", "unknown=www.example.org")


def test_wagtails_placeholder_site_is_gone():
    assert not Site.objects.filter(hostname="localhost").exists()
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
