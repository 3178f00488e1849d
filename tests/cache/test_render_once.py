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
    assert [response["X-Cache"] for response in responses] == ["MISS", "HIT", "HIT", "HIT"]
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
