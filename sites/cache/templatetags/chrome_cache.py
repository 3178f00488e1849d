"""`{% chromecache %}`: the parts every page of a site shares (head links, brand, menu, footer),
rendered once per site, language and cache generation instead of on every request (see
sites/cache/generation.py for why that is never stale)."""

from django import template
from wagtail.models import Page

from ..generation import per_generation

register = template.Library()


class ChromeCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        parts = ("chrome", self.name, *(variable.resolve(context) for variable in self.vary_on))
        return per_generation(context.get("request"), parts, lambda: self.nodelist.render(context))


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
