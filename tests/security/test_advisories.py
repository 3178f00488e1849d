"""Regression tests for the Wagtail and wagtail-localize advisories of issue 7 (item 2).

One section per advisory. Each check goes through the admin's own URLs (reversed from Wagtail's URL
names) as an editor, moderator or translator of association A against pages and files of
association B, in both locales, and asserts both the answer and that nothing in the database
changed. Pairs are cyclic (ACOD → Cluster IT → Netzwerk Logistik → ACOD), so every association is
once A and once B.

Wagtail answers a permission error in the admin with a redirect to the dashboard (its
PermissionDenied handler, plus a message); wagtail-localize's views and our
TranslationPermissionMiddleware answer 403.

Already covered elsewhere and not repeated here: the edit, save, publish, delete, unpublish, add,
history and revision screens of B's pages, the edit and delete screens of B's images and documents
(tests/editorial/test_permission_matrix.py); the readers' search with odd and overlong queries
(tests/search/test_search.py); how served documents are sandboxed (tests/security/test_uploads.py).
"""

import hashlib
import json
import re
import time
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import NoReverseMatch, reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    Revision,
)
from wagtail_localize.models import Translation, TranslationSource

from sites.contact.models import ContactFormField, ContactPage
from sites.core.blocks import RICH_TEXT_FEATURES
from sites.core.models import BrandingSettings, Topic
from sites.editorial.roles import SHARED_COLLECTION_NAME
from sites.news.models import NewsIndexPage, NewsPage
from sites.standard.models import StandardPage
from tests.conftest import HOSTS, site_of
from tests.editorial.conftest import COLLECTIONS, news_form_data

pytestmark = pytest.mark.django_db

# (A, B): A's accounts try to reach B's content.
PAIRS = [("acod", "clusterit"), ("clusterit", "logistik"), ("logistik", "acod")]
PAIR_IDS = [f"{a}-vs-{b}" for a, b in PAIRS]
LANGUAGES = ("de", "en")
OTHER_LANGUAGE = {"de": "en", "en": "de"}
PAYLOAD = '"><script>alert(1)</script>'
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def home(key, lang):
    return site_of(key).root_page.get_translation(Locale.objects.get(language_code=lang))


def news_index(key, lang):
    return NewsIndexPage.objects.child_of(home(key, lang)).get()


def refused_by_wagtail(response):
    """Wagtail's admin answer to PermissionDenied: a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def body(response):
    """The response's text; chooser responses are JSON with the HTML (non-ASCII escaped) inside."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(json.loads(text), ensure_ascii=False)
    return text


def page_state(page):
    page = Page.objects.get(pk=page.pk)
    return (
        page.title,
        page.draft_title,
        page.live,
        page.has_unpublished_changes,
        page.locked,
        page.latest_revision_id,
        page.live_revision_id,
        Revision.objects.for_instance(page).count(),
    )


def database_state():
    """Counts that any copy, translation, revision or upload would change."""
    return {
        "pages": {
            lang: Page.objects.filter(locale__language_code=lang).count() for lang in LANGUAGES
        },
        "aliases": Page.objects.filter(alias_of__isnull=False).count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "translation_sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
    }


@pytest.fixture
def b_page(news):
    """B's own news item in one language, with a second, unpublished revision (a draft whose
    title only B's people may see)."""

    def make(key, lang):
        page = news(key, lang).specific
        page.title = f"Entwurf Geheimprojekt {key} {lang}"
        page.save_revision()
        return Page.objects.get(pk=page.pk).specific

    return make


# --- CVE-2026-44200 / GHSA-67rv-mg8q-5pf3: copying a page one cannot edit -----------------------


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", ["editor", "moderator", "translator"])
def test_copying_a_page_of_another_association_into_the_own_tree_is_refused(
    login, news, a, b, lang, role
):
    client = login(f"{a}-{role}")
    page = news(b, lang)
    destination = news_index(a, lang)
    before = database_state()

    assert refused_by_wagtail(client.get(reverse("wagtailadmin_pages:copy", args=[page.pk])))
    for alias in ("", "on"):
        response = client.post(
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {
                "new_title": "Kopie",
                "new_slug": "kopie",
                "new_parent_page": destination.pk,
                "copy_subpages": "on",
                "publish_copies": "on",
                "alias": alias,
            },
        )
        assert refused_by_wagtail(response), (alias, response.status_code)

    assert database_state() == before
    assert not Page.objects.filter(slug="kopie").exists()
    assert not destination.get_children().filter(title=page.title).exists()


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_copying_an_own_page_into_another_associations_tree_creates_nothing(
    login, news, a, b, lang
):
    client = login(f"{a}-moderator")
    before = database_state()

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[news(a, lang).pk]),
        {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": news_index(b, lang).pk,
            "publish_copies": "on",
        },
    )

    # The form refuses a parent page the user cannot add to and is shown again with the error.
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select(".error-message")
    assert database_state() == before


