from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .panels import panels_for
from .roles import association_sites_for


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path("shared-with-us/", views.shared_with_us, name="editorial_shared_with_us"),
        path(
            "shared-with-us/<int:site_id>/<int:page_id>/toggle/",
            views.toggle_hidden,
            name="editorial_toggle_hidden",
        ),
    ]


class SharedWithUsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or association_sites_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_shared_with_us_menu_item():
    return SharedWithUsMenuItem(
        _("Shared with us"), reverse("editorial_shared_with_us"), icon_name="link", order=250
    )


@hooks.register("construct_homepage_panels")
def add_association_panels(request, panels):
    panels.extend(panels_for(request.user))
