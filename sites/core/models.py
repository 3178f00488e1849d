"""What all three association sites share: branding, per-language site texts, the base page."""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .colors import PAGE_BACKGROUND, contrast_error, validate_hex_color
from .navigation import top_level_pages
from .request_memo import active_locale, current_request, default_locale, memoised
from .restrictions import view_restrictions


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=40, label=_("Network"), help_text=_("e.g. LinkedIn"))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Social link")


@register_setting(icon="palette")
class BrandingSettings(BaseSiteSetting):
    """An association's identity. Language-neutral; texts readers see per language live in SiteTexts."""

    full_name = models.CharField(_("full name"), max_length=120)
    short_name = models.CharField(_("short name"), max_length=40)
    slug = models.SlugField(
        _("identifier"),
        max_length=40,
        blank=True,
        help_text=_(
            "Short name in addresses, e.g. 'acod': partner sites show shared items under "
            "/news/acod/…, and listings filter by it."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    brand_color = models.CharField(
        _("brand colour"),
        max_length=7,
        default="#1f3a5f",
        validators=[validate_hex_color],
        help_text=_("Background of header, footer and buttons."),
    )
    brand_text_color = models.CharField(
        _("text colour on brand colour"),
        max_length=7,
        default="#ffffff",
        validators=[validate_hex_color],
    )
    accent_color = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#a4123f",
        validators=[validate_hex_color],
        help_text=_("Links, highlights and focus outlines on the white page."),
    )

    street = models.CharField(_("street and number"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )

    register_court = models.CharField(_("register court"), max_length=120, blank=True)
    register_number = models.CharField(_("register number"), max_length=60, blank=True)
    board = models.TextField(
        _("board / authorised representatives"),
        blank=True,
        help_text=_("Who represents the association (legal notice)."),
    )
    vat_id = models.CharField(_("VAT identification number"), max_length=40, blank=True)
    responsible_person = models.CharField(
        _("responsible for content"),
        max_length=160,
        blank=True,
        help_text=_("Person responsible for editorial content (§ 18 para. 2 MStV)."),
    )

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer, in the reader's language."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer, in the reader's language."),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("full_name"),
                    FieldPanel("short_name"),
                    FieldPanel("slug"),
                    FieldPanel("logo"),
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [FieldPanel("brand_color"), FieldPanel("brand_text_color")]
                            ),
                            FieldPanel("accent_color"),
                        ],
                        heading=_("Colours"),
                    ),
                ],
                heading=_("Brand"),
            ),
            ObjectList(
                [
                    FieldPanel("street"),
                    FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                    FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                    FieldPanel("social_links"),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    FieldPanel("register_court"),
                    FieldPanel("register_number"),
                    FieldPanel("board"),
                    FieldPanel("vat_id"),
                    FieldPanel("responsible_person"),
                    FieldPanel("imprint_page"),
                    FieldPanel("privacy_page"),
                ],
                heading=_("Legal notice"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("branding")

    def __str__(self):
        return self.short_name or self.full_name

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.slug
            and BrandingSettings.objects.filter(slug=self.slug).exclude(pk=self.pk).exists()
        ):
            errors["slug"] = _("Another association already uses this identifier.")
        brand_error = contrast_error(
            self.brand_text_color, self.brand_color, _("Text on the brand colour")
        )
        if brand_error:
            errors["brand_text_color"] = brand_error
        accent_error = contrast_error(
            self.accent_color, PAGE_BACKGROUND, _("The accent colour on the white page")
        )
        if accent_error:
            errors["accent_color"] = accent_error
        if errors:
            raise ValidationError(errors)

    @property
    def theme_version(self):
        """Changes whenever the colours change, so brand.css can be cached for long."""
        palette = f"{self.brand_color}{self.brand_text_color}{self.accent_color}"
        return hashlib.sha256(palette.encode()).hexdigest()[:12]

    @property
    def postal_address_lines(self):
        locality = " ".join(part for part in (self.postal_code, self.city) if part)
        return [line for line in (self.full_name, self.street, locality) if line]

    @classmethod
    def base_queryset(cls):
        return super().base_queryset().select_related("logo")

    @classmethod
    def of_every_site(cls):
        """{site id: branding} of every association with its logo and the logo's renditions, once
        per request: the header reads its own site's, listings their partners' names and logos."""

        def compute():
            rows = cls.objects.select_related("logo", "site__root_page").prefetch_related(
                "logo__renditions"
            )
            return {branding.site_id: branding for branding in rows}

        return memoised(("branding_of_every_site",), compute)

    @classmethod
    def for_site(cls, site):
        """Wagtail's get-or-create, from the rows of every site read once per request."""
        if site is None:
            return super().for_site(site)
        return cls.of_every_site().get(site.pk) or super().for_site(site)

    def legal_pages(self):
        """Legal notice and privacy policy in the reader's language, the original where there is no
        live translation yet (what `Page.localized` gives), in one query for both."""
        chosen = {"imprint": self.imprint_page_id, "privacy": self.privacy_page_id}
        ids = [pk for pk in chosen.values() if pk]
        if not ids:
            return {}

        def compute():
            locale = active_locale()
            rows = top_level_pages(self.site)
            if not set(ids) <= {page.pk for page in rows}:  # chosen from deeper in the tree
                originals = Page.objects.filter(pk__in=ids).values("translation_key")
                rows = Page.objects.filter(
                    Q(pk__in=ids) | Q(translation_key__in=originals, locale=locale, live=True)
                )
            by_id = {page.pk: page for page in rows}
            translated = {
                page.translation_key: page
                for page in rows
                if page.locale_id == locale.pk and page.live
            }
            return {
                name: translated.get(by_id[pk].translation_key, by_id[pk])
                for name, pk in chosen.items()
                if pk in by_id
            }

        return memoised(("legal_pages", self.pk, translation.get_language()), compute)


@register_snippet
class SiteTexts(TranslatableMixin, models.Model):
    """Texts of a site that readers see on every page; translatable, unlike site settings."""

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    tagline = models.CharField(_("tagline"), max_length=120)
    footer_text = models.TextField(_("footer text"), blank=True)

    panels = [FieldPanel("site"), FieldPanel("tagline"), FieldPanel("footer_text")]
    translatable_fields = [
        SynchronizedField("site"),
        TranslatableField("tagline"),
        TranslatableField("footer_text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site texts")
        verbose_name_plural = _("site texts")
        constraints = [
            models.UniqueConstraint(fields=["site", "locale"], name="unique_site_texts_per_locale")
        ]

    def __str__(self):
        return f"{self.site.site_name} ({self.locale.language_code})"

    @classmethod
    def for_site(cls, site, locale=None):
        """The texts in the active language, falling back to the default language."""
        locale = locale or active_locale()
        texts = memoised(
            ("site_texts", site.pk), lambda: {t.locale_id: t for t in cls.objects.filter(site=site)}
        )
        return texts.get(locale.pk) or texts.get(default_locale().pk)


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A subject shared by all associations' news and events (e.g. Mobility)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    @classmethod
    def vocabulary(cls, locale):
        """Every topic in `locale`, by name: listings, filters and teasers share one query."""
        return memoised(("topics", locale.pk), lambda: list(cls.objects.filter(locale=locale)))


class HiddenSharedItem(models.Model):
    """A partner's shared item that one site chose not to show; the owner's page stays untouched."""

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    translation_key = models.UUIDField(_("item"))
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_at = models.DateTimeField(_("hidden at"), auto_now_add=True)

    class Meta:
        verbose_name = _("hidden shared item")
        verbose_name_plural = _("hidden shared items")
        default_permissions = ()
        permissions = [
            ("hide_shared_items", _("Can hide partners' shared items from the association's site"))
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "translation_key"], name="unique_hidden_item_per_site"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} hidden on {self.site}"


class BasePage(Page):
    """Abstract base of every Verbund page: the fields wagtail-localize translates or syncs."""

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's router asks on every view: answered from the request's one read of all
        restrictions (sites/core/restrictions.py); outside a reader's request, Wagtail's way."""
        if current_request() is None:
            return super().get_view_restrictions()
        return view_restrictions(self)
