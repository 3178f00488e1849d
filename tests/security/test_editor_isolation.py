"""Issue 16: the admin screens that still showed another association's drafts, private pages and
files.

Per association B, `secrets` creates a German draft page (in moderation), a live page with a
sign-in restriction (both with a translation in wagtail-localize's report), an image and a
document in B's collection, a document in a private sub-collection of B's collection: all with a
recognisable "GEHEIM-<B>-…" title. Every test logs in as the editor, moderator and translator of
association A and asks the endpoint for each other association B's secrets: no secret title in
the body and no POST that acts. Each test also checks that what A's people need still works (their
own pages in the page chooser, their own and the shared items in the admin API, …), so that a
test cannot pass by an endpoint that answers nothing to anyone.
"""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Task,
)
from wagtail_localize.models import Translation, TranslationSource

from sites.contact.models import ContactPage
from sites.core.models import SiteTexts
from sites.editorial.roles import SHARED_COLLECTION_NAME
from sites.standard.models import StandardPage
from tests.conftest import HOSTS, site_of
from tests.editorial.conftest import ASSOCIATIONS, COLLECTIONS, others

pytestmark = pytest.mark.django_db
ROLES = ("editor", "moderator", "translator")
ACCOUNTS = [(key, role) for key in ASSOCIATIONS for role in ROLES]
ACCOUNT_IDS = [f"{key}-{role}" for key, role in ACCOUNTS]


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode(errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(json.loads(text), ensure_ascii=False)
    return text


def german_home(key):
    return site_of(key).root_page.get_translation(Locale.objects.get(language_code="de"))


def add_page(key, title, *, live):
    home = german_home(key)
    page = home.add_child(
        instance=StandardPage(title=title, slug=title.lower(), live=live, intro=title)
    )
    page.save_revision(user=None, log_action=False)
    if live:
        page.get_latest_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def translate(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.get_or_create(
        source=source,
        target_locale=Locale.objects.get(language_code="en"),
        defaults={"enabled": True},
    )


@pytest.fixture
def secrets(db):
    """Per association: {"draft", "private", "image", "document", "private_document", "titles"}."""
    user_model = get_user_model()
    items = {}
    for key in ASSOCIATIONS:
        tag = f"GEHEIM-{key.upper()}"
        collection = Collection.objects.get(name=COLLECTIONS[key])
        draft = add_page(key, f"{tag}-Entwurf", live=False)
        draft.get_workflow().start(draft, user_model.objects.get(username=f"{key}-editor"))
        private = add_page(key, f"{tag}-Privat", live=True)
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        translate(draft)
        translate(private)
        image = get_image_model().objects.create(
            title=f"{tag}-Bild",
            file=get_test_image_file(filename="geheim.png"),
            collection=collection,
        )
        document = get_document_model()(title=f"{tag}-Akte", collection=collection)
        document.file.save(f"geheim-{key}.pdf", ContentFile(b"%PDF-1.4 geheim\n"), save=True)
        internal = collection.add_child(name=f"{COLLECTIONS[key]} – vertraulich")
        CollectionViewRestriction.objects.create(
            collection=internal, restriction_type=CollectionViewRestriction.LOGIN
        )
        private_document = get_document_model()(title=f"{tag}-Interne-Akte", collection=internal)
        private_document.file.save(
            f"intern-{key}.pdf", ContentFile(b"%PDF-1.4 intern\n"), save=True
        )
        items[key] = {
            "draft": draft,
            "private": private,
            "image": image,
            "document": document,
            "private_document": private_document,
            "titles": [
                draft.title,
                private.title,
                image.title,
                document.title,
                private_document.title,
            ],
        }
    shared = Collection.objects.get(name=SHARED_COLLECTION_NAME)
    items["shared"] = {
        "image": get_image_model().objects.create(
            title="Gemeinsames-Bild", file=get_test_image_file(filename="g.png"), collection=shared
        ),
    }
    return items


@pytest.fixture
def account(request):
    key, role = request.param
    client = Client(HTTP_HOST=HOSTS[key])
    client.force_login(get_user_model().objects.get(username=f"{key}-{role}"))
    return key, role, client


def assert_hidden(response, secrets, b, where):
    text = body(response)
    for title in secrets[b]["titles"]:
        assert title not in text, (where, title, response.status_code)


def refused(response):
    """403, 404, or Wagtail's redirect to the dashboard on PermissionDenied."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


# --- page chooser ------------------------------------------------------------------------------


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_page_chooser_browses_only_the_own_trees(account, secrets):
    a, role, client = account
    own_draft = secrets[a]["draft"]
    for b in others(a):
        for parent in (german_home(b), secrets[b]["draft"], secrets[b]["private"]):
            response = client.get(
                reverse("wagtailadmin_choose_page_child", args=[parent.pk]),
                {"page_type": "wagtailcore.page"},
            )
            assert_hidden(response, secrets, b, f"browse {parent.pk}")
            assert response.status_code == 404, response.status_code
        response = client.get(
            reverse("wagtailadmin_choose_page"), {"page_type": "wagtailcore.page"}
        )
        assert response.status_code == 200
        for home in site_of(b).root_page.get_translations(inclusive=True):
            url = reverse("wagtailadmin_choose_page_child", args=[home.pk])
            assert url not in body(response)
    # The own tree is still browsed, drafts and private pages included.
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[german_home(a).pk]))
    assert response.status_code == 200
    assert own_draft.title in body(response)
    assert secrets[a]["private"].title in body(response)
    response = client.get(reverse("wagtailadmin_choose_page"), {"page_type": "wagtailcore.page"})
    assert reverse("wagtailadmin_choose_page_child", args=[german_home(a).pk]) in body(response)


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_page_chooser_search_finds_only_own_pages(account, secrets):
    a, role, client = account
    for b in others(a):
        for query in ("GEHEIM", f"GEHEIM-{b.upper()}-Entwurf", f"GEHEIM-{b.upper()}-Privat"):
            response = client.get(
                reverse("wagtailadmin_choose_page_search"),
                {"q": query, "page_type": "wagtailcore.page"},
            )
            assert response.status_code == 200
            assert_hidden(response, secrets, b, query)
    response = client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": "GEHEIM", "page_type": "wagtailcore.page"}
    )
    assert secrets[a]["draft"].title in body(response)


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_page_chooser_chosen_multiple_answers_only_own_pages(account, secrets):
    a, role, client = account
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    for b in others(a):
        ids = [secrets[b]["draft"].pk, secrets[b]["private"].pk]
        response = client.get(url, {"id": ids})
        assert_hidden(response, secrets, b, "chosen-multiple")
        assert response.status_code == 200
        assert json.loads(response.content)["result"] == []
    response = client.get(url, {"id": [secrets[a]["draft"].pk, secrets[a]["private"].pk]})
    assert {item["id"] for item in json.loads(response.content)["result"]} == {
        secrets[a]["draft"].pk,
        secrets[a]["private"].pk,
    }


# --- the admin's own API -------------------------------------------------------------------------


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
@pytest.mark.parametrize("kind", ["images", "documents"])
def test_admin_api_lists_only_own_and_shared_items(account, secrets, kind):
    a, role, client = account
    item = kind[:-1]
    listing = f"/admin/api/main/{kind}/"
    for b in others(a):
        responses = [
            client.get(listing, {"fields": "title", "limit": 20}),
            client.get(listing, {"fields": "title", "limit": 20, "offset": 20}),
            client.get(listing, {"search": f"GEHEIM-{b.upper()}"}),
            client.get(listing, {"search": "GEHEIM"}),
            client.get(f"{listing}{secrets[b][item].pk}/"),
        ]
        if kind == "documents":
            responses.append(client.get(f"{listing}{secrets[b]['private_document'].pk}/"))
        for response in responses:
            assert response.status_code in (200, 404), response.status_code
            assert_hidden(response, secrets, b, response.request["PATH_INFO"])
        assert responses[-1].status_code == 404
    response = client.get(listing, {"search": "GEHEIM", "limit": 20})
    titles = {row["title"] for row in json.loads(body(response))["items"]}
    assert secrets[a][item].title in titles
    if kind == "images":
        response = client.get(listing, {"search": "Gemeinsames", "limit": 20})
        assert secrets["shared"]["image"].title in body(response)
    assert client.get(f"{listing}{secrets[a][item].pk}/").status_code == 200


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_admin_api_pages_lists_only_own_pages(account, secrets):
    a, role, client = account
    for b in others(a):
        for url in (
            "/admin/api/main/pages/?search=GEHEIM",
            f"/admin/api/main/pages/?child_of={german_home(b).pk}",
            f"/admin/api/main/pages/{secrets[b]['draft'].pk}/",
            f"/admin/api/main/pages/{secrets[b]['private'].pk}/",
        ):
            response = client.get(url)
            assert response.status_code in (200, 400, 404), (url, response.status_code)
            assert_hidden(response, secrets, b, url)
    response = client.get(
        f"/admin/api/main/pages/?child_of={german_home(a).pk}&limit=20&search=GEHEIM"
    )
    assert secrets[a]["draft"].title in body(response)


# --- wagtail-localize --------------------------------------------------------------------------


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_translations_report_lists_only_own_pages(account, secrets):
    a, role, client = account
    for name in ("translations_report", "translations_report_results"):
        url = reverse(f"wagtail_localize:{name}")
        for query in ({}, {"source_title": "GEHEIM"}, {"source_locale": "all"}):
            response = client.get(url, query)
            assert response.status_code == 200
            for b in others(a):
                assert_hidden(response, secrets, b, (name, query))
        response = client.get(url, {"source_title": "GEHEIM"})
        assert secrets[a]["draft"].title in body(response)
        assert secrets[a]["private"].title in body(response)


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_localize_snippet_api_is_for_superusers(account, secrets):
    a, role, client = account
    texts = SiteTexts.objects.filter(site=site_of(others(a)[0])).first()
    for url in (
        reverse("wagtail_localize:snippets_api_listing", args=["core", "sitetexts"]),
        reverse("wagtail_localize:snippets_api_detail", args=["core", "sitetexts", texts.pk]),
        reverse("wagtail_localize:snippets_api_listing", args=["core", "topic"]),
    ):
        response = client.get(url)
        assert response.status_code == 403, (url, response.status_code)
        assert str(texts) not in body(response)


def test_localize_snippet_api_still_answers_superusers(admin_client):
    texts = SiteTexts.objects.first()
    response = admin_client.get(
        reverse("wagtail_localize:snippets_api_detail", args=["core", "sitetexts", texts.pk])
    )
    assert response.status_code == 200
    assert str(texts) in body(response)


# --- bulk actions ------------------------------------------------------------------------------


def bulk_url(app_label, model_name, action, ids):
    url = reverse("wagtail_bulk_action", args=[app_label, model_name, action])
    return url + "?" + "&".join(f"id={pk}" for pk in ids)


def bulk_urls(secrets, b):
    draft, private = secrets[b]["draft"].pk, secrets[b]["private"].pk
    image, document = secrets[b]["image"].pk, secrets[b]["document"].pk
    return [
        bulk_url("wagtailcore", "page", "delete", [draft]),
        bulk_url("wagtailcore", "page", "publish", [draft]),
        bulk_url("wagtailcore", "page", "unpublish", [private]),
        bulk_url("wagtailcore", "page", "move", [draft]),
        bulk_url("wagtailimages", "image", "delete", [image]),
        bulk_url("wagtailimages", "image", "add_to_collection", [image]),
        bulk_url("wagtailimages", "image", "add_tags", [image]),
        bulk_url("wagtaildocs", "document", "delete", [document]),
        bulk_url("wagtaildocs", "document", "add_to_collection", [document]),
        bulk_url("wagtaildocs", "document", "add_tags", [document]),
    ]


def state(secrets, b):
    pages = Page.objects.filter(pk__in=[secrets[b]["draft"].pk, secrets[b]["private"].pk])
    return (
        sorted(pages.values_list("pk", "title", "live", "path", "latest_revision_id")),
        get_image_model()
        .objects.filter(pk=secrets[b]["image"].pk)
        .values_list("title", "collection_id")[0],
        sorted(secrets[b]["image"].tags.names()),
        get_document_model()
        .objects.filter(pk=secrets[b]["document"].pk)
        .values_list("title", "collection_id")[0],
    )


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_bulk_actions_on_other_associations_objects_are_not_found(account, secrets):
    a, role, client = account
    own_collection = Collection.objects.get(name=COLLECTIONS[a])
    for b in others(a):
        before = state(secrets, b)
        for url in bulk_urls(secrets, b):
            response = client.get(url)
            assert response.status_code == 404, (url, response.status_code)
            assert_hidden(response, secrets, b, url)
            response = client.post(
                url,
                {
                    "collection": own_collection.pk,
                    "tags": "übernommen",
                    "move_applicable": "on",
                    "chooser": german_home(a).pk,
                },
            )
            assert response.status_code == 404, (url, response.status_code)
        assert state(secrets, b) == before
        # Mixed with an own id, the other association's id still refuses the whole request.
        mixed = bulk_url(
            "wagtailimages", "image", "delete", [secrets[a]["image"].pk, secrets[b]["image"].pk]
        )
        assert client.get(mixed).status_code == 404


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_bulk_action_confirmation_still_opens_on_own_objects(login, secrets, key):
    client = login(f"{key}-moderator")
    for url, title in (
        (bulk_url("wagtailcore", "page", "delete", [secrets[key]["draft"].pk]), "draft"),
        (bulk_url("wagtailimages", "image", "add_tags", [secrets[key]["image"].pk]), "image"),
        (bulk_url("wagtaildocs", "document", "delete", [secrets[key]["document"].pk]), "document"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert secrets[key][title].title in body(response)


# --- workflows ---------------------------------------------------------------------------------


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_workflow_cancellation_confirmation_of_another_associations_page_is_refused(
    account, secrets
):
    a, role, client = account
    for b in others(a):
        draft = secrets[b]["draft"]
        assert draft.current_workflow_state is not None
        url = reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[draft.pk])
        response = client.get(url)
        assert refused(response), response.status_code
        assert_hidden(response, secrets, b, url)
        task_name = draft.current_workflow_state.current_task_state.task.name
        assert task_name not in body(response)
    if role == "moderator":
        own = secrets[a]["draft"]
        url = reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[own.pk])
        response = client.get(url)
        assert response.status_code == 200
        assert own.current_workflow_state.current_task_state.task.name in body(response)


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_workflow_task_chooser_is_refused(account, secrets):
    a, role, client = account
    tasks = [task.name for task in Task.objects.all()]
    assert len(tasks) >= 3
    for name in ("task_chooser", "task_chooser_results", "task_chooser_create"):
        response = client.get(reverse(f"wagtailadmin_workflows:{name}"))
        assert refused(response), (name, response.status_code)
        for task in tasks:
            assert task not in body(response)
    task = Task.objects.exclude(name__startswith=a).first()
    response = client.get(reverse("wagtailadmin_workflows:task_chosen", args=[task.pk]))
    assert refused(response)
    assert task.name not in body(response)


def test_workflow_task_chooser_still_opens_for_superusers(admin_client):
    response = admin_client.get(reverse("wagtailadmin_workflows:task_chooser"))
    assert response.status_code == 200
    assert Task.objects.first().name in body(response)


# --- private documents as plain files ----------------------------------------------------------


def media_variants(file_name):
    """The file's address below /media/, spelled in ways that all reach the same file."""
    media_dir = Path(settings.MEDIA_ROOT).name
    return [
        f"/media/{file_name}",
        f"/media//{file_name}",
        f"/media/./{file_name}",
        f"/media/images/../{file_name}",
        f"/media/images/../../{media_dir}/{file_name}",
    ]


def test_documents_are_never_served_from_the_media_folder(secrets, login):
    for key in ASSOCIATIONS:
        for name in ("document", "private_document"):
            document = secrets[key][name]
            assert document.file.name.startswith("documents/")
            for client in (Client(HTTP_HOST=HOSTS[key]), login(f"{key}-editor")):
                for variant in media_variants(document.file.name):
                    response = client.get(variant)
                    assert response.status_code == 404, (variant, response.status_code)
                    content = b"".join(getattr(response, "streaming_content", [response.content]))
                    assert b"geheim" not in content and b"intern" not in content, variant
    # Images stay where the public pages load them from.
    image = secrets["acod"]["image"]
    response = Client(HTTP_HOST=HOSTS["acod"]).get(f"/media/{image.file.name}")
    assert response.status_code == 200
    response.close()


def test_private_documents_go_through_wagtails_serve_view(secrets, login):
    document = secrets["clusterit"]["private_document"]
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    anonymous = Client(HTTP_HOST=HOSTS["clusterit"]).get(document.url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("wagtailcore_login"))
    response = login("clusterit-editor").get(document.url)
    assert response.status_code == 200
    assert b"intern" in b"".join(response.streaming_content)


@pytest.mark.parametrize("account", ACCOUNTS, ids=ACCOUNT_IDS, indirect=True)
def test_page_chooser_for_a_page_type_only_another_association_has_opens_on_own_pages(
    account, secrets
):
    """Without a page to open on, Wagtail's chooser for a page type opens on the first common
    ancestor of all pages of that type, and shows it: another association's page if only that one
    has such pages. Here only B keeps its (German) contact page, whose parent gets a draft title
    (B: one other association per role, both across the roles)."""
    a, role, client = account
    b = others(a)[ROLES.index(role) % 2]
    contact_pages = Page.objects.type(ContactPage)
    for page in contact_pages.exclude(
        pk__in=contact_pages.filter(
            locale__language_code="de", path__startswith=german_home(b).path
        )
    ):
        page.delete()
    parent = contact_pages.get().get_parent().specific
    parent.title = f"GEHEIM-{b.upper()}-Elternseite"
    parent.save_revision()
    assert contact_pages.first_common_ancestor().pk == parent.pk

    response = client.get(
        reverse("wagtailadmin_choose_page"), {"page_type": "contact.contactpage"}, follow=True
    )

    assert response.status_code == 200
    assert parent.title not in body(response)
    assert_hidden(response, secrets, b, "choose contact page")


@pytest.mark.parametrize("key", ASSOCIATIONS)
def test_the_admin_scope_leaves_readers_requests_alone(secrets, key):
    """AdminScopeMiddleware reads request.user only for the admin views it guards: reading it on a
    reader's page would read the session and add "Vary: Cookie" to every public page."""
    response = Client(HTTP_HOST=HOSTS[key]).get("/de/")

    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.parametrize("username", ["acod-editor", "clusterit-moderator", "logistik-translator"])
def test_the_dashboard_counts_only_the_associations_own_pages(username):
    """Wagtail counted every page below the tree's root: all associations' pages, drafts too."""
    from wagtail.models import Locale, Page

    association = username.split("-")[0]
    client = Client(HTTP_HOST=HOSTS[association])
    client.force_login(get_user_model().objects.get(username=username))
    own = sum(
        Page.objects.descendant_of(
            site_of(association).root_page.get_translation(locale), True
        ).count()
        for locale in Locale.objects.all()
    )
    assert own < Page.objects.count() - 1  # other associations' pages exist

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    counts = re.findall(r"(\d+)\s+Seiten?\s*<span", html) or re.findall(
        r"(\d+)\s+Pages?\s*<span", html
    )
    assert counts == [str(own)]
