from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from sites.core.blocks import ContentStreamBlock
from sites.core.models import BasePage


class StandardPage(BasePage):
    """A content page: about us, cooperation, contact, legal notice, privacy policy."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A one- or two-sentence lead.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "standard.StandardPage"]
    subpage_types = ["standard.StandardPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
