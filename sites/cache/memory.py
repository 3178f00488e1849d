"""The per-process cache of what one site generation computes ("generation" and "renditions").

Django's LocMemCache pickles every value on the way in and unpickles it on every read, so that
no caller can change what another one gets. For the rendered fragments, feed entries and item
lists kept per generation, which are read on every page, that copy costs more than the rest of
the cache: an event list of 1,000 (id, start, end) rows takes half a millisecond to unpickle.
Values that cannot be changed (strings, numbers, dates and tuples or frozensets of them) need no
copy: they are kept and handed out as they are. Everything else (model instances, lists, dicts)
is still pickled, as LocMemCache does.
"""

import datetime
import decimal
import pickle
import uuid

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.utils.safestring import SafeString

_IMMUTABLE_SCALARS = frozenset(
    {
        type(None),
        bool,
        int,
        float,
        str,
        SafeString,
        bytes,
        datetime.date,
        datetime.datetime,
        datetime.time,
        datetime.timedelta,
        decimal.Decimal,
        uuid.UUID,
    }
)
_MAX_DEPTH = 4


def is_immutable(value, depth=0):
    """True for values nobody can change in place: exact immutable types, tuples and frozensets
    of them (subclasses could carry a mutable __dict__ and are not trusted)."""
    kind = type(value)
    if kind in _IMMUTABLE_SCALARS:
        return True
    if kind in (tuple, frozenset) and depth < _MAX_DEPTH:
        return all(is_immutable(item, depth + 1) for item in value)
    return False


class _Pickled(bytes):
    """A value kept as its pickle, to tell it from a bytes value kept as it is."""

    __slots__ = ()


class ProcessMemoryCache(LocMemCache):
    """LocMemCache that keeps immutable values without a pickle round trip.

    Keys are built by this project's code (digests and ids), never taken from a request, and the
    cache never leaves the process, so the memcached key warnings LocMemCache computes on every
    key are not worth their cost on a read of a few hundred keys (the calendar feed).
    """

    def _encode(self, value):
        if is_immutable(value):
            return value
        return _Pickled(pickle.dumps(value, self.pickle_protocol))

    @staticmethod
    def _decode(stored):
        if type(stored) is _Pickled:
            return pickle.loads(stored)  # noqa: S301 - written by this process, never by a client
        return stored

    def validate_key(self, key):
        """No memcached portability warnings: see the class docstring."""

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_key(key, version=version)
        stored = self._encode(value)
        with self._lock:
            if self._has_expired(key):
                self._set(key, stored, timeout)
                return True
            return False

    def get(self, key, default=None, version=None):
        key = self.make_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            stored = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return self._decode(stored)

    def get_many(self, keys, version=None):
        """All of `keys` that are kept, under one lock."""
        found = {}
        with self._lock:
            for key in keys:
                made = self.make_key(key, version=version)
                if self._has_expired(made):
                    self._delete(made)
                    continue
                found[key] = self._cache[made]
                self._cache.move_to_end(made, last=False)
        return {key: self._decode(stored) for key, stored in found.items()}

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_key(key, version=version)
        stored = self._encode(value)
        with self._lock:
            self._set(key, stored, timeout)

    def incr(self, key, delta=1, version=None):
        key = self.make_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            value = self._decode(self._cache[key]) + delta
            self._cache[key] = self._encode(value)
            self._cache.move_to_end(key, last=False)
        return value
