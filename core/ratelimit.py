"""Per-client counters in Django's cache.

Production runs several processes, on one server or more, so it counts in the
Redis that CACHE_URL names; the local-memory cache `make run` uses counts per
process. See docs/operations.md.
"""

import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's IP: REMOTE_ADDR, or the address the Nth trusted proxy saw."""
    proxies = settings.REFERRALS_TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


def over_limit(request, bucket, limit):
    """Count one more request for this client; True once it is past the limit."""
    window = settings.REFERRALS_RATE_WINDOW_SECONDS
    slot = int(time.time() // window)
    key = f"referrals:rate:{bucket}:{client_address(request)}:{slot}"
    # On Redis, add is one SET NX and incr one INCRBY: concurrent requests to any
    # worker or server each count once.
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
