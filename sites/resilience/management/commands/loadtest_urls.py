"""Print the load test's URLs: home, news (index and newest item), events, about and search of
every site in both languages, one "host:port path" a line (loadtest/run.py feeds them to wrk)."""

from urllib.parse import quote

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from sites.events.models import EventIndexPage
from sites.news.models import NewsIndexPage, NewsPage
from sites.standard.models import StandardPage

ABOUT_SLUGS = ("ueber-uns", "about-us")
SEARCH_TERMS = {"de": "Mobilität", "en": "mobility"}


class Command(BaseCommand):
    help = "Print the load test's URLs (host:port path), all sites, both languages."

    def handle(self, *args, **options):
        for site in Site.objects.order_by("hostname"):
            for code, _name in settings.LANGUAGES:
                for path in self.paths(site, Locale.objects.get(language_code=code)):
                    self.stdout.write(f"{site.hostname}:{site.port} {path}")

    @staticmethod
    def paths(site, locale):
        home = site.root_page.specific.get_translation(locale)
        news = NewsIndexPage.objects.child_of(home).live().get()
        newest = (
            NewsPage.objects.child_of(news)
            .live()
            .filter(alias_of__isnull=True)
            .order_by("-date", "-pk")
            .first()
        )
        about = StandardPage.objects.child_of(home).live().get(slug__in=ABOUT_SLUGS)
        events = EventIndexPage.objects.child_of(home).live().get()
        with translation.override(locale.language_code):
            search = f"{reverse('search')}?q={quote(SEARCH_TERMS[locale.language_code])}"
        pages = [home, news, newest, events, about]
        return [page.get_url_parts()[2] for page in pages if page is not None] + [search]
