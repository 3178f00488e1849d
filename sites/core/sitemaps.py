from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .navigation import language_alternates


def sitemap_alternates(urls):
    """The <xhtml:link> alternates of a sitemap entry (Wagtail's keys)."""
    return [{"lang_code": code, "location": url} for code, url in language_alternates(urls)]


class SiteSitemap(Sitemap):
    """The pages a site owns, in every language, each with its hreflang alternates.

    Wagtail's own sitemap walks only the default-language tree and names no alternates. Partners'
    shared items are not listed: their canonical URL is on the owner's site. Alias pages (German text
    in the English tree, from tree sync) are left out.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True).live()
        in_site = Q(pk__in=[])
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_site)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def alternates_for(self, pages):
        """{translation_key: [{"lang_code", "location"}, …]} for pages with more than one language."""
        translations = (
            Page.objects.filter(translation_key__in={page.translation_key for page in pages})
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        by_key = {}
        for translation in translations:
            by_key.setdefault(translation.translation_key, {})[translation.locale.language_code] = (
                translation.get_full_url(self.request)
            )
        alternates = {}
        for key, urls in by_key.items():
            if len(urls) < 2:
                continue
            alternates[key] = sitemap_alternates(urls)
        return alternates

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(pages)
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                # sub-routes of a page (member profiles) bring their own alternates
                url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
