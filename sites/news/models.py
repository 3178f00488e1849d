from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sites.core.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from sites.core.forms import ListingFilterForm, SharedItemPageForm
from sites.core.images import rendition_or_none
from sites.core.models import BasePage
from sites.core.sharing import (
    SectionIndexMixin,
    SharedItemMixin,
    SiteRelation,
    TopicRelation,
    teasers,
)
from sites.members.models import NamesMemberMixin

from .feeds import NewsFeed


class NewsIndexPage(SectionIndexMixin, BasePage):
    """The news section of one site: its own news and what partners share with it."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    item_model_label = "news.NewsPage"

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    @path("", name="listing")
    def listing(self, request):
        site = Site.find_for_request(request)
        filter_form = ListingFilterForm(request.GET or None, locale=self.locale)
        page_obj = self.paginate(request, self.listed(site, filter_form))
        return self.render(
            request,
            context_overrides={
                "filter_form": filter_form,
                "page_obj": page_obj,
                "teasers": teasers(request, site, page_obj.object_list),
            },
        )

    @path("rss/", name="feed")
    def feed(self, request):
        site = Site.find_for_request(request)
        items = NewsPage.listed(site, self.locale)
        return NewsFeed(index=self, site=site, items=items)(request)


class NewsPage(SharedItemMixin, NamesMemberMixin, BasePage):
    """A news item. It lives in its owner's tree and can be published on partner sites too."""

    date = models.DateField(_("date"), default=timezone.localdate)
    teaser = models.TextField(
        _("teaser"), max_length=300, help_text=_("One or two sentences for listings and feeds.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in listings and on top of the article; its description is the alt text."
        ),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("member"),
        InlinePanel("topic_links", label=_("Topics")),
        MultiFieldPanel(
            [InlinePanel("shared_with", label=_("Also publish on the site of"))],
            heading=_("Sharing with partner associations"),
            help_text=_(
                "Partners show the item on their own site; only your association can edit it. "
                "Set on the German original; it applies to all translations."
            ),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("teaser"),
        TranslatableField("body"),
        SynchronizedField("date"),
        SynchronizedField("image"),
        SynchronizedField("member"),
        SynchronizedField("topic_links"),
        SynchronizedField("shared_with"),
    ]
    base_form_class = SharedItemPageForm

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    index_model = "news.NewsIndexPage"
    teaser_template = "components/news_teaser.html"
    listing_order = ("-date", "-first_published_at", "-pk")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        # Listings read the newest items along this index (sites/core/sharing.py, Listing).
        indexes = [models.Index(fields=["date"])]

    def get_structured_data(self, request):
        owner = self.listing_entry(request).owner
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.teaser,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if owner:
            data["publisher"] = {"@type": "Organization", "name": owner.name}
            data["author"] = {"@type": "Organization", "name": owner.name}
        if rendition := rendition_or_none(self.image, "fill-1200x675"):
            data["image"] = request.build_absolute_uri(rendition.url)
        return data


class NewsPageShare(SiteRelation):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="shared_with")

    class Meta(SiteRelation.Meta):
        verbose_name = _("partner site")
        verbose_name_plural = _("partner sites")


class NewsPageTopic(TopicRelation):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicRelation.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
