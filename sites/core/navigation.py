"""A site's home pages and the pages right below them, read once per request.

Header, menu, footer, language switcher, listings and feeds all start from these few rows: the
home page in every language (the translations of the Site's root page) and the pages right
below them (the menu, the news and event indexes, usually the legal pages). Two queries per
request, however large the site, instead of one per question.
"""

from functools import reduce
from operator import or_

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from wagtail.models import Page

from .request_memo import memoised, site_root_paths
from .restrictions import is_private

#: a Site's root pages (its home page in each language) are right below the tree's root
HOME_DEPTH = 2


def site_tree(site):
    """(homes by locale id, the pages right below them in tree order): one query, found by the
    home pages' URL paths in Wagtail's cached site root paths, along a partial index of the top
    levels (core migration 0004). Generic pages; `.specific_deferred` gives the page type without
    a query."""

    def compute():
        roots = [root.root_path for root in site_root_paths() if root.site_id == site.pk]
        if not roots:
            return {}, []
        in_site = reduce(or_, (Q(url_path__startswith=root) for root in roots))
        pages = list(
            Page.objects.filter(in_site, depth__lte=HOME_DEPTH + 1)
            .select_related("locale")
            .order_by("path")
        )
        homes = {page.locale_id: page for page in pages if page.url_path in roots}
        below = [page for page in pages if page.depth == HOME_DEPTH + 1]
        return homes, below

    return memoised(("site_tree", site.pk), compute)


def site_homes(site):
    """{locale id: home page} of `site`, live or not."""
    return site_tree(site)[0]


def site_home(site, locale):
    """The site's home page in `locale` (live or not); None if it has none."""
    return site_homes(site).get(locale.pk)


def live_homes_by_language(site):
    """{language code: home page} of the languages the site is published in."""
    homes = sorted(site_homes(site).values(), key=lambda home: home.path)
    return {home.locale.language_code: home for home in homes if home.live}


def top_level_pages(site):
    """The pages right below the site's home pages, in every language, in tree order."""
    return site_tree(site)[1]


def pages_below(site, home):
    return [page for page in top_level_pages(site) if page.path.startswith(home.path)]


def top_level_translation(site, page, locale):
    """A page right below one of the site's home pages, in `locale`, with its page type."""
    for candidate in top_level_pages(site):
        if candidate.translation_key == page.translation_key and candidate.locale_id == locale.pk:
            return candidate.specific_deferred
    return None


def menu_pages(site, home):
    """The main menu: live, public pages right below `home` marked "show in menus". Alias pages
    (wagtail-localize's tree sync) carry untranslated text, so they stay out."""
    return [
        page
        for page in pages_below(site, home)
        if page.live and page.show_in_menus and not page.alias_of_id and not is_private(page)
    ]


def section_index(model_label, site, locale):
    """The live section index (news or events) of a site in a language, or None."""
    home = site_home(site, locale)
    if home is None:
        return None
    model = apps.get_model(model_label)
    for page in pages_below(site, home):
        if page.live and page.specific_class and issubclass(page.specific_class, model):
            return page.specific_deferred
    return None


def language_alternates(urls):
    """[(hreflang, url)] of one content's addresses by language code: each language in the order
    of settings.LANGUAGES, then x-default (the German address), for head links and sitemaps."""
    links = [(code, urls[code]) for code, _name in settings.LANGUAGES if code in urls]
    if settings.LANGUAGE_CODE in urls:
        links.append(("x-default", urls[settings.LANGUAGE_CODE]))
    return links
