"""Admin views: "Shared with us" (partners' items shown on the association's site, with a hide
switch) and wagtail-localize's translations report scoped to the user's pages."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page, Site
from wagtail_localize.views import report

from sites.core.models import HiddenSharedItem
from sites.core.sharing import associations_by_site, owner_site_id
from sites.events.models import EventPage
from sites.news.models import NewsPage

from .roles import association_sites_for, user_can_hide_shared_items
from .scope import visible_pages


def shared_items_for(site, request):
    """Partners' items shared with `site` (German originals), newest first, with their hidden state."""
    hidden = set(
        HiddenSharedItem.objects.filter(site=site).values_list("translation_key", flat=True)
    )
    associations = associations_by_site()
    rows = []
    for model in (NewsPage, EventPage):
        for item in model.originals_shared_with_site(site).live():
            owner_id = owner_site_id(item)
            if owner_id == site.pk:
                continue
            rows.append(
                {
                    "page": item,
                    "kind": model._meta.verbose_name,
                    "owner": associations.get(owner_id),
                    "is_hidden": item.translation_key in hidden,
                    "sort_key": getattr(item, "date", None) or item.start.date(),
                }
            )
    return sorted(rows, key=lambda row: row["sort_key"], reverse=True)


def _sites_for(user):
    if user.is_superuser:
        return Site.objects.order_by("site_name")
    return association_sites_for(user).order_by("site_name")


def shared_with_us(request):
    sites = list(_sites_for(request.user))
    if not sites:
        raise PermissionDenied
    return TemplateResponse(
        request,
        "editorial/shared_with_us.html",
        {
            "sections": [
                {
                    "site": site,
                    "can_hide": user_can_hide_shared_items(request.user, site),
                    "rows": shared_items_for(site, request),
                }
                for site in sites
            ],
        },
    )


@require_http_methods(["POST"])
def toggle_hidden(request, site_id, page_id):
    site = get_object_or_404(Site, pk=site_id)
    if not user_can_hide_shared_items(request.user, site):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id)
    if owner_site_id(page) == site.pk:
        raise PermissionDenied  # an association's own items are edited, not hidden
    hidden = HiddenSharedItem.objects.filter(site=site, translation_key=page.translation_key)
    if hidden.exists():
        hidden.delete()
        messages.success(
            request, _("“%(title)s” is shown on your site again.") % {"title": page.title}
        )
    else:
        HiddenSharedItem.objects.create(
            site=site, translation_key=page.translation_key, hidden_by=request.user
        )
        messages.success(
            request, _("“%(title)s” is no longer shown on your site.") % {"title": page.title}
        )
    return redirect("editorial_shared_with_us")


class TranslationsReportView(report.TranslationsReportView):
    """wagtail-localize's translations report (Reports → Translations), limited to the translations
    of pages the user may explore: the association's own (superusers: all, snippets included).
    Registered in wagtail_hooks.scope_translations_report under wagtail-localize's addresses."""

    def get_queryset(self):
        # upstream's queryset has no order, which its paginator warns about: newest first
        queryset = super().get_queryset().order_by("-pk")
        user = self.request.user
        if user.is_superuser:
            return queryset
        return queryset.filter(source__object_id__in=visible_pages(user).values("translation_key"))
