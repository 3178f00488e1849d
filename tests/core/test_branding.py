"""Brand colours are validated: text on them must reach WCAG AA contrast."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from sites.core.colors import contrast_ratio
from sites.core.models import BrandingSettings

pytestmark = pytest.mark.django_db


def branding(**colours):
    settings = BrandingSettings.objects.first()
    for name, value in colours.items():
        setattr(settings, name, value)
    return settings


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_every_demo_palette_passes_validation():
    for settings in BrandingSettings.objects.all():
        settings.full_clean()


def test_low_contrast_text_on_brand_colour_is_refused_with_a_clear_message():
    settings = branding(brand_color="#ffcc00", brand_text_color="#ffffff")

    with translation.override("en"), pytest.raises(ValidationError) as error:
        settings.full_clean()
    with translation.override("de"), pytest.raises(ValidationError) as german_error:
        settings.full_clean()

    message = error.value.message_dict["brand_text_color"][0]
    assert message.startswith("Text on the brand colour has a contrast ratio of 1.51:1")
    assert "at least 4.5:1" in message
    assert "Kontrastverhältnis von 1,51:1" in german_error.value.message_dict["brand_text_color"][0]


def test_light_accent_colour_on_white_page_is_refused():
    with pytest.raises(ValidationError) as error:
        branding(accent_color="#7fbfff").full_clean()

    assert "accent_color" in error.value.message_dict


@pytest.mark.parametrize("value", ["red", "#fff", "#12345g", "0b3d91", "#0b3d91; }"])
def test_malformed_colours_are_refused(value):
    with pytest.raises(ValidationError) as error:
        branding(brand_color=value).full_clean()

    assert "brand_color" in error.value.message_dict
