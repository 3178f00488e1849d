"""Sharing news and events between the association sites.

An item lives in its owner's page tree, so only the owner's editors can change it. The partner sites it is
shared with (and, for events, its co-organisers) are child rows of the page (an InlinePanel), edited on the
German original. wagtail-localize synchronises the rows into translations, but queries read them from the
original all the same: every translation follows the original the moment it is published.
"""

from dataclasses import dataclass, field, replace

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.models import Orderable, Page, Site

from sites.cache.generation import per_generation, per_generation_many

from .images import rendition_or_none
from .models import BrandingSettings, HiddenSharedItem, Topic
from .request_memo import private_pages_q, site_data, site_root_paths

LOGO_FILTER = "height-48|format-png"


class SiteRelation(Orderable):
    """A row linking a page to another association's site (shared with, co-organised by)."""

    site = models.ForeignKey(
        Site, verbose_name=_("association"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("site")]

    class Meta(Orderable.Meta):
        abstract = True


class TopicRelation(Orderable):
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True


def _originals(relation_model, **filters):
    """Translation keys of German originals that have a matching relation row."""
    return relation_model.objects.filter(
        page__locale__language_code=settings.LANGUAGE_CODE, **filters
    ).values("page__translation_key")


def owner_site_id(page):
    """The site whose tree holds the page (any language), from Wagtail's cached root paths."""
    for root in site_root_paths():
        if page.url_path.startswith(root.root_path):
            return root.site_id
    return None


def site_home(site, locale):
    """The site's home page in `locale` (live or not), once per cache generation."""
    return site_data(
        ("site_home", site.pk, locale.pk),
        lambda: site.root_page.get_translation_or_none(locale),
    )


class SharedItemMixin:
    """Mixed into page models that show on their owner's site and on partner sites (queries)."""

    #: child relations naming the partner sites an item shows on
    partner_relations = ("shared_with",)
    #: child relations naming the sites an item is "from" besides its owner (filter by association)
    organiser_relations = ()
    #: the child relation of topic rows
    topic_relation = "topic_links"
    #: "app_label.ModelName" of the section index that lists this type
    index_model = None
    #: the template of one item in a listing; its context is the item's ListingEntry, `entry`
    teaser_template = None
    #: the order of listings, and the fields of each item that listings filter on in Python
    listing_order = ("pk",)
    listing_fields = ("pk",)

    @classmethod
    def _relation_model(cls, name):
        return cls._meta.get_field(name).related_model

    @classmethod
    def visible_on(cls, site, locale):
        """Live, public items in `locale` that `site` shows: its own and what partners share with it."""
        home = site_home(site, locale)
        if home is None:
            return cls.objects.none()
        shared = Q(pk__in=[])
        for relation in cls.partner_relations:
            shared |= Q(translation_key__in=_originals(cls._relation_model(relation), site=site))
        hidden = HiddenSharedItem.objects.filter(site=site).values("translation_key")
        condition = Q(path__startswith=home.path) | (shared & ~Q(translation_key__in=hidden))
        return (
            cls.objects.live()
            .exclude(private_pages_q())
            .filter(locale=locale, alias_of__isnull=True)
            .filter(condition)
            .select_related("locale")
        )

    @classmethod
    def listed(cls, request, site, locale, association=None, topic=None):
        """`listing_fields` of every item `site` shows in `locale` (narrowed to an association's
        and a topic's), in `listing_order`: one query per site cache generation, not one that
        scans every item of the language on each request."""

        def compute():
            items = cls.visible_on(site, locale)
            if association is not None:
                owner = Site.objects.get(pk=association.site_id)
                items = cls.from_association(items, owner, locale)
            if topic is not None:
                items = cls.with_topic(items, topic)
            # A tuple of tuples: the per-process cache hands it out without copying it.
            return tuple(items.order_by(*cls.listing_order).values_list(*cls.listing_fields))

        parts = (
            "listed",
            cls._meta.label,
            site.pk,
            locale.pk,
            association.site_id if association else "",
            topic.translation_key if topic else "",
        )
        return per_generation(request, parts, compute)

    @classmethod
    def in_order(cls, pks):
        """The items of `pks` in that order, with what listings show of them, in one query."""
        pks = list(pks)
        items = (
            cls.objects.filter(pk__in=pks)
            .select_related("locale", "image")
            .prefetch_related("image__renditions")
            .in_bulk()
        )
        return [items[pk] for pk in pks if pk in items]

    @classmethod
    def originals_shared_with_site(cls, site):
        """German originals of partners' items shared with (or co-organised by) `site`."""
        keys = Q(pk__in=[])
        for relation in cls.partner_relations:
            keys |= Q(translation_key__in=_originals(cls._relation_model(relation), site=site))
        return cls.objects.filter(
            keys, locale__language_code=settings.LANGUAGE_CODE
        ).select_related("locale")

    @classmethod
    def from_association(cls, queryset, site, locale):
        """Narrow to the items an association owns or (co-)organises."""
        home = site_home(site, locale)
        condition = Q(path__startswith=home.path) if home else Q(pk__in=[])
        for relation in cls.organiser_relations:
            condition |= Q(translation_key__in=_originals(cls._relation_model(relation), site=site))
        return queryset.filter(condition)

    @classmethod
    def with_topic(cls, queryset, topic):
        relation_model = cls._relation_model(cls.topic_relation)
        return queryset.filter(
            translation_key__in=_originals(
                relation_model, topic__translation_key=topic.translation_key
            )
        )

    def listing_entry(self, request):
        """This item as a listing entry on the request's site (owner, organisers, topics): kept
        per cache generation (without the page, which the request has), and once per request,
        as the page context and the JSON-LD both need it."""
        cache = request.__dict__.setdefault("_verbund_entries", {})
        if self.pk not in cache:
            site = Site.find_for_request(request)
            [entry] = per_entry(
                request,
                site,
                type(self),
                [self.pk],
                ("entry",),
                lambda entry: replace(entry, page=None),
                items=[self],
            )
            cache[self.pk] = replace(entry, page=self)
        return cache[self.pk]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entry = self.listing_entry(request)
        context.update(entry=entry, owner=entry.owner)
        return context

    def shared_translation_urls(self, request, index, owner):
        """Where this item's translations open on the partner site, by language."""
        urls = {}
        translations = (
            self.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        for translation in translations:
            index_translation = index.get_translation_or_none(translation.locale)
            if index_translation is None or not index_translation.live:
                continue
            urls[translation.locale.language_code] = index_translation.get_url(
                request
            ) + index_translation.reverse_subpage(
                "shared_item", kwargs={"association": owner.slug, "slug": translation.slug}
            )
        return urls

    def serve_shared(self, request, index):
        """Render the item on a partner's site: partner's host, brand and section; canonical to the owner."""
        context = self.get_context(request)
        context.update(
            shared_on=index,
            menu_page=index,
            translation_urls=self.shared_translation_urls(request, index, context["owner"]),
        )
        return TemplateResponse(request, self.get_template(request), context)


@dataclass
class Association:
    """What a listing shows of an association: name, identifier, logo."""

    site_id: int
    name: str
    short_name: str
    slug: str
    logo_url: str = ""
    logo_width: int = 0
    logo_height: int = 0


def associations_by_site():
    """Every association, keyed by site id: one query plus prefetched logo renditions, once per
    site cache generation."""
    return site_data(("associations",), _associations)


def _associations():
    associations = {}
    branding_rows = BrandingSettings.objects.select_related("logo").prefetch_related(
        "logo__renditions"
    )
    for branding in branding_rows:
        association = Association(
            site_id=branding.site_id,
            name=branding.full_name,
            short_name=branding.short_name,
            slug=branding.slug,
        )
        if rendition := rendition_or_none(branding.logo, LOGO_FILTER):
            association.logo_url = rendition.url
            association.logo_width = rendition.width // 2
            association.logo_height = rendition.height // 2
        associations[branding.site_id] = association
    return associations


@dataclass
class ListingEntry:
    page: object
    url: str
    owner: Association | None
    is_shared: bool
    topics: list = field(default_factory=list)
    organisers: list = field(default_factory=list)


def build_entries(items, request, site):
    """Listing entries for a page of items, with a constant number of queries however many there are."""
    items = list(items)
    if not items:
        return []
    model = type(items[0])
    associations = associations_by_site()
    keys = [item.translation_key for item in items]
    locale = items[0].locale

    topic_rows = (
        model._relation_model(model.topic_relation)
        .objects.filter(
            page__translation_key__in=keys, page__locale__language_code=settings.LANGUAGE_CODE
        )
        .select_related("topic")
        .values_list("page__translation_key", "topic__translation_key")
        .order_by("page_id", "sort_order")
    )
    # The whole (small) vocabulary in one query, whatever the items' topics are.
    topics_here = {topic.translation_key: topic for topic in Topic.vocabulary(locale)}
    topics_by_item = {}
    for item_key, topic_key in topic_rows:
        if topic_key in topics_here:
            topics_by_item.setdefault(item_key, []).append(topics_here[topic_key])

    organisers_by_item = {}
    for relation in model.organiser_relations:
        rows = (
            model._relation_model(relation)
            .objects.filter(
                page__translation_key__in=keys,
                page__locale__language_code=settings.LANGUAGE_CODE,
            )
            .values_list("page__translation_key", "site_id")
            .order_by("page_id", "sort_order")
        )
        for item_key, site_id in rows:
            if site_id in associations:
                organisers_by_item.setdefault(item_key, []).append(associations[site_id])

    # Fetched up front, not on the first shared item, so the query count never depends on the mix.
    index = section_index(model.index_model, site, locale)
    entries = []
    for item in items:
        owner_id = owner_site_id(item)
        owner = associations.get(owner_id)
        is_shared = owner_id != site.pk
        entries.append(
            ListingEntry(
                page=item,
                url=shared_item_url(item, owner, index, request)
                if is_shared
                else item.get_url(request),
                owner=owner,
                is_shared=is_shared,
                topics=topics_by_item.get(item.translation_key, []),
                organisers=[owner, *organisers_by_item.get(item.translation_key, [])]
                if owner
                else [],
            )
        )
    return entries


def per_entry(request, site, model, pks, parts, make, items=None):
    """`make(entry)` for the listing entry of each item of `pks` on `site`, in that order, kept
    under `parts` (a tuple naming what is made).

    Each result is kept per item for the site's cache generation and language (an item's URL,
    owner, topics and organisers on a site change only with a new generation), so a listing
    whose results are all kept loads no item at all; the others are loaded (unless the caller
    has them: `items`) and made together.
    """

    def make_missing(missing):
        if items is None:
            loaded = model.in_order(missing)
        else:
            loaded = [item for item in items if item.pk in set(missing)]
        return {entry.page.pk: make(entry) for entry in build_entries(loaded, request, site)}

    return per_generation_many(request, (*parts, model._meta.label, site.pk), pks, make_missing)


def teasers(request, site, model, pks):
    """The rendered listing teasers of the items `pks` on `site`, in that order."""
    return per_entry(
        request,
        site,
        model,
        pks,
        ("teaser",),
        lambda entry: render_to_string(model.teaser_template, {"entry": entry}),
    )


def section_index(model_label, site, locale):
    """The live section index (news or events) of a site in a language, once per generation."""

    def compute():
        home = site_home(site, locale)
        index_model = apps.get_model(model_label)
        return index_model.objects.child_of(home).live().first() if home is not None else None

    return site_data(("section_index", model_label, site.pk, locale.pk), compute)


def shared_item_url(item, owner, index, request):
    """Where a partner's item opens on a site: under the site's own section `index`, in its brand."""
    if index is None or owner is None or not owner.slug:
        return item.get_url(request)
    return index.get_url(request) + index.reverse_subpage(
        "shared_item", kwargs={"association": owner.slug, "slug": item.slug}
    )


class SectionIndexMixin(RoutablePageMixin):
    """Section index (news, events): serves partners' shared items under its own URL."""

    item_model_label = None
    page_size = 10

    def get_item_model(self):
        return apps.get_model(self.item_model_label)

    def route(self, request, path_components):
        # Own items (and their sub-routes such as ical/) come first; the shared_item route
        # would otherwise read "<item-slug>/ical/" as "<association>/<slug>/".
        if path_components and self.get_children().filter(slug=path_components[0]).exists():
            return Page.route(self, request, path_components)
        return super().route(request, path_components)

    def listed(self, request, site, filter_form):
        """The listing rows of this section's items on `site`, narrowed by the reader's filters."""
        return self.get_item_model().listed(
            request,
            site,
            self.locale,
            association=filter_form.selected_association,
            topic=filter_form.selected_topic,
        )

    def paginate(self, request, pks):
        """One page of the items `pks` (their ids or listing rows). ?page=abc gives the first page, ?page=99999
        the last: always a sensible page."""
        raw_page = request.GET.get("page", "1")[:10]
        return Paginator(pks, self.page_size).get_page(raw_page)

    @re_path(r"^(?P<association>[-\w]+)/(?P<slug>[-\w]+)/$", name="shared_item")
    def shared_item(self, request, association, slug):
        site = Site.find_for_request(request)
        owner = next((a for a in associations_by_site().values() if a.slug == association), None)
        if owner is None:
            raise Http404
        owner_home = site_home(Site.objects.get(pk=owner.site_id), self.locale)
        if owner_home is None:
            raise Http404
        item = (
            self.get_item_model()
            .visible_on(site, self.locale)
            .filter(slug=slug, path__startswith=owner_home.path)
            .first()
        )
        if item is None:
            raise Http404
        if owner.site_id == site.pk:
            return redirect(item.get_url(request), permanent=True)
        return item.serve_shared(request, self)
