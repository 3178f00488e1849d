"""gunicorn settings for `make run` and production (`gunicorn cms.wsgi -c gunicorn.conf.py`)."""

import gc
import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 8)))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Workers are recycled now and then (a leak stays bounded), but not often: a new worker starts
# cold (imports, compiled templates) and its first requests are slower.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Move what a worker loaded at start-up (Django, Wagtail, the models, the URLconf: about
    180,000 objects that live as long as the worker) out of the garbage collector's reach. Its
    full collections then walk the few objects made since, instead of a pause of about 100 ms
    every few dozen requests (measured on the 18,000-page benchmark, docs/benchmarks.md)."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports the URLconf and its views before freezing
    gc.collect()
    gc.freeze()
