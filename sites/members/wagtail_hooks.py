"""The members snippet in the admin, under the per-association permission policy."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    IndexView,
    InspectView,
    SnippetViewSet,
    UsageView,
)

from .admin_views import join_member, joinable_sites
from .forms import MemberAdminForm
from .models import MemberOrganisation
from .permissions import member_policy

# Registered before the viewset, so every admin view and chooser uses it.
register_permission_policy(MemberOrganisation, member_policy, exact_class=True)


class MemberIndexView(IndexView):
    """Lists the members the user may edit or translate (superusers: all)."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        allowed = member_policy.instances_user_has_any_permission_for(self.request.user, ["change"])
        return queryset.filter(pk__in=allowed.values("pk"))

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if joinable_sites(self.request.user).exists():
            buttons.append(
                HeaderButton(
                    _("Add our membership to a listed company"),
                    url=reverse("members_join"),
                    icon_name="group",
                )
            )
        return buttons


class InstancePermissionMixin:
    """Wagtail's generic views check the model-wide permission; this checks the record."""

    instance_action = "change"

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not member_policy.user_has_permission_for_instance(
            self.request.user, self.instance_action, instance
        ):
            raise PermissionDenied
        return instance


class MemberEditView(InstancePermissionMixin, EditView):
    pass


class MemberDeleteView(InstancePermissionMixin, DeleteView):
    instance_action = "delete"


class MemberHistoryView(InstancePermissionMixin, HistoryView):
    pass


class MemberUsageView(InstancePermissionMixin, UsageView):
    pass


class MemberInspectView(InstancePermissionMixin, InspectView):
    pass


class MemberViewSet(SnippetViewSet):
    model = MemberOrganisation
    icon = "group"
    menu_label = _("Members")
    menu_order = 250
    add_to_admin_menu = True
    # each company is listed once per language: the locale column tells its records apart
    list_display = ["name", LocaleColumn(label=_("Language")), "city", "region"]
    list_filter = ["region"]
    search_fields = ["name"]
    index_view_class = MemberIndexView
    edit_view_class = MemberEditView
    delete_view_class = MemberDeleteView
    history_view_class = MemberHistoryView
    usage_view_class = MemberUsageView
    inspect_view_class = MemberInspectView
    edit_handler = ObjectList(MemberOrganisation.panels, base_form_class=MemberAdminForm)


register_snippet(MemberViewSet)


@hooks.register("register_admin_urls")
def register_join_member_url():
    return [path("members/join/", join_member, name="members_join")]
