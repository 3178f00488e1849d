"""Limit wagtail-localize's submit/update views to objects the user may edit, and the page
explorer to pages the user may explore.

wagtail-localize 1.14 checks only the global "submit translation" permission, so a translator of one
association could create translations of another association's pages (copying them into that tree).
This guard checks the page-level permission first; snippets (global objects) need the snippet's
own change permission, which only superusers have here; members (sites/members), shared by
associations, need the right to change that record.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import Resolver404, resolve
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.permissions import user_can_edit_snippet_type

GUARDED_VIEWS = {
    "wagtail_localize:submit_page_translation",
    "wagtail_localize:submit_snippet_translation",
    "wagtail_localize:update_translations",
}


def _source_object(match):
    from django.apps import apps
    from wagtail_localize.models import TranslationSource

    kwargs = match.kwargs
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
    from sites.members.models import MemberOrganisation

    if isinstance(instance, MemberOrganisation):  # shared by associations: per record
        from sites.members.permissions import member_policy

        return member_policy.user_has_permission_for_instance(user, "change", instance)
    return user_can_edit_snippet_type(user, type(instance))


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
        if match.view_name not in GUARDED_VIEWS or not request.user.is_authenticated:
            return None
        if not user_can_translate(request.user, _source_object(match)):
            raise PermissionDenied
        return None


EXPLORER_VIEWS = {"wagtailadmin_explore", "wagtailadmin_explore_results"}


class ExplorerScopeMiddleware:
    """Keep the page explorer to the pages the user may explore.

    Wagtail 8 opens the explorer on any page below the user's explorable root. With the German and
    English home pages of one association, that root is the tree's root, so /admin/pages/<id>/ of
    another association's page answered 200 with its title, the draft's included (found while
    testing CVE-2026-44197 / CVE-2026-44198, which concern the same drafts). The children it
    lists are already filtered; the page itself now must be explorable too (the user's pages and
    their ancestors), else the user is sent to the explorable root, as Wagtail does for pages
    outside it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in EXPLORER_VIEWS:
            return None
        user = request.user
        if not user.is_authenticated or user.is_superuser:
            return None
        policy = PagePermissionPolicy()
        if policy.explorable_instances(user).filter(pk=view_kwargs["parent_page_id"]).exists():
            return None
        root = policy.explorable_root_instance(user)
        if root is None:
            raise PermissionDenied
        return redirect("wagtailadmin_explore", root.pk)