# --- CVE-2026-44197, CVE-2026-44198, CVE-2026-25517: revisions, compare, preview, revert -------


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", ["editor", "translator"])
def test_revisions_compare_preview_and_revert_of_another_associations_page_are_refused(
    login, b_page, a, b, lang, role
):
    client = login(f"{a}-{role}")
    page = b_page(b, lang)
    earliest, latest = Revision.objects.for_instance(page).order_by("created_at", "pk")[:2]
    secret = page.get_latest_revision_as_object().title
    parent = page.get_parent()
    form = news_form_data(page, title="Übernommen")
    before, state = page_state(page), database_state()

    def url(name, *args):
        return reverse(f"wagtailadmin_pages:{name}", args=[page.pk, *args])

    screens = {
        "history_results": client.get(url("history_results")),
        "workflow_history": client.get(url("workflow_history")),
        "compare earliest...latest": client.get(url("revisions_compare", "earliest", "latest")),
        "compare live...latest": client.get(url("revisions_compare", "live", "latest")),
        "compare ids": client.get(url("revisions_compare", earliest.pk, latest.pk)),
        "view old revision": client.get(url("revisions_view", earliest.pk)),
        "revert (form)": client.get(url("revisions_revert", earliest.pk)),
        "revert (save)": client.post(url("revisions_revert", earliest.pk), form),
        "revert (publish)": client.post(
            url("revisions_revert", earliest.pk), {**form, "action-publish": "1"}
        ),
        "unschedule": client.post(url("revisions_unschedule", latest.pk)),
        "preview (store)": client.post(url("preview_on_edit"), form),
        "preview (show)": client.get(url("preview_on_edit"), {"mode": ""}),
        "view draft": client.get(url("view_draft")),
        "usage": client.get(url("usage")),
        "preview a new child": client.post(
            reverse("wagtailadmin_pages:preview_on_add", args=["news", "newspage", parent.pk]),
            form,
        ),
    }

    for screen, response in screens.items():
        assert refused_by_wagtail(response), (screen, response.status_code)
        assert secret not in body(response), screen
    # The old revision index only forwards to the history, which refuses.
    response = client.get(url("revisions_index"))
    assert response.status_code == 302 and response["Location"] == url("history")
    assert refused_by_wagtail(client.get(response["Location"]))

    assert page_state(page) == before
    assert database_state() == state


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", ["editor", "translator"])
def test_the_explorer_does_not_open_on_another_associations_page(login, b_page, a, b, lang, role):
    """Wagtail opened the explorer on any page below the user's explorable root (here the tree's
    root), showing the page's draft title (sites/editorial/middleware.py, AdminScopeMiddleware)."""
    client = login(f"{a}-{role}")
    page = b_page(b, lang)
    secret = page.get_latest_revision_as_object().title
    root = reverse("wagtailadmin_explore", args=[Page.get_first_root_node().pk])

    for name in ("wagtailadmin_explore", "wagtailadmin_explore_results"):
        for target in (page, page.get_parent(), home(b, lang)):
            response = client.get(reverse(name, args=[target.pk]))
            assert response.status_code == 302 and response["Location"] == root, (name, target)
    followed = client.get(reverse("wagtailadmin_explore", args=[page.pk]), follow=True)
    assert followed.status_code == 200
    assert secret not in body(followed)
    own = news_index(a, lang)
    assert client.get(reverse("wagtailadmin_explore", args=[own.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_explore_results", args=[own.pk])).status_code == 200


# --- GHSA-jm5p-837g-rv8g, CVE-2026-54262: translating pages one cannot edit ---------------------


@pytest.fixture
def untranslated_page():
    """A page of B that exists only in `lang` (German source, or an English-only page)."""

    def make(key, lang):
        page = NewsPage(
            title=f"Nur {lang} {key}", slug=f"nur-{lang}-{key}", teaser="Noch nicht übersetzt."
        )
        news_index(key, lang).add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


def translations_in(page, lang):
    return Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=lang, alias_of__isnull=True
    )


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", ["editor", "translator"])
def test_submitting_another_associations_page_for_translation_is_refused(
    login, untranslated_page, a, b, lang, role
):
    client = login(f"{a}-{role}")
    page = untranslated_page(b, lang)
    target = Locale.objects.get(language_code=OTHER_LANGUAGE[lang])
    before = database_state()
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])

    assert client.get(url).status_code == 403
    assert client.post(url, {"locales": [target.pk]}).status_code == 403
    assert client.post(url, {"locales": [target.pk], "include_subtree": "on"}).status_code == 403

    assert not translations_in(page, target.language_code).exists()
    assert database_state() == before


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_updating_or_converting_another_associations_translations_is_refused(
    login, news, a, b, lang
):
    client = login(f"{a}-translator")
    source_page = news(b, "de")
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translated = news(b, "en")
    before, state = page_state(translated), database_state()

    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.get(update).status_code == 403
    assert client.post(update, {"publish_translations": "on"}).status_code == 403
    # Turning B's English page back into an alias of the German one (wagtail-localize's own view).
    page = news(b, lang)
    assert refused_by_wagtail(
        client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    )

    assert page_state(translated) == before
    assert not Page.objects.get(pk=page.pk).alias_of_id
    assert database_state() == state


