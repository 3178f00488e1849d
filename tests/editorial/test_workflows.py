"""Moderation, translation and sharing control, played through the admin as the demo roles."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from sites.core.models import HiddenSharedItem
from sites.news.models import NewsIndexPage, NewsPage
from tests.conftest import HOSTS, demo_page, site_of
from tests.editorial.conftest import news_form_data
from tests.editorial.test_permission_matrix import refused

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(client, path):
    return [a.get_text(strip=True) for a in soup(client.get(path)).select(".teaser__title a")]


# --- moderation --------------------------------------------------------------------------------


def submit(login, page, title):
    return login("acod-editor").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**news_form_data(page, title=title), "action-submit": "1"},
    )


def test_moderation_round_trip_approve(login, news):
    page = news("acod").specific
    live_title = page.title

    response = submit(login, page, "Zur Freigabe eingereicht")

    assert response.status_code == 302
    page = NewsPage.objects.get(pk=page.pk)
    assert page.title == live_title  # nothing goes live on submission
    task_state = page.current_workflow_task_state
    assert task_state is not None and task_state.status == TaskState.STATUS_IN_PROGRESS
    editor_dashboard = login("acod-editor").get(reverse("wagtailadmin_home")).content.decode()
    assert "Zur Freigabe eingereicht" in editor_dashboard
    moderator_dashboard = login("acod-moderator").get(reverse("wagtailadmin_home")).content.decode()
    assert "Zur Freigabe eingereicht" in moderator_dashboard

    outsider = login("clusterit-moderator").post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert refused(outsider) or outsider.status_code == 200
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    approve = login("acod-moderator").post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Passt so."},
    )

    assert approve.status_code in (200, 302)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED
    assert NewsPage.objects.get(pk=page.pk).title == "Zur Freigabe eingereicht"
    assert "Zur Freigabe eingereicht" in listed_titles(login("acod-editor"), "/de/aktuelles/")


def test_moderation_round_trip_reject_with_comment(login, news):
    page = news("acod").specific
    live_title = page.title
    submit(login, page, "Noch nicht fertig")
    task_state = NewsPage.objects.get(pk=page.pk).current_workflow_task_state

    login("acod-moderator").post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": "Bitte die Quelle ergänzen."},
    )

    task_state = TaskState.objects.get(pk=task_state.pk)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Bitte die Quelle ergänzen."
    page = NewsPage.objects.get(pk=page.pk)
    assert page.title == live_title
    assert page.get_latest_revision_as_object().title == "Noch nicht fertig"  # the draft survives


# --- hiding shared items -----------------------------------------------------------------------


def toggle(client, site_key, page):
    return client.post(reverse("editorial_toggle_hidden", args=[site_of(site_key).pk, page.pk]))


def test_partner_moderator_hides_a_shared_item_from_its_own_site_only(login, site_client):
    press_release = demo_page("news", "cooperation-2019")
    titles = {lang: demo_page("news", "cooperation-2019", lang).title for lang in ("de", "en")}
    before = (press_release.title, press_release.latest_revision_id)

    response = toggle(login("logistik-moderator"), "logistik", press_release)

    assert response.status_code == 302
    logistik, acod, clusterit = (
        site_client("logistik"),
        site_client("acod"),
        site_client("clusterit"),
    )
    assert titles["de"] not in listed_titles(logistik, "/de/aktuelles/")
    assert titles["en"] not in listed_titles(logistik, "/en/news/")
    assert logistik.get(f"/de/aktuelles/clusterit/{press_release.slug}/").status_code == 404
    assert titles["de"] in listed_titles(acod, "/de/aktuelles/")
    assert titles["en"] in listed_titles(clusterit, "/en/news/")
    press_release = NewsPage.objects.get(pk=press_release.pk)
    assert (press_release.title, press_release.latest_revision_id) == before

    toggle(login("logistik-moderator"), "logistik", press_release)

    assert titles["de"] in listed_titles(logistik, "/de/aktuelles/")


def test_hiding_is_for_moderators_of_that_site_and_never_for_own_items(login):
    press_release = demo_page("news", "cooperation-2019")

    assert refused(toggle(login("logistik-editor"), "logistik", press_release))
    assert refused(toggle(login("acod-moderator"), "logistik", press_release))
    assert refused(toggle(login("clusterit-moderator"), "clusterit", press_release))
    assert not HiddenSharedItem.objects.exists()


def test_shared_with_us_lists_partners_items_for_the_association(login):
    page = login("acod-editor").get(reverse("editorial_shared_with_us"))

    text = page.content.decode()
    assert demo_page("news", "cooperation-2019").title in text
    assert demo_page("event", "logistik-demo-automotive-logistics-forum").title in text
    assert demo_page("news", "clusterit-demo-security-checklist").title not in text
    assert (
        "Hide from our site" not in text and "Von unserer Website" not in text
    )  # editors: no switch


# --- translation -------------------------------------------------------------------------------


def create_german_news(login, django_capture_on_commit_callbacks):
    """An ACOD editor writes a news item, a moderator publishes it."""
    index = NewsIndexPage.objects.child_of(site_of("acod").root_page).get()
    data = nested_form_data(
        {
            "title": "Neue Meldung aus Leipzig",
            "slug": "neue-meldung-aus-leipzig",
            "date": "2026-11-20",
            "teaser": "Ein kurzer Anreißer.",
            "body": streamfield([("paragraph", rich_text("<p>Ein ganzer Absatz Text.</p>"))]),
            "topic_links": inline_formset([]),
            "shared_with": inline_formset([]),
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        login("acod-editor").post(
            reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk]), data
        )
    page = NewsPage.objects.get(slug="neue-meldung-aus-leipzig", locale__language_code="de")
    with django_capture_on_commit_callbacks(execute=True):
        login("acod-moderator").post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {**news_form_data(page), "action-publish": "1"},
        )
    return NewsPage.objects.get(pk=page.pk)


def test_tree_sync_alias_never_passes_german_text_off_as_english(
    login, site_client, django_capture_on_commit_callbacks
):
    german = create_german_news(login, django_capture_on_commit_callbacks)
    alias = german.get_translation(Locale.objects.get(language_code="en"))
    assert alias.alias_of_id == german.pk and alias.live
    client = site_client("acod")

    assert "Neue Meldung aus Leipzig" not in listed_titles(client, "/en/news/")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert german.get_full_url() in sitemap
    assert alias.get_full_url() not in sitemap
    german_html = soup(client.get("/de/aktuelles/neue-meldung-aus-leipzig/"))
    assert not german_html.find("link", rel="alternate", hreflang="en")
    alias_html = soup(client.get(alias.get_url()))
    assert alias_html.html["lang"] == "en"
    assert alias_html.main["lang"] == "de"
    assert alias_html.select_one(".translation-notice")["lang"] == "en"
    assert alias_html.find("meta", attrs={"name": "robots", "content": "noindex"})
    assert alias_html.find("link", rel="canonical")["href"] == german.get_full_url()


def test_translation_is_started_drafted_by_machine_and_published_by_a_person(
    login, site_client, django_capture_on_commit_callbacks
):
    german = create_german_news(login, django_capture_on_commit_callbacks)
    english_locale = Locale.objects.get(language_code="en")

    with django_capture_on_commit_callbacks(execute=True):
        response = login("acod-translator").post(
            reverse("wagtail_localize:submit_page_translation", args=[german.pk]),
            {"locales": [english_locale.pk]},
        )

    assert response.status_code == 302
    english = NewsPage.objects.get(translation_key=german.translation_key, locale=english_locale)
    assert english.alias_of_id is None
    assert not english.live  # German text never goes live under /en/
    assert site_client("acod").get(english.get_url()).status_code == 404

    from wagtail_localize.models import Translation

    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=english_locale
    )
    with django_capture_on_commit_callbacks(execute=True):
        login("acod-translator").post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": "/admin/"},
        )
    english = NewsPage.objects.get(pk=english.pk)
    assert not english.live  # machine translation stays a draft

    with django_capture_on_commit_callbacks(execute=True):
        refused_publish = login("acod-translator").post(
            reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}
        )
    assert not NewsPage.objects.get(pk=english.pk).live
    assert refused_publish.status_code in (200, 302, 403)

    with django_capture_on_commit_callbacks(execute=True):
        login("acod-moderator").post(
            reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}
        )

    english = NewsPage.objects.get(pk=english.pk)
    assert english.live
    assert english.title == "Leipzig aus Meldung Neue"  # the dummy translator reverses words
    client = site_client("acod")
    english_html = soup(client.get(english.get_url()))
    german_html = soup(client.get(german.get_url()))
    assert english_html.html["lang"] == "en" and not english_html.main.get("lang")
    assert (
        english_html.find("link", rel="alternate", hreflang="de")["href"] == german.get_full_url()
    )
    assert (
        german_html.find("link", rel="alternate", hreflang="en")["href"] == english.get_full_url()
    )


@pytest.mark.parametrize(
    "outsider", ["clusterit-translator", "logistik-editor", "clusterit-moderator"]
)
def test_translators_of_one_association_cannot_translate_anothers_pages(login, outsider):
    page = demo_page("news", "acod-demo-training-workshops")
    english_locale = Locale.objects.get(language_code="en")
    english = page.get_translation(english_locale)
    english.delete()
    count = Page.objects.count()

    response = login(outsider).post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english_locale.pk]},
    )

    assert response.status_code == 403
    assert Page.objects.count() == count
    assert not page.get_translations().exists()


def test_snippet_translation_is_for_superusers_only(login):
    from sites.core.models import SiteTexts

    texts = SiteTexts.objects.filter(locale__language_code="de").first()

    response = login("acod-translator").get(
        reverse("wagtail_localize:submit_snippet_translation", args=["core", "sitetexts", texts.pk])
    )

    assert response.status_code == 403


# --- demo accounts -----------------------------------------------------------------------------


def test_demo_accounts_exist_with_the_demo_password():
    user_model = get_user_model()
    for key in HOSTS:
        for role in ("editor", "moderator", "translator"):
            user = user_model.objects.get(username=f"{key}-{role}")
            assert user.check_password("verbund-demo-2026")
            assert not user.is_superuser
    assert user_model.objects.get(username="admin").is_superuser


def test_no_demo_accounts_where_settings_switch_them_off(settings):
    import io

    get_user_model().objects.all().delete()
    settings.VERBUND_DEMO_ACCOUNTS = False

    out = io.StringIO()
    call_command("bootstrap_verbund", stdout=out)

    assert not get_user_model().objects.exists()
    assert "Demo accounts are switched off" in out.getvalue()


def test_demo_editor_logs_in_with_the_password_and_reaches_only_own_site(client):
    client.defaults["HTTP_HOST"] = HOSTS["acod"]

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "acod-editor", "password": "verbund-demo-2026"}
    )

    assert response.status_code == 302
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert refused(
        client.get(
            reverse("wagtailadmin_pages:edit", args=[demo_page("news", "cooperation-2019").pk])
        )
    )


@pytest.mark.parametrize(
    ("language", "label", "help_text"),
    [
        ("de", "Anreißer", "Ein oder zwei Sätze für Übersichten und Feeds."),
        ("en", "Teaser", "One or two sentences for listings and feeds."),
    ],
)
def test_admin_follows_the_editors_language_preference(login, news, language, label, help_text):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(username="acod-editor")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()

    html = login("acod-editor").get(reverse("wagtailadmin_pages:edit", args=[news("acod").pk]))

    text = html.content.decode()
    assert label in text
    assert help_text in text


def test_dashboard_lists_what_partners_shared_and_the_next_events(login):
    html = login("logistik-editor").get(reverse("wagtailadmin_home")).content.decode()

    assert "Von Partnern mit uns geteilt" in html or "Shared with us by partners" in html
    assert demo_page("news", "cooperation-2019").title in html
    assert demo_page("event", "logistik-demo-logistics-academy").title in html


def test_superuser_translates_a_topic_snippet(login, django_capture_on_commit_callbacks):
    from sites.core.models import Topic

    german = Topic.objects.create(
        name="Wasserstoff", slug="wasserstoff", locale=Locale.get_default()
    )
    english_locale = Locale.objects.get(language_code="en")

    with django_capture_on_commit_callbacks(execute=True):
        response = login("admin").post(
            reverse(
                "wagtail_localize:submit_snippet_translation", args=["core", "topic", german.pk]
            ),
            {"locales": [english_locale.pk]},
        )

    assert response.status_code == 302
    assert german.get_translation(english_locale).name == "Wasserstoff"  # until translated
