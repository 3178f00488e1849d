"""WCAG 2.1 contrast arithmetic for the brand palettes."""

import re

from django.core.validators import RegexValidator
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

HEX_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
WCAG_AA_NORMAL_TEXT = 4.5
PAGE_BACKGROUND = "#ffffff"

validate_hex_color = RegexValidator(
    HEX_COLOR_RE, _("Enter a colour as # followed by six hexadecimal digits, e.g. #0b3d91.")
)


def _channel(value):
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_color):
    if not HEX_COLOR_RE.match(hex_color or ""):
        raise ValueError(f"not a #rrggbb colour: {hex_color!r}")
    red, green, blue = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def contrast_error(foreground, background, description):
    """Return a message when the pair misses WCAG AA for normal text, else None."""
    if not (HEX_COLOR_RE.match(foreground or "") and HEX_COLOR_RE.match(background or "")):
        return None
    ratio = contrast_ratio(foreground, background)
    if ratio >= WCAG_AA_NORMAL_TEXT:
        return None
    return _(
        "%(description)s has a contrast ratio of %(ratio)s:1; WCAG AA needs at least %(minimum)s:1. "
        "Choose a darker or lighter colour."
    ) % {
        "description": description,
        "ratio": number_format(ratio, 2),
        "minimum": number_format(WCAG_AA_NORMAL_TEXT, 1),
    }
