"""The member directory and profiles on each site, in both languages."""

import json

import pytest
from bs4 import BeautifulSoup

from sites.members.models import MemberOrganisation

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def names(response):
    return [a.get_text(strip=True) for a in soup(response).select(".member-teaser__name a")]


def test_the_directory_lists_the_sites_members_a_to_z_with_logos(site_client):
    response = site_client("clusterit").get("/de/mitglieder/")

    assert response.status_code == 200
    listed = names(response)
    assert listed == sorted(listed, key=str.lower)
    assert "Elbtal Software GmbH (Demo)" in listed
    assert "Harzer Datenwerk GmbH (Demo)" in listed
    # members of the other associations only are not listed
    assert "Thüringer Leichtbau GmbH (Demo)" not in listed
    assert "Muldental Logistik KG (Demo)" not in listed
    assert len(soup(response).select(".member-teaser__logo img")) == len(listed)
    links = [a["href"] for a in soup(response).select(".member-teaser__name a")]
    assert "/de/mitglieder/elbtal-software/" in links


def test_a_company_in_two_associations_is_one_record_on_both_sites(site_client):
    on_acod = names(site_client("acod").get("/de/mitglieder/"))
    on_clusterit = names(site_client("clusterit").get("/de/mitglieder/"))

    assert "Saale Sensorik AG (Demo)" in on_acod
    assert "Saale Sensorik AG (Demo)" in on_clusterit
    assert MemberOrganisation.objects.filter(slug="saale-sensorik").count() == 2  # de and en


