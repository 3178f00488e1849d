"""Search per site and language: the site's own pages plus what partners share with it."""

import functools
import re
import unicodedata
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page, Site, get_page_models
from wagtail.search.backends import get_search_backend

from sites.core.navigation import section_index, site_home
from sites.core.request_memo import active_locale
from sites.core.restrictions import private_pages_q
from sites.core.sharing import associations_by_site, owner_site_id, shared_item_url
from sites.events.models import EventPage
from sites.news.models import NewsPage

from .backends import for_language, result_ids

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
MAX_RANKED_HITS = 1000
SHARED_MODELS = (NewsPage, EventPage)


def clean_query(raw):
    """Drop control characters (PostgreSQL refuses NUL), fold whitespace, cap the length."""
    text = "".join(char for char in raw if unicodedata.category(char)[0] != "C")
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH], len(text) > MAX_QUERY_LENGTH


def search_terms(query):
    """The words of a query: what the full-text engines understand, without their syntax
    (quotes, operators, brackets), which SQLite FTS would otherwise reject."""
    return " ".join(re.findall(r"\w+", query))


def searchable_pages(site, locale, home):
    """Live, public, real (not alias) pages of the site's tree in `locale`, and partners' shared
    items."""
    shared = Q(pk__in=[])
    for model in SHARED_MODELS:
        # (translations of a shared item share its translation key, so they are of its type)
        shared |= model.shared_with_site_q(site)
    return (
        Page.objects.live()
        .exclude(private_pages_q())
        .filter(locale=locale, alias_of__isnull=True)
        .filter(Q(path__startswith=home.path) | shared)
    )


def ranked_hits(terms, site, locale, home):
    """Ids of the pages of `locale` that match, best first, narrowed to what `site` shows.

    The full-text search runs over the language's live pages (an index lookup), and its hits are
    narrowed to the site's own and shared pages in one more query, instead of sending the
    thousands of ids a site shows with every query. A word found on nearly every page stops at
    the best MAX_RANKED_HITS of the language: far more than anyone pages through.
    """
    if not terms:
        return []
    scope = Page.objects.live().filter(locale=locale).only("pk")
    backend = for_language(get_search_backend(), locale.language_code)
    hits = result_ids(backend.search(terms, scope, operator="and")[:MAX_RANKED_HITS])
    if not hits:
        return []
    shown = set(
        searchable_pages(site, locale, home).filter(pk__in=hits).values_list("pk", flat=True)
    )
    return [pk for pk in hits if pk in shown]


@dataclass
class SearchResult:
    page: Page
    url: str
    kind: str
    date: object
    summary: str
    owner: object
    is_shared: bool


@functools.cache
def page_types_with_field(name):
    """The page models that declare a field `name` themselves (worked out once per process)."""
    return tuple(
        model
        for model in get_page_models()
        if any(field.name == name and field.model is model for field in model._meta.fields)
    )


def field_of_page_types(name):
    """A field of every page type that has it, for a generic page: one correlated subquery per
    type, so one query describes a page of results whatever the mix of types."""
    values = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values(name)[:1])
        for model in page_types_with_field(name)
    ]
    if not values:
        return Value(None)
    return Coalesce(*values) if len(values) > 1 else values[0]


def result_pages(ids):
    """The generic pages `ids`, with what a result shows of their type's fields."""
    pages = Page.objects.filter(pk__in=ids).annotate(
        result_teaser=field_of_page_types("teaser"),
        result_intro=field_of_page_types("intro"),
        result_date=field_of_page_types("date"),
        result_start=field_of_page_types("start"),
    )
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


def describe(pages, request, site, locale):
    associations = associations_by_site()
    results = []
    for page in pages:
        owner_id = owner_site_id(page)
        owner = associations.get(owner_id)
        is_shared = owner_id != site.pk
        page_type = page.specific_class or Page
        if is_shared:
            index = section_index(page_type.index_model, site, locale)
            url = shared_item_url(page, owner, index, request)
        else:
            url = page.get_url(request)
        results.append(
            SearchResult(
                page=page,
                url=url,
                kind=str(page_type._meta.verbose_name),
                date=page.result_date or page.result_start or page.last_published_at,
                summary=page.result_teaser
                or page.search_description
                or Truncator(strip_tags(page.result_intro or "")).words(30),
                owner=owner,
                is_shared=is_shared,
            )
        )
    return results


def rendered_results(request, site, locale, ids):
    """The rendered search results of the pages `ids`, in that order."""
    return [
        render_to_string("components/search_result.html", {"result": result})
        for result in describe(result_pages(ids), request, site, locale)
    ]


def search(request):
    site = Site.find_for_request(request)
    locale = active_locale()
    home = site_home(site, locale) if site else None
    if home is None:
        raise Http404
    query, truncated = clean_query(request.GET.get("q", ""))
    context = {"search_query": query, "query_truncated": truncated, "menu_page": None}
    if query:
        page_obj = Paginator(
            ranked_hits(search_terms(query), site, locale, home), RESULTS_PER_PAGE
        ).get_page(request.GET.get("page", "1")[:10])
        context.update(
            page_obj=page_obj, results=rendered_results(request, site, locale, page_obj.object_list)
        )
    return TemplateResponse(request, "search/search.html", context)
