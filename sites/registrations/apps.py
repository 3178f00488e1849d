from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "sites.registrations"
    label = "registrations"
    verbose_name = _("Event registrations")
