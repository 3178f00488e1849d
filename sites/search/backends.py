"""Wagtail's database search backend, with each language stemmed in its own right on PostgreSQL.

modelsearch's PostgreSQL backend indexes and queries with one text search configuration. Here an
object is indexed with the configuration of its locale (German pages with "german", English pages
with "english") and a search runs with the configuration of the reader's language, so a German
search for "Unternehmen" finds "Unternehmens". On SQLite (development, tests) this is the plain
database backend.
"""

import copy
from collections import defaultdict

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_search_backend

TEXT_SEARCH_CONFIGS = {"de": "german", "en": "english"}


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return database_search_backend(params)


def for_language(backend, language_code):
    """The backend to search in one language (the same backend where languages are not stemmed)."""
    if hasattr(backend, "with_config"):
        return backend.with_config(TEXT_SEARCH_CONFIGS.get(language_code, backend.config))
    return backend


def result_ids(results):
    """The ids of search results, best first, without loading the objects (nor, on PostgreSQL,
    the text vector modelsearch selects with each): the database backends' results all run
    `get_queryset()`, and a page of results needs nothing else of a hit."""
    return list(results.get_queryset().values_list("pk", flat=True))


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )
    from wagtail.models import Locale

    class LocaleAwarePostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            by_config = defaultdict(list)
            for obj in objs:
                by_config[self.backend.config_for(obj)].append(obj)
            backend = self.backend
            try:
                for config, group in by_config.items():
                    self.backend = backend.with_config(config)
                    super().add_items(model, group)
            finally:
                self.backend = backend

    class LocaleAwarePostgresSearchBackend(PostgresSearchBackend):
        index_class = LocaleAwarePostgresIndex

        def with_config(self, config):
            clone = copy.copy(self)
            clone.config = config
            return clone

        def config_for(self, obj):
            locale_id = getattr(obj, "locale_id", None)
            if locale_id is None:
                return self.config
            languages = getattr(self, "_languages", None)
            if languages is None or locale_id not in languages:
                languages = dict(Locale.objects.values_list("pk", "language_code"))
                self._languages = languages
            return TEXT_SEARCH_CONFIGS.get(languages.get(locale_id), self.config)

    return LocaleAwarePostgresSearchBackend
