"""Each association's roles reach their own content through the admin, and nothing of the others'.

Every check goes through the admin's own URLs, logged in as a demo account, in both locales.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, Revision, Site
from wagtail.test.utils.form_data import inline_formset

from sites.core.models import BrandingSettings
from sites.members.models import MemberOrganisation
from sites.news.models import NewsPage
from tests.conftest import demo_page, site_of
from tests.editorial.conftest import ASSOCIATIONS, news_form_data, others
from tests.members.conftest import (
    OWN_MEMBER,
    SHARED_MEMBER,
    delete_url,
    edit_url,
    member,
    member_form_data,
    membership_rows,
    snapshot_member,
)

pytestmark = pytest.mark.django_db
ROLES = ("editor", "moderator", "translator")
LANGUAGES = ("de", "en")


def refused(response):
    """Wagtail answers a permission error with 403 or a redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return (
        page.title,
        page.live,
        page.latest_revision_id,
        Revision.objects.for_instance(page).count(),
    )


# --- pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_roles_open_their_own_pages_for_editing(login, news, key, role, lang):
    client = login(f"{key}-{role}")

    response = client.get(reverse("wagtailadmin_pages:edit", args=[news(key, lang).pk]))

    assert response.status_code == 200


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_roles_are_refused_on_every_page_screen_of_the_other_associations(
    login, news, key, role, lang
):
    client = login(f"{key}-{role}")
    for other in others(key):
        page = news(other, lang)
        before = snapshot(page)
        parent = page.get_parent()

        screens = {
            "edit": client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])),
            "save": client.post(
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                news_form_data(page.specific, title="Übernommen"),
            ),
            "publish": client.post(
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                {**news_form_data(page.specific, title="Übernommen"), "action-publish": "1"},
            ),
            "delete": client.post(reverse("wagtailadmin_pages:delete", args=[page.pk])),
            "unpublish": client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
            "add": client.get(
                reverse("wagtailadmin_pages:add", args=["news", "newspage", parent.pk])
            ),
            "history": client.get(reverse("wagtailadmin_pages:history", args=[page.pk])),
            "revision": client.get(
                reverse(
                    "wagtailadmin_pages:revisions_view", args=[page.pk, page.latest_revision_id]
                )
            ),
        }

        for screen, response in screens.items():
            assert refused(response), (other, screen, response.status_code)
        assert snapshot(page) == before
        assert Page.objects.filter(pk=page.pk).exists()


# Copying another association's page (into the own tree or anywhere), revisions, compare, preview,
# revert and translation submissions: tests/security/test_advisories.py, one section per advisory.


@pytest.mark.parametrize("key", ["acod", "logistik"])  # the partners of Cluster IT's item
def test_shared_item_is_read_only_for_partners(login, key):
    press_release = demo_page("news", "cooperation-2019")
    for role in ROLES:
        response = login(f"{key}-{role}").get(
            reverse("wagtailadmin_pages:edit", args=[press_release.pk])
        )
        assert refused(response)


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_moderators_publish_their_own_pages(login, news, key):
    page = news(key).specific

    response = login(f"{key}-moderator").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**news_form_data(page, title="Frisch veröffentlicht"), "action-publish": "1"},
    )

    assert response.status_code == 302
    assert NewsPage.objects.get(pk=page.pk).title == "Frisch veröffentlicht"


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_editors_cannot_publish_directly(login, news, key):
    page = news(key).specific

    login(f"{key}-editor").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**news_form_data(page, title="Ohne Freigabe"), "action-publish": "1"},
    )

    live = NewsPage.objects.get(pk=page.pk)
    assert live.title != "Ohne Freigabe"
    assert live.get_latest_revision_as_object().title == "Ohne Freigabe"  # the draft is kept


# --- images, documents, settings ---------------------------------------------------------------


