from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import views
from .panels import panels_for
from .roles import association_sites_for
from .scope import user_can_see_page, visible_media, visible_objects, visible_pages
from .views import TranslationsReportView


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path("shared-with-us/", views.shared_with_us, name="editorial_shared_with_us"),
        path(
            "shared-with-us/<int:site_id>/<int:page_id>/toggle/",
            views.toggle_hidden,
            name="editorial_toggle_hidden",
        ),
    ]


class SharedWithUsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or association_sites_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_shared_with_us_menu_item():
    return SharedWithUsMenuItem(
        _("Shared with us"), reverse("editorial_shared_with_us"), icon_name="link", order=250
    )


@hooks.register("construct_homepage_panels")
def add_association_panels(request, panels):
    panels.extend(panels_for(request.user))


# --- issue 16: what of the admin another association's accounts reach ---------------------------


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    """The page chooser (browse and search) offers only the pages the user may explore: the own
    trees. The page a browse step opens on and the "chosen" answer have no hook; the middleware
    (AdminScopeMiddleware) applies the same scope there."""
    if request.user.is_superuser:
        return pages
    return pages.filter(pk__in=visible_pages(request.user).values("pk"))


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images (/admin/api/main/images/): the collections the listings and
    choosers show, not every image outside a collection with a view restriction."""

    def get_queryset(self):
        visible = visible_media(self.request.user, self.model)
        return super().get_queryset().filter(pk__in=visible.values("pk"))


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents: as ScopedImagesAdminAPIViewSet."""

    def get_queryset(self):
        visible = visible_media(self.request.user, self.model)
        return super().get_queryset().filter(pk__in=visible.values("pk"))


@hooks.register("construct_admin_api", order=100)  # after wagtail.images' and wagtail.documents'
def scope_admin_api(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


class VisibleObjectsOnlyMixin:
    """A bulk action on pages, images or documents the user cannot see at all is not found (404),
    on the confirmation screen (GET) as on its POST, as soon as one of the ids is such an object:
    no title is shown and no id can be probed. Objects the user sees but may not act on (own pages
    a translator may not delete, shared images) are still listed as refused, by name
    (sites/security/templates/wagtailadmin/bulk_actions/confirmation/)."""

    def get_actionable_objects(self):
        user = self.request.user
        visible = visible_objects(user, self.model)
        if visible is not None and not user.is_superuser:
            ids = self.request.GET.getlist("id")
            if "all" in ids:
                parent_id = self.request.GET.get("childOf")
                if (
                    parent_id
                    and issubclass(self.model, Page)
                    and not user_can_see_page(user, parent_id)
                ):
                    raise Http404
            else:
                try:
                    wanted = {int(pk) for pk in ids}
                except ValueError as error:
                    raise Http404 from error
                if visible.filter(pk__in=wanted).count() != len(wanted):
                    raise Http404
        return super().get_actionable_objects()

    def get_all_objects_in_listing_query(self, parent_id):
        objects = super().get_all_objects_in_listing_query(parent_id)
        visible = visible_objects(self.request.user, self.model)
        if visible is None or self.request.user.is_superuser:
            return objects
        return list(visible.filter(pk__in=list(objects)).values_list("pk", flat=True))


def _scoped_bulk_actions():
    from wagtail.admin.views.pages import bulk_actions as page_actions
    from wagtail.documents.views import bulk_actions as document_actions
    from wagtail.images.views import bulk_actions as image_actions

    for module in (page_actions, image_actions, document_actions):
        for name in module.__all__:
            action = getattr(module, name)
            yield type(name, (VisibleObjectsOnlyMixin, action), {"__module__": __name__})


# Registered after Wagtail's own (order): the registry keeps the last class per model and action.
for _action in _scoped_bulk_actions():
    hooks.register("register_bulk_action", _action, order=100)


@hooks.register("register_admin_urls", order=-1)  # before wagtail_localize's own paths
def scope_translations_report():
    """wagtail-localize's translations report lists every translation; it has no hook for its
    queryset, so its two addresses are served by a subclass that lists only the translations of
    pages the user may explore (superusers: all). Its URL names keep pointing here."""
    return [
        path(
            "localize/reports/translations/",
            TranslationsReportView.as_view(),
            name="editorial_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            TranslationsReportView.as_view(results_only=True),
            name="editorial_translations_report_results",
        ),
    ]


class OwnPagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count: Wagtail counts every page below the user's explorable root,
    which for an association's two trees is the tree's root, i.e. every association's pages
    (drafts included). Counted here: the pages the user may work on."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        if not user.is_superuser:
            own = PagePermissionPolicy().instances_user_has_any_permission_for(
                user, {"add", "change", "publish", "lock", "unlock", "bulk_delete"}
            )
            context["total_pages"] = own.count()
        return context


@hooks.register("construct_homepage_summary_items", order=100)  # after Wagtail adds its own
def count_own_pages_only(request, summary_items):
    summary_items[:] = [
        OwnPagesSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in summary_items
    ]
