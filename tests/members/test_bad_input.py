"""The directory takes odd filters, searches and page numbers in its stride: never a 500."""

import pytest
from bs4 import BeautifulSoup

from tests.test_listing_input import ODD_VALUES

pytestmark = pytest.mark.django_db

DIRECTORIES = ["/de/mitglieder/", "/en/members/"]


@pytest.mark.parametrize("path", DIRECTORIES)
@pytest.mark.parametrize("parameter", ["page", "sector", "region", "q"])
@pytest.mark.parametrize("value", [*ODD_VALUES, "%", "_", "\\", "a" * 101, "999999999"])
def test_odd_parameters_give_the_normal_page(site_client, path, parameter, value):
    response = site_client("clusterit").get(path, {parameter: value})

    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert BeautifulSoup(body, "html.parser").h1.get_text(strip=True) in ("Mitglieder", "Members")


def test_unknown_filters_are_reported_and_ignored(site_client):
    response = site_client("clusterit").get(
        "/de/mitglieder/", {"sector": "abc", "region": "nonsense", "page": "999999999"}
    )

    page = BeautifulSoup(response.content, "html.parser")
    errors = page.select_one(".filters__errors").get_text(" ", strip=True)
    assert "Branche" in errors and "Region" in errors
    # the filters are ignored: the last page of all six members of Cluster IT
    assert len(page.select(".member-teaser")) == 6


def test_a_search_of_only_symbols_or_a_nul_shows_every_member(site_client):
    for query in ("%", "\x00", "'\"%_\\", "  "):
        response = site_client("clusterit").get("/de/mitglieder/", {"q": query})
        assert len(BeautifulSoup(response.content, "html.parser").select(".member-teaser")) == 6


def test_every_word_of_a_search_must_match_and_symbols_separate_words(site_client):
    client = site_client("clusterit")

    def found(query):
        response = client.get("/de/mitglieder/", {"q": query})
        page = BeautifulSoup(response.content, "html.parser")
        return [a.get_text(strip=True) for a in page.select(".member-teaser__name a")]

    assert found("software ELBTAL") == ["Elbtal Software GmbH (Demo)"]
    assert found("Elbtal%Software") == ["Elbtal Software GmbH (Demo)"]
    assert found("Elbtal Datenwerk") == []


@pytest.mark.parametrize(
    "path",
    [
        "/de/mitglieder/gibt-es-nicht/",
        "/de/mitglieder/%00/",
        "/de/mitglieder/elbtal-software/extra/",
        "/en/members/" + "x" * 300 + "/",
        "/de/mitglieder/😀/",
        "/en/mitglieder/",
    ],
)
def test_unknown_profiles_are_a_404(site_client, path):
    assert site_client("clusterit").get(path).status_code == 404
