"""`{% generationcache "name" [vary_on …] %}`: a template fragment rendered once per site,
language, cache generation and `vary_on` values instead of on every request: the parts every page
shares (head links, brand, menu, footer) and the teasers of listings. Only for fragments that
depend on nothing else (no user, no clock). See sites/cache/generation.py for why they are never
stale."""

from django import template
from wagtail.models import Page

from ..generation import per_generation

register = template.Library()


class GenerationCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        parts = ("fragment", self.name, *(variable.resolve(context) for variable in self.vary_on))
        return per_generation(context.get("request"), parts, lambda: self.nodelist.render(context))


@register.tag("generationcache")
def do_generationcache(parser, token):
    """{% generationcache "name" [vary_on ...] %} … {% endgenerationcache %}"""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'generationcache' needs a fragment name")
    nodelist = parser.parse(("endgenerationcache",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return GenerationCacheNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])


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
