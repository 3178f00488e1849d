from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResilienceConfig(AppConfig):
    name = "sites.resilience"
    label = "resilience"
    verbose_name = _("Resilience")

    def ready(self):
        from django.core.signals import got_request_exception

        from .middleware import mark_database_failure

        got_request_exception.connect(mark_database_failure, dispatch_uid="resilience-db-failure")
