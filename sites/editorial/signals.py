"""Keep German text from going live under /en/ when an alias page becomes a translation.

wagtail-localize's tree sync creates English *alias* pages that show the German original. When a
translation is started (or an editor converts the alias), the alias turns into a regular page that
stays live with the German text until someone translates and publishes it. We take it offline at that
moment instead: the English URL answers 404 until a person publishes the translation.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page, PageLogEntry


@receiver(post_save, sender=PageLogEntry)
def unpublish_converted_language_alias(sender, instance, created, **kwargs):
    if not created or instance.action != "wagtail.convert_alias":
        return
    page_id, user = instance.page_id, instance.user

    def unpublish():
        page = Page.objects.filter(pk=page_id, live=True).first()
        # Only aliases of another language (same translation key elsewhere): an alias in the same
        # language keeps its own key and legitimately stays live when converted.
        if page is not None and page.get_translations().exists():
            # The system does this on the user's behalf, whether or not they may unpublish.
            UnpublishPageAction(page.specific, user=user).execute(skip_permission_checks=True)

    transaction.on_commit(unpublish)
