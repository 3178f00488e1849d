"""Sharing news and events between the association sites.

An item lives in its owner's page tree, so only the owner's editors can change it. The partner sites it is
shared with (and, for events, its co-organisers) are child rows of the page (an InlinePanel), edited on the
German original. wagtail-localize synchronises the rows into translations, but queries read them from the
original all the same: every translation follows the original the moment it is published.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import Count, OuterRef, Q, Subquery, Window, prefetch_related_objects
from django.db.models.query import EmptyQuerySet
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site

from .images import rendition_or_none
from .models import BrandingSettings, HiddenSharedItem, Topic
from .navigation import section_index, site_home, top_level_translation
from .request_memo import memoised, site_root_paths
from .restrictions import private_pages_q

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


def _originals(relation_models, **filters):
    """Translation keys of German originals that have a matching row in one of
    `relation_models`: one IN over the rows of all of them (PostgreSQL reads it as a join from
    the few matching rows; an OR of two INs made it test every page of the language)."""
    first, *others = (
        model.objects.filter(**filters).order_by().values("page_id") for model in relation_models
    )
    page_ids = first.union(*others, all=True) if others else first
    return Page.objects.filter(
        pk__in=page_ids, locale__language_code=settings.LANGUAGE_CODE
    ).values("translation_key")


def owner_site_id(page):
    """The site whose tree holds the page (any language), from Wagtail's cached root paths."""
    for root in site_root_paths():
        if page.url_path.startswith(root.root_path):
            return root.site_id
    return None


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
    #: the order of listings
    listing_order = ("pk",)

    @classmethod
    def _relation_model(cls, name):
        return cls._meta.get_field(name).related_model

    @classmethod
    def _relation_models(cls, names):
        return [cls._relation_model(name) for name in names]

    @classmethod
    def _public(cls, locale):
        """Live, public items in `locale` (aliases left out: an item shows once)."""
        return (
            cls.objects.live()
            .exclude(private_pages_q())
            .filter(locale=locale, alias_of__isnull=True)
            .select_related("locale")
        )

    @classmethod
    def shared_with_site_q(cls, site):
        """The condition of items whose German original is shared with (or co-organised by)
        `site` and that the site has not hidden (any language, any page state)."""
        originals = _originals(cls._relation_models(cls.partner_relations), site=site)
        hidden = HiddenSharedItem.objects.filter(site=site).values("translation_key")
        return Q(translation_key__in=originals) & ~Q(translation_key__in=hidden)

    @classmethod
    def _own_and_shared(cls, site, locale):
        """(the site's own items, partners' items shared with it): live, public, in `locale`,
        disjoint; None if the site has no home page in `locale`."""
        home = site_home(site, locale)
        if home is None:
            return None
        public = cls._public(locale)
        own = public.filter(path__startswith=home.path)
        shared = public.filter(cls.shared_with_site_q(site)).exclude(path__startswith=home.path)
        return own, shared

    @classmethod
    def visible_on(cls, site, locale):
        """Live, public items in `locale` that `site` shows: its own and what partners share with it."""
        halves = cls._own_and_shared(site, locale)
        return halves[0] | halves[1] if halves else cls.objects.none()

    @classmethod
    def listed(cls, site, locale, association=None, topic=None):
        """The items `site` shows in `locale` (narrowed to an association's and a topic's), in
        `listing_order`, with what a listing shows of them: a `Listing` to slice or paginate."""
        halves = cls._own_and_shared(site, locale) or (cls.objects.none(), cls.objects.none())
        own, shared = (half.select_related("image") for half in halves)
        items = Listing(own, shared, cls.listing_order, prefetch=("image__renditions",))
        if association is not None:
            owner = BrandingSettings.of_every_site()[association.site_id].site  # read already
            items = cls.from_association(items, owner, locale)
        if topic is not None:
            items = cls.with_topic(items, topic)
        return items

    @classmethod
    def body_fields(cls):
        """The stream fields (the body): a feed that reads many items and never shows them can
        leave them unread (`Listing.defer`)."""
        return [field.name for field in cls._meta.concrete_fields if isinstance(field, StreamField)]

    @classmethod
    def originals_shared_with_site(cls, site):
        """German originals of partners' items shared with (or co-organised by) `site`."""
        originals = _originals(cls._relation_models(cls.partner_relations), site=site)
        return cls.objects.filter(
            translation_key__in=originals, locale__language_code=settings.LANGUAGE_CODE
        ).select_related("locale")

    @classmethod
    def from_association(cls, queryset, site, locale):
        """Narrow to the items an association owns or (co-)organises."""
        home = site_home(site, locale)
        condition = Q(path__startswith=home.path) if home else Q(pk__in=[])
        if cls.organiser_relations:
            organised = _originals(cls._relation_models(cls.organiser_relations), site=site)
            condition |= Q(translation_key__in=organised)
        return queryset.filter(condition)

    @classmethod
    def with_topic(cls, queryset, topic):
        relation_models = cls._relation_models([cls.topic_relation])
        return queryset.filter(
            translation_key__in=_originals(
                relation_models, topic__translation_key=topic.translation_key
            )
        )

    def listing_entry(self, request):
        """This item as a listing entry on the request's site (owner, organisers, topics), once
        per request: the page context and the JSON-LD both need it."""

        def compute():
            [entry] = build_entries([self], request, Site.find_for_request(request))
            return entry

        return memoised(("entry", self.pk), compute)

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
        site = Site.find_for_request(request)
        for translation in translations:
            index_translation = top_level_translation(site, index, translation.locale)
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
    request."""
    return memoised(("associations",), _associations)


def _associations():
    associations = {}
    for branding in BrandingSettings.of_every_site().values():
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


@dataclass(frozen=True)
class TopicLabel:
    """A topic as a listing shows it: its name in the reader's language."""

    name: str

    def __str__(self):
        return self.name


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

    # The topics' names in the items' language, in the same query as the rows (the rows are the
    # German original's; a topic with no translation in that language is left out).
    localized_name = Subquery(
        Topic.objects.filter(translation_key=OuterRef("topic__translation_key"), locale=locale)
        .order_by()
        .values("name")[:1]
    )
    topic_rows = (
        model._relation_model(model.topic_relation)
        .objects.filter(
            page__translation_key__in=keys, page__locale__language_code=settings.LANGUAGE_CODE
        )
        .annotate(name=localized_name)
        .values_list("page__translation_key", "name")
        .order_by("page_id", "sort_order")
    )
    topics_by_item = {}
    for item_key, name in topic_rows:
        if name is not None:
            topics_by_item.setdefault(item_key, []).append(TopicLabel(name))

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


