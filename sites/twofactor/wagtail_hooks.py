from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views
from .devices import has_two_factor


@hooks.register("register_admin_urls")
def register_twofactor_urls():
    return [
        path("two-factor/", views.OverviewView.as_view(), name="twofactor_overview"),
        path("two-factor/verify/", views.verify, name="twofactor_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="twofactor_setup"),
        path(
            "two-factor/backup-codes/",
            views.BackupCodesView.as_view(),
            name="twofactor_backup_codes",
        ),
        path(
            "two-factor/backup-codes/new/",
            views.regenerate_backup_codes,
            name="twofactor_backup_codes_new",
        ),
        path("two-factor/off/", views.switch_off_view, name="twofactor_switch_off"),
    ]


@hooks.register("register_account_menu_item")
def register_twofactor_account_item(request):
    """Account page, "More actions": the way to the two-factor settings, with their state."""
    return {
        "url": reverse("twofactor_overview"),
        "label": _("Two-factor authentication"),
        "help_text": (
            _("On: a code from your authenticator app is asked for after your password.")
            if has_two_factor(request.user)
            else _("Off: protect your account with a code from an authenticator app.")
        ),
    }
