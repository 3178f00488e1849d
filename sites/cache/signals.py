"""Every change a reader can see starts a new cache generation and purges the CDN.

Scope of a page change: all sites. A page shows on other sites not only when it is shared (its
partners before and after the change), but also through links in rich text and calls to action,
co-organised events, the owner's name and logo in partners' listings; with three sites, working
out the exact set saves little and risks a stale page, so every page change starts a new
generation on every site. Changes that only ever show on one site (site texts, an item hidden on
one site) start a new generation on that site only.

Page changes come from Wagtail's signals (publish, unpublish, move, delete), each sent after the
change is complete (child rows such as the partner sites included), plus a safety net: any save
of a live page that touches more than draft bookkeeping (copies, aliases, code that saves live
pages directly).
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from sites.core.models import HiddenSharedItem, SiteTexts, Topic

from .models import SiteGeneration, bump
from .purge import purge_later

#: fields Wagtail saves for a draft, a lock or a comment: nothing a reader sees
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
}
#: fields Wagtail fills in on images and documents while serving them
FILE_FIELDS = {"file_size", "file_hash"}
SITE_WIDE_MODELS = (BaseSiteSetting, BaseGenericSetting, Topic, Site, Locale)


def connect():
    page_published.connect(page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache_unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="pagecache_pre_move")
    post_page_move.connect(page_moved, dispatch_uid="pagecache_post_move")
    page_slug_changed.connect(slug_changed, dispatch_uid="pagecache_slug_changed")
    post_save.connect(saved, dispatch_uid="pagecache_saved")
    pre_delete.connect(deleting, dispatch_uid="pagecache_deleting")
    post_delete.connect(deleted, dispatch_uid="pagecache_deleted")


def page_changed(sender, instance, **kwargs):
    bump()
    purge_later(lambda urls: urls.add_page(instance))


def page_moving(sender, instance, **kwargs):
    purge_later(lambda urls: urls.add_subtree(instance))  # the old URLs, collected before the move


def page_moved(sender, instance, **kwargs):
    bump()
    purge_later(lambda urls: urls.add_subtree(instance))


def slug_changed(sender, instance, instance_before, **kwargs):
    """The new URLs went with page_published; the CDN may still hold the old ones."""

    def collect(urls):
        urls.add_page(instance_before)
        urls.add_descendants(instance, old_url_path=instance_before.url_path)

    purge_later(collect)


def is_one_row(instance):
    """A page deletion signals once per table (Page and its type); handle it once."""
    return type(instance) is (instance.specific_class or Page)


def saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    fields = set(update_fields or ())
    if isinstance(instance, Page):
        if not instance.live or (fields and fields <= DRAFT_FIELDS):
            return
        bump()
        if created and not raw:  # a live page that appeared without being published: alias, copy
            purge_later(lambda urls: urls.add_page(instance))
    elif isinstance(instance, PageViewRestriction):
        bump()
        purge_later(lambda urls: urls.add_subtree(instance.page))
    elif isinstance(instance, HiddenSharedItem):
        bump([instance.site_id])
        purge_later(lambda urls: urls.add_hidden_item(instance.site, instance.translation_key))
    elif isinstance(instance, SiteTexts):
        bump([instance.site_id])
        purge_later(lambda urls: urls.add_site(instance.site))
    elif isinstance(instance, SITE_WIDE_MODELS):
        bump()
        purge_later(lambda urls: urls.add_all_sites())
    elif isinstance(instance, AbstractImage | AbstractDocument):
        if created or (fields and fields <= FILE_FIELDS):
            return  # a new upload shows nowhere yet
        bump()
        purge_later(lambda urls: urls.add_media(instance))


def deleting(sender, instance, **kwargs):
    """Collect the CDN URLs while the object still exists; the cache generation changes after."""
    if isinstance(instance, Page) and is_one_row(instance):
        purge_later(lambda urls: urls.add_page(instance))
    elif isinstance(instance, AbstractImage | AbstractDocument):
        purge_later(lambda urls: urls.add_media(instance))
    elif isinstance(instance, PageViewRestriction):
        purge_later(lambda urls: urls.add_subtree(instance.page))
    elif isinstance(instance, SiteTexts):
        purge_later(lambda urls: urls.add_site(instance.site))
    elif isinstance(instance, HiddenSharedItem):
        purge_later(lambda urls: urls.add_hidden_item(instance.site, instance.translation_key))
    elif isinstance(instance, SITE_WIDE_MODELS):
        purge_later(lambda urls: urls.add_all_sites())


def deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if is_one_row(instance):
            bump()
    elif isinstance(instance, HiddenSharedItem | SiteTexts):
        bump([instance.site_id])
    elif isinstance(instance, Site):
        SiteGeneration.objects.filter(site_id=instance.pk).delete()
        bump()
    elif isinstance(
        instance, (*SITE_WIDE_MODELS, PageViewRestriction, AbstractImage, AbstractDocument)
    ):
        bump()
