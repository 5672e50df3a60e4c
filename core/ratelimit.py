"""
A small per-client rate limit for public forms, kept in Django's cache.

The client is REMOTE_ADDR. Behind a proxy every request comes from the proxy's address, so all
residents would share one limit: let the proxy send the client's address in a header it
overwrites (nginx: `proxy_set_header X-Real-IP $remote_addr;`) and name that header in
PUBLIC_FORM_CLIENT_IP_HEADER (`HTTP_X_REAL_IP`). Never name a header the client can set itself.

The cache is the project's default cache. Django's local-memory cache is per process, so with
several gunicorn workers each keeps its own count; a shared cache (database, Redis) makes the limit
exact. Addresses are hashed before they become cache keys.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

__all__ = ["RateLimit", "client_address", "public_form_rate_limit"]


def client_address(request):
    header = getattr(settings, "PUBLIC_FORM_CLIENT_IP_HEADER", "")
    return (header and request.META.get(header)) or request.META.get("REMOTE_ADDR", "")


class RateLimit:
    """At most `limit` hits per client in each fixed window of `window_seconds`."""

    def __init__(self, scope, limit, window_seconds):
        self.scope = scope
        self.limit = limit
        self.window_seconds = window_seconds

    def cache_key(self, request):
        window = int(time.time() // self.window_seconds)
        client = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
        return f"ratelimit:{self.scope}:{window}:{client}"

    def exceeded(self, request):
        return cache.get(self.cache_key(request), 0) >= self.limit

    def hit(self, request):
        key = self.cache_key(request)
        cache.add(key, 0, timeout=self.window_seconds)
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=self.window_seconds)


def public_form_rate_limit(scope):
    """The limit every public form shares: PUBLIC_FORM_RATE_LIMIT sendings per window per form."""
    return RateLimit(
        f"public-form:{scope}",
        settings.PUBLIC_FORM_RATE_LIMIT,
        settings.PUBLIC_FORM_RATE_WINDOW,
    )
