"""Limit wagtail-localize's submit/update views and its snippet API to objects the user may edit,
and the admin views without a queryset hook (explorer, page chooser steps, workflow dialogs) to
what the user may see.

wagtail-localize 1.14 checks only the global "submit translation" permission, so a translator of one
association could create translations of another association's pages (copying them into that tree).
This guard checks the page-level permission first; snippets (global objects) need the snippet's
own change permission, which only superusers have here; members (sites/members), shared by
associations, need the right to change that record.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import Resolver404, resolve, reverse
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.models import Page, Task
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

from .scope import user_can_see_page, visible_pages

GUARDED_VIEWS = {
    "wagtail_localize:submit_page_translation",
    "wagtail_localize:submit_snippet_translation",
    "wagtail_localize:update_translations",
}
# wagtail-localize's snippet API (listing and detail of any snippet model, e.g. every site's texts):
# its translation editor asks it for the snippets a translation chooses; snippets are global
# objects here, edited and translated by superusers only, so the same guard applies.
SNIPPET_API_VIEWS = {
    "wagtail_localize:snippets_api_listing",
    "wagtail_localize:snippets_api_detail",
}


def _source_object(match):
    from django.apps import apps
    from wagtail_localize.models import TranslationSource

    kwargs = match.kwargs
    if match.view_name in SNIPPET_API_VIEWS:
        return get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
    if match.view_name == "wagtail_localize:submit_page_translation":
        return get_object_or_404(Page, id=kwargs["page_id"]).specific
    if match.view_name == "wagtail_localize:submit_snippet_translation":
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
        return get_object_or_404(model, pk=kwargs["pk"])
    source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
    return source.get_source_instance()


def user_can_translate(user, instance):
    if user.is_superuser:
        return True
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if isinstance(instance, type):  # the snippet API's listing: the model itself
        return user_can_edit_snippet_type(user, instance)
    # the snippet's own permission policy: model-wide by default, per record where a model
    # registers one (members: per association)
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


class TranslationPermissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        try:
            match = request.resolver_match or resolve(request.path_info)
        except Resolver404:
            return None
        guarded = GUARDED_VIEWS | SNIPPET_API_VIEWS
        if match.view_name not in guarded or not request.user.is_authenticated:
            return None
        if not user_can_translate(request.user, _source_object(match)):
            raise PermissionDenied
        return None


EXPLORER_VIEWS = {"wagtailadmin_explore", "wagtailadmin_explore_results"}
TASK_CHOOSER_VIEWS = {
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chooser_create",
    "wagtailadmin_workflows:task_chosen",
}
SCOPED_VIEWS = (
    EXPLORER_VIEWS
    | TASK_CHOOSER_VIEWS
    | {
        "wagtailadmin_choose_page",
        "wagtailadmin_choose_page_child",
        "wagtailadmin_choose_page_chosen_multiple",
        "wagtailadmin_pages:confirm_workflow_cancellation",
    }
)


class AdminScopeMiddleware:
    """Keep admin views without a queryset hook to what the user may see (sites/editorial/scope.py).

    Wagtail 8 has no hook for these views; where it has one, the scope is applied there instead
    (wagtail_hooks.py: page chooser lists and search, admin API, bulk actions, translations report).
    Each guard resolves the view's objects and asks the same policy as those hooks; the URL names
    only say which view is being asked for.

    - The page explorer: Wagtail 8 opens it on any page below the user's explorable root. With the
      German and English home pages of one association, that root is the tree's root, so
      /admin/pages/<id>/ of another association's page answered 200 with its title, the draft's
      included (found while testing CVE-2026-44197 / CVE-2026-44198, which concern the same
      drafts). The children it lists are already filtered; the page itself now must be explorable
      too (the user's pages and their ancestors), else the user is sent to the explorable root, as
      Wagtail does for pages outside it.
    - The page chooser's browse step shows the page it opens on (title, status): only pages the
      user may explore (else 404; for a page type, its start page is chosen among those); its
      "chosen" answer (chosen-multiple) names only those, too.
    - The workflow cancellation dialog (shown before publishing a page in moderation) names the
      page's workflow and task: only for users who may edit the page.
    - The workflow task chooser lists every association's tasks: only for users with a permission
      on tasks (superusers), who are also the only ones to edit workflows.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        name = match.view_name if match is not None else None
        # The view name first: request.user is left alone (session unread, no Vary: Cookie) on
        # every other request, readers' pages included.
        if name not in SCOPED_VIEWS:
            return None
        user = request.user
        if not user.is_authenticated or user.is_superuser:
            return None
        if name in EXPLORER_VIEWS:
            return self.explorer(user, view_kwargs["parent_page_id"])
        if name == "wagtailadmin_choose_page":
            return self.choose_page_start(request)
        if name == "wagtailadmin_choose_page_child":
            self.require_visible_page(user, view_kwargs["parent_page_id"])
        elif name == "wagtailadmin_choose_page_chosen_multiple":
            self.keep_visible_ids(request)
        elif name == "wagtailadmin_pages:confirm_workflow_cancellation":
            self.require_editable_page(user, view_kwargs["page_id"])
        elif name in TASK_CHOOSER_VIEWS:
            self.require_task_permission(user)
        return None

    @staticmethod
    def require_visible_page(user, page_id):
        if not user_can_see_page(user, page_id):
            raise Http404

    @staticmethod
    def choose_page_start(request):
        """Without a page to open on, the chooser for a page type opens on the first common
        ancestor of all pages of that type: another association's page if only it has such pages.
        The user is sent to the first common ancestor of their own pages of that type instead."""
        try:
            models = page_models_from_string(request.GET.get("page_type") or "wagtailcore.page")
        except (ValueError, LookupError):
            return None  # the view answers 404
        if models == (Page,):
            return None  # the view opens on the root
        start = Page.objects.type(*models).first_common_ancestor()
        if user_can_see_page(request.user, start.pk):
            return None
        own = visible_pages(request.user).type(*models)
        parent = own.first_common_ancestor() if own.exists() else Page.get_first_root_node()
        url = reverse("wagtailadmin_choose_page_child", args=[parent.pk])
        return redirect(f"{url}?{request.GET.urlencode()}")

    @staticmethod
    def require_editable_page(user, page_id):
        page = get_object_or_404(Page, pk=page_id)
        if not page.permissions_for_user(user).can_edit():
            raise PermissionDenied

    @staticmethod
    def require_task_permission(user):
        policy = policy_registry.get_by_type(Task)
        if not policy.user_has_any_permission(user, ["add", "change", "delete"]):
            raise PermissionDenied

    @staticmethod
    def explorer(user, page_id):
        policy = PagePermissionPolicy()
        if user_can_see_page(user, page_id):
            return None
        root = policy.explorable_root_instance(user)
        if root is None:
            raise PermissionDenied
        return redirect("wagtailadmin_explore", root.pk)

    @staticmethod
    def keep_visible_ids(request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        visible = visible_pages(request.user).filter(pk__in=ids).values_list("pk", flat=True)
        query = request.GET.copy()
        query.setlist("id", [str(pk) for pk in visible])
        query._mutable = False
        request.GET = query
