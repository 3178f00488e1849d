"""Dashboard panels: what partners shared with the editor's association, and its next events."""

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from sites.events.models import EventPage

from .roles import association_sites_for
from .views import shared_items_for

PANEL_SIZE = 5


class AssociationPanel(Component):
    """A dashboard panel with one section per association site the user works on."""

    def __init__(self, sites):
        self.sites = sites

    def section(self, site, request):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"sections": [{"site": site, **self.section(site, request)} for site in self.sites]}


class SharedWithUsPanel(AssociationPanel):
    name = "shared_with_us"
    template_name = "editorial/panels/shared_with_us.html"
    order = 90

    def section(self, site, request):
        return {"rows": shared_items_for(site, request)[:PANEL_SIZE]}


class NextEventsPanel(AssociationPanel):
    name = "next_events"
    template_name = "editorial/panels/next_events.html"
    order = 95

    def section(self, site, request):
        # The originals in the default language: what editors and moderators work on.
        events = EventPage.visible_on(site, Locale.get_default()).filter(end__gte=timezone.now())
        return {"events": events.order_by("start")[:PANEL_SIZE]}


def panels_for(user):
    sites = list(association_sites_for(user).order_by("site_name"))
    if not sites:
        return []
    return [SharedWithUsPanel(sites), NextEventsPanel(sites)]
