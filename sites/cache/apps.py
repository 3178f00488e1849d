from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "sites.cache"
    label = "pagecache"
    verbose_name = "Page cache"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