def chooser_html(client, url_name):
    """The chooser modal's HTML (the response is JSON, with non-ASCII characters escaped)."""
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    return json.loads(response.content)["html"]


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_images_and_documents_of_other_associations_are_out_of_reach(
    login, key, role, association_images, association_documents
):
    client = login(f"{key}-{role}")
    for other in others(key):
        image, document = association_images[other], association_documents[other]

        assert refused(client.get(reverse("wagtailimages:edit", args=[image.pk])))
        assert refused(client.post(reverse("wagtailimages:delete", args=[image.pk])))
        assert refused(client.get(reverse("wagtaildocs:edit", args=[document.pk])))
        assert refused(client.post(reverse("wagtaildocs:delete", args=[document.pk])))

        assert get_image_model().objects.filter(pk=image.pk).exists()
        assert get_document_model().objects.filter(pk=document.pk).exists()
        assert image.title not in chooser_html(client, "wagtailimages_chooser:choose")
        assert document.title not in chooser_html(client, "wagtaildocs_chooser:choose")


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_editors_and_moderators_work_with_their_own_images_and_documents(
    login, key, association_images, association_documents
):
    for role in ("editor", "moderator"):
        client = login(f"{key}-{role}")
        assert (
            client.get(reverse("wagtailimages:edit", args=[association_images[key].pk])).status_code
            == 200
        )
        assert (
            client.get(
                reverse("wagtaildocs:edit", args=[association_documents[key].pk])
            ).status_code
            == 200
        )
        assert association_images[key].title in chooser_html(client, "wagtailimages_chooser:choose")
        assert association_documents[key].title in chooser_html(
            client, "wagtaildocs_chooser:choose"
        )


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_only_the_associations_moderators_edit_its_branding(login, key):
    own_url = reverse("wagtailsettings:edit", args=["core", "brandingsettings", site_of(key).pk])

    assert login(f"{key}-moderator").get(own_url).status_code == 200
    assert refused(login(f"{key}-editor").get(own_url))
    assert refused(login(f"{key}-translator").get(own_url))
    for other in others(key):
        url = reverse("wagtailsettings:edit", args=["core", "brandingsettings", site_of(other).pk])
        before = BrandingSettings.objects.get(site=site_of(other)).phone
        assert refused(login(f"{key}-moderator").get(url))
        login(f"{key}-moderator").post(url, {"phone": "+49 1 2345"})
        assert BrandingSettings.objects.get(site=site_of(other)).phone == before


def shows(response, message):
    """The admin answers in the user's language: the message in English or German."""
    from django.utils import translation
    from django.utils.html import escape

    with translation.override("de"):
        german = translation.gettext(message)
    text = response.content.decode()
    return escape(message) in text or escape(german) in text


# --- members (sites/members): one record per company, shared by its associations ---------------


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_edit_their_members_shared_fields(login, key, role):
    record = member(OWN_MEMBER[key])

    client = login(f"{key}-{role}")
    opened = client.get(edit_url(record))
    saved = client.post(edit_url(record), member_form_data(record, city="Neustadt"))

    assert opened.status_code == 200
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert member(OWN_MEMBER[key]).city == "Neustadt"


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_roles_cannot_change_members_of_other_associations(login, key, role):
    client = login(f"{key}-{role}")
    for other in others(key):
        for lang in LANGUAGES:
            record = member(OWN_MEMBER[other], lang)
            before = snapshot_member(record)

            screens = {
                "edit": client.get(edit_url(record)),
                "save": client.post(edit_url(record), member_form_data(record, name="Übernommen")),
                "delete": client.post(delete_url(record)),
            }

            for screen, response in screens.items():
                assert refused(response), (other, lang, screen, response.status_code)
            assert snapshot_member(record) == before


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_the_member_list_shows_only_the_own_associations_members(login, key):
    text = login(f"{key}-editor").get(reverse("wagtailsnippets_members_memberorganisation:list"))
    text = text.content.decode()

    assert member(OWN_MEMBER[key]).name in text
    for other in others(key):
        assert member(OWN_MEMBER[other]).name not in text


