from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "sites.editorial"
    label = "editorial"
    verbose_name = _("Editorial roles and sharing")

    def ready(self):
        from . import signals  # noqa: F401 - registers the receivers
