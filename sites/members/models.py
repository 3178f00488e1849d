"""The member directory: one record per member company, shared by every association it belongs to.

A member is a translatable snippet (not a page): it belongs to no association's page tree, since
several associations list the same company and the editors of each may change it. Its memberships
(association = the association's Site, member since) and its sectors (topics) are child rows set on
the German original; queries read them from the original by translation key, so the English
record follows at once. Each site shows its members under its `MemberDirectoryPage`
(/de/mitglieder/, /en/members/), each member's profile at <directory>/<member slug>/.
"""

import re

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sites.core.blocks import RICH_TEXT_FEATURES
from sites.core.images import rendition_or_none
from sites.core.models import BasePage, Topic
from sites.core.navigation import section_index
from sites.core.request_memo import memoised
from sites.core.sharing import TopicRelation, associations_by_site, paginate
from sites.core.sitemaps import sitemap_alternates

REGIONS = [
    ("sachsen", _("Saxony")),
    ("sachsen-anhalt", _("Saxony-Anhalt")),
    ("thueringen", _("Thuringia")),
    ("berlin", _("Berlin")),
    ("brandenburg", _("Brandenburg")),
    ("mecklenburg-vorpommern", _("Mecklenburg-Western Pomerania")),
    ("other-germany", _("Elsewhere in Germany")),
    ("abroad", _("Abroad")),
]
LOGO_FILTER = "max-160x80|format-png"
#: the facts of a company, the same in every language (the German record's; see save())
SHARED_FIELDS = (
    "name",
    "slug",
    "logo_id",
    "city",
    "region",
    "website",
    "contact_email",
    "contact_phone",
)
#: what the name search keeps of a query: letters, digits, a few joiners; at most 100 characters
SEARCH_MAX_LENGTH = 100
_SEARCH_NOISE = re.compile(r"[^\w&.+\- ]+|_+")


def clean_search(query):
    """A name search as plain words: control characters, quotes and symbols dropped."""
    words = _SEARCH_NOISE.sub(" ", (query or "")[:SEARCH_MAX_LENGTH]).split()
    return " ".join(words)


def originals_of(relation_model, **filters):
    """Translation keys of German member records that have a matching child row."""
    return relation_model.objects.filter(
        member__locale__language_code=settings.LANGUAGE_CODE, **filters
    ).values("member__translation_key")


class MemberOrganisation(TranslatableMixin, ClusterableModel):
    """A member company, once, whichever associations list it."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(
        _("address name"),
        max_length=80,
        help_text=_("The last part of the profile's address, e.g. 'muster-logistik'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its description is the alt text."),
    )
    description = models.TextField(
        _("short description"), max_length=600, blank=True, help_text=_("Two or three sentences.")
    )
    city = models.CharField(_("city"), max_length=80, blank=True)
    region = models.CharField(_("region"), max_length=40, choices=REGIONS, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public contact e-mail"), blank=True)
    contact_phone = models.CharField(_("public contact phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("region")]),
        FieldPanel("website"),
        FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
        InlinePanel("topic_links", label=_("Sectors and topics")),
        MultiFieldPanel(
            [InlinePanel("memberships", label=_("Membership"))],
            heading=_("Memberships"),
            help_text=_(
                "Each association adds and removes only its own membership. Set on the German "
                "record; it applies to all translations."
            ),
        ),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        SynchronizedField("logo"),
        TranslatableField("description"),
        SynchronizedField("city"),
        SynchronizedField("region"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("topic_links"),
        SynchronizedField("memberships"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["name"]
        permissions = [
            ("translate_memberorganisation", _("Can translate members of the association")),
        ]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_member_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def original(self):
        """The German record (this one, or the one with the same translation key)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return (
            MemberOrganisation.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            ).first()
            or self
        )

    def membership_site_ids(self):
        """The sites of the associations it belongs to (the German original's rows)."""
        return set(
            Membership.objects.filter(
                member__translation_key=self.translation_key,
                member__locale__language_code=settings.LANGUAGE_CODE,
            ).values_list("site_id", flat=True)
        )

    def save(self, *args, **kwargs):
        # The child rows (memberships) are saved inside save(): the sites the member showed on
        # before and after are known only around it (sites/members/signals.py renews them).
        from .signals import member_saved, slugs_of

        before = self.membership_site_ids() if self.pk else set()
        slugs_before = slugs_of(self) if self.pk else set()
        original = self.original() if self.locale_id else self
        if original is not self and original.pk:
            # one company, one set of facts: a translation takes them from the German record
            for field in SHARED_FIELDS:
                setattr(self, field, getattr(original, field))
        super().save(*args, **kwargs)
        if original is self:
            MemberOrganisation.objects.filter(translation_key=self.translation_key).exclude(
                pk=self.pk
            ).update(**{field: getattr(self, field) for field in SHARED_FIELDS})
        member_saved(self, before, slugs_before)

    @classmethod
    def of_site(cls, site, locale):
        """The members of an association in a language (records that exist in it)."""
        return cls.objects.filter(
            locale=locale, translation_key__in=originals_of(Membership, site=site)
        )

    @classmethod
    def with_topic(cls, queryset, topic):
        return queryset.filter(
            translation_key__in=originals_of(
                MemberTopic, topic__translation_key=topic.translation_key
            )
        )


