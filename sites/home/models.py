from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sites.core.blocks import RICH_TEXT_FEATURES
from sites.core.models import BasePage


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
    subpage_types = ["standard.StandardPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
