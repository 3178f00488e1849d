"""Dashboard panels: what partners shared with the editor's association, and its next events."""

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from sites.events.models import EventPage, EventPageOrganiser
from sites.registrations.admin_views import manages_registrations_of
from sites.registrations.models import Registration

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
        # Registration counts only of the events the association organises (not what is merely
        # shared with it), and only for those who manage them.
        events = (
            EventPage.visible_on(site, Locale.get_default())
            .filter(end__gte=timezone.now())
            .annotate(
                confirmed_count=Count(
                    "registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)
                ),
                co_organised=Exists(
                    EventPageOrganiser.objects.filter(page=OuterRef("pk"), site=site)
                ),
            )
            .order_by("start")[:PANEL_SIZE]
        )
        shows_registrations = manages_registrations_of(request.user, site)
        for event in events:
            event.shows_registrations = (
                shows_registrations
                and event.registration_enabled
                and (event.co_organised or event.path.startswith(site.root_page.path))
            )
        return {"events": events}


def panels_for(user):
    sites = list(association_sites_for(user).order_by("site_name"))
    if not sites:
        return []
    return [SharedWithUsPanel(sites), NextEventsPanel(sites)]
