"""A member change renews what shows it (sites/cache/purge.py): on every site it belongs to, and
on a site it was just removed from, the directory in every language, the member's profile there
(old and new address), the sitemap and the pages that name the member (news, events).
Sites it never showed on keep every cached page."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.signals import page_published, page_unpublished

from sites.cache.purge import SITEMAP, purge


def connect():
    from .models import MemberOrganisation, Membership, MemberTopic

    pre_delete.connect(member_deleting, sender=MemberOrganisation, dispatch_uid="members_deleting")
    for model in (Membership, MemberTopic):
        post_save.connect(row_changed, sender=model, dispatch_uid=f"members_row_saved_{model}")
        post_delete.connect(row_changed, sender=model, dispatch_uid=f"members_row_deleted_{model}")
    from sites.events.models import EventPage
    from sites.news.models import NewsPage

    for model in (NewsPage, EventPage):
        uid = model._meta.label_lower
        pre_save.connect(item_saving, sender=model, dispatch_uid=f"members_item_saving_{uid}")
        page_published.connect(item_changed, sender=model, dispatch_uid=f"members_pub_{uid}")
        page_unpublished.connect(item_changed, sender=model, dispatch_uid=f"members_unpub_{uid}")
        pre_delete.connect(item_changed, sender=model, dispatch_uid=f"members_item_del_{uid}")


#: page id -> the member a news item or event named before the save being made
_item_member_before = {}


def slugs_of(member):
    from .models import MemberOrganisation

    return set(
        MemberOrganisation.objects.filter(translation_key=member.translation_key).values_list(
            "slug", flat=True
        )
    ) | {member.slug}


def add_member(touched, member, site_ids, slugs):
    """The directories (every language) of `site_ids` with the member's profile under each of
    `slugs`, their sitemaps, and the pages that link to the member."""
    from sites.core.navigation import section_index

    for site_id in site_ids:
        site = touched.site(site_id)
        if site is None:
            continue
        touched.urls.add(site.root_url + SITEMAP)
        for locale in touched.locales():
            directory = section_index("members.MemberDirectoryPage", site, locale)
            if directory is None:
                continue
            base = directory.get_full_url()
            touched.urls.add(base)
            for slug in slugs:
                touched.urls.add(base + directory.reverse_subpage("profile", kwargs={"slug": slug}))
    touched.add_linking_pages(member)


def member_saved(member, sites_before, slugs_before):
    """After a member and its rows are saved (MemberOrganisation.save): the sites and profile
    addresses before and after."""
    purge(
        lambda touched: add_member(
            touched,
            member,
            sites_before | member.membership_site_ids(),
            slugs_before | slugs_of(member),
        )
    )


def member_deleting(sender, instance, **kwargs):
    sites = instance.membership_site_ids()
    purge(lambda touched: add_member(touched, instance, sites, slugs_of(instance)))


def row_changed(sender, instance, raw=False, **kwargs):
    """A membership or sector row saved or deleted on its own (the import, a deletion)."""
    if raw:
        return
    member = getattr(instance, "member", None)
    if member is None or member.pk is None:
        return
    sites = member.membership_site_ids()
    if getattr(instance, "site_id", None):
        sites.add(instance.site_id)
    purge(lambda touched: add_member(touched, member, sites, slugs_of(member)))


def item_saving(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a news item or event is saved: the member it names now (a publication may change it)."""
    if raw or not instance.pk or update_fields:
        return
    _item_member_before[instance.pk] = (
        type(instance).objects.filter(pk=instance.pk).values_list("member_id", flat=True).first()
    )


def item_changed(sender, instance, **kwargs):
    """A news item or event naming a member (before or after the change) was published,
    unpublished or deleted: that member's profiles list it."""
    from .models import MemberOrganisation

    member_ids = {instance.member_id, _item_member_before.pop(instance.pk, None)} - {None}
    for member in MemberOrganisation.objects.filter(pk__in=member_ids):
        sites = member.membership_site_ids()
        purge(
            lambda touched, member=member, sites=sites: add_member(
                touched, member, sites, {member.slug}
            )
        )
