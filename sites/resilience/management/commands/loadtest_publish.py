"""Publish news items again and again, as an editor would, while the load test runs.

Each round takes the next site's newest German news item, changes its teaser, saves a revision
as the site's moderator and publishes it (Wagtail's own save_revision().publish(), so every
signal — search index, page cache, translations — fires as in the admin). Bounded: at most
--count rounds and --duration seconds.
"""

import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Site

from sites.core.models import BrandingSettings
from sites.news.models import NewsIndexPage, NewsPage

MARK = " · Update "


class Command(BaseCommand):
    help = "Publish a news item every --interval seconds (bounded), like an editor."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=2.0, help="seconds between rounds")
        parser.add_argument("--duration", type=float, default=60.0, help="stop after (seconds)")
        parser.add_argument("--count", type=int, default=100, help="stop after (rounds)")

    def handle(self, *args, interval, duration, count, **options):
        if not (0 < duration <= 3600 and 0 < count <= 10_000 and interval >= 0):
            raise CommandError("Use 0 < --duration <= 3600, 0 < --count <= 10000, --interval >= 0.")
        targets = self.targets()
        if not targets:
            raise CommandError("No news item to publish: run bootstrap_verbund first.")
        deadline = time.monotonic() + duration
        published, timings = 0, []
        while published < count and time.monotonic() < deadline:
            page_id, user = targets[published % len(targets)]
            started = time.monotonic()
            page = NewsPage.objects.get(pk=page_id).get_latest_revision_as_object()
            page.teaser = page.teaser.split(MARK)[0][:250] + f"{MARK}{published + 1}"
            page.save_revision(user=user, log_action=True).publish(user=user)
            timings.append(time.monotonic() - started)
            published += 1
            time.sleep(max(0.0, min(interval, deadline - time.monotonic())))
        average = sum(timings) / len(timings) if timings else 0
        self.stdout.write(
            f"PUBLISHED count={published} avg_ms={average * 1000:.0f} "
            f"max_ms={max(timings, default=0) * 1000:.0f}"
        )

    @staticmethod
    def targets():
        """(newest German news item, its site's moderator) for every site."""
        german = Locale.objects.get(language_code="de")
        users = get_user_model().objects
        result = []
        for site in Site.objects.order_by("hostname"):
            home = site.root_page.specific.get_translation(german)
            index = NewsIndexPage.objects.child_of(home).first()
            item = (
                NewsPage.objects.child_of(index).live().order_by("-date", "-pk").first()
                if index
                else None
            )
            if item is None:
                continue
            slug = BrandingSettings.for_site(site).slug
            user = (
                users.filter(username=f"{slug}-moderator").first()
                or users.filter(is_superuser=True).first()
            )
            result.append((item.pk, user))
        return result
