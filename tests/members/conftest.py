from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from sites.members.models import MemberOrganisation

#: a demo member that belongs to that association only
OWN_MEMBER = {
    "acod": "thueringer-leichtbau",
    "clusterit": "harzer-datenwerk",
    "logistik": "muldental-logistik",
}
#: ACOD and Cluster IT
SHARED_MEMBER = "saale-sensorik"


def member(slug, lang="de"):
    return MemberOrganisation.objects.get(slug=slug, locale=Locale.objects.get(language_code=lang))


def edit_url(record):
    return reverse("wagtailsnippets_members_memberorganisation:edit", args=[record.pk])


def delete_url(record):
    return reverse("wagtailsnippets_members_memberorganisation:delete", args=[record.pk])


def membership_rows(record, delete_site_id=None):
    """The record's membership rows as the edit form posts them; the row of `delete_site_id`
    marked for deletion."""
    return [
        {
            "id": row.pk,
            "site": row.site_id,
            "member_since": row.member_since or "",
            **({"DELETE": "1"} if row.site_id == delete_site_id else {}),
        }
        for row in record.memberships.all()
    ]


def member_form_data(record, memberships=None, **overrides):
    """The edit form's POST data, keeping its sectors and (unless given) its memberships:
    `memberships` is a list of {"id"?, "site", "member_since"?, "DELETE"?} rows."""
    topics = list(record.topic_links.all())
    if memberships is None:
        memberships = membership_rows(record)
    initial = sum(1 for row in memberships if row.get("id"))
    data = {
        "name": record.name,
        "slug": record.slug,
        "logo": record.logo_id or "",
        "description": record.description,
        "city": record.city,
        "region": record.region,
        "website": record.website,
        "contact_email": record.contact_email,
        "contact_phone": record.contact_phone,
        "topic_links": inline_formset(
            [{"id": row.pk, "topic": row.topic_id, "ORDER": i} for i, row in enumerate(topics)],
            initial=len(topics),
        ),
        "memberships": inline_formset(
            [{**row, "ORDER": i} for i, row in enumerate(memberships)], initial=initial
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


def snapshot_member(record):
    record = MemberOrganisation.objects.get(pk=record.pk)
    return (
        record.name,
        record.description,
        sorted(record.memberships.values_list("site_id", "member_since")),
    )