def test_english_directory_at_its_english_address(site_client):
    response = site_client("logistik").get("/en/members/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert "Muldental Logistik KG (Demo)" in names(response)
    assert "Fictitious demo company." in page.text
    assert "Fiktives Demo-Unternehmen" not in page.text


def test_filter_by_sector_and_region(site_client):
    client = site_client("clusterit")

    by_sector = names(client.get("/de/mitglieder/", {"sector": "it-sicherheit"}))
    by_region = names(client.get("/de/mitglieder/", {"region": "thueringen"}))
    both = names(client.get("/en/members/", {"sector": "logistics", "region": "sachsen"}))

    assert set(by_sector) == {
        "Harzer Datenwerk GmbH (Demo)",
        "Chemnitzer Prüfzentrum Fahrzeugelektronik GmbH (Demo)",
    }
    assert by_region == ["Erfurter Cloudwerkstatt GmbH (Demo)"]
    assert set(both) == {"Elbtal Software GmbH (Demo)", "Leipziger Frachtdaten GmbH (Demo)"}


def test_search_by_name_is_scoped_to_the_sites_members(site_client):
    found = names(site_client("clusterit").get("/de/mitglieder/", {"q": "leipziger"}))
    not_a_member_here = site_client("clusterit").get("/de/mitglieder/", {"q": "Muldental"})

    assert found == ["Leipziger Frachtdaten GmbH (Demo)"]
    assert names(not_a_member_here) == []
    assert "Keine Mitglieder entsprechen diesen Filtern." in not_a_member_here.content.decode()


def test_pagination(site_client):
    clusterit = site_client("clusterit")
    for number in range(25):
        make_member(f"Testfirma {number:02d}", f"testfirma-{number}", ["clusterit"])

    first = clusterit.get("/de/mitglieder/")
    second = clusterit.get("/de/mitglieder/", {"page": 2})

    assert len(names(first)) == 20
    nav = soup(first).select_one("nav.pagination")
    assert nav["aria-label"] == "Seiten"
    assert not set(names(first)) & set(names(second))
    assert len(names(first)) + len(names(second)) == 25 + 6  # six demo members of Cluster IT


def test_profile_shows_memberships_as_badges_and_json_ld(site_client):
    response = site_client("acod").get("/de/mitglieder/saale-sensorik/")

    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Saale Sensorik AG (Demo)"
    badges = [
        b.get_text(" ", strip=True)
        for b in page.select(".member-profile__associations .association-badge__name")
    ]
    assert badges == ["ACOD", "Cluster IT"]
    assert "seit 2010" in page.text
    [script] = page.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "Organization"
    assert data["name"] == "Saale Sensorik AG (Demo)"
    assert data["url"] == "https://saale-sensorik.example"
    assert data["address"]["addressLocality"] == "Halle (Saale)"
    assert {org["name"] for org in data["memberOf"]} == {
        "ACOD Automotive Cluster Ostdeutschland e.V.",
        "Cluster IT Mitteldeutschland e.V.",
    }


def test_profile_hreflang_canonical_and_language_switch(site_client):
    response = site_client("acod").get("/en/members/saale-sensorik/")
    page = soup(response)

    canonical = page.select_one('link[rel="canonical"]')["href"]
    alternates = {
        link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')
    }
    switch = page.select_one('.language-switcher a[hreflang="de"]')

    assert canonical == "http://acod.localhost/en/members/saale-sensorik/"
    assert alternates == {
        "de": "http://acod.localhost/de/mitglieder/saale-sensorik/",
        "en": "http://acod.localhost/en/members/saale-sensorik/",
        "x-default": "http://acod.localhost/de/mitglieder/saale-sensorik/",
    }
    assert switch["href"] == "/de/mitglieder/saale-sensorik/"


def test_profile_of_a_member_of_another_association_is_a_404(site_client):
    assert site_client("acod").get("/de/mitglieder/muldental-logistik/").status_code == 404
    assert site_client("logistik").get("/de/mitglieder/muldental-logistik/").status_code == 200


def test_profile_links_the_news_and_events_naming_the_member(site_client):
    news = site_client("acod").get("/de/mitglieder/saale-sensorik/")
    event = site_client("clusterit").get("/en/members/harzer-datenwerk/")
    nothing = site_client("acod").get("/de/mitglieder/lausitz-robotik/")

    news_titles = [a.get_text(strip=True) for a in soup(news).select(".teaser__title a")]
    assert len(news_titles) == 1 and "(Demo)" in news_titles[0]
    assert "Beiträge mit diesem Mitglied" in news.content.decode()
    assert "Events with this member" in event.content.decode()
    assert soup(event).select(".teaser__title a")
    assert not soup(nothing).select(".teaser__title a")


def test_sitemap_lists_profiles_with_alternates(site_client):
    body = site_client("logistik").get("/sitemap.xml").content.decode()

    assert "<loc>http://logistik.localhost/de/mitglieder/</loc>" in body
    assert "<loc>http://logistik.localhost/de/mitglieder/muldental-logistik/</loc>" in body
    assert "<loc>http://logistik.localhost/en/members/muldental-logistik/</loc>" in body
    assert 'hreflang="en" href="http://logistik.localhost/en/members/muldental-logistik/"' in body
    assert "harzer-datenwerk" not in body  # a member of Cluster IT only


def test_json_ld_cannot_be_closed_by_a_members_data(site_client):
    name = 'Böse </script><script>alert(1)</script> & "Co" GmbH'
    make_member(name, "boese-gmbh", ["acod"], description="<b>fett</b>")

    response = site_client("acod").get("/de/mitglieder/boese-gmbh/")

    body = response.content.decode()
    assert "<script>alert(1)" not in body
    [script] = soup(response).select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["name"] == name
    assert data["description"] == "<b>fett</b>"
    assert "memberOf" in data and "address" not in data


def make_member(name, slug, associations, **fields):
    from wagtail.models import Locale

    from sites.members.models import Membership
    from tests.conftest import site_of

    member = MemberOrganisation(
        name=name,
        slug=slug,
        locale=Locale.objects.get(language_code="de"),
        memberships=[Membership(site=site_of(key)) for key in associations],
        **fields,
    )
    member.save()
    return member


def test_badges_say_from_only_where_they_name_an_items_owner(site_client):
    """Screen readers hear "Von: ACOD" for a news item's owner, but not under "Mitglied in" or
    "Veranstalter", which already say what the badge is."""
    client = site_client("acod")
    profile = soup(client.get("/de/mitglieder/saale-sensorik/"))
    news = soup(client.get("/de/aktuelles/"))
    event = soup(client.get("/de/veranstaltungen/abendforum-software-im-fahrzeug/"))

    def hidden_prefixes(page, selector):
        return [
            badge.select_one(".visually-hidden").get_text(strip=True)
            for badge in page.select(f"{selector} .association-badge")
            if badge.select_one(".visually-hidden")
        ]

    assert page_badge_count(profile, ".member-profile__associations") == 2
    assert hidden_prefixes(profile, ".member-profile__associations") == []
    assert page_badge_count(event, ".event-facts") == 2
    assert hidden_prefixes(event, ".event-facts") == []
    news_prefixes = hidden_prefixes(news, ".teaser__meta")
    assert news_prefixes and set(news_prefixes) == {"Von:"}


def page_badge_count(page, selector):
    return len(page.select(f"{selector} .association-badge"))
