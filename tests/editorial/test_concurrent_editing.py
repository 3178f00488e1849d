"""Two people of an association editing the same page at once lose nothing: every save is a
revision of its own, an autosave from an editor that is out of date is refused rather than
overwriting the newer version, and each sees in the editor that the other is there and has saved
(Wagtail's editing sessions), while other associations learn nothing about it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.utils import get_user_display_name

from sites.news.models import NewsPage
from tests.editorial.conftest import news_form_data

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def loaded_revision(response):
    """The hidden fields by which the editor tells Wagtail which version it was opened on."""
    form = BeautifulSoup(response.content, "html.parser")
    return {
        name: form.find("input", attrs={"name": name})["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def draft_titles(page):
    return [revision.as_object().title for revision in page.revisions.order_by("created_at", "pk")]


def shown_name(username):
    return get_user_display_name(get_user_model().objects.get(username=username))


def ping(client, page, session_id=0, **data):
    url = reverse(
        "wagtailadmin_editing_sessions:ping", args=("wagtailcore", "page", page.pk, session_id)
    )
    return client.post(url, data)


def test_two_editors_saving_the_same_page_both_keep_their_version(login, news):
    page = news("acod").specific
    editor, moderator = login("acod-editor"), login("acod-moderator")
    assert editor.get(edit_url(page)).status_code == 200
    assert moderator.get(edit_url(page)).status_code == 200
    revisions_before = page.revisions.count()
    live_title = page.title

    first = editor.post(edit_url(page), news_form_data(page, title="Fassung der Redaktion"))
    second = moderator.post(edit_url(page), news_form_data(page, title="Fassung der Freigabe"))

    assert first.status_code == second.status_code == 302
    assert page.revisions.count() == revisions_before + 2
    assert draft_titles(page)[-2:] == ["Fassung der Redaktion", "Fassung der Freigabe"]
    assert NewsPage.objects.get(pk=page.pk).title == live_title  # drafts, nothing published
    # the first version can be brought back from the history
    first_revision = page.revisions.order_by("created_at", "pk")[revisions_before]
    revert = moderator.get(
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first_revision.pk])
    )
    assert revert.status_code == 200
    assert "Fassung der Redaktion" in revert.content.decode()


def test_an_autosave_from_an_out_of_date_editor_overwrites_nothing(login, news):
    page = news("acod").specific
    editor, moderator = login("acod-editor"), login("acod-moderator")
    opened_on = loaded_revision(editor.get(edit_url(page)))
    moderator.post(edit_url(page), news_form_data(page, title="Neuere Fassung"))

    autosave = editor.post(
        edit_url(page),
        {**news_form_data(page, title="Ältere Fassung"), **opened_on},
        headers={"Accept": "application/json"},
    )

    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "invalid_revision"
    assert draft_titles(page)[-1] == "Neuere Fassung"
    assert "Ältere Fassung" not in draft_titles(page)

    # Saving the form on purpose still keeps both versions: the newer one stays in the history.
    saved = editor.post(
        edit_url(page), {**news_form_data(page, title="Ältere Fassung"), **opened_on}
    )
    assert saved.status_code == 302
    assert draft_titles(page)[-2:] == ["Neuere Fassung", "Ältere Fassung"]


def test_an_editor_sees_who_else_edits_and_saved_a_newer_version(login, news):
    page = news("acod").specific
    editor, moderator = login("acod-editor"), login("acod-moderator")
    opened_on = loaded_revision(editor.get(edit_url(page)))
    editor_session = ping(editor, page, is_editing="1").json()["session_id"]

    others_for_moderator = ping(moderator, page).json()["other_sessions"]
    assert [(other["user"], other["is_editing"]) for other in others_for_moderator] == [
        (shown_name("acod-editor"), True)
    ]

    moderator.post(edit_url(page), news_form_data(page, title="Neuere Fassung"))
    newer = page.revisions.order_by("-created_at", "-pk").first()
    others_for_editor = ping(
        editor,
        page,
        editor_session,
        revision_id=opened_on["loaded_revision_id"],
        revision_created_at=opened_on["loaded_revision_created_at"],
    ).json()["other_sessions"]
    assert [(other["user"], other["revision_id"]) for other in others_for_editor] == [
        (shown_name("acod-moderator"), newer.pk)
    ]


@pytest.mark.parametrize("role", ["editor", "moderator", "translator"])
def test_other_associations_do_not_learn_who_edits_a_page(login, news, role):
    page = news("acod").specific
    ping(login("acod-editor"), page, is_editing="1")

    assert ping(login(f"clusterit-{role}"), page).status_code == 404


@pytest.mark.parametrize(
    "path", ["/admin/pages/999999/edit/", "/admin/gibt-es-nicht/", "/documents/999999/satzung.pdf"]
)
def test_a_missing_admin_or_document_url_is_a_404_not_a_redirect_to_a_page(login, path):
    assert login("acod-editor").get(path).status_code == 404


def test_a_page_path_without_language_still_goes_to_the_german_page(site_client):
    response = site_client("acod").get("/ueber-uns/")
    assert response.status_code == 302
    assert response["Location"] == "/de/ueber-uns/"
