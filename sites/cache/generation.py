"""What only changes with a site's cache generation, computed once per generation and process.

Every change a reader can see replaces the generation of the sites that show it (signals.py), so
a result keyed by it is never older than the content: the shared parts of every page (the
{% generationcache %} fragments) and the ordered item lists of the listings, which would otherwise
scan every item of a language on each request. Old entries are not asked for again and expire
after PAGE_CACHE_SECONDS. They live in each process's memory (the "generation" cache): the
generation itself is read from the database once per request, so processes never disagree.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from sites.core.request_memo import current_request, memoised

from .models import generation_for_request

CACHE_ALIAS = "generation"
_MISSING = object()


def generation_key(request):
    """Site, generation and language of the request; None where nothing is kept.

    Nothing is kept for a preview (Wagtail's dummy request, `is_dummy`): it renders a draft,
    which readers must never get from a fragment kept for the live page.
    """
    if not settings.GENERATION_CACHE_ENABLED or request is None:
        return None
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return None
    site_and_generation = generation_for_request(request)
    if site_and_generation is None:
        return None
    site_id, generation = site_and_generation
    return f"{site_id}:{generation}:{translation.get_language()}"


def _key_prefix(request, parts):
    """The cache key of `parts` in the request's site generation and language; None: keep nothing.

    `request` None: the reader's GET request being answered, if any.
    """
    base = generation_key(request or current_request())
    if base is None:
        return None
    digest = hashlib.md5("|".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()
    return f"{base}:{digest}"


def per_generation(request, parts, compute, keep=None):
    """`compute()` once per site generation, language and `parts` (a tuple of str()-able values).

    `request` None: the reader's GET request being answered, if any (else compute() every time).
    `keep(value)` False: the value is returned but not kept (e.g. a 404, which anyone can vary).
    """
    key = _key_prefix(request, parts)
    if key is None:
        return compute()
    cache = caches[CACHE_ALIAS]
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if keep is None or keep(value):
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def per_generation_many(request, parts, ids, compute_missing):
    """per_generation for many objects at once, read in one cache call: the values of `ids`, in
    that order; `compute_missing(ids)` gives {id: value} for those not kept yet (an id it leaves
    out is left out of the result)."""
    ids = list(ids)
    prefix = _key_prefix(request, parts)
    if prefix is None:
        values = compute_missing(ids)
    else:
        keys = {pk: f"{prefix}:{pk}" for pk in ids}
        cache = caches[CACHE_ALIAS]
        found = cache.get_many(keys.values())
        values = {pk: found[key] for pk, key in keys.items() if key in found}
        missing = [pk for pk in keys if pk not in values]
        if missing:
            computed = compute_missing(missing)
            cache.set_many(
                {keys[pk]: value for pk, value in computed.items()}, settings.PAGE_CACHE_SECONDS
            )
            values.update(computed)
    return [values[pk] for pk in ids if pk in values]


def site_data(parts, compute):
    """`compute()` once per site generation (see per_generation), and looked up once per request."""
    return memoised(("generation", *parts), lambda: per_generation(None, parts, compute))
