"""In the event's editor: how many have registered, and the way to the list."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .places import originals_of, places


class RegistrationsPanel(Panel):
    def on_model_bound(self):
        if not self.heading:
            self.heading = _("Registrations so far")

    class BoundPanel(Panel.BoundPanel):
        template_name = "registrations/admin/panel.html"

        @cached_property
        def original_id(self):
            """The German original's id (the registrations belong to it)."""
            return originals_of(self.instance).values_list("pk", flat=True).first()

        def is_shown(self):
            return bool(
                self.instance.pk and self.instance.registration_enabled and self.original_id
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(places=places(self.instance), original_id=self.original_id)
            return context
