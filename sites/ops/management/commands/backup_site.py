from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from sites.ops.backup import backup


class Command(BaseCommand):
    help = "Back up the database and the media files into a new folder."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Folder to create (default: var/backups/verbund-<UTC timestamp>).",
        )

    def handle(self, *args, **options):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        output = Path(
            options["output"] or Path(settings.BASE_DIR) / "var" / "backups" / f"verbund-{stamp}"
        )
        manifest = backup(output)
        self.stdout.write(f"Backup written to {output}: {manifest['counts']}")
