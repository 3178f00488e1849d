from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sites.core.blocks import RICH_TEXT_FEATURES
from sites.core.images import rendition_or_none
from sites.core.models import BasePage, BrandingSettings
from sites.core.navigation import section_index, site_homes, top_level_pages
from sites.core.sharing import teasers
from sites.events.models import EventPage
from sites.news.models import NewsPage


class HomePage(BasePage):
    """The start page of one association site in one language; the Site's root page."""

    hero_heading = models.CharField(_("hero heading"), max_length=160)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Decorative wide picture above the heading (shown without alt text)."),
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_image")], heading=_("Hero")),
        FieldPanel("intro"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("intro"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("hero_heading"),
        SynchronizedField("hero_image"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "standard.StandardPage",
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "contact.ContactPage",
    ]
    home_news_count = 3
    home_events_count = 3

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Wagtail's routing, with the pages right below the home page taken from the request's
        one read of them (sites/core/navigation.py) instead of a query of its own."""
        site = Site.find_for_request(request)
        if (
            not path_components
            or site is None
            or self.pk not in {home.pk for home in site_homes(site).values()}
        ):
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        for child in top_level_pages(site):
            if child.slug == slug and child.path.startswith(self.path):
                child._cached_parent_obj = self
                return child.specific.route(request, remaining)
        raise Http404

    def get_context(self, request, *args, **kwargs):
        """The latest news and the next events, the association's own and its partners' together."""
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request)
        news = NewsPage.listed(site, self.locale)[: self.home_news_count]
        events = EventPage.listed(site, self.locale).filter(end__gte=timezone.now())
        context.update(
            latest_news=teasers(request, site, news),
            next_events=teasers(request, site, events[: self.home_events_count]),
            news_index=section_index("news.NewsIndexPage", site, self.locale),
            event_index=section_index("events.EventIndexPage", site, self.locale),
        )
        return context

    def get_structured_data(self, request):
        """schema.org Organization of the association, for search engines."""
        branding = BrandingSettings.for_request(request)
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": branding.full_name,
            "alternateName": branding.short_name,
            "url": self.get_full_url(request),
        }
        if logo := rendition_or_none(branding.logo, "height-256|format-png"):
            data["logo"] = request.build_absolute_uri(logo.url)
        if branding.email:
            data["email"] = branding.email
        if branding.phone:
            data["telephone"] = branding.phone
        if branding.city:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": branding.street,
                "postalCode": branding.postal_code,
                "addressLocality": branding.city,
                "addressCountry": "DE",
            }
        same_as = [link.value["url"] for link in branding.social_links]
        if same_as:
            data["sameAs"] = same_as
        return data
