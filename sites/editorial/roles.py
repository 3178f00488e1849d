"""The editorial roles of each association: groups, their permissions, the moderation workflow.

Wagtail's multisite is not multi-tenancy: snippets, settings and workflows are global objects. So
every permission here is scoped explicitly — page permissions on the association's own home pages
(both languages), collection permissions on its own collection, site permissions on its own site —
and nothing global is granted except admin access and submitting translations (which
TranslationPermissionMiddleware limits to pages the user can edit).

Images and documents, what an association's accounts may see (README, "Editors"): they list, search
and choose exactly the items of their own collection (with its sub-collections) and of the shared
collection ("choose" only there); another association's collection and its private
sub-collections appear nowhere in their admin (listings, searches, choosers and their "chosen"
answers, bulk actions, the admin's API; sites/editorial/scope.py). "choose" hides items from the
admin only: renditions and documents of collections without a view restriction are public files.
Private files belong in a collection with a view restriction. tests/security/test_advisories.py and
test_editor_isolation.py test exactly this.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

SHARED_COLLECTION_NAME = "Gemeinsam (Shared)"


@dataclass(frozen=True)
class Role:
    key: str
    group_name: str  # formatted with the association's short name
    page_permissions: tuple
    own_collection_permissions: tuple
    shared_collection_permissions: tuple
    site_permissions: tuple
    global_permissions: tuple


IMAGE_AND_DOCUMENT = ("image", "document")
# The registrations of the events the association organises (sites/registrations/admin_views.py).
REGISTRATION_PERMISSIONS = ("registrations.view_registration", "registrations.change_registration")
# The member records of the association (sites/members/permissions.py reads these per site).
MEMBER_PERMISSIONS = ("members.add_memberorganisation", "members.change_memberorganisation")

ROLES = (
    Role(
        key="editor",
        group_name="{name} – Redaktion (Editors)",
        page_permissions=("add_page", "change_page", "lock_page"),
        own_collection_permissions=("add", "change", "choose"),
        shared_collection_permissions=("choose",),
        site_permissions=(*REGISTRATION_PERMISSIONS, *MEMBER_PERMISSIONS),
        global_permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
    ),
    Role(
        key="moderator",
        group_name="{name} – Freigabe (Moderators)",
        page_permissions=(
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ),
        own_collection_permissions=("add", "change", "delete", "choose"),
        shared_collection_permissions=("choose",),
        site_permissions=(
            "core.change_brandingsettings",
            "core.hide_shared_items",
            *REGISTRATION_PERMISSIONS,
            *MEMBER_PERMISSIONS,
            "members.delete_memberorganisation",
        ),
        global_permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
    ),
    Role(
        key="translator",
        group_name="{name} – Übersetzung (Translators)",
        page_permissions=("change_page",),
        own_collection_permissions=("choose",),
        shared_collection_permissions=("choose",),
        site_permissions=("members.translate_memberorganisation",),
        global_permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
    ),
)


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collection_permissions(actions):
    apps = {"image": "wagtailimages", "document": "wagtaildocs"}
    return [
        permission(f"{apps[kind]}.{action}_{kind}")
        for kind in IMAGE_AND_DOCUMENT
        for action in actions
    ]


def _sync(manager, wanted, **scope):
    """Make exactly `wanted` permissions exist for the group and scope (pages, sites, …)."""
    existing = set(manager.filter(**scope).values_list("permission_id", flat=True))
    wanted_ids = {p.pk for p in wanted}
    manager.filter(**scope).exclude(permission_id__in=wanted_ids).delete()
    for perm in wanted:
        if perm.pk not in existing:
            manager.create(permission=perm, **scope)


def shared_collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=SHARED_COLLECTION_NAME).first() or root.add_child(
        name=SHARED_COLLECTION_NAME
    )


def ensure_roles(site, short_name, collection):
    """Create or update the association's groups; returns {role key: Group}."""
    homes = list(site.root_page.get_translations(inclusive=True))
    shared = shared_collection()
    groups = {}
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.group_name.format(name=short_name))
        group.permissions.set([permission(p) for p in role.global_permissions])
        page_permissions = [permission(f"wagtailcore.{p}") for p in role.page_permissions]
        # Page permissions only on this association's home pages (German and English trees).
        GroupPagePermission.objects.filter(group=group).exclude(page__in=homes).delete()
        for home in homes:
            _sync(GroupPagePermission.objects, page_permissions, group=group, page=home)
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection__in=[collection, shared]
        ).delete()
        _sync(
            GroupCollectionPermission.objects,
            _collection_permissions(role.own_collection_permissions),
            group=group,
            collection=collection,
        )
        _sync(
            GroupCollectionPermission.objects,
            _collection_permissions(role.shared_collection_permissions),
            group=group,
            collection=shared,
        )
        GroupSitePermission.objects.filter(group=group).exclude(site=site).delete()
        _sync(
            GroupSitePermission.objects,
            [permission(p) for p in role.site_permissions],
            group=group,
            site=site,
        )
        groups[role.key] = group
    return groups


def ensure_workflow(site, short_name, moderators):
    """The association's workflow "Redaktion → Freigabe" on both its home pages."""
    task, _created = GroupApprovalTask.objects.get_or_create(name=f"{short_name}: Freigabe")
    task.groups.set([moderators])
    workflow, _created = Workflow.objects.get_or_create(name=f"{short_name}: Redaktion → Freigabe")
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in site.root_page.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def remove_wagtail_default_groups():
    """Wagtail's initial "Editors"/"Moderators" groups hold page permissions on the root: global."""
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()
    GroupPagePermission.objects.filter(page__depth=1).delete()
    Workflow.objects.filter(name="Moderators approval", workflow_pages__page__depth=1).update(
        active=False
    )
    WorkflowPage.objects.filter(page__depth=1).delete()


def association_sites_for(user):
    """The sites whose content the user works on (through any role), superusers: none in particular."""
    if not user.is_authenticated:
        return Site.objects.none()
    return Site.objects.filter(
        Q(root_page__group_permissions__group__user=user) | Q(group_permissions__group__user=user)
    ).distinct()


def user_can_hide_shared_items(user, site):
    if user.is_superuser:
        return True
    return GroupSitePermission.objects.filter(
        group__user=user,
        site=site,
        permission__content_type__app_label="core",
        permission__codename="hide_shared_items",
    ).exists()
