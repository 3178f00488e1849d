"""Renditions for code outside templates (JSON-LD, social cards, logos in listings).

Wagtail's {% image %} tag copes with a missing original file; Image.get_rendition() raises.
A page must not fail with a 500 because one picture's original is missing or unreadable (media not
restored yet, a storage hiccup): it is rendered without that picture, and the problem is logged.
"""

import logging

logger = logging.getLogger(__name__)


def rendition_or_none(image, spec):
    """image.get_rendition(spec), or None when the image is None or its original can't be read."""
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except OSError as exc:  # Wagtail's SourceImageIOError (any storage error), unreadable files
        logger.warning("Image %s (%s): no %s rendition: %s", image.pk, image.file.name, spec, exc)
        return None