@pytest.mark.parametrize("key", ["acod", "clusterit"])
def test_both_associations_of_a_shared_member_edit_its_shared_fields(login, key):
    record = member(SHARED_MEMBER)

    response = login(f"{key}-editor").post(
        edit_url(record), member_form_data(record, description=f"Neu von {key}")
    )

    assert response.status_code == 302
    assert member(SHARED_MEMBER).description == f"Neu von {key}"


def test_an_editor_cannot_remove_or_change_another_associations_membership(login):
    record = member(SHARED_MEMBER)  # ACOD and Cluster IT
    before = snapshot_member(record)
    rows = {row.site_id: row for row in record.memberships.all()}
    acod, logistik = site_of("acod").pk, site_of("logistik").pk
    client = login("clusterit-editor")

    def post(changes):
        memberships = [
            {"id": row.pk, "site": row.site_id, "member_since": row.member_since, **changes(row)}
            for row in rows.values()
        ]
        return client.post(edit_url(record), member_form_data(record, memberships))

    removed = post(lambda row: {"DELETE": "1"} if row.site_id == acod else {})
    redated = post(lambda row: {"member_since": "2001-01-01"} if row.site_id == acod else {})
    moved = post(lambda row: {"site": logistik} if row.site_id == acod else {})

    for response in (removed, redated, moved):
        assert response.status_code == 200  # the form again, with the error
        assert shows(response, "Please check the memberships.")
    for response in (redated, moved):  # (a removed row is hidden in the form, its error too)
        assert shows(response, "Only that association's editors can change it.")
    assert snapshot_member(record) == before


def test_an_editor_cannot_add_another_associations_membership(login):
    record = member(OWN_MEMBER["clusterit"])
    before = snapshot_member(record)
    memberships = [
        *[{"id": row.pk, "site": row.site_id} for row in record.memberships.all()],
        {"site": site_of("logistik").pk},
    ]

    response = login("clusterit-editor").post(
        edit_url(record), member_form_data(record, memberships)
    )

    assert response.status_code == 200
    assert shows(response, "You can only add your own association's membership.")
    assert snapshot_member(record) == before


def test_an_editor_removes_the_own_associations_membership(login):
    record = member(SHARED_MEMBER)
    clusterit = site_of("clusterit").pk
    memberships = membership_rows(record, delete_site_id=clusterit)

    response = login("clusterit-editor").post(
        edit_url(record), member_form_data(record, memberships)
    )

    assert response.status_code == 302
    assert member(SHARED_MEMBER).membership_site_ids() == {site_of("acod").pk}


def test_a_new_member_needs_the_own_associations_membership(login):
    client = login("logistik-editor")
    url = reverse("wagtailsnippets_members_memberorganisation:add")
    template = member(OWN_MEMBER["logistik"])

    def data(site_key):
        return member_form_data(
            template,
            [{"site": site_of(site_key).pk}] if site_key else [],
            name="Neue Spedition GmbH",
            slug="neue-spedition",
            topic_links=inline_formset([]),
        )

    without = client.post(url, data(None))
    for_a_partner = client.post(url, data("acod"))
    own = client.post(url, data("logistik"))

    assert without.status_code == 200 and for_a_partner.status_code == 200
    assert own.status_code == 302
    created = member("neue-spedition")
    assert created.membership_site_ids() == {site_of("logistik").pk}


def test_moderators_delete_only_members_that_are_theirs_alone(login):
    own, shared = member(OWN_MEMBER["acod"]), member(SHARED_MEMBER)
    client = login("acod-moderator")

    assert refused(client.post(delete_url(shared)))
    assert refused(login("acod-editor").post(delete_url(own)))
    assert client.post(delete_url(own)).status_code == 302
    assert not MemberOrganisation.objects.filter(pk=own.pk).exists()
    assert MemberOrganisation.objects.filter(pk=shared.pk).exists()