def teasers(request, site, items):
    """The rendered listing teasers of `items` on `site`, in that order."""
    items = list(items)
    if not items:
        return []
    template = type(items[0]).teaser_template
    return [
        render_to_string(template, {"entry": entry})
        for entry in build_entries(items, request, site)
    ]


def shared_item_url(item, owner, index, request):
    """Where a partner's item opens on a site: under the site's own section `index`, in its brand."""
    if index is None or owner is None or not owner.slug:
        return item.get_url(request)
    # The index's own address once per request (a feed of 250 events links to it 200 times).
    index_url = memoised(("page_url", index.pk), lambda: index.get_url(request))
    return index_url + index.reverse_subpage(
        "shared_item", kwargs={"association": owner.slug, "slug": item.slug}
    )


class Listing:
    """What a site lists of one item type, in `order`: its own items and partners' items shared
    with it, kept as two querysets of disjoint items. It filters, reverses, slices, counts and
    iterates like a queryset.

    Why two: with one condition ("under our home OR shared with us") PostgreSQL cannot read items
    along the date index and reads every item of the language before it sorts (about 11 ms for
    the three newest items with 18,000 pages). Each half alone follows the index; a slice is one
    UNION ALL statement of the two halves, each ordered and cut to the slice's end, merged in
    order (about 3 ms with planning). SQLite cannot order the halves of a UNION: it reads the one
    OR query.
    """

    def __init__(self, own, shared, order, prefetch=()):
        self.own, self.shared, self.order, self.prefetch = own, shared, tuple(order), prefetch

    def _with(self, own, shared, order=None):
        return Listing(own, shared, order or self.order, self.prefetch)

    def filter(self, *args, **kwargs):
        return self._with(self.own.filter(*args, **kwargs), self.shared.filter(*args, **kwargs))

    def defer(self, *fields):
        return self._with(self.own.defer(*fields), self.shared.defer(*fields))

    def reverse(self):
        flipped = tuple(key[1:] if key.startswith("-") else f"-{key}" for key in self.order)
        return self._with(self.own, self.shared, flipped)

    def rows(self, start=0, stop=None, **annotations):
        """The items from `start` to `stop` in order (a list, in one query)."""
        halves = [half for half in (self.own, self.shared) if not isinstance(half, EmptyQuerySet)]
        if not halves or (stop is not None and stop <= start):
            return []  # (Django's Paginator asks for [0:0] for an empty listing)
        halves = [half.annotate(**annotations).order_by(*self.order) for half in halves]
        if len(halves) == 1:
            items = halves[0]
        elif connection.features.supports_slicing_ordering_in_compound:
            own, shared = halves if stop is None else (half[:stop] for half in halves)
            items = own.union(shared, all=True).order_by(*self.order)
        else:
            items = (self.own | self.shared).annotate(**annotations).order_by(*self.order)
        rows = list(items[start:stop])
        prefetch_related_objects(rows, *self.prefetch)
        return rows

    def page(self, start, stop):
        """(the items from `start` to `stop`, the total): on PostgreSQL two index-ordered queries,
        elsewhere one with a window count."""
        if connection.features.supports_slicing_ordering_in_compound:
            rows = self.rows(start, stop)
            return rows, self.count() if rows else 0
        rows = self.rows(start, stop, listing_total=Window(Count("pk")))
        return rows, rows[0].listing_total if rows else 0

    def count(self):
        own, shared = (half.order_by().values("pk") for half in (self.own, self.shared))
        return own.union(shared, all=True).count()

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step is not None:
            raise TypeError("a Listing is read in slices")
        return self.rows(key.start or 0, key.stop)

    def __iter__(self):
        return iter(self.rows())

    def __len__(self):
        return self.count()


