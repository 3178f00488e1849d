"""Bounded benchmark of the news and event listings, the month calendar and the home pages.

Run from the repository root:

    .venv/bin/python bench/listing_bench.py [--items 1000] [--repeat 15]

Everything happens in a throw-away SQLite database and media folder in a temporary directory
(never var/ or the developer's database): migrate, bootstrap_verbund, then N news items and N
events per site, each in German and English. Every listing URL of every site and language is
requested once to warm up and then `--repeat` times; the script prints median and p90 response
times and the number of SQL queries per request.
"""

import argparse
import datetime
import io
import math
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent

MAX_ITEMS = 5000
MAX_REPEAT = 100
SHARE_EVERY = 5  # every fifth item (~20 %) is shared / co-organised
TOPIC_COUNT_PER_ITEM = 1
NEWS_SPAN_DAYS = 3 * 365
EVENT_SPAN_DAYS = 365
EVENT_LENGTH = datetime.timedelta(hours=2)

# (kind, German path, English path, query string)
URL_KINDS = [
    ("news index", "/de/aktuelles/", "/en/news/", ""),
    ("event index", "/de/veranstaltungen/", "/en/events/", ""),
    ("event calendar", "/de/veranstaltungen/", "/en/events/", "?view=calendar"),
    ("home", "/de/", "/en/", ""),
]
LANGUAGES = ("de", "en")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--items",
        type=int,
        default=1000,
        help=f"news items and events per site (default 1000, at most {MAX_ITEMS})",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=15,
        help=f"timed requests per URL after one warm-up (default 15, at most {MAX_REPEAT})",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.items <= MAX_ITEMS:
        parser.error(f"--items must be between 1 and {MAX_ITEMS}")
    if not 1 <= args.repeat <= MAX_REPEAT:
        parser.error(f"--repeat must be between 1 and {MAX_REPEAT}")
    return args


def setup_django(tmp_dir):
    """Point Django at a fresh SQLite file and media folder inside tmp_dir."""
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp_dir / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    if str(REPO_DIR) not in sys.path:
        sys.path.insert(0, str(REPO_DIR))
    os.chdir(REPO_DIR)

    import django

    django.setup()

    from django.conf import settings

    media_root = tmp_dir / "media"
    media_root.mkdir()
    settings.MEDIA_ROOT = str(media_root)

    db_name = str(settings.DATABASES["default"]["NAME"])
    if not db_name.startswith(str(tmp_dir)):
        raise SystemExit(f"Refusing to run: database {db_name} is not in {tmp_dir}")


def prepare_database():
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0, stdout=io.StringIO())
    call_command("bootstrap_verbund", stdout=io.StringIO())