def test_bulk_deletion_deletes_only_members_that_are_the_associations_alone(login):
    own, shared, foreign = (
        member(OWN_MEMBER["acod"]),
        member(SHARED_MEMBER),
        member(OWN_MEMBER["logistik"]),
    )
    url = reverse("wagtail_bulk_action", args=["members", "memberorganisation", "delete"])
    query = "&".join(f"id={record.pk}" for record in (own, shared, foreign))

    login("acod-moderator").post(f"{url}?{query}")

    assert not MemberOrganisation.objects.filter(pk=own.pk).exists()
    assert MemberOrganisation.objects.filter(pk__in=[shared.pk, foreign.pk]).count() == 2


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_translators_translate_their_members_but_never_the_german_original(login, key):
    german, english = member(OWN_MEMBER[key]), member(OWN_MEMBER[key], "en")
    client = login(f"{key}-translator")
    before = snapshot_member(german)

    translated = client.post(
        edit_url(english), member_form_data(english, description="Better English text.")
    )
    original = client.post(edit_url(german), member_form_data(german, description="Anders."))

    assert translated.status_code == 302
    assert member(OWN_MEMBER[key], "en").description == "Better English text."
    assert refused(original)
    assert snapshot_member(german) == before


def test_translators_cannot_change_memberships(login):
    english = member(SHARED_MEMBER, "en")
    memberships = [
        {"id": row.pk, "site": row.site_id, "DELETE": "1"} for row in english.memberships.all()
    ]
    before = sorted(english.memberships.values_list("site_id", flat=True))

    response = login("acod-translator").post(
        edit_url(english), member_form_data(english, memberships)
    )

    assert response.status_code == 200
    assert sorted(member(SHARED_MEMBER, "en").memberships.values_list("site_id", flat=True)) == (
        before
    )


def test_only_a_member_associations_editors_start_its_translation(login):
    record = member(OWN_MEMBER["clusterit"])
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["members", "memberorganisation", record.pk],
    )

    assert login("acod-editor").get(url).status_code == 403
    assert login("clusterit-editor").get(url).status_code == 200


def test_superusers_edit_any_member_and_any_membership():
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(HTTP_HOST="acod.localhost")
    client.force_login(get_user_model().objects.get(username="admin"))
    record = member(SHARED_MEMBER)
    memberships = [
        {"id": row.pk, "site": row.site_id, "DELETE": "1"} for row in record.memberships.all()
    ]
    memberships.append({"site": site_of("logistik").pk})

    response = client.post(edit_url(record), member_form_data(record, memberships))

    assert response.status_code == 302
    assert member(SHARED_MEMBER).membership_site_ids() == {site_of("logistik").pk}


# --- structure ---------------------------------------------------------------------------------


def test_no_group_holds_global_page_or_settings_permissions():
    assert not GroupPagePermission.objects.filter(page__depth=1).exists()
    for group in Group.objects.all():
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert codenames <= {"access_admin", "submit_translation"}, group.name
        pages = set(group.page_permissions.values_list("page_id", flat=True))
        homes = {
            home.pk
            for site in Site.objects.all()
            for home in site.root_page.get_translations(inclusive=True)
        }
        assert pages <= homes, group.name
        assert len({Page.objects.get(pk=pk).get_site().pk for pk in pages}) <= 1, group.name


def test_every_association_has_its_own_workflow_on_both_trees():
    for key in ASSOCIATIONS:
        site = site_of(key)
        for home in site.root_page.get_translations(inclusive=True):
            workflow = home.get_workflow()
            assert workflow is not None and workflow.active
            task = workflow.tasks.get().specific
            short_name = BrandingSettings.objects.get(site=site).short_name
            assert [g.name for g in task.groups.all()] == [f"{short_name} – Freigabe (Moderators)"]


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_editor_admin_page_explorer_starts_on_the_own_site(login, key):
    response = login(f"{key}-editor").get(reverse("wagtailadmin_explore_root"))

    text = response.content.decode()
    for home in site_of(key).root_page.get_translations(inclusive=True):
        assert reverse("wagtailadmin_explore", args=[home.pk]) in text
    for other in others(key):
        for home in site_of(other).root_page.get_translations(inclusive=True):
            assert reverse("wagtailadmin_explore", args=[home.pk]) not in text


