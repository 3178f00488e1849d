"""RSS 2.0 news feed per site and language, built with Django's syndication framework."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from sites.core.models import BrandingSettings
from sites.core.sharing import build_entries

FEED_SIZE = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, *, index, site, items):
        """`items`: the news the site shows in the index's language, newest first."""
        super().__init__()
        self.index = index
        self.site = site
        self.news = items

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        branding = BrandingSettings.for_site(self.site)
        return _("%(association)s: news") % {"association": branding.short_name}

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.search_description or index.title

    def feed_url(self, index):
        return index.get_url(self.request) + index.reverse_subpage("feed")

    def items(self, index):
        return build_entries(self.news[:FEED_SIZE], self.request, self.site)

    def item_title(self, entry):
        return entry.page.title

    def item_description(self, entry):
        return entry.page.teaser

    def item_link(self, entry):
        return self.request.build_absolute_uri(entry.url)

    def item_guid(self, entry):
        return entry.page.get_full_url(self.request)

    def item_guid_is_permalink(self, entry):
        return True

    def item_pubdate(self, entry):
        return timezone.make_aware(datetime.datetime.combine(entry.page.date, datetime.time(9)))

    def item_author_name(self, entry):
        return entry.owner.name if entry.owner else None

    def item_categories(self, entry):
        return [topic.name for topic in entry.topics]
