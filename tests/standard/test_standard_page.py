import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.images import get_image_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from sites.core.blocks import CallToActionBlock, ContentStreamBlock, FigureBlock
from sites.home.models import HomePage
from sites.standard.models import StandardPage


@pytest.mark.django_db
class StandardPageTests(WagtailPageTestCase):
    def test_content_pages_live_under_home_or_content_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)

    def test_every_demo_content_page_is_renderable_and_editable(self):
        for page in StandardPage.objects.all():
            self.client = Client(HTTP_HOST=page.get_site().hostname)
            self.assertPageIsRenderable(page)
        page = StandardPage.objects.first()
        self.assertPageIsEditable(
            page,
            post_data=nested_form_data(
                {
                    "title": page.title,
                    "slug": page.slug,
                    "intro": "Neuer Vorspann",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Neue Überschrift", "level": "h2"}),
                            ("paragraph", rich_text("<p>Neuer Absatz</p>")),
                        ]
                    ),
                }
            ),
        )


@pytest.mark.django_db
def test_image_without_alt_text_is_refused_unless_marked_decorative():
    image = get_image_model().objects.first()
    block = FigureBlock()

    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": False}})
        )
    block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}}))
    block.clean(
        block.to_python({"image": {"image": image.pk, "alt_text": "Logo", "decorative": False}})
    )


def test_call_to_action_needs_exactly_one_link():
    block = CallToActionBlock()
    value = block.to_python(
        {"title": "Mitglied werden", "button_label": "Kontakt", "link_page": None, "link_url": ""}
    )

    with pytest.raises(ValidationError):
        block.clean(value)


def test_table_cells_are_rendered_escaped():
    block = ContentStreamBlock().child_blocks["table"]
    value = block.to_python(
        {
            "data": [["Name", "Wert"], ['"><script>alert(1)</script>', "2006"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "<b>Fakten</b>",
        }
    )

    html = block.render(value)

    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;Fakten&lt;/b&gt;" in html
    assert '<th scope="col">Name</th>' in html
