"""Unknown hosts get a 400; missing pages a branded 404; server errors a branded 500."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client, RequestFactory
from django.utils import translation

from sites.core.views import server_error
from tests.conftest import HOSTS, LANGUAGES, NAMES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", ["evil.example", "acod.localhost.evil.example", "localhost"])
@pytest.mark.parametrize("path", ["/", "/de/", "/en/about-us/", "/admin/"])
def test_unknown_host_gets_400_not_another_site(host, path):
    response = Client(HTTP_HOST=host).get(path)

    assert response.status_code == 400
    for name in NAMES.values():
        assert name not in response.content.decode()


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_missing_page_gets_branded_404_in_the_language_of_the_url(site_client, key, lang):
    response = site_client(key).get(f"/{lang}/gibt-es-nicht/")

    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == lang
    assert NAMES[key] in html.select_one(".brand__name").get_text()
    expected = {"de": "Seite nicht gefunden", "en": "Page not found"}[lang]
    assert html.h1.get_text() == expected
    assert html.find("meta", attrs={"name": "robots", "content": "noindex"})


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_server_error_page_is_branded(key, lang):
    request = RequestFactory(HTTP_HOST=HOSTS[key]).get(f"/{lang}/")
    with translation.override(lang):
        response = server_error(request)

    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == lang
    assert NAMES[key] in html.select_one(".brand__name").get_text()


def test_server_error_page_falls_back_to_plain_page_when_rendering_fails(monkeypatch):
    def broken_render(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr("sites.core.views.render", broken_render)
    request = RequestFactory(HTTP_HOST=HOSTS["acod"]).get("/de/")

    response = server_error(request)

    assert response.status_code == 500
    text = response.content.decode()
    assert "Serverfehler" in text
    assert "Server error" in text
