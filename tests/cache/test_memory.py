"""The per-process cache: immutable values handed out as they are, everything else as a copy."""

import datetime
import time
import uuid

import pytest
from django.utils.safestring import SafeString, mark_safe

from sites.cache.memory import ProcessMemoryCache, is_immutable


@pytest.fixture
def cache():
    return ProcessMemoryCache(f"test-{uuid.uuid4().hex}", {"OPTIONS": {"MAX_ENTRIES": 3}})


def test_an_immutable_value_is_handed_out_without_a_copy(cache):
    rows = tuple((pk, datetime.datetime(2026, 12, 2, tzinfo=datetime.UTC)) for pk in range(50))
    fragment = mark_safe("<p>Hallo</p>")  # noqa: S308 - a literal
    cache.set("rows", rows)
    cache.set("fragment", fragment)

    assert cache.get("rows") is rows
    assert cache.get("fragment") is fragment
    assert type(cache.get("fragment")) is SafeString


def test_a_mutable_value_is_a_copy_that_callers_cannot_change_for_others(cache):
    cache.set("ids", [1, 2, 3])
    cache.set("nested", ([1], 2))

    cache.get("ids").append(4)
    cache.get("nested")[0].append(5)

    assert cache.get("ids") == [1, 2, 3]
    assert cache.get("nested") == ([1], 2)


def test_bytes_are_kept_as_bytes_not_taken_for_a_pickle(cache):
    text = b"BEGIN:VEVENT\r\nEND:VEVENT\r\n"
    cache.set("entry", text)

    assert cache.get("entry") == text
    assert type(cache.get("entry")) is bytes


def test_get_many_returns_the_kept_keys_only_and_honours_expiry(cache):
    cache.set("a", "eins")
    cache.set("b", ["zwei"])
    cache.set("gone", "drei", timeout=0.01)
    time.sleep(0.05)

    assert cache.get_many(["a", "b", "gone", "never"]) == {"a": "eins", "b": ["zwei"]}
    assert cache.get("gone", "default") == "default"


def test_add_keeps_the_first_value_and_incr_adds_to_it(cache):
    assert cache.add("counter", 1)
    assert not cache.add("counter", 5)
    assert cache.incr("counter", 2) == 3
    assert cache.get("counter") == 3
    with pytest.raises(ValueError, match="not found"):
        cache.incr("missing")


def test_the_oldest_entries_are_culled_at_max_entries(cache):
    for number in range(10):
        cache.set(f"key-{number}", number)

    assert cache.get("key-9") == 9
    assert cache.get("key-0") is None
    assert len(cache._cache) <= 3


def test_only_exact_immutable_types_count_as_immutable():
    class Text(str):
        pass

    assert is_immutable((1, "a", None, (2.5, b"x"), frozenset({3})))
    assert not is_immutable([1])
    assert not is_immutable((1, [2]))
    assert not is_immutable({"a": 1})
    assert not is_immutable(Text("a"))  # a subclass may carry a __dict__