def test_snippets_are_translated_by_superusers_only(login):
    topic = Topic.objects.filter(locale__language_code="de").first()
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[topic._meta.app_label, topic._meta.model_name, topic.pk],
    )
    before = Topic.objects.count()
    for username in ("acod-translator", "clusterit-editor", "logistik-moderator"):
        client = login(username)
        assert client.get(url).status_code == 403
        locale = Locale.objects.get(language_code="en")
        assert client.post(url, {"locales": [locale.pk]}).status_code == 403
    assert Topic.objects.count() == before


def test_wagtails_own_copy_for_translation_views_are_not_installed():
    """wagtail.contrib.simple_translation would add a second "translate" view that copies pages
    across locales with only the global permission; wagtail-localize's (guarded) is the only one."""
    assert not apps.is_installed("wagtail.contrib.simple_translation")
    with pytest.raises(NoReverseMatch):
        reverse("simple_translation:submit_page_translation", args=[1])


# --- CVE-2026-44201, GHSA-c2xx-cjmh-9q8f, CVE-2026-54259: images and documents of others -------
#
# What A may see (README, "Editors, roles and demo accounts"; sites/editorial/roles.py): in the
# admin, A's accounts list, search and choose exactly the items of A's own collection and of the
# shared collection; they edit, delete, or act in bulk on A's own collection only (by role). B's
# collection and its private sub-collection appear nowhere in A's admin: not in a listing, a
# search, a chooser (choose, results, "chosen"), a bulk action or an API. Outside the admin, files
# are what the public sees: B's renditions on B's public pages and B's documents in collections
# without a view restriction can be fetched by anyone who has their address, A included.


def make_image(title, collection):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(filename="test.png"), collection=collection
    )


def make_document(title, collection, filename="akte.txt", content=b"Akte\n"):
    document = get_document_model()(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()  # file hash and size, as an upload through the admin
    document.save()
    return document


@pytest.fixture
def media(db):
    """Per association: an image and a document in its collection and in a private
    sub-collection (viewable by the association's own groups only); plus the shared collection's."""
    items = {}
    shared = Collection.objects.get(name=SHARED_COLLECTION_NAME)
    for key, name in COLLECTIONS.items():
        collection = Collection.objects.get(name=name)
        private = collection.add_child(name=f"{name} – intern")
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__startswith=name_prefix(key)))
        items[key] = {
            "collection": collection,
            "private_collection": private,
            "image": make_image(f"Bild {key}", collection),
            "document": make_document(f"Akte {key}", collection),
            "private_image": make_image(f"Internes Bild {key}", private),
            "private_document": make_document(f"Interne Akte {key}", private),
        }
    items["shared"] = {
        "image": make_image("Gemeinsames Bild", shared),
        "document": make_document("Gemeinsame Akte", shared),
    }
    return items


