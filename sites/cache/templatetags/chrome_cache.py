"""`{% chromecache %}`: the parts every page of a site shares (head links, brand, menu, footer),
rendered once per site, language and cache generation instead of on every request.

The key holds the site's cache generation (sites.cache.models), which every change a reader can
see replaces, so a fragment is never older than the content; old fragments are simply not asked
for again and expire. The fragments live in each process's memory (the "fragments" cache): the
generation is read from the database on every request, so processes never disagree.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Page

from ..models import generation_for_request

register = template.Library()

CACHE_ALIAS = "fragments"


def chrome_key(request):
    """Site, generation and language of the request; None where fragments are not cached."""
    if not settings.CHROME_CACHE_ENABLED or request is None:
        return None
    site_and_generation = generation_for_request(request)
    if site_and_generation is None:
        return None
    site_id, generation = site_and_generation
    return f"{site_id}:{generation}:{translation.get_language()}"


class ChromeCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        base = chrome_key(context.get("request"))
        if base is None:
            return self.nodelist.render(context)
        vary = "|".join(str(variable.resolve(context)) for variable in self.vary_on)
        digest = hashlib.md5(vary.encode(), usedforsecurity=False).hexdigest()
        key = f"chrome:{self.name}:{base}:{digest}"
        cache = caches[CACHE_ALIAS]
        fragment = cache.get(key)
        if fragment is None:
            fragment = self.nodelist.render(context)
            cache.set(key, fragment, settings.PAGE_CACHE_SECONDS)
        return fragment


@register.tag("chromecache")
def do_chromecache(parser, token):
    """{% chromecache "name" [vary_on ...] %} … {% endchromecache %}"""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'chromecache' needs a fragment name")
    nodelist = parser.parse(("endchromecache",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return ChromeCacheNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])


@register.simple_tag(takes_context=True)
def nav_state(context):
    """What the main menu's highlighting depends on: the current page's section (the ancestor
    one level below the home page) and whether the page is that section, below it or the home."""
    current = context.get("menu_page") or context.get("page")
    if not isinstance(current, Page):
        return ""
    section_length = 3 * Page.steplen  # root, home page, section
    section = current.path[:section_length]
    return section + ("*" if len(current.path) > section_length else "")
