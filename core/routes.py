"""The site and the page an address leads to, kept in the shared cache.

Wagtail finds the site with a query and routes an address one level at a time,
two queries a level (the child, then its specific page): nine on an activity
page. Both answers change only with an edit, so they are kept until the
content generation is renewed (`core.pagecache.remember`). What is kept is the
route Wagtail itself worked out, taken before the page is served; addresses
that lead nowhere are not kept. Wagtail's own view then serves it as usual,
view restrictions and hooks included. (A route from the cache leaves out
`request.routable_resolver_match`, which Wagtail sets while routing and
nothing here reads; Django cannot keep a resolver match in a cache.)
"""

import hashlib

from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.views import serve

from core.pagecache import (
    cache_failed,
    cache_usable,
    current_generation,
    page_language,
    remember,
)

ROUTE_SECONDS = 24 * 60 * 60


def _cached_route(request, path):
    site = Site.find_for_request(request)
    if site is None or not cache_usable() or not page_language(request):
        return
    address = hashlib.sha256(f"{site.pk}|{get_language()}|{path}".encode()).hexdigest()
    try:
        key = f"pagecache:{current_generation()}:route:{address}"
        found = cache.get(key)
    except Exception:
        cache_failed()
        return
    if found is not None:
        request._wagtail_route_for_request = found
        return
    # Wagtail keeps its answer on the request; kept now, before serving changes the page.
    found = Page.route_for_request(request, path)
    if found is not None:
        try:
            cache.set(key, found, ROUTE_SECONDS)
        except Exception:
            cache_failed()


class SiteRoutesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if page_language(request):
            # Wagtail's Site.find_for_request reads this before asking the database.
            # get_host() refuses hosts not allowed: no one fills the cache with made-up ones.
            request._wagtail_site = remember(
                f"site:{request.get_host()}:{request.get_port()}",
                lambda: Site._find_for_request(request),
            )
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve:
            # Wagtail's pattern passes the address as its one positional argument.
            _cached_route(request, view_args[0] if view_args else view_kwargs["path"])
