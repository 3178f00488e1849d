"""Page-cache epochs: a token per site in the shared page cache (Redis), replaced by every change.

With a cache that every process shares, a page-cache hit needs nothing from the database: the
stored page carries its site and the site's epoch it was rendered in, and it is served while the
cache still holds that epoch. Each process remembers which site a host belongs to, so one read
from the cache brings both the page and its site's epoch (`get_many`): a hit costs one Redis round
trip and no SQL query, not even Django's connection health check. (A wrong or missing guess costs
a second read, never a wrong answer: the check uses the site stored with the page.)

Why it is never stale: a reader reads the epoch *before* it renders, and a change replaces the
epoch *after* its transaction commits (and once more at once, for the writer's own connection and
for tests, which never commit). So a page stored under the epoch a reader sees was rendered after
every change whose epoch replacement came before: its content is at least as new. A render that
read the content before a commit is stored under an epoch the commit then replaces.

A replacement that Redis refuses (unreachable for a moment) is logged and retried by this process
before its next lookup; until it succeeds this process serves nothing from the cache. (Another
process that still reaches Redis could serve the older pages meanwhile, at most until their
PAGE_CACHE_SECONDS run out: that takes a network split between the processes and Redis.)

A process-local cache (LocMemCache: each gunicorn worker its own) cannot carry an epoch every
process sees; the page cache then checks the site's generation in the database on every hit
(sites.cache.models).
"""

import logging
import secrets

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, transaction

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"

#: sites whose epoch this process could not replace: it tries again before its next lookup
_pending = set()


def is_shared(cache):
    """Django's only cache backend that is not shared between processes is local memory."""
    return not isinstance(cache, LocMemCache)


def epoch_key(site_id):
    return f"epoch:{site_id}"


def _replace(cache, site_ids):
    site_ids = set(site_ids) | _pending
    token = secrets.token_hex(8)
    try:
        cache.set_many({epoch_key(site_id): token for site_id in site_ids}, None)
    except Exception:
        _pending.update(site_ids)
        logger.exception("Page cache: could not start a new epoch; this process tries again")
    else:
        _pending.difference_update(site_ids)


def advance(site_ids):
    """A change on these sites: their pages cached before it are not served again (from now on,
    and from its commit on)."""
    cache = caches[CACHE_ALIAS]
    if not is_shared(cache):
        return
    site_ids = set(site_ids)
    _replace(cache, site_ids)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _replace(caches[CACHE_ALIAS], site_ids), robust=True)


def retry_pending(cache):
    """False while an earlier replacement still fails: nothing may be served from the cache."""
    if _pending:
        _replace(cache, ())
    return not _pending


def current(cache, site_id, found=None):
    """The epoch of a site, from `found` (what a `get_many` brought) when it holds it, else read.

    A missing epoch (a new or flushed Redis) is started as a new random token: no page stored
    before can match it.
    """
    key = epoch_key(site_id)
    value = found.get(key) if found else None
    if value is None:
        value = cache.get(key)
    if value is None:
        cache.add(key, secrets.token_hex(8), None)
        value = cache.get(key)
    return value
