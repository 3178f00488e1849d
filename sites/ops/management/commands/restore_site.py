from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from sites.cache.purge import purge
from sites.ops.backup import content_counts, restore


class Command(BaseCommand):
    help = (
        "Restore a backup folder into the database of the current settings (replacing its content) "
        "and MEDIA_ROOT, then check the counts against the backup's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="Folder written by backup_site")
        parser.add_argument("--no-input", action="store_true", help="Do not ask for confirmation")

    def handle(self, *args, **options):
        if not options["no_input"]:
            answer = input("This replaces the content of the configured database. Type 'yes': ")
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        manifest = restore(options["backup"])
        call_command("migrate", "--no-input", verbosity=0)
        # pages cached from the replaced content (Redis outlives the database) are gone
        purge(lambda touched: touched.add_all_sites())
        counts = content_counts()
        if counts != manifest["counts"]:
            raise CommandError(
                f"Restored counts {counts} differ from the backup's {manifest['counts']}"
            )
        self.stdout.write(f"Restored {counts}")