def name_prefix(key):
    return BrandingSettings.objects.get(site__hostname=HOSTS[key]).short_name + " –"


def items_of(model, *collections):
    return set(
        model.objects.filter(
            collection__in=[c for top in collections for c in top.get_descendants(inclusive=True)]
        ).values_list("pk", flat=True)
    )


def chooser_ids(response, kind):
    """Ids of the items a chooser response offers (each links to its "chosen" URL)."""
    assert response.status_code == 200
    prefix = reverse(f"{kind}_chooser:chosen", args=[0])[: -len("0/")]
    return {int(pk) for pk in re.findall(re.escape(prefix) + r"(\d+)/", body(response))}


KINDS = [
    ("wagtailimages", get_image_model, "image"),
    ("wagtaildocs", get_document_model, "document"),
]


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("role", ["editor", "moderator", "translator"])
@pytest.mark.parametrize(("kind", "model", "item"), KINDS, ids=["images", "documents"])
def test_choosers_offer_exactly_the_own_and_the_shared_collection(
    login, media, a, b, role, kind, model, item
):
    client = login(f"{a}-{role}")
    shared = Collection.objects.get(name=SHARED_COLLECTION_NAME)
    allowed = items_of(model(), media[a]["collection"], shared)
    theirs = items_of(model(), media[b]["collection"])
    assert media[b][f"private_{item}"].pk in theirs and media[a][item].pk in allowed
    choose, results = f"{kind}_chooser:choose", f"{kind}_chooser:choose_results"

    assert chooser_ids(client.get(reverse(choose)), kind) == allowed
    searches = [
        client.get(reverse(choose), {"q": media[b][item].title}),
        client.get(reverse(results), {"q": media[b][item].title}),
        client.get(reverse(results), {"q": media[b][f"private_{item}"].title}),
        client.get(reverse(results), {"collection_id": media[b]["collection"].pk}),
        client.get(reverse(results), {"collection_id": media[b]["private_collection"].pk}),
    ]
    for response in searches:
        assert not chooser_ids(response, kind) & theirs
        assert chooser_ids(response, kind) <= allowed

    for pk in (media[b][item].pk, media[b][f"private_{item}"].pk):
        assert refused_by_wagtail(client.get(reverse(f"{kind}_chooser:chosen", args=[pk])))
        response = client.get(reverse(f"{kind}_chooser:chosen_multiple"), {"id": [pk]})
        assert json.loads(response.content) == {"step": "chosen", "result": []}
    if kind == "wagtailimages":
        select_format = reverse("wagtailimages_chooser:select_format", args=[media[b]["image"].pk])
        assert refused_by_wagtail(client.get(select_format))
        assert refused_by_wagtail(client.post(select_format, {}))


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("role", ["editor", "moderator"])
@pytest.mark.parametrize(("kind", "model", "item"), KINDS, ids=["images", "documents"])
def test_admin_listing_and_its_search_show_only_the_own_collection(
    login, media, a, b, role, kind, model, item
):
    client = login(f"{a}-{role}")
    own = items_of(model(), media[a]["collection"])
    edit_link = re.compile(re.escape(reverse(f"{kind}:edit", args=[0])[: -len("0/")]) + r"(\d+)/")

    def listed(response):
        assert response.status_code == 200
        return {int(pk) for pk in edit_link.findall(body(response))}

    assert listed(client.get(reverse(f"{kind}:index"))) == own
    for query in (
        {"q": media[b][item].title},
        {"q": media[b][f"private_{item}"].title},
        {"q": "Gemeinsam"},
        {"collection_id": media[b]["collection"].pk},
        {"collection_id": media[b]["private_collection"].pk},
    ):
        assert listed(client.get(reverse(f"{kind}:index_results"), query)) <= own, query
        assert listed(client.get(reverse(f"{kind}:index"), query)) <= own, query


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
def test_translators_have_no_image_or_document_listing(login, a, b):
    client = login(f"{a}-translator")
    for kind in ("wagtailimages", "wagtaildocs"):
        assert refused_by_wagtail(client.get(reverse(f"{kind}:index")))


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("role", ["editor", "moderator", "translator"])
def test_private_and_other_items_cannot_be_edited_deleted_or_inspected(login, media, a, b, role):
    client = login(f"{a}-{role}")
    image_model, document_model = get_image_model(), get_document_model()
    before = (
        list(image_model.objects.values_list("pk", "title", "collection_id", "file")),
        list(document_model.objects.values_list("pk", "title", "collection_id", "file")),
    )
    image, document = media[b]["private_image"], media[b]["private_document"]
    other_image = media[b]["image"]

    responses = {
        "image edit": client.get(reverse("wagtailimages:edit", args=[image.pk])),
        "image save": client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {"title": "Übernommen", "collection": media[a]["collection"].pk},
        ),
        "image delete": client.post(reverse("wagtailimages:delete", args=[image.pk])),
        "image usage": client.get(reverse("wagtailimages:image_usage", args=[image.pk])),
        "image preview": client.get(reverse("wagtailimages:preview", args=[image.pk, "original"])),
        "image multiple edit": client.post(
            reverse("wagtailimages:edit_multiple", args=[other_image.pk]),
            {f"image-{other_image.pk}-title": "Übernommen"},
        ),
        "image multiple delete": client.post(
            reverse("wagtailimages:delete_multiple", args=[other_image.pk])
        ),
        "document edit": client.get(reverse("wagtaildocs:edit", args=[document.pk])),
        "document save": client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {"title": "Übernommen", "collection": media[a]["collection"].pk},
        ),
        "document delete": client.post(reverse("wagtaildocs:delete", args=[document.pk])),
        "document usage": client.get(reverse("wagtaildocs:document_usage", args=[document.pk])),
        "document multiple delete": client.post(
            reverse("wagtaildocs:delete_multiple", args=[media[b]["document"].pk])
        ),
    }

    for name, response in responses.items():
        assert refused_by_wagtail(response), (name, response.status_code)
    assert (
        list(image_model.objects.values_list("pk", "title", "collection_id", "file")),
        list(document_model.objects.values_list("pk", "title", "collection_id", "file")),
    ) == before


