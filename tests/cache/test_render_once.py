"""Readers who miss the same page at the same moment wait for one render of it."""

import threading
import time

from django.http import HttpResponse
from django.test import RequestFactory

from sites.cache.middleware import PageCacheMiddleware


def slow_page(renders, delay=0.3):
    def get_response(request):
        renders.append(request.path)
        time.sleep(delay)
        return HttpResponse(f"<p>render {len(renders)}</p>")

    return get_response


def concurrently(middleware, count):
    factory = RequestFactory(HTTP_HOST="acod.localhost")
    responses = [None] * count

    def read(index):
        responses[index] = middleware(factory.get("/de/aktuelles/"))

    threads = [threading.Thread(target=read, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
        time.sleep(0.02)  # the first one claims the render
    for thread in threads:
        thread.join(timeout=10)
    return responses


def test_concurrent_misses_of_one_page_render_it_once(page_cache):
    renders = []
    responses = concurrently(PageCacheMiddleware(slow_page(renders)), 4)

    assert renders == ["/de/aktuelles/"]
    # one of them renders (usually the first; a busy machine may run another first), three wait
    assert sorted(response["X-Cache"] for response in responses) == ["HIT", "HIT", "HIT", "MISS"]
    assert {response.content for response in responses} == {b"<p>render 1</p>"}


def test_a_page_that_cannot_be_stored_is_rendered_for_each_waiting_reader(page_cache):
    renders = []

    def private_page(request):
        response = slow_page(renders, delay=0.2)(request)
        response["Cache-Control"] = "private"
        return response

    responses = concurrently(PageCacheMiddleware(private_page), 3)

    assert len(renders) == 3  # nobody waits longer than the first render
    assert all(response["X-Cache"] == "BYPASS" for response in responses)


def test_a_page_stored_between_a_readers_miss_and_its_claim_is_served_not_rendered_again(
    page_cache, monkeypatch
):
    """Under load a reader can miss the page, lose the processor, and claim the render only after
    another request has rendered, stored and released it: it serves what was stored."""
    other_renders = []
    other = PageCacheMiddleware(slow_page(other_renders, delay=0))
    request = RequestFactory(HTTP_HOST="acod.localhost").get("/de/aktuelles/")
    claim = PageCacheMiddleware.claim_render

    def claim_after_another_render(cache, key):
        monkeypatch.setattr(PageCacheMiddleware, "claim_render", staticmethod(claim))
        assert other(request)["X-Cache"] == "MISS"  # rendered, stored and released meanwhile
        return claim(cache, key)

    monkeypatch.setattr(
        PageCacheMiddleware, "claim_render", staticmethod(claim_after_another_render)
    )
    renders = []
    response = PageCacheMiddleware(slow_page(renders, delay=0))(request)

    assert other_renders == ["/de/aktuelles/"]
    assert renders == []
    assert response["X-Cache"] == "HIT"
    assert response.content == b"<p>render 1</p>"