# --- issue 16: choosers, the admin API, bulk actions, reports ------------------------------------


def drafts_of_every_association(news):
    """A German draft title per association's own news item (only its own people may read it)."""
    titles = {}
    for key in ASSOCIATIONS:
        page = news(key).specific
        page.title = f"Unveröffentlicht {key}"
        page.save_revision()
        titles[key] = page.title
    return titles


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_page_chooser_offers_the_own_trees_only(login, news, key, role):
    client = login(f"{key}-{role}")
    drafts = drafts_of_every_association(news)

    def search(association):
        # The search index holds the live title; the chooser shows the latest (draft) title.
        return client.get(
            reverse("wagtailadmin_choose_page_search"),
            {"q": news(association).title, "page_type": "wagtailcore.page"},
        ).content.decode()

    chosen = client.get(
        reverse("wagtailadmin_choose_page_chosen_multiple"),
        {"id": [news(other).pk for other in ASSOCIATIONS]},
    )

    assert drafts[key] in search(key)
    assert [item["id"] for item in json.loads(chosen.content)["result"]] == [news(key).pk]
    for other in others(key):
        found = search(other)
        assert drafts[other] not in found
        assert reverse("wagtailadmin_pages:edit", args=[news(other).pk]) not in found
        assert drafts[other] not in chosen.content.decode()
        browse = client.get(
            reverse("wagtailadmin_choose_page_child", args=[news(other).get_parent().pk])
        )
        assert browse.status_code == 404
        assert drafts[other] not in browse.content.decode()


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_admin_api_lists_the_own_images_and_documents_only(
    login, key, role, association_images, association_documents
):
    client = login(f"{key}-{role}")
    for kind, items in (("images", association_images), ("documents", association_documents)):
        own = client.get(f"/admin/api/main/{kind}/{items[key].pk}/")
        assert own.status_code == 200
        assert items[key].title in own.content.decode()
        for other in others(key):
            word = items[other].title.split()[-1] if kind == "documents" else "Logo"
            search = client.get(f"/admin/api/main/{kind}/", {"search": word})
            detail = client.get(f"/admin/api/main/{kind}/{items[other].pk}/")
            assert items[other].title not in search.content.decode()
            assert detail.status_code == 404
            assert items[other].title not in detail.content.decode()


@pytest.mark.parametrize("key", ASSOCIATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_bulk_actions_and_reports_name_nothing_of_the_other_associations(
    login, news, key, role, association_images
):
    from wagtail_localize.models import Translation, TranslationSource

    client = login(f"{key}-{role}")
    drafts = drafts_of_every_association(news)
    for association in ASSOCIATIONS:
        source, _created = TranslationSource.get_or_create_from_instance(
            Page.objects.get(pk=news(association).pk).get_latest_revision_as_object()
        )
        Translation.objects.get_or_create(
            source=source, target_locale=news(association, "en").locale
        )

    report = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert drafts[key] in report
    for other in others(key):
        assert drafts[other] not in report
        for url in (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
            + f"?id={news(other).pk}",
            reverse("wagtail_bulk_action", args=["wagtailimages", "image", "add_tags"])
            + f"?id={association_images[other].pk}",
        ):
            response = client.get(url)
            assert response.status_code == 404
            assert drafts[other] not in response.content.decode()
            assert association_images[other].title not in response.content.decode()
        assert client.post(url, {"tags": "übernommen"}).status_code == 404
        assert not association_images[other].tags.exists()
        assert Page.objects.filter(pk=news(other).pk).exists()
