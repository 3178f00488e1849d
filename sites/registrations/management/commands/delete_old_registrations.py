"""Delete registrations of past events after the retention period, and sign-ups never confirmed
(run it daily, e.g. from cron)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from sites.registrations.models import Registration, confirm_max_age


class Command(BaseCommand):
    help = (
        "Delete the registrations of events that ended more than N days ago (default: "
        "settings.REGISTRATION_RETENTION_DAYS) and sign-ups whose confirmation link has expired."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep registrations of events that ended in the last N days "
            "(default: REGISTRATION_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be deleted."
        )

    def handle(self, *args, **options):
        days = options["days"]
        if days is None:
            days = settings.REGISTRATION_RETENTION_DAYS
        if days < 1:
            raise CommandError("--days must be at least 1.")
        now = timezone.now()
        cutoff = now - datetime.timedelta(days=days)
        of_past_events = Registration.objects.filter(event__end__lt=cutoff)
        never_confirmed = Registration.objects.filter(
            status=Registration.Status.PENDING,
            created_at__lt=now - datetime.timedelta(seconds=confirm_max_age()),
        )
        counts = (of_past_events.count(), never_confirmed.exclude(event__end__lt=cutoff).count())
        if options["dry_run"]:
            self.stdout.write(
                f"Would delete {counts[0]} registration(s) of events that ended more than "
                f"{days} days ago (before {cutoff:%Y-%m-%d %H:%M} UTC) and {counts[1]} "
                "never confirmed."
            )
            return
        of_past_events.delete()
        never_confirmed.delete()
        self.stdout.write(
            f"Deleted {counts[0]} registration(s) of events that ended more than {days} days "
            f"ago and {counts[1]} never confirmed."
        )
