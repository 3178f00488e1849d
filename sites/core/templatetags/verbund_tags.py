"""Template tags for the parts every page shares: navigation, language switcher, hreflang."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from sites.core.models import SiteTexts

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool


def _cached(request, key, compute):
    """Memoise per request: the header, footer and head all ask for the same things."""
    cache = request.__dict__.setdefault("_verbund_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _site(request):
    return Site.find_for_request(request)


def home_pages_by_language(request):
    """The site's home page in every language it is published in."""

    def compute():
        site = _site(request)
        if site is None:
            return {}
        homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
        return {home.locale.language_code: home for home in homes}

    return _cached(request, "homes", compute)


@register.simple_tag(takes_context=True)
def site_home(context):
    request = context["request"]
    homes = home_pages_by_language(request)
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def site_texts(context):
    request = context["request"]

    def compute():
        site = _site(request)
        return SiteTexts.for_site(site) if site else None

    return _cached(request, f"texts-{translation.get_language()}", compute)


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = site_home(context)
    items = list(home.get_children().live().public().in_menu()) if home else []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": request,
        "home": home,
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
    def compute():
        if not isinstance(page, Page):
            return {}
        translations = (
            page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        return {p.locale.language_code: p for p in translations}

    return _cached(request, f"translations-{page.pk if isinstance(page, Page) else None}", compute)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation, or to that language's home page."""
    request = context["request"]
    page = context.get("page")
    translations = _page_translations(request, page)
    homes = home_pages_by_language(request)
    current_language = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            target = homes.get(code)
        if target is None:
            continue
        with translation.override(code):
            label = str(name)
        links.append(
            LanguageLink(
                code=code,
                name=label,
                url=target.get_url(request),
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
    links = [
        {"hreflang": code, "url": translations[code].get_full_url(request)}
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append({"hreflang": "x-default", "url": default.get_full_url(request)})
    return links
