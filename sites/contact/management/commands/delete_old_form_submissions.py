"""Delete contact form submissions older than the retention period (run it daily, e.g. from cron)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from sites.contact.models import ContactPage


class Command(BaseCommand):
    help = (
        "Delete contact form submissions older than N days "
        "(default: settings.CONTACT_SUBMISSION_RETENTION_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep submissions of the last N days (default: CONTACT_SUBMISSION_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only report how many submissions would be deleted.",
        )

    def handle(self, *args, **options):
        days = options["days"]
        if days is None:
            days = settings.CONTACT_SUBMISSION_RETENTION_DAYS
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = FormSubmission.objects.filter(
            page_id__in=ContactPage.objects.values("pk"), submit_time__lt=cutoff
        )
        count = old.count()
        if options["dry_run"]:
            self.stdout.write(
                f"Would delete {count} contact form submission(s) older than {days} days "
                f"(before {cutoff:%Y-%m-%d %H:%M} UTC)."
            )
            return
        old.delete()
        self.stdout.write(
            f"Deleted {count} contact form submission(s) older than {days} days "
            f"(before {cutoff:%Y-%m-%d %H:%M} UTC)."
        )
