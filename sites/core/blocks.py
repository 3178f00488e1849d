"""StreamField blocks shared by the content pages of all three sites."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 2 for sections and level 3 for sub-sections."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with required alt text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role or organisation"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link_page = blocks.PageChooserBlock(label=_("Link to page"), required=False)
    link_url = blocks.URLBlock(label=_("or link to address"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("link_page")) == bool(value.get("link_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "link_url": ValidationError(
                        _("Choose either a page or an address for the button.")
                    )
                }
            )
        return value


class ContactDetailsBlock(blocks.StaticBlock):
    class Meta:
        icon = "mail"
        label = _("Contact details of the association")
        admin_text = _("Shows address, e-mail and phone from the site's branding settings.")
        template = "blocks/contact_details_block.html"


class LegalDetailsBlock(blocks.StaticBlock):
    class Meta:
        icon = "doc-full"
        label = _("Legal details of the association")
        admin_text = _(
            "Shows register, board, VAT ID and responsible person from the branding settings."
        )
        template = "blocks/legal_details_block.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Paragraph"), template="blocks/paragraph_block.html"
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    table = TableBlock(
        label=_("Table"),
        template="blocks/table_block.html",
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        },
    )
    contact_details = ContactDetailsBlock()
    legal_details = LegalDetailsBlock()
