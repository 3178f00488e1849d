"""Who may do what with a member record: per association, not per model.

Wagtail's snippet permissions are model-wide, and a member is shared by several associations. So
nothing is granted globally: each association's groups hold the member permissions as *site*
permissions on its own site (`GroupSitePermission`, set by sites/editorial/roles.py), and this
policy reads them:

- add: editors and moderators (`add_memberorganisation` on their site); the new member must carry
  their association's membership (MemberAdminForm);
- change: editors and moderators of any association the member belongs to (all languages);
  translators (`translate_memberorganisation`) only the translations (not the German original)
  of their association's members; the membership rows themselves only for the own association
  (MemberAdminForm refuses the rest server-side);
- delete: moderators (`delete_memberorganisation`), only when every association the member
  belongs to is one of theirs; otherwise they remove their membership instead;
- superusers: everything.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.models import GroupSitePermission
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import MemberOrganisation, Membership, originals_of

ACTION_CODENAMES = {
    "add": ("add_memberorganisation",),
    "change": ("change_memberorganisation", "translate_memberorganisation"),
    "delete": ("delete_memberorganisation",),
    "view": ("change_memberorganisation", "translate_memberorganisation"),
}


class MemberPermissionPolicy(ModelPermissionPolicy):
    def _site_ids(self, user, codenames):
        if not user.is_active or not user.is_authenticated:
            return set()
        return set(
            GroupSitePermission.objects.filter(
                group__user=user,
                permission__content_type__app_label="members",
                permission__codename__in=codenames,
            ).values_list("site_id", flat=True)
        )

    def site_ids(self, user, action):
        """The sites on which the user holds `action` (translators: none for "change" of
        originals; see translate_site_ids)."""
        codename = {"add": "add", "change": "change", "delete": "delete"}[action]
        return self._site_ids(user, [f"{codename}_memberorganisation"])

    def translate_site_ids(self, user):
        return self._site_ids(user, ["translate_memberorganisation"])

    def user_has_permission(self, user, action):
        if user.is_active and user.is_superuser:
            return True
        codenames = ACTION_CODENAMES.get(action)
        return bool(codenames) and bool(self._site_ids(user, codenames))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        codenames = {c for action in actions for c in ACTION_CODENAMES.get(action, ())}
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(
                    groups__site_permissions__permission__content_type__app_label="members",
                    groups__site_permissions__permission__codename__in=codenames,
                ),
                is_active=True,
            )
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if user.is_active and user.is_superuser:
            return True
        member_sites = instance.membership_site_ids() if instance.pk else set()
        for action in actions:
            if action in ("change", "view"):
                if member_sites & self.site_ids(user, "change"):
                    return True
                is_original = instance.locale.language_code == settings.LANGUAGE_CODE
                if not is_original and member_sites & self.translate_site_ids(user):
                    return True
            elif action == "delete":
                own = self.site_ids(user, "delete")
                if member_sites and member_sites <= own:
                    return True
        return False

    def instances_user_has_any_permission_for(self, user, actions):
        manager = MemberOrganisation.objects
        if user.is_active and user.is_superuser:
            return manager.all()
        condition = Q(pk__in=[])
        if {"change", "view"} & set(actions):
            condition |= Q(
                translation_key__in=originals_of(Membership, site__in=self.site_ids(user, "change"))
            )
            condition |= Q(
                translation_key__in=originals_of(Membership, site__in=self.translate_site_ids(user))
            ) & ~Q(locale__language_code=settings.LANGUAGE_CODE)
        return manager.filter(condition)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


member_policy = MemberPermissionPolicy(MemberOrganisation)
