from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = (
    [
        path("", admin_views.index, name="index"),
        path("<int:event_id>/", admin_views.event_registrations, name="event"),
        path("<int:event_id>/export/", admin_views.export, name="export"),
        path("<int:event_id>/attendees/", admin_views.attendee_list, name="attendee_list"),
        path("<int:event_id>/mail/", admin_views.mail_attendees, name="mail"),
        path(
            "<int:event_id>/<int:registration_id>/cancel/",
            admin_views.cancel_registration,
            name="cancel",
        ),
        path(
            "<int:event_id>/<int:registration_id>/move-up/",
            admin_views.move_up,
            name="move_up",
        ),
    ],
    "registrations_admin",
)


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [path("registrations/", include(admin_urlpatterns))]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.manages_registrations(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"), reverse("registrations_admin:index"), icon_name="group", order=260
    )