def bulk_url(app_label, model_name, action, **query):
    url = reverse("wagtail_bulk_action", args=[app_label, model_name, action])
    return f"{url}?{urlencode(query, doseq=True)}"


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_bulk_actions_neither_name_nor_touch_other_associations_items(
    login, media, b_page, a, b, role
):
    """Wagtail's bulk-action confirmation named every chosen item the user may not act on (see
    sites/security/templates/wagtailadmin/bulk_actions/confirmation/). Since issue 16, ids of
    objects the user cannot see at all (another association's pages, images and documents, or a
    page of theirs as childOf) are not found, on the confirmation screen as on its POST
    (sites/editorial/wagtail_hooks.py, VisibleObjectsOnlyMixin); tests/security/
    test_editor_isolation.py tests every action for every role."""
    client = login(f"{a}-{role}")
    secrets = [
        media[b][name].title for name in ("image", "document", "private_image", "private_document")
    ]
    image_ids = [media[b]["image"].pk, media[b]["private_image"].pk]
    document_ids = [media[b]["document"].pk, media[b]["private_document"].pk]
    page = b_page(b, "de")
    secrets.append(page.get_latest_revision_as_object().title)
    before, state = page_state(page), database_state()
    collections = list(get_image_model().objects.values_list("pk", "collection_id"))

    # id=all stands for every item of the listing the user may act on: A's own, which a POST
    # would rightly delete; those are only opened (200), the others are not found (404).
    urls = {
        bulk_url("wagtailimages", "image", "delete", id=image_ids): (404, True),
        bulk_url("wagtailimages", "image", "add_to_collection", id=image_ids): (404, True),
        bulk_url("wagtailimages", "image", "add_tags", id=image_ids): (404, True),
        bulk_url("wagtailimages", "image", "delete", id="all"): (200, False),
        bulk_url("wagtaildocs", "document", "delete", id=document_ids): (404, True),
        bulk_url("wagtaildocs", "document", "add_to_collection", id=document_ids): (404, True),
        bulk_url("wagtaildocs", "document", "delete", id="all"): (200, False),
        bulk_url("wagtailcore", "page", "delete", id=[page.pk]): (404, True),
        bulk_url("wagtailcore", "page", "unpublish", id="all", childOf=page.get_parent().pk): (
            404,
            True,
        ),
        bulk_url("wagtailcore", "page", "move", id="all", childOf=page.get_parent().pk): (
            404,
            True,
        ),
    }
    for url, (status, post) in urls.items():
        response = client.get(url)
        assert response.status_code == status, url
        for secret in secrets:
            assert secret not in body(response), (url, secret)
        if post:
            client.post(
                url, {"collection": media[a]["collection"].pk, "tags": "übernommen", "chooser": 1}
            )

    assert page_state(page) == before
    assert database_state() == state
    assert list(get_image_model().objects.values_list("pk", "collection_id")) == collections
    assert not get_image_model().objects.filter(tags__name="übernommen").exists()


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
def test_bulk_action_confirmation_still_names_the_own_items(login, media, a, b):
    client = login(f"{a}-editor")  # editors may not delete images: each is refused by name
    response = client.get(bulk_url("wagtailimages", "image", "delete", id=[media[a]["image"].pk]))

    assert media[a]["image"].title in body(response)


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_admin_page_search_does_not_list_other_associations_pages(login, b_page, a, b, lang):
    page = b_page(b, lang)

    for role in ("editor", "translator"):
        client = login(f"{a}-{role}")
        for name in ("wagtailadmin_pages:search", "wagtailadmin_pages:search_results"):
            response = client.get(reverse(name), {"q": "Geheimprojekt"})
            assert response.status_code == 200
            assert page.get_latest_revision_as_object().title not in body(response)
            assert reverse("wagtailadmin_pages:edit", args=[page.pk]) not in body(response)


