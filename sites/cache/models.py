"""Per-site cache generations, replaced by every change a site shows: what the per-generation
cache is keyed by, and what a page-cache hit is checked against when the page cache is local memory.

The generation lives in the database, not in the cache: it changes inside the same transaction as
the content, so every process (each gunicorn worker has its own local-memory cache) sees the new
generation exactly when it can see the new content, never earlier. Old entries are never served
again and expire after PAGE_CACHE_SECONDS. A generation is a random token, not a counter, so
a restored database or a rolled-back test never brings an old key back to life.
"""

import secrets

from django.db import DatabaseError, connection, models
from django.http.request import split_domain_port
from wagtail.models import Site

from sites.core.request_memo import site_ids_by_hostname

from . import epoch

INITIAL_GENERATION = "0"


class SiteGeneration(models.Model):
    site_id = models.PositiveIntegerField(primary_key=True)
    token = models.CharField(max_length=32, default=INITIAL_GENERATION)

    class Meta:
        verbose_name = "page cache generation"
        default_permissions = ()

    def __str__(self):
        return f"site {self.site_id}: {self.token}"


def bump(site_ids=None):
    """Start a new generation for the given sites (all sites when None): their cached pages are gone.

    With a shared page cache (Redis), the sites' page cache epochs start anew too (epoch.py).
    """
    if site_ids is None:
        site_ids = Site.objects.values_list("pk", flat=True)
    site_ids = set(site_ids)
    if not site_ids:
        return
    token = secrets.token_hex(8)
    updated = SiteGeneration.objects.filter(site_id__in=site_ids).update(token=token)
    if updated < len(site_ids):
        SiteGeneration.objects.bulk_create(
            [SiteGeneration(site_id=site_id, token=token) for site_id in site_ids],
            ignore_conflicts=True,
        )
    epoch.advance(site_ids)


def site_generations(request):
    """{site id: generation} of every site: one query on a table of a few rows, once per request,
    in plain SQL, as every page-cache hit runs it (building an ORM query took longer than the
    round trip)."""
    if "_verbund_generations" not in request.__dict__:
        table = connection.ops.quote_name(SiteGeneration._meta.db_table)
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT site_id, token FROM {table}")  # noqa: S608
                request._verbund_generations = dict(cursor.fetchall())
        except DatabaseError as error:
            # asked once: an unreachable database costs a request one connect timeout, not several
            request._verbund_generations = error
    if isinstance(request._verbund_generations, DatabaseError):
        raise request._verbund_generations
    return request._verbund_generations


def current_generation(request, site_id):
    """The generation of a site's cached pages (see site_generations)."""
    return site_generations(request).get(site_id, INITIAL_GENERATION)


def generation_for_request(request):
    """(site id, generation) of the request's site, read once per request; None for no site.

    The page cache middleware hands over what it read, so a request reads it once at most.
    """
    if "_verbund_generation" not in request.__dict__:
        site_id = site_id_for_request(request)
        request._verbund_generation = (
            (site_id, current_generation(request, site_id)) if site_id else None
        )
    return request._verbund_generation


def site_id_for_request(request):
    """The id of the Site that Wagtail's `Site.find_for_request` finds, without its query when
    the hostname belongs to one site only (Wagtail then picks that site, whatever the port): from
    the site root paths, which change only with a new generation of every site."""
    site_ids = site_ids_by_hostname().get(split_domain_port(request._get_raw_host())[0], ())
    if len(site_ids) == 1:
        return next(iter(site_ids))
    site = Site.find_for_request(request)
    return site.pk if site else None
