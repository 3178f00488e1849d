"""Dashboard panels: what partners shared with the editor's association, and its next events."""

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from sites.events.models import EventPage
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
        locale = Locale.get_default()
        events = list(
            EventPage.visible_on(site, locale)
            .filter(end__gte=timezone.now())
            .annotate(
                confirmed_count=Count(
                    "registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)
                )
            )
            .order_by("start")[:PANEL_SIZE]
        )
        organised = set()
        if events and manages_registrations_of(request.user, site):
            shown = EventPage.objects.filter(pk__in=[event.pk for event in events])
            organised = set(
                EventPage.from_association(shown, site, locale).values_list("pk", flat=True)
            )
        for event in events:
            event.shows_registrations = event.registration_enabled and event.pk in organised
        return {"events": events}


def panels_for(user):
    sites = list(association_sites_for(user).order_by("site_name"))
    if not sites:
        return []
    return [SharedWithUsPanel(sites), NextEventsPanel(sites)]