@pytest.mark.parametrize(
    "path", ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/images/1/"]
)
def test_the_content_api_is_not_mounted(login, media, path):
    """The Wagtail API (wagtail.api.v2) is deliberately not installed: nothing lists images or
    documents outside the admin. Its paths fall through to the language redirect and Wagtail's
    page serving, which knows no such page: a 404, for signed-in editors and anonymous readers."""
    assert not apps.is_installed("wagtail.api.v2")
    for client in (login("acod-editor"), Client(HTTP_HOST=HOSTS["acod"])):
        response = client.get(path, follow=True)
        assert response.status_code == 404
        assert response.redirect_chain in ([], [(f"/de{path}", 302)])
        for key in COLLECTIONS:
            assert media[key]["image"].title not in body(response)
            assert media[key]["document"].title not in body(response)


# --- GHSA-92hv-j533-69wc: a private document's ETag --------------------------------------------


@pytest.fixture
def login_only_document(db):
    collection = Collection.objects.get(name=COLLECTIONS["clusterit"]).add_child(
        name="Nur für Angemeldete"
    )
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return make_document("Protokoll", collection, "protokoll.txt", b"Vertrauliches Protokoll\n")


def test_an_anonymous_conditional_get_of_a_private_document_gets_the_login_redirect(
    login_only_document,
):
    document = login_only_document
    sha1 = hashlib.sha1(b"Vertrauliches Protokoll\n").hexdigest()  # noqa: S324
    assert document.file_hash == sha1  # what Wagtail sends as the document's ETag
    client = Client(HTTP_HOST=HOSTS["clusterit"])

    for condition in (f'"{sha1}"', f'W/"{sha1}"', "*"):
        response = client.get(document.url, HTTP_IF_NONE_MATCH=condition)

        assert response.status_code == 302, condition
        assert response["Location"].startswith(reverse("wagtailcore_login") + "?next=")
        assert "ETag" not in response
        assert not response.streaming and b"Vertrauliches" not in response.content


def test_members_get_the_private_document_and_its_conditional_answer(login, login_only_document):
    """The counterpart: behind the login the ETag works as usual (so the test above tests the
    restriction, not a missing ETag)."""
    document = login_only_document
    client = login("clusterit-editor")

    assert client.get(document.url, HTTP_IF_NONE_MATCH=f'"{document.file_hash}"').status_code == 304
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["ETag"] == f'"{document.file_hash}"'
    # Last: closing a streamed response signals the request's end, which closes the connection.
    response.close()


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
def test_a_group_restricted_document_is_not_served_to_another_association(login, media, a, b):
    document = media[b]["private_document"]
    condition = f'"{document.file_hash}"'

    for client in (login(f"{a}-editor"), Client(HTTP_HOST=HOSTS[b])):
        response = client.get(document.url, HTTP_IF_NONE_MATCH=condition)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailcore_login") + "?next=")
    assert login(f"{b}-translator").get(document.url).status_code == 200


