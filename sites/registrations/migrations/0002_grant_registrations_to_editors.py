"""Existing installs: the editors and moderators of each association (the groups that may add pages
to its home pages) get the registrations of their site, as sites/editorial/roles.py grants them
to new groups."""

from django.db import migrations


def grant(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="registrations", model="registration"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_registration",
            defaults={"name": f"Can {action} registration"},
        )[0]
        for action in ("view", "change")
    ]
    for site in Site.objects.all():
        home = Page.objects.get(pk=site.root_page_id)
        homes = Page.objects.filter(translation_key=home.translation_key)
        group_ids = set(
            GroupPagePermission.objects.filter(
                page__in=homes, permission__codename="add_page"
            ).values_list("group_id", flat=True)
        )
        for group_id in group_ids:
            for permission in permissions:
                GroupSitePermission.objects.get_or_create(
                    group_id=group_id, site=site, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
