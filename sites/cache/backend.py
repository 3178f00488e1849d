"""The page cache as a Wagtail front-end cache backend: purging a URL replaces its path's token.

It is configured in WAGTAILFRONTENDCACHE beside a CDN, if there is one, so every purge
(ours in signals.py, or Wagtail's `purge_page_from_cache` and friends) reaches both.
"""

from urllib.parse import urlsplit

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from . import tokens


class PageCacheBackend(BaseBackend):
    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        parts = [urlsplit(url) for url in urls]
        tokens.renew(tokens.path_key(part.hostname, part.path or "/") for part in parts)