# --- CVE-2026-28222, CVE-2026-54263: stored script in rich text, tables, alt text, help text ---


def rich_text_from_editor(text, link):
    """Rich text as the Draftail editor stores it: one paragraph of `text`, linked to `link`."""
    contentstate = {
        "blocks": [
            {
                "key": "xss01",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}},
    }
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    return converter.to_database_format(json.dumps(contentstate))


@pytest.fixture
def hostile_page(db):
    """A published content page of A whose every editable text carries a script payload."""

    def make(key, lang):
        image = make_image(PAYLOAD, Collection.objects.get(name=COLLECTIONS[key]))
        page = StandardPage(
            title=f"Prüfseite {lang}",
            slug=f"pruefseite-{lang}",
            intro=PAYLOAD,
            body=[
                {"type": "heading", "value": {"text": PAYLOAD, "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": rich_text_from_editor(PAYLOAD, f"https://example.org/{PAYLOAD}"),
                },
                {
                    "type": "paragraph",
                    "value": rich_text_from_editor("Klick", "javascript:alert(1)"),
                },
                {
                    "type": "table",
                    "value": {
                        "data": [[PAYLOAD, "Wert"], [PAYLOAD, PAYLOAD]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": True,
                        "table_caption": PAYLOAD,
                        "table_header_choice": PAYLOAD,
                        "cell": [
                            {"row": 0, "col": 0, "className": PAYLOAD},
                            {"row": 1, "col": 1, "className": PAYLOAD},
                        ],
                        "mergeCells": [],
                    },
                },
                {
                    "type": "figure",
                    "value": {
                        "image": {"image": image.pk, "alt_text": PAYLOAD, "decorative": False},
                        "caption": PAYLOAD,
                    },
                },
                {
                    "type": "quote",
                    "value": {"quote": PAYLOAD, "attribution": PAYLOAD, "role": PAYLOAD},
                },
            ],
        )
        home(key, lang).add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


def assert_no_injected_script(html):
    assert "<script>alert(1)</script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert "alert(1)" not in (script.string or "")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            assert "script" not in name and "alert" not in name, element
            values = value if isinstance(value, list) else [value]
            assert not any(v.strip().lower().startswith("javascript:") for v in values), element


@pytest.mark.parametrize("key", ["acod", "logistik"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_script_payloads_in_page_content_are_rendered_escaped(site_client, hostile_page, key, lang):
    page = hostile_page(key, lang)

    response = site_client(key).get(page.relative_url(site_of(key)))

    assert response.status_code == 200
    html = response.content.decode()
    assert_no_injected_script(html)
    soup = BeautifulSoup(html, "html.parser")
    main = soup.find("main")
    # Every text came through as text: heading, intro, paragraph, caption, cells, quote.
    assert html.count(ESCAPED) >= 9
    assert soup.find("h2", string=PAYLOAD)
    assert main.find("figure").img["alt"] == PAYLOAD  # a whole, quoted attribute value
    assert main.find("table").caption.get_text() == PAYLOAD
    assert not main.find("table").find(class_=True)  # cell classes are not rendered at all
    link = main.find("a", string=PAYLOAD)
    assert link["href"].startswith("https://example.org/")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_script_payloads_are_escaped_in_the_admin_editor_too(login, hostile_page, lang):
    page = hostile_page("acod", lang)
    client = login("acod-moderator")

    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages_chooser:choose"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        text = body(response)
        assert "<script>alert(1)</script>" not in text, url
        if response.get("Content-Type", "").startswith("text/html"):
            assert_no_injected_script(text)


@pytest.mark.parametrize("key", ["clusterit", "logistik"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_script_payloads_in_contact_form_fields_are_rendered_escaped(site_client, login, key, lang):
    contact = ContactPage.objects.descendant_of(home(key, lang)).get()
    ContactFormField.objects.create(
        page=contact,
        locale=contact.locale,
        label=f"Feld {PAYLOAD}",
        help_text=PAYLOAD,
        choices="",
        default_value=PAYLOAD,
        field_type="singleline",
        required=False,
        sort_order=99,
    )

    response = site_client(key).get(contact.relative_url(site_of(key)))

    assert response.status_code == 200
    html = response.content.decode()
    assert_no_injected_script(html)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(class_="form-field__help", string=PAYLOAD)
    assert soup.find("input", attrs={"value": PAYLOAD})
    admin = login(f"{key}-moderator").get(reverse("wagtailadmin_pages:edit", args=[contact.pk]))
    assert admin.status_code == 200
    assert_no_injected_script(admin.content.decode())


# --- CVE-2024-39317: overlong search queries ---------------------------------------------------

LONG_QUERIES = {
    "one word": "a" * 100_000,
    "many words": "a " * 50_000,
    "many filters": "a:" * 50_000,
    "filters and words": "a:b " * 25_000,
    "quotes": '"' * 100_000,
}
# Far above the few hundred milliseconds these take; without the limit they take 10–20 s or fail.
PROMPT_SECONDS = 5


@pytest.mark.parametrize("query", LONG_QUERIES.values(), ids=LONG_QUERIES.keys())
def test_overlong_search_queries_return_promptly_everywhere(login, site_client, query):
    admin = login("acod-editor")
    admin.raise_request_exception = False  # a failure must show as a 5xx, not as an exception
    reader = site_client("acod")
    reader.raise_request_exception = False
    requests = [
        (admin, reverse("wagtailadmin_pages:search")),
        (admin, reverse("wagtailadmin_explore", args=[home("acod", "de").pk])),
        (admin, reverse("wagtailimages:index")),
        (admin, reverse("wagtaildocs:index")),
        (admin, reverse("wagtailimages_chooser:choose")),
        (admin, reverse("wagtailimages_chooser:choose_results")),
        (admin, reverse("wagtaildocs_chooser:choose_results")),
        (admin, reverse("wagtailadmin_choose_page_search")),
        (reader, "/de/suche/"),
        (reader, "/en/search/"),
    ]

    for client, url in requests:
        started = time.monotonic()
        response = client.get(url, {"q": query})
        elapsed = time.monotonic() - started

        assert response.status_code == 200, (url, response.status_code)
        assert elapsed < PROMPT_SECONDS, (url, elapsed)


def test_the_admin_search_still_finds_with_a_cut_query(login):
    """The limit cuts the query; it does not switch the search off."""
    client = login("acod-editor")
    title = get_image_model().objects.filter(collection__name=COLLECTIONS["acod"]).first().title

    response = client.get(reverse("wagtailimages:index"), {"q": title + " " * 100_000})

    assert response.status_code == 200
    assert title in body(response)


# --- user management ---------------------------------------------------------------------------

USER_MANAGEMENT = [
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
]


def test_no_non_superuser_holds_user_management_permissions():
    for perm in USER_MANAGEMENT:
        app_label, codename = perm.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        assert not permission.group_set.exists(), perm
        assert not permission.user_set.exists(), perm
    for user in get_user_model().objects.filter(is_superuser=False):
        assert not any(user.has_perm(perm) for perm in USER_MANAGEMENT), user.username


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("role", ["editor", "moderator", "translator"])
def test_user_management_screens_are_refused(login, a, b, role):
    client = login(f"{a}-{role}")
    other = get_user_model().objects.get(username=f"{b}-editor")
    group = other.groups.exclude(name__startswith="Demo").first()
    before = (
        list(get_user_model().objects.values_list("pk", "is_active", "is_superuser")),
        list(other.groups.values_list("pk", flat=True)),
        Group.objects.count(),
    )

    responses = [
        client.get(reverse("wagtailusers_users:index")),
        client.get(reverse("wagtailusers_users:add")),
        client.post(
            reverse("wagtailusers_users:add"),
            {"username": "neu", "email": "neu@example.org", "password1": "x", "password2": "x"},
        ),
        client.get(reverse("wagtailusers_users:edit", args=[other.pk])),
        client.post(reverse("wagtailusers_users:edit", args=[other.pk]), {"is_superuser": "on"}),
        client.post(reverse("wagtailusers_users:delete", args=[other.pk])),
        client.get(reverse("wagtailusers_groups:index")),
        client.get(reverse("wagtailusers_groups:edit", args=[group.pk])),
        client.get(bulk_url(*settings.AUTH_USER_MODEL.lower().split("."), "delete", id="all")),
    ]

    for response in responses:
        assert refused_by_wagtail(response), response.status_code
    assert (
        list(get_user_model().objects.values_list("pk", "is_active", "is_superuser")),
        list(other.groups.values_list("pk", flat=True)),
        Group.objects.count(),
    ) == before
