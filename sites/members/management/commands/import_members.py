"""Import an association's members from a CSV file: created or updated by slug, idempotently."""

import csv
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from sites.core.models import BrandingSettings, Topic
from sites.members.models import REGIONS, MemberOrganisation, Membership, MemberTopic

COLUMNS = (
    "slug",
    "name",
    "description_de",
    "description_en",
    "city",
    "region",
    "website",
    "contact_email",
    "contact_phone",
    "sectors",
    "member_since",
)
REQUIRED = ("slug", "name")
SHARED_FIELDS = ("name", "city", "region", "website", "contact_email", "contact_phone")

HELP = f"""Create or update the members of one association from a UTF-8 CSV file (comma-separated,
a header row first). Columns: {", ".join(COLUMNS)}. Required: slug, name; the others may be
empty or missing. slug: the member's lasting key and profile address (lowercase, digits, '-');
an existing member with that slug is updated, not duplicated. region: one of
{", ".join(key for key, _label in REGIONS)}. sectors: topic slugs (German), separated by '|'.
member_since: YYYY-MM-DD. An empty cell leaves an existing member's value (sectors:
its sectors) as it is. The association's membership is added (or its date updated); other
associations' memberships are left alone. Everything is imported in one transaction: if any row
is bad, nothing is imported and every bad row is reported with its line number."""


class RowError(Exception):
    pass


class Command(BaseCommand):
    help = HELP

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 CSV file")
        parser.add_argument(
            "--association", required=True, help="identifier of the association, e.g. clusterit"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report, change nothing"
        )

    def handle(self, *args, **options):
        branding = BrandingSettings.objects.filter(slug=options["association"]).first()
        if branding is None:
            known = ", ".join(
                sorted(BrandingSettings.objects.exclude(slug="").values_list("slug", flat=True))
            )
            raise CommandError(f"Unknown association {options['association']!r} (known: {known})")
        self.site = branding.site
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.topics = {
            topic.slug: topic
            for topic in Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        }
        try:
            with open(options["file"], encoding="utf-8-sig", newline="") as file:
                rows = list(csv.DictReader(file))
                header = rows and list(rows[0]) or []
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}") from exc
        missing = [column for column in REQUIRED if column not in header]
        if missing:
            raise CommandError(f"The header lacks the column(s): {', '.join(missing)}")

        counts = {"created": 0, "updated": 0, "unchanged": 0}
        errors = []
        with transaction.atomic():
            seen = set()
            for line, row in enumerate(rows, start=2):  # line 1 is the header
                try:
                    if None in row:
                        raise RowError("more values than columns")
                    slug = (row.get("slug") or "").strip()
                    if slug in seen:
                        raise RowError(f"slug {slug!r} appears twice")
                    seen.add(slug)
                    counts[self.import_row(row)] += 1
                except RowError as exc:
                    errors.append(f"line {line}: {exc}")
                except ValidationError as exc:
                    errors.append(f"line {line}: {'; '.join(_messages(exc))}")
            if errors or options["dry_run"]:
                transaction.set_rollback(True)

        if errors:
            for error in errors:
                self.stderr.write(error)
            raise CommandError(f"{len(errors)} bad row(s); nothing was imported.")
        prefix = "Dry run, nothing changed: " if options["dry_run"] else ""
        self.stdout.write(
            f"{prefix}{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged ({branding.short_name})."
        )

    def import_row(self, row):
        values = {column: (row.get(column) or "").strip() for column in COLUMNS}
        if not values["slug"] or not values["name"]:
            raise RowError("slug and name are required")
        since = None
        if values["member_since"]:
            try:
                since = datetime.date.fromisoformat(values["member_since"])
            except ValueError as exc:
                raise RowError(
                    f"member_since {values['member_since']!r} is not YYYY-MM-DD"
                ) from exc
        sector_slugs = [part.strip() for part in values["sectors"].split("|") if part.strip()]
        unknown = [slug for slug in sector_slugs if slug not in self.topics]
        if unknown:
            raise RowError(f"unknown sector(s): {', '.join(unknown)}")

        german = self.locales[settings.LANGUAGE_CODE]
        member = MemberOrganisation.objects.filter(slug=values["slug"], locale=german).first()
        created = member is None
        if created:
            member = MemberOrganisation(slug=values["slug"], locale=german)
        before = self.state(member) if not created else None

        # An empty cell leaves an existing member's value as it is.
        for field in SHARED_FIELDS:
            if values[field] or created:
                setattr(member, field, values[field])
        if values["description_de"] or created:
            member.description = values["description_de"]
        if sector_slugs or created:
            member.topic_links = [MemberTopic(topic=self.topics[slug]) for slug in sector_slugs]
        memberships = list(member.memberships.all())
        own = next((m for m in memberships if m.site_id == self.site.pk), None)
        if own is None:
            memberships.append(Membership(site=self.site, member_since=since))
        elif since:
            own.member_since = since
        member.memberships = memberships
        member.full_clean(exclude=["translation_key"])
        if not created and self.state(member) == before:
            self.update_translations(member, values, check_only=True)
            if not self.translations_changed:
                return "unchanged"
        member.save()
        self.update_translations(member, values)
        return "created" if created else "updated"

    def update_translations(self, member, values, check_only=False):
        """The English record: created with the English description, or brought up to date."""
        self.translations_changed = False
        for code, locale in self.locales.items():
            if code == settings.LANGUAGE_CODE:
                continue
            description = values.get(f"description_{code}", "")
            translation = member.get_translation_or_none(locale) if member.pk else None
            if translation is None:
                if check_only:
                    self.translations_changed = True
                    continue
                translation = member.copy_for_translation(locale)
            wanted = {field: getattr(member, field) for field in SHARED_FIELDS}
            wanted["slug"] = member.slug
            wanted["logo_id"] = member.logo_id
            if description:
                wanted["description"] = description
            if translation.pk and all(getattr(translation, k) == v for k, v in wanted.items()):
                continue
            self.translations_changed = True
            if check_only:
                continue
            for field, value in wanted.items():
                setattr(translation, field, value)
            translation.full_clean(exclude=["translation_key"])
            translation.save()

    @staticmethod
    def state(member):
        fields = {field: getattr(member, field) for field in (*SHARED_FIELDS, "description")}
        topics = tuple(link.topic_id for link in member.topic_links.all())
        memberships = tuple(sorted((m.site_id, m.member_since) for m in member.memberships.all()))
        return fields, topics, memberships


def _messages(error):
    if hasattr(error, "message_dict"):
        return [
            f"{field}: {message}"
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return list(error.messages)