def generate_content(items, event_items=None):
    """N news items and N events (or `event_items`) per site, German originals with English
    translations."""
    event_items = items if event_items is None else event_items
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale, Site

    from sites.core.models import Topic
    from sites.events.models import EventIndexPage, EventPage, EventPageOrganiser, EventPageTopic
    from sites.news.models import NewsIndexPage, NewsPage, NewsPageShare, NewsPageTopic

    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    sites = list(Site.objects.order_by("hostname"))
    topics_de = list(Topic.objects.filter(locale=locales["de"]).order_by("pk"))
    topic_translations = {
        topic.translation_key: topic for topic in Topic.objects.filter(locale=locales["en"])
    }
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    today = timezone.localdate()
    counts = {"pages": 0, "shares": 0, "organisers": 0}

    with transaction.atomic():
        for site_number, site in enumerate(sites):
            partner = sites[(site_number + 1) % len(sites)]
            home = site.root_page
            indexes = {
                "news": NewsIndexPage.objects.child_of(home).get(),
                "events": EventIndexPage.objects.child_of(home).get(),
            }
            parents = {
                (kind, lang): index if lang == "de" else index.get_translation(locales[lang])
                for kind, index in indexes.items()
                for lang in LANGUAGES
            }
            share_rows, organiser_rows, news_topic_rows, event_topic_rows = [], [], [], []

            for number in range(items):
                key = uuid.uuid4()
                topic_de = topics_de[number % len(topics_de)] if topics_de else None
                shared = number % SHARE_EVERY == 0
                day = today - datetime.timedelta(days=number * NEWS_SPAN_DAYS // items)
                published = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
                for lang in LANGUAGES:
                    page = NewsPage(
                        title=f"Bench news {site.hostname} {number} ({lang})",
                        slug=f"bench-{'meldung' if lang == 'de' else 'news'}-{number:05d}",
                        date=day,
                        teaser=f"Teaser of generated news item {number} ({lang}).",
                        locale=locales[lang],
                        translation_key=key,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                    )
                    parents["news", lang].add_child(instance=page)
                    counts["pages"] += 1
                    if shared:
                        share_rows.append(NewsPageShare(page=page, site=partner, sort_order=0))
                    if topic_de:
                        topic = (
                            topic_de
                            if lang == "de"
                            else topic_translations[topic_de.translation_key]
                        )
                        news_topic_rows.append(NewsPageTopic(page=page, topic=topic, sort_order=0))

                if number >= event_items:
                    continue
                key = uuid.uuid4()
                co_organised = number % SHARE_EVERY == 1
                offset = -EVENT_SPAN_DAYS * 24 + number * (2 * EVENT_SPAN_DAYS * 24) // event_items
                start = now + datetime.timedelta(hours=offset)
                for lang in LANGUAGES:
                    page = EventPage(
                        title=f"Bench event {site.hostname} {number} ({lang})",
                        slug=f"bench-{'termin' if lang == 'de' else 'event'}-{number:05d}",
                        start=start,
                        end=start + EVENT_LENGTH,
                        teaser=f"Teaser of generated event {number} ({lang}).",
                        mode=EventPage.Mode.ONSITE,
                        venue="Congress Center",
                        city="Leipzig",
                        locale=locales[lang],
                        translation_key=key,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                    parents["events", lang].add_child(instance=page)
                    counts["pages"] += 1
                    if co_organised:
                        organiser_rows.append(
                            EventPageOrganiser(page=page, site=partner, sort_order=0)
                        )
                    if topic_de:
                        topic = (
                            topic_de
                            if lang == "de"
                            else topic_translations[topic_de.translation_key]
                        )
                        event_topic_rows.append(
                            EventPageTopic(page=page, topic=topic, sort_order=0)
                        )

            NewsPageShare.objects.bulk_create(share_rows)
            EventPageOrganiser.objects.bulk_create(organiser_rows)
            NewsPageTopic.objects.bulk_create(news_topic_rows)
            EventPageTopic.objects.bulk_create(event_topic_rows)
            # Rows exist on both languages; count the German originals.
            counts["shares"] += len(share_rows) // len(LANGUAGES)
            counts["organisers"] += len(organiser_rows) // len(LANGUAGES)
    return sites, counts


def percentile(values, fraction):
    """Nearest-rank percentile (defined for any non-empty list)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure(sites, repeat):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    rows = []
    for kind, path_de, path_en, query in URL_KINDS:
        for site in sites:
            client = Client(HTTP_HOST=site.hostname)
            for lang in LANGUAGES:
                url = (path_de if lang == "de" else path_en) + query
                response = client.get(url)  # warm-up (renditions, caches)
                if response.status_code != 200:
                    raise SystemExit(f"{site.hostname}{url}: status {response.status_code}")
                timings, query_counts = [], []
                for _attempt in range(repeat):
                    with CaptureQueriesContext(connection) as captured:
                        started = time.perf_counter()
                        response = client.get(url)
                        elapsed = time.perf_counter() - started
                    assert response.status_code == 200, (  # noqa: S101
                        f"{site.hostname}{url}: status {response.status_code}"
                    )
                    timings.append(elapsed * 1000)
                    query_counts.append(len(captured.captured_queries))
                rows.append(
                    {
                        "kind": kind,
                        "site": site.hostname,
                        "lang": lang,
                        "url": url,
                        "median": statistics.median(timings),
                        "p90": percentile(timings, 0.9),
                        "queries": query_counts,
                    }
                )
    return rows


def format_queries(counts):
    low, high = min(counts), max(counts)
    return str(low) if low == high else f"{low}-{high}"


def print_report(rows):
    header = (
        f"{'URL kind':<15} {'site':<20} {'lang':<4} {'median ms':>10} {'p90 ms':>8} {'queries':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['kind']:<15} {row['site']:<20} {row['lang']:<4} "
            f"{row['median']:>10.1f} {row['p90']:>8.1f} {format_queries(row['queries']):>8}"
        )
    print()
    print("Summary (median over all sites and languages):")
    for kind, *_rest in URL_KINDS:
        kind_rows = [row for row in rows if row["kind"] == kind]
        median_ms = statistics.median(row["median"] for row in kind_rows)
        queries = [count for row in kind_rows for count in row["queries"]]
        print(f"  {kind:<15} median {median_ms:7.1f} ms   queries {format_queries(queries)}")


def main(argv=None):
    args = parse_args(argv)
    wall_start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="verbund-bench-") as tmp:
        tmp_dir = Path(tmp)
        setup_django(tmp_dir)

        step = time.perf_counter()
        prepare_database()
        print(f"migrate + bootstrap_verbund: {time.perf_counter() - step:.1f} s", flush=True)

        step = time.perf_counter()
        sites, counts = generate_content(args.items)
        print(
            f"generated {counts['pages']} pages ({args.items} news + {args.items} events per site, "
            f"de + en), {counts['shares']} news shares, {counts['organisers']} co-organisers: "
            f"{time.perf_counter() - step:.1f} s",
            flush=True,
        )

        step = time.perf_counter()
        rows = measure(sites, args.repeat)
        print(
            f"measured {len(rows)} URLs x (1 warm-up + {args.repeat}): "
            f"{time.perf_counter() - step:.1f} s"
        )
        print()
        print_report(rows)

        from django.db import connections

        connections.close_all()
    print()
    print(f"Wall time: {time.perf_counter() - wall_start:.1f} s")


if __name__ == "__main__":
    main()
