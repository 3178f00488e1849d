"""Dashboard panels: what partners shared with the editor's association, and its next events."""

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from sites.events.models import EventPage

from .roles import association_sites_for
from .views import shared_items_for

PANEL_SIZE = 5


class SharedWithUsPanel(Component):
    name = "shared_with_us"
    template_name = "editorial/panels/shared_with_us.html"
    order = 90

    def __init__(self, sites):
        self.sites = sites

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "sections": [
                {"site": site, "rows": shared_items_for(site, request)[:PANEL_SIZE]}
                for site in self.sites
            ]
        }


class NextEventsPanel(Component):
    name = "next_events"
    template_name = "editorial/panels/next_events.html"
    order = 95

    def __init__(self, sites):
        self.sites = sites

    def get_context_data(self, parent_context):
        german = Locale.objects.get(language_code="de")
        return {
            "sections": [
                {
                    "site": site,
                    "events": EventPage.visible_on(site, german)
                    .filter(end__gte=timezone.now())
                    .order_by("start")[:PANEL_SIZE],
                }
                for site in self.sites
            ]
        }


def panels_for(user):
    sites = list(association_sites_for(user).order_by("site_name"))
    if not sites:
        return []
    return [SharedWithUsPanel(sites), NextEventsPanel(sites)]
