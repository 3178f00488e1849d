"""Search per site and language: the site's own pages plus what partners share with it."""

import re
import unicodedata
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from sites.cache.generation import per_generation_many
from sites.core.request_memo import active_locale, private_pages_q, site_data
from sites.core.sharing import (
    associations_by_site,
    owner_site_id,
    section_index,
    shared_item_url,
    site_home,
)
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


def searchable_page_ids(site, locale, home):
    """Live, public, real (not alias) pages of the site's tree in `locale`, and partners' shared
    items: read once per site cache generation (every change to them starts a new one)."""

    def compute():
        shared = Q(pk__in=[])
        for model in SHARED_MODELS:
            shared |= Q(pk__in=model.visible_on(site, locale).values("pk"))
        return frozenset(
            Page.objects.live()
            .exclude(private_pages_q())
            .filter(locale=locale, alias_of__isnull=True)
            .filter(Q(path__startswith=home.path) | shared)
            .values_list("pk", flat=True)
        )

    return site_data(("searchable", site.pk, locale.pk), compute)


def ranked_hits(terms, site, locale, home):
    """Ids of the pages of `locale` that match, best first, narrowed to what `site` shows.

    The full-text search runs over the language's live pages (an index lookup) and the site's
    own and shared pages are picked from its hits here, instead of sending the thousands of ids
    a site shows with every query. A word found on nearly every page stops at the best
    MAX_RANKED_HITS of the language: far more than anyone pages through.
    """
    if not terms:
        return []
    searchable = searchable_page_ids(site, locale, home)
    scope = Page.objects.live().filter(locale=locale).only("pk")
    backend = for_language(get_search_backend(), locale.language_code)
    hits = backend.search(terms, scope, operator="and")[:MAX_RANKED_HITS]
    return [pk for pk in result_ids(hits) if pk in searchable]


@dataclass
class SearchResult:
    page: Page
    url: str
    kind: str
    date: object
    owner: object
    is_shared: bool


def describe(pages, request, site, locale):
    associations = associations_by_site()
    results = []
    for page in pages:
        owner_id = owner_site_id(page)
        owner = associations.get(owner_id)
        is_shared = owner_id != site.pk
        if is_shared:
            index = section_index(page.index_model, site, locale)
            url = shared_item_url(page, owner, index, request)
        else:
            url = page.get_url(request)
        date = getattr(page, "date", None) or getattr(page, "start", None) or page.last_published_at
        results.append(
            SearchResult(
                page=page,
                url=url,
                kind=str(page._meta.verbose_name),
                date=date,
                owner=owner,
                is_shared=is_shared,
            )
        )
    return results


def rendered_results(request, site, locale, ids):
    """The rendered search results of the pages `ids`, in that order: kept per page for the
    site's cache generation and language, like listing teasers (sites.core.sharing.teasers)."""

    def render_missing(missing):
        specific = {page.pk: page for page in Page.objects.filter(pk__in=missing).specific()}
        pages = [specific[pk] for pk in missing if pk in specific]
        return {
            result.page.pk: render_to_string("components/search_result.html", {"result": result})
            for result in describe(pages, request, site, locale)
        }

    return per_generation_many(request, ("search_result", site.pk), ids, render_missing)


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
