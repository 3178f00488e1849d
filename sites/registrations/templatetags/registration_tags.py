from django import template

from sites.core.models import BrandingSettings

from ..forms import RegistrationForm
from ..places import places_of_page

register = template.Library()


@register.inclusion_tag("registrations/components/box.html", takes_context=True)
def registration_box(context, page):
    """The event page's registration: places left and the form (or why it is closed)."""
    request = context["request"]
    return {
        "request": request,
        "event": page,
        "places": places_of_page(page),
        "form": RegistrationForm.for_event(page),
        "privacy_page": BrandingSettings.for_request(request).legal_pages().get("privacy"),
    }
