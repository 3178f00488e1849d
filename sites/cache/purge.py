"""What a change touches: the exact URLs that show it, and the sites whose every page shows it.

`Touched` collects them (unit-tested without any cache); `send` replaces the page cache's tokens
(tokens.py) and purges a CDN through Wagtail's frontend_cache, after the commit:

- a page: its URL in every language (plus its feeds or calendar files), every ancestor in every
  language (section index with its feeds, home page), the site's search page, the pages that
  link to it; a news item or an event also on each partner site it is shared with or
  co-organised by, before or after the change (un-sharing renews the former partner), in every
  language: home page, section index with its feed, search, and its own URL there
  (/de/aktuelles/<owner>/<slug>/). Sites it never showed on keep every cached page;
- a home page or a page right below it (the menu and the footer's legal links on every page):
  the whole site;
- branding, topics, sites, locales: every site (owners' names and logos show in partners'
  listings); site texts: their site.

For the page cache a whole site is one token. A CDN gets every live page URL of such a site;
listing variants with a query string (?page=2, filters, search) cannot be listed for it, so
configure it not to cache query strings, or to ban by path prefix. The page cache needs no such
list: all query strings of a path go with the path's token.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, ReferenceIndex, Site

from sites.core.models import BrandingSettings
from sites.core.navigation import section_index, site_home
from sites.core.request_memo import memo_scope
from sites.core.sharing import SharedItemMixin, associations_by_site, owner_site_id

from . import tokens

logger = logging.getLogger(__name__)

#: routes of a routable page, without arguments, that show the page's content in another form
SUBPAGE_ROUTES = ("feed", "calendar_feed", "ical")
#: home pages (depth 2) and their children (the menu, the footer's legal links) show on every page
SITE_WIDE_DEPTH = 3
#: URLs outside the page tree that list a site's pages, or show its branding
SITEMAP = "/sitemap.xml"
SITE_FILES = (SITEMAP, "/brand.css")


#: the page cache's own entry in WAGTAILFRONTENDCACHE (backend.py); every other one is a CDN
PAGE_CACHE_BACKEND = "pages"


def cdn_backends():
    return [name for name in get_backends() if name != PAGE_CACHE_BACKEND]


def shared_item_models():
    return [model for model in apps.get_models() if issubclass(model, SharedItemMixin)]


def _original_rows(page, relations):
    """{(relation, site or topic id)} of the German original's rows of `relations`."""
    rows = set()
    for relation in relations:
        field = "topic_id" if relation == page.topic_relation else "site_id"
        rows.update(
            (relation, value)
            for value in page._relation_model(relation)
            .objects.filter(
                page__translation_key=page.translation_key,
                page__locale__language_code=settings.LANGUAGE_CODE,
            )
            .values_list(field, flat=True)
        )
    return rows


def listing_rows(page):
    """What listings read of a shared item from its German original, in every language: the
    partner sites (shared with, co-organised by) and the topics. None for other pages."""
    page = page.specific
    if not isinstance(page, SharedItemMixin):
        return None
    relations = {*page.partner_relations, *page.organiser_relations, page.topic_relation}
    return frozenset(_original_rows(page, relations))


def partner_site_ids(page, rows=None):
    """The sites a shared item shows on besides its owner's, from its `listing_rows` if given."""
    page = page.specific
    if not isinstance(page, SharedItemMixin):
        return set()
    if rows is None:
        rows = _original_rows(page, page.partner_relations)
    return {value for relation, value in rows if relation in page.partner_relations}


