"""The per-request memo: one lookup per GET, nothing kept across requests or through writes."""

from django.http import HttpResponse
from django.test import RequestFactory

from sites.core.request_memo import RequestMemoMiddleware, memoised


def counting_view(calls):
    def view(request):
        values = [memoised("answer", lambda: calls.append(1) or len(calls)) for _ in range(3)]
        return HttpResponse(",".join(map(str, values)))

    return view


def test_a_get_request_computes_a_memoised_value_once():
    calls = []
    middleware = RequestMemoMiddleware(counting_view(calls))
    response = middleware(RequestFactory().get("/de/"))
    assert response.content == b"1,1,1"
    assert len(calls) == 1


def test_each_request_starts_with_an_empty_memo():
    calls = []
    middleware = RequestMemoMiddleware(counting_view(calls))
    middleware(RequestFactory().get("/de/"))
    response = middleware(RequestFactory().get("/de/"))
    assert response.content == b"2,2,2"


def test_writes_get_no_memo_so_nothing_read_before_a_change_is_reused_after_it():
    calls = []
    middleware = RequestMemoMiddleware(counting_view(calls))
    response = middleware(RequestFactory().post("/admin/pages/3/edit/"))
    assert response.content == b"1,2,3"


def test_outside_a_request_every_call_computes():
    calls = []
    assert [memoised("answer", lambda: calls.append(1) or len(calls)) for _ in range(2)] == [1, 2]