class Membership(Orderable):
    """An association a member belongs to: its site, and since when."""

    member = ParentalKey(MemberOrganisation, on_delete=models.CASCADE, related_name="memberships")
    site = models.ForeignKey(
        Site, verbose_name=_("association"), on_delete=models.CASCADE, related_name="+"
    )
    member_since = models.DateField(_("member since"), null=True, blank=True)

    panels = [FieldPanel("site"), FieldPanel("member_since")]

    class Meta(Orderable.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["member", "site"], name="unique_membership_per_site")
        ]

    def __str__(self):
        return f"{self.member} – {self.site}"


class MemberTopic(TopicRelation):
    member = ParentalKey(MemberOrganisation, on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicRelation.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class NamesMemberMixin(models.Model):
    """A news item or event that names a member company ("with member"): the member's profiles
    list it (sites/members/profile.py, signals.py)."""

    member = models.ForeignKey(
        "members.MemberOrganisation",
        verbose_name=_("with member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A member company the item is about; its profile links here."),
    )

    class Meta:
        abstract = True


class MemberDirectoryPage(RoutablePageMixin, BasePage):
    """One association's member directory in one language, with a profile page per member."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_size = 20

    class Meta:
        verbose_name = _("member directory")
        verbose_name_plural = _("member directories")

    def site_for(self, request):
        return Site.find_for_request(request)

    @path("", name="listing")
    def listing(self, request):
        from .forms import MemberFilterForm

        site = self.site_for(request)
        filter_form = MemberFilterForm(request.GET or None, locale=self.locale)
        members = MemberOrganisation.of_site(site, self.locale)
        if topic := filter_form.selected_sector:
            members = MemberOrganisation.with_topic(members, topic)
        if region := filter_form.selected_region:
            members = members.filter(region=region)
        if query := filter_form.search_query:
            for word in query.split():
                members = members.filter(name__icontains=word)
        members = (
            members.select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by(Lower("name"), "pk")
        )
        page_obj = paginate(request, members, self.page_size)
        return self.render(
            request,
            context_overrides={
                "filter_form": filter_form,
                "page_obj": page_obj,
                "entries": [self.entry(member, request) for member in page_obj.object_list],
                "is_filtered": filter_form.is_filtered,
            },
        )

    def entry(self, member, request):
        return {
            "member": member,
            "url": self.profile_url(member, request=request),
            "logo": rendition_or_none(member.logo, LOGO_FILTER),
        }

    def profile_url(self, member, full=False, request=None):
        base = self.get_full_url(request) if full else self.get_url(request)
        if base is None:
            return None
        return base + self.reverse_subpage("profile", kwargs={"slug": member.slug})

    @re_path(r"^(?P<slug>[-\w]+)/$", name="profile")
    def profile(self, request, slug):
        from .profile import MemberProfile

        site = self.site_for(request)
        member = (
            MemberOrganisation.of_site(site, self.locale)
            .filter(slug=slug)
            .select_related("logo", "locale")
            .first()
        )
        if member is None:
            raise Http404
        profile = MemberProfile(member=member, directory=self, site=site, request=request)
        return self.render(
            request,
            context_overrides={
                "member": member,
                "profile": profile,
                "translation_urls": profile.translation_urls(),
            },
            template="members/member_profile_page.html",
        )

    def get_sitemap_urls(self, request=None):
        """The directory, and the profile of each member of the site in this language, with
        its hreflang alternates."""
        urls = super().get_sitemap_urls(request)
        site = self.get_site()
        if site is None or not self.live:
            return urls
        directories = {
            page.locale.language_code: page
            for page in self.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        }
        records = MemberOrganisation.objects.filter(
            translation_key__in=originals_of(Membership, site=site),
            locale__language_code__in=list(directories),
        ).select_related("locale")
        by_key = {}
        for record in records:
            by_key.setdefault(record.translation_key, {})[record.locale.language_code] = record
        base_urls = {code: page.get_full_url(request) for code, page in directories.items()}
        own = self.locale.language_code
        for versions in by_key.values():
            if own not in versions:
                continue
            locations = {
                code: base_urls[code]
                + directories[code].reverse_subpage("profile", kwargs={"slug": record.slug})
                for code, record in versions.items()
            }
            alternates = sitemap_alternates(locations) if len(locations) > 1 else []
            urls.append({"location": locations[own], "alternates": alternates})
        return urls


def directory_of(site, locale):
    """The live member directory of a site in a language, or None (no query: the pages right
    below the home page are read once per request)."""
    return section_index("members.MemberDirectoryPage", site, locale)


def topic_labels(member_keys, locale):
    """{member translation key: [topic name, …]} in `locale`, one query for all members."""
    if not member_keys:
        return {}

    def compute():
        names = {topic.translation_key: topic.name for topic in Topic.vocabulary(locale)}
        rows = (
            MemberTopic.objects.filter(
                member__translation_key__in=member_keys,
                member__locale__language_code=settings.LANGUAGE_CODE,
            )
            .values_list("member__translation_key", "topic__translation_key")
            .order_by("member_id", "sort_order")
        )
        labels = {}
        for member_key, topic_key in rows:
            if topic_key in names:
                labels.setdefault(member_key, []).append(names[topic_key])
        return labels

    return memoised(("member_topics", locale.pk, tuple(sorted(map(str, member_keys)))), compute)


def association_badges(member):
    """(Association, member since) of each association the member belongs to, by name."""
    associations = associations_by_site()
    rows = Membership.objects.filter(
        member__translation_key=member.translation_key,
        member__locale__language_code=settings.LANGUAGE_CODE,
    ).values_list("site_id", "member_since")
    badges = [(associations[site_id], since) for site_id, since in rows if site_id in associations]
    return sorted(badges, key=lambda badge: badge[0].short_name.lower())
