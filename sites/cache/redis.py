"""Django's Redis cache backend, with one redis-py client per connection pool.

Django builds a new `redis.Redis` for every cache call, and redis-py's constructor fills a table
of some 170 response callbacks each time: about 0.1 ms per call, as much as the round trip to
Redis itself on a page-cache hit. A client only wraps its pool and is safe to share between
threads, so one per pool serves every call.
"""

import threading

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._lock = threading.Lock()

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            with self._lock:
                client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class PooledRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledRedisCacheClient
