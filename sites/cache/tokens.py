"""Tokens: what a stored page is checked against, so that no page is ever served stale.

Each stored page carries two random tokens, read before it was rendered: one for its site (the
hostname) and one for its URL path on that site. A hit needs both to be current, read in the
same cache call as the page. A change replaces the tokens of what it touches: the paths that show
it (purge.py), or a whole site for what every page of it shows (branding, menu, site texts). All
query-string variants of a path (?page=2, filters, search queries) go with the path's token.

Why never stale: a reader reads the tokens before it renders, and a change replaces them after
its transaction commits (in a test, whose transaction never commits, at once). A render that
read the content before the commit is stored under a token the commit then replaces, so it is
never served.

A replacement the cache refuses (Redis away for a moment) is kept and retried by this process
before its next lookup; until it succeeds this process serves nothing from the cache.
"""

import logging
import secrets

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"

#: token keys this process could not replace: retried before its next lookup
_pending = set()


def site_key(hostname):
    return f"site:{hostname.lower()}"


def path_key(hostname, path):
    return f"path:{hostname.lower()}{path}"


def _new_tokens(keys):
    return {key: secrets.token_hex(8) for key in keys}


def renew(keys):
    """Replace these tokens: the pages stored under the old ones are not served again."""
    keys = set(keys) | _pending
    if not keys:
        return
    try:
        caches[CACHE_ALIAS].set_many(_new_tokens(keys), settings.PAGE_CACHE_SECONDS)
    except Exception:
        _pending.update(keys)
        logger.exception("Page cache: could not replace %d tokens; this process retries", len(keys))
    else:
        _pending.difference_update(keys)


def retry_pending():
    """False while an earlier replacement still fails: nothing may be served from the cache."""
    if _pending:
        renew(())
    return not _pending


def current(cache, keys, found):
    """The tokens of `keys`, from `found` (what the lookup's `get_many` brought) where it has them.

    A missing token (new path, expired, flushed cache) is started as a new random one: no page
    stored before can match it.
    """
    missing = [key for key in keys if key not in found]
    if missing:
        for key, token in _new_tokens(missing).items():
            cache.add(key, token, settings.PAGE_CACHE_SECONDS)
        found = {**found, **cache.get_many(missing)}
    return tuple(found.get(key) for key in keys)