class Touched:
    """Collects the full URLs that show a page, a shared item or a site, and the whole sites."""

    def __init__(self):
        self.urls = set()
        #: sites whose every page shows what changed (one token each for the page cache)
        self.site_ids = set()
        self._sites = None
        self._locales = None

    # Look-ups: once per collection (purge runs each in a memo scope of its own).

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

    @staticmethod
    def association_slug(site_id):
        association = associations_by_site().get(site_id)
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

    def add_search(self, site, locale):
        with translation.override(locale.language_code):
            self.urls.add(site.root_url + reverse("search"))

    def add_page(self, page, partners_before=(), all_languages=True):
        """Every URL that shows `page` (as given: before a move or a slug change, its old URLs);
        `partners_before`: the sites a shared item showed on before the change. Without
        `all_languages`, only the page's own language: a publication that changed nothing the
        other languages read of it (see `listing_rows`)."""
        page = page.specific
        versions = [page]
        if all_languages:
            versions += (
                Page.objects.filter(translation_key=page.translation_key)
                .exclude(pk=page.pk)
                .specific()
            )
        for version in versions:
            self.add_page_url(version)
            for ancestor in version.get_ancestors().filter(depth__gte=2).specific():
                self.add_page_url(ancestor)
            self.add_linking_pages(version)
        owner_id = owner_site_id(page)
        owner = self.site(owner_id)
        for site_id in (partner_site_ids(page) | set(partners_before)) - {owner_id}:
            if site := self.site(site_id):
                self.add_shared_item(versions, site, owner_id)
        if owner is not None:
            self.urls.add(owner.root_url + SITEMAP)
            for version in versions:
                self.add_search(owner, version.locale)
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
            home = site_home(site, version.locale)
            if home is None:
                continue
            self.add_page_url(home)
            self.add_search(site, version.locale)
            index = section_index(version.index_model, site, version.locale)
            if index is None:
                continue
            self.add_page_url(index)
            self.add_shared_item_url(index, association, version)

    def add_shared_item_url(self, index, association, version):
        """The address of a partner's item under a site's section index."""
        if association:
            self.urls.add(
                index.get_full_url()
                + index.reverse_subpage(
                    "shared_item", kwargs={"association": association, "slug": version.slug}
                )
            )

    def add_item_pages(self, page):
        """Only the item's own pages, in every language, on its site and the partners' — not
        the listings: what changes with an event's registrations (the places left)."""
        versions = list(Page.objects.filter(translation_key=page.translation_key).specific())
        for version in versions:
            self.add_page_url(version)
        owner_id = owner_site_id(page)
        association = self.association_slug(owner_id)
        for site_id in partner_site_ids(page) - {owner_id}:
            site = self.site(site_id)
            for version in versions if site else ():
                if version.alias_of_id:
                    continue
                index = section_index(version.index_model, site, version.locale)
                if index is not None:
                    self.add_shared_item_url(index, association, version)

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
        # site settings are not in Wagtail's reference index
        if isinstance(obj, AbstractImage) and BrandingSettings.objects.filter(logo=obj).exists():
            self.add_all_sites()

    def add_site(self, site):
        """Every page of a site (for the page cache, its one token)."""
        self.site_ids.add(site.pk)

    def add_all_sites(self):
        for site in self.sites():
            self.add_site(site)

    def site_urls(self, site):
        """For a CDN: every live page of a whole site in every language, the partners' items it
        shows, the sitemap and the brand stylesheet."""
        self.urls.update(site.root_url + path for path in SITE_FILES)
        for locale in self.locales():
            home = site_home(site, locale)
            if home is None:
                continue
            self.add_search(site, locale)
            for page in Page.objects.live().descendant_of(home, inclusive=True).specific():
                self.add_page_url(page)
            for model in shared_item_models():
                partner_items = model.visible_on(site, locale).exclude(path__startswith=home.path)
                for item in partner_items:
                    self.add_shared_item([item], site, owner_site_id(item))


def send(touched, cdn):
    """Replace the page cache's tokens of what was touched, and purge a CDN."""
    with memo_scope():
        _send(touched, cdn)


def _send(touched, cdn):
    sites = [site for site in touched.sites() if site.pk in touched.site_ids]
    tokens.renew(tokens.site_key(site.hostname) for site in sites)
    if cdn:
        for site in sites:
            touched.site_urls(site)
    urls = sorted(touched.urls)
    if urls:
        PurgeBatch(urls).purge()


def commits_later():
    """In a transaction that will commit (not autocommit, and not a test's, which never does)."""
    if not connection.in_atomic_block:
        return False
    return not getattr(connection.atomic_blocks[0], "_from_testcase", False)


def merge(batch, touched):
    batch.urls |= touched.urls
    batch.site_ids |= touched.site_ids


def purge(collect):
    """Collect what a change touches now (before a deletion or a move: the old URLs), and send it
    when the transaction commits, once per transaction however many signals it sent.

    Readers read the tokens before rendering, so renewing after the commit is enough: a page
    rendered from the content before it is stored under a token the commit replaces. A test's
    transaction never commits: there it is sent at once. Collecting never stops an editor: if
    it fails, every site is renewed instead.
    """
    touched = Touched()
    try:
        with memo_scope():
            collect(touched)
    except Exception:
        logger.exception("Page cache: could not work out what a change touches; renewing all")
        touched = Touched()
        touched.add_all_sites()
    cdn = bool(cdn_backends())
    if not commits_later():
        send(touched, cdn)
        return
    outermost = connection.atomic_blocks[0]
    batch = getattr(outermost, "_page_cache_batch", None)
    if batch is None:
        batch = outermost._page_cache_batch = Touched()
        batch.sent = False
    merge(batch, touched)

    def send_once():
        # registered on every purge of the transaction: one inside a savepoint that is rolled
        # back is dropped by Django, the others still send the batch
        if not batch.sent:
            batch.sent = True
            send(batch, cdn)

    transaction.on_commit(send_once, robust=True)
