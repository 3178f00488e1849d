"""Every change a reader can see renews what it touches (purge.py): the page cache and a CDN.

Page changes come from Wagtail's signals (publish, unpublish, move, delete), each sent after the
change is complete (child rows such as the partner sites included), plus a safety net: any save
of a live page that touches more than draft bookkeeping (copies, aliases, code that saves live
pages directly). The partner sites a shared item showed on before a publication are read just
before Wagtail saves it, so un-sharing renews the former partner too.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
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
from sites.core.sharing import SharedItemMixin

from . import tokens
from .purge import listing_rows, partner_site_ids, purge

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

#: page id -> a shared item's listing rows (partner sites, topics) before the save
_rows_before = {}
#: site id -> its hostname before the save being made, when the save changes it
_old_hostnames = {}
#: page id -> its last_published_at in the database before the save being made
_published_at_before = {}


def connect():
    page_published.connect(page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache_unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="pagecache_pre_move")
    post_page_move.connect(page_moved, dispatch_uid="pagecache_post_move")
    page_slug_changed.connect(slug_changed, dispatch_uid="pagecache_slug_changed")
    pre_save.connect(saving, dispatch_uid="pagecache_saving")
    post_save.connect(saved, dispatch_uid="pagecache_saved")
    pre_delete.connect(deleting, dispatch_uid="pagecache_deleting")
    post_delete.connect(deleted, dispatch_uid="pagecache_deleted")


def is_draft_bookkeeping(update_fields):
    fields = set(update_fields or ())
    return bool(fields) and fields <= DRAFT_FIELDS


def page_changed(sender, instance, **kwargs):
    """Unpublished: every language (listings read the original's rows). Published: the page's
    own language, and the others only when it is the original and what listings read of it in
    every language (partner sites, topics) changed."""
    rows_before = _rows_before.pop(instance.pk, None)
    partners_before = partner_site_ids(instance, rows_before) if rows_before else ()
    all_languages = True
    if kwargs.get("signal") is page_published:
        is_original = instance.locale.language_code == settings.LANGUAGE_CODE
        all_languages = is_original and listing_rows(instance) != rows_before
    purge(
        lambda touched: touched.add_page(
            instance, partners_before=partners_before, all_languages=all_languages
        )
    )


def page_moving(sender, instance, **kwargs):
    purge(lambda touched: touched.add_subtree(instance))  # the old URLs, collected before the move


def page_moved(sender, instance, **kwargs):
    purge(lambda touched: touched.add_subtree(instance))


def slug_changed(sender, instance, instance_before, **kwargs):
    """The new URLs went with page_published; the old ones may still be cached."""

    def collect(touched):
        touched.add_page(instance_before)
        touched.add_descendants(instance, old_url_path=instance_before.url_path)

    purge(collect)


def is_one_row(instance):
    """A page deletion signals once per table (Page and its type); handle it once."""
    return type(instance) is (instance.specific_class or Page)


def saving(sender, instance, update_fields=None, raw=False, **kwargs):
    """Before a live page is saved, note when it was last published (a publication changes it);
    before a shared item is saved, the partners it shows on now."""
    if isinstance(instance, Page) and instance.pk and not raw and not update_fields:
        _published_at_before[instance.pk] = (
            Page.objects.filter(pk=instance.pk).values_list("last_published_at", flat=True).first()
        )
    if isinstance(instance, Site) and instance.pk and not raw:
        # pages are cached by hostname: a renamed site's pages under the old one must go too
        old = Site.objects.filter(pk=instance.pk).values_list("hostname", flat=True).first()
        if old and old != instance.hostname:
            _old_hostnames[instance.pk] = old
    if (
        isinstance(instance, SharedItemMixin)
        and instance.pk
        and not raw
        and not is_draft_bookkeeping(update_fields)
    ):
        _rows_before[instance.pk] = listing_rows(instance)


def saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw:  # fixtures and restores load rows as they are; restore_site renews every site
        return
    if isinstance(instance, Page):
        published_at_before = _published_at_before.pop(instance.pk, None)
        if instance.alias_of_id and instance.live:
            # Wagtail saves an alias with its source's new content: it shows only that
            purge(lambda touched: touched.add_page(instance, all_languages=False))
        elif (
            instance.live
            and not is_draft_bookkeeping(update_fields)
            and not is_being_published(instance, published_at_before)
        ):
            # the safety net: a live page that changed without page_published (copies, code
            # that saves live pages directly)
            rows_before = _rows_before.get(instance.pk)
            partners_before = partner_site_ids(instance, rows_before) if rows_before else ()
            purge(lambda touched: touched.add_page(instance, partners_before=partners_before))
    elif isinstance(instance, PageViewRestriction):
        purge(lambda touched: touched.add_subtree(instance.page))
    elif isinstance(instance, HiddenSharedItem):
        purge(lambda touched: touched.add_hidden_item(instance.site, instance.translation_key))
    elif isinstance(instance, SiteTexts):
        purge(lambda touched: touched.add_site(instance.site))
    elif isinstance(instance, SITE_WIDE_MODELS):
        if isinstance(instance, Site) and instance.pk in _old_hostnames:
            tokens.renew([tokens.site_key(_old_hostnames.pop(instance.pk))])
        purge(lambda touched: touched.add_all_sites())
    elif isinstance(instance, AbstractImage | AbstractDocument):
        if created or is_file_bookkeeping(update_fields):
            return  # a new upload shows nowhere yet
        purge(lambda touched: touched.add_media(instance))


def is_being_published(page, published_at_before):
    """Wagtail's publication saves the page with a new `last_published_at`, then sends
    page_published once the child rows (partner sites, topics) are saved: that one renews."""
    return page.last_published_at is not None and page.last_published_at != published_at_before


def is_file_bookkeeping(update_fields):
    fields = set(update_fields or ())
    return bool(fields) and fields <= FILE_FIELDS


def deleting(sender, instance, **kwargs):
    """What a deletion touches is collected while the object still exists, and sent at once and
    after the commit; the site tokens of a deleted site or setting go after the deletion."""
    if isinstance(instance, Page) and is_one_row(instance):
        purge(lambda touched: touched.add_page(instance))
    elif isinstance(instance, AbstractImage | AbstractDocument):
        purge(lambda touched: touched.add_media(instance))
    elif isinstance(instance, PageViewRestriction):
        purge(lambda touched: touched.add_subtree(instance.page))
    elif isinstance(instance, HiddenSharedItem):
        purge(lambda touched: touched.add_hidden_item(instance.site, instance.translation_key))
    elif isinstance(instance, SiteTexts):
        purge(lambda touched: touched.add_site(instance.site))
    elif isinstance(instance, SITE_WIDE_MODELS) and not isinstance(instance, Site):
        purge(lambda touched: touched.add_all_sites())


def deleted(sender, instance, **kwargs):
    if isinstance(instance, Site):
        tokens.renew([tokens.site_key(instance.hostname)])
        purge(lambda touched: touched.add_all_sites())
