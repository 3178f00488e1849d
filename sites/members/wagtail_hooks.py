"""The members snippet in the admin, under the per-association permission policy."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
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
    list_display = ["name", "city", "region"]
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