class OneQueryPaginator(Paginator):
    """Django's Paginator, with the total read in the same query as the page's rows (a window
    function): one query per listing page instead of two. A `Listing` on PostgreSQL reads its rows
    and its total in two (index-ordered) queries instead. A page past the end is left to Django
    (it counts, then gives the last page)."""

    def get_page(self, number):
        try:
            number = max(int(number), 1)
        except (TypeError, ValueError):
            number = 1
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if isinstance(self.object_list, Listing):
            rows, total = self.object_list.page(bottom, top)
        else:
            rows = list(self.object_list.annotate(listing_total=Window(Count("pk")))[bottom:top])
            total = rows[0].listing_total if rows else 0
        if not rows:
            return super().get_page(number)
        self.count = total  # Paginator.count is a cached property
        return self._get_page(rows, number, self)


def paginate(request, items, page_size):
    """One page of `items` (a queryset or a `Listing`: one page's rows and the count in SQL).
    ?page=abc gives the first page, ?page=99999 the last: always a sensible page."""
    raw_page = request.GET.get("page", "1")[:10]
    return OneQueryPaginator(items, page_size).get_page(raw_page)


class SectionIndexMixin(RoutablePageMixin):
    """Section index (news, events): serves partners' shared items under its own URL."""

    item_model_label = None
    page_size = 10

    def get_item_model(self):
        return apps.get_model(self.item_model_label)

    def route(self, request, path_components):
        # Own items (and their sub-routes such as ical/) come first; the shared_item route
        # would otherwise read "<item-slug>/ical/" as "<association>/<slug>/".
        if path_components:
            # What Page.route does, in one query: the index's children are all of the item
            # type (subpage_types), so the child is read with its type.
            child = (
                self.get_item_model().objects.child_of(self).filter(slug=path_components[0]).first()
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def listed(self, site, filter_form):
        """This section's items on `site`, narrowed by the reader's filters."""
        return self.get_item_model().listed(
            site,
            self.locale,
            association=filter_form.selected_association,
            topic=filter_form.selected_topic,
        )

    def paginate(self, request, items):
        return paginate(request, items, self.page_size)

    @re_path(r"^(?P<association>[-\w]+)/(?P<slug>[-\w]+)/$", name="shared_item")
    def shared_item(self, request, association, slug):
        site = Site.find_for_request(request)
        owner = next((a for a in associations_by_site().values() if a.slug == association), None)
        if owner is None:
            raise Http404
        owner_root = next(
            (
                root
                for root in site_root_paths()
                if root.site_id == owner.site_id and root.language_code == self.locale.language_code
            ),
            None,
        )
        if owner_root is None:  # the owner's site is not in this language
            raise Http404
        item = (
            self.get_item_model()
            .visible_on(site, self.locale)
            .filter(slug=slug, url_path__startswith=owner_root.root_path)
            .first()
        )
        if item is None:
            raise Http404
        if owner.site_id == site.pk:
            return redirect(item.get_url(request), permanent=True)
        return item.serve_shared(request, self)
