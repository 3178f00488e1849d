"""Template tags for the parts every page shares: navigation, language switcher, hreflang."""

import json
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from sites.core.images import rendition_or_none
from sites.core.models import BrandingSettings, SiteTexts
from sites.core.navigation import (
    language_alternates,
    live_homes_by_language,
    menu_pages,
    section_index,
    site_homes,
)
from sites.core.request_memo import memoised

register = template.Library()

# The characters django.utils.html.json_script escapes, so data cannot close the script element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool


def _site(request):
    return Site.find_for_request(request)


def home_pages_by_language(request):
    """The site's home page in every language it is published in."""
    site = _site(request)
    return live_homes_by_language(site) if site is not None else {}


@register.simple_tag(takes_context=True)
def site_home(context):
    request = context["request"]
    homes = home_pages_by_language(request)
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def site_texts(context):
    """The site's texts in the reader's language (SiteTexts.for_site reads them once per
    request)."""
    site = _site(context["request"])
    return SiteTexts.for_site(site) if site else None


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = site_home(context)
    items = menu_pages(_site(request), home) if home else []
    current = context.get("menu_page") or context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": request,
        "home": home,
        "home_is_current": home is not None and current_path == home.path,
        "menu_items": [
            {
                "title": item.title,
                "url": item.get_url(request),
                "is_current": current_path == item.path,
                "is_ancestor": current_path.startswith(item.path) and current_path != item.path,
            }
            for item in items
        ],
    }


def _page_translations(request, page):
    """{language code: live translation} of a page (itself included), aliases left out."""
    if not isinstance(page, Page):
        return {}
    site = _site(request)
    if site is not None and page.depth == site.root_page.depth:
        homes = site_homes(site).values()
        if page.pk in {home.pk for home in homes}:  # a home page: its translations are read
            return {h.locale.language_code: h for h in homes if h.live and not h.alias_of_id}

    def compute():
        translations = (
            page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        return {p.locale.language_code: p for p in translations}

    if page.pk is None:
        return compute()
    return memoised(("translations", page.pk), compute)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation, or to that language's home page."""
    request = context["request"]
    # Views that are not plain pages (e.g. a partner's item shown on this site) pass their own URLs.
    urls = context.get("translation_urls")
    if urls is None:
        translations = _page_translations(request, context.get("page"))
        urls = {code: page.get_url(request) for code, page in translations.items()}
    homes = home_pages_by_language(request)
    current_language = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code)
        is_translation = url is not None
        if url is None and code in homes:
            url = homes[code].get_url(request)
        if url is None:
            continue
        with translation.override(code):
            label = str(name)
        links.append(
            LanguageLink(
                code=code,
                name=label,
                url=url,
                is_current=code == current_language,
                is_translation=is_translation,
            )
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates for every live translation of the page, plus x-default (German)."""
    request = context["request"]
    page = context.get("page")
    translations = _page_translations(request, page)
    urls = {code: translation.get_full_url(request) for code, translation in translations.items()}
    return [{"hreflang": code, "url": url} for code, url in language_alternates(urls)]


@register.simple_tag(takes_context=True)
def section_feeds(context):
    """The site's news feed and event calendar in the current language, for autodiscovery links."""
    request = context["request"]
    home = site_home(context)
    if home is None:
        return {}
    site = _site(request)
    feeds = {}
    news_index = section_index("news.NewsIndexPage", site, home.locale)
    if news_index is not None:
        feeds["news"] = news_index.get_url(request) + news_index.reverse_subpage("feed")
        feeds["news_title"] = news_index.title
    event_index = section_index("events.EventIndexPage", site, home.locale)
    if event_index is not None:
        feeds["calendar"] = event_index.get_url(request) + event_index.reverse_subpage(
            "calendar_feed"
        )
        feeds["calendar_title"] = event_index.title
    return feeds


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """schema.org JSON-LD of a page, as a data block (not executed, so no inline script)."""
    request = context["request"]
    data = page.get_structured_data(request) if hasattr(page, "get_structured_data") else None
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped above
    )


@register.simple_tag
def untranslated_source(page):
    """For an alias page of another language (tree sync), the page whose text it shows; else None."""
    if not isinstance(page, Page) or not page.alias_of_id:
        return None
    source = page.alias_of
    if source.locale_id == page.locale_id:
        return None
    return source


OPEN_GRAPH_LOCALES = {"de": "de_DE", "en": "en_GB"}


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags for a page: title, description, canonical URL, an image."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return {}
    branding = BrandingSettings.for_request(request)
    texts = site_texts(context)
    image = getattr(page, "image", None) or getattr(page, "hero_image", None)
    rendition = rendition_or_none(image, "fill-1200x630|format-jpeg")
    if rendition is None:
        image = None  # no (readable) picture of its own: the logo stands in
        rendition = rendition_or_none(branding.logo, "max-1200x630|format-png")
    language = page.locale.language_code
    return {
        "title": page.seo_title or page.title,
        "description": page.search_description
        or getattr(page, "teaser", "")
        or (texts.tagline if texts else ""),
        "url": page.get_full_url(request),
        "type": "article" if hasattr(page, "teaser") else "website",
        "site_name": branding.full_name,
        "locale": OPEN_GRAPH_LOCALES.get(language, language),
        "alternate_locales": [
            OPEN_GRAPH_LOCALES.get(code, code)
            for code in _page_translations(request, page)
            if code != language
        ],
        "image_url": request.build_absolute_uri(rendition.url) if rendition else "",
        "image_width": rendition.width if rendition else None,
        "image_height": rendition.height if rendition else None,
        "image_alt": (image.default_alt_text if image else f"Logo {branding.full_name}"),
        "card": "summary_large_image" if image else "summary",
    }
