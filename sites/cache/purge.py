"""Front-end cache (CDN) purge: the exact URLs that show what changed, via Wagtail's frontend_cache.

Off unless WAGTAILFRONTENDCACHE names a backend (FRONTEND_CACHE_PURGE_URL in the settings). A
CDN has no generation trick, so every change is turned into a list of URLs, built by `PurgeUrls`
(unit-tested without a CDN) and sent after the transaction commits:

- a page: its URL in every language (plus its feeds or calendar files), every ancestor in every
  language (section index with its feeds, home page), the pages that link to it; a news item or an
  event also on every other site, in every language: the home page, the section index with its
  feed, and its own URL there (/de/aktuelles/<owner>/<slug>/). Every other site, not just today's
  partners: un-sharing must purge the partner it was shared with, and a URL that was never cached
  costs the CDN nothing;
- a home page or a page right below it (the menu and the footer's legal links on every page):
  every live page of the site, and the partners' items shown on it;
- branding, site texts, topics, sites: every page of the affected sites.

Listing variants with a query string (?page=2, filters, ?view=calendar) and search results
cannot be listed; configure the CDN not to cache query strings, or to ban by path prefix.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Locale, Page, ReferenceIndex, Site

from sites.core.sharing import SharedItemMixin, associations_by_site, owner_site_id

logger = logging.getLogger(__name__)

#: routes of a routable page, without arguments, that show the page's content in another form
SUBPAGE_ROUTES = ("feed", "calendar_feed", "ical")
#: home pages (depth 2) and their children (the menu, the footer's legal links) show on every page
SITE_WIDE_DEPTH = 3
#: URLs outside the page tree that list a site's pages, or show its branding
SITEMAP = "/sitemap.xml"
SITE_FILES = (SITEMAP, "/brand.css")


def frontend_cache_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def shared_item_models():
    return [model for model in apps.get_models() if issubclass(model, SharedItemMixin)]


class PurgeUrls:
    """Collects the full URLs that show a page, a shared item or a site."""

    def __init__(self):
        self.urls = set()
        self._sites = None
        self._locales = None
        self._associations = None
        self._homes = {}
        self._indexes = {}
        self._sites_done = set()

    # Look-ups, each made once per collection.

    def sites(self):
        if self._sites is None:
            self._sites = list(Site.objects.select_related("root_page").order_by("pk"))
        return self._sites

    def site(self, site_id):
        return next((site for site in self.sites() if site.pk == site_id), None)

    def locales(self):
        if self._locales is None:
            self._locales = list(Locale.objects.all())
        return self._locales

    def home(self, site, locale):
        key = (site.pk, locale.pk)
        if key not in self._homes:
            self._homes[key] = site.root_page.get_translation_or_none(locale)
        return self._homes[key]

    def section_index(self, site, locale, model_label):
        key = (site.pk, locale.pk, model_label)
        if key not in self._indexes:
            home = self.home(site, locale)
            model = apps.get_model(model_label)
            self._indexes[key] = model.objects.child_of(home).first() if home else None
        return self._indexes[key]

    def association_slug(self, site_id):
        if self._associations is None:
            self._associations = associations_by_site()
        association = self._associations.get(site_id)
        return association.slug if association else ""

    # What to purge.

    def add_page_url(self, page):
        """The page's own URL, and its feeds or calendar files."""
        url = page.get_full_url()
        if not url:
            return
        self.urls.add(url)
        page = page.specific
        for name in SUBPAGE_ROUTES:
            try:
                self.urls.add(url + page.reverse_subpage(name))
            except (AttributeError, NoReverseMatch):
                continue

    def add_page(self, page):
        """Every URL that shows `page` (as given: before a move or a slug change, its old URLs)."""
        page = page.specific
        versions = [
            page,
            *Page.objects.filter(translation_key=page.translation_key)
            .exclude(pk=page.pk)
            .specific(),
        ]
        for version in versions:
            self.add_page_url(version)
            for ancestor in version.get_ancestors().filter(depth__gte=2).specific():
                self.add_page_url(ancestor)
            self.add_linking_pages(version)
        owner_id = owner_site_id(page)
        owner = self.site(owner_id)
        if isinstance(page, SharedItemMixin):
            for site in self.sites():
                if site.pk != owner_id:
                    self.add_shared_item(versions, site, owner_id)
        if owner is not None:
            self.urls.add(owner.root_url + SITEMAP)
            if page.depth <= SITE_WIDE_DEPTH:
                self.add_site(owner)

    def add_subtree(self, page):
        """A page and every page below it: a move or a view restriction."""
        self.add_page(page)
        self.add_descendants(page)

    def add_descendants(self, page, old_url_path=None):
        """The pages below `page`; after a slug change (old_url_path) at their former URLs."""
        new_prefix = page.url_path
        for descendant in page.get_descendants().specific():
            if old_url_path and descendant.url_path.startswith(new_prefix):
                descendant.url_path = old_url_path + descendant.url_path[len(new_prefix) :]
            if isinstance(descendant, SharedItemMixin):
                self.add_page(descendant)
            else:
                self.add_page_url(descendant)

    def add_shared_item(self, versions, site, owner_id):
        """Where a partner's item shows on `site`: home, section index and its feeds, its own URL."""
        association = self.association_slug(owner_id)
        for version in versions:
            if version.alias_of_id or not isinstance(version, SharedItemMixin):
                continue
            home = self.home(site, version.locale)
            if home is None:
                continue
            self.add_page_url(home)
            index = self.section_index(site, version.locale, version.index_model)
            if index is None:
                continue
            self.add_page_url(index)
            if association:
                self.urls.add(
                    index.get_full_url()
                    + index.reverse_subpage(
                        "shared_item", kwargs={"association": association, "slug": version.slug}
                    )
                )

    def add_hidden_item(self, site, translation_key):
        """An item a partner hid from (or showed again on) its site."""
        versions = list(Page.objects.filter(translation_key=translation_key).specific())
        if versions:
            self.add_shared_item(versions, site, owner_site_id(versions[0]))

    def add_linking_pages(self, page):
        """Pages that link to `page` (rich text, call to action): their links change with it."""
        for source, _references in ReferenceIndex.get_grouped_references_to(page):
            if isinstance(source, Page):
                self.add_page_url(source)

    def add_media(self, obj):
        """An image or document changed: every page that shows it, with its listings; the
        branding (a logo) shows on every page of every site."""
        for source, _references in ReferenceIndex.get_grouped_references_to(obj):
            if isinstance(source, Page):
                self.add_page(source)
            else:
                self.add_all_sites()

    def add_site(self, site):
        """Every live page of a site in every language, and the partners' items it shows."""
        if site.pk in self._sites_done:
            return
        self._sites_done.add(site.pk)
        self.add_site_files(site)
        for locale in self.locales():
            home = self.home(site, locale)
            if home is None:
                continue
            for page in Page.objects.live().descendant_of(home, inclusive=True).specific():
                self.add_page_url(page)
            for model in shared_item_models():
                partner_items = model.visible_on(site, locale).exclude(path__startswith=home.path)
                for item in partner_items:
                    self.add_shared_item([item], site, owner_site_id(item))

    def add_all_sites(self):
        for site in self.sites():
            self.add_site(site)

    def add_site_files(self, site):
        self.urls.update(site.root_url + path for path in SITE_FILES)


def purge_later(collect):
    """Collect the URLs now (before a deletion or a move: the old ones), purge them after commit.

    A failure here is logged, never raised: a CDN must not stop an editor from publishing.
    """
    if not frontend_cache_enabled():
        return
    try:
        collector = PurgeUrls()
        collect(collector)
    except Exception:
        logger.exception("Front-end cache: could not list the URLs to purge")
        return
    urls = sorted(collector.urls)
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge(), robust=True)
