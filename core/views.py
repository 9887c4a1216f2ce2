import logging
import sys
from functools import partial, wraps

from redis.exceptions import RedisError

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.models import Site
from wagtail.search.backends import get_search_backend

from core.outbox import backlog

logger = logging.getLogger(__name__)


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database is not reachable")
        return False
    return True


def cache_is_reachable():
    try:
        cache.set("healthz", "ok", timeout=10)
    except RedisError:
        logger.exception("Health check: the cache (CACHE_URL) is not reachable")
        return False
    return True


def search_node_is_reachable():
    # False when the node is down, slower than SEARCH_TIMEOUT_SECONDS or not a node.
    return get_search_backend().node_answers()


@never_cache
@require_safe
def healthz(request):
    """For load balancers and uptime checks: 200 when the site can serve, 503 when
    not (no database, or no shared cache, which sessions and rate limits need).
    Without its search node the site still serves (searches fall back to the
    database), so that is 200 and "degraded", naming the failing check."""
    checks = {"database": "ok" if database_is_reachable() else "unreachable"}
    if settings.CACHE_URL:
        checks["cache"] = "ok" if cache_is_reachable() else "unreachable"
    if settings.SEARCH_URL:
        checks["search"] = "ok" if search_node_is_reachable() else "unreachable"
    outbox = None
    if checks["database"] == "ok":
        # Emails waiting too long: the site still serves, but someone should look.
        try:
            outbox = backlog()
        except DatabaseError:  # tables not migrated yet: say so rather than fail
            checks["outbox"] = "unreadable"
        else:
            late = outbox["oldest_seconds"] > settings.OUTBOX_DEGRADED_AFTER_SECONDS
            checks["outbox"] = "degraded" if late else "ok"
    if checks["database"] != "ok" or checks.get("cache", "ok") != "ok":
        status = "unavailable"
    else:
        status = "ok" if all(state == "ok" for state in checks.values()) else "degraded"
    answer = {"status": status, "checks": checks}
    if outbox is not None:
        answer["outbox"] = outbox
    return JsonResponse(answer, status=503 if status == "unavailable" else 200)


# How long a resident's browser (or a crawler) is asked to wait before trying again.
RETRY_AFTER_SECONDS = 30


def database_out_of_reach(exception):
    """Whether an exception comes of the database being down or out of reach,
    raised as it is or wrapped: Django's session store turns a save that fails
    into SessionInterrupted, which Django answers as a 400 "bad request"."""
    while exception is not None:
        if isinstance(exception, OperationalError | InterfaceError):
            return True
        exception = exception.__cause__ or exception.__context__
    return False


def service_unavailable(request):
    """The 503 page: the site cannot serve for now and says when to try again.
    Rendered like the 500 page, without the database."""
    template = loader.get_template("503.html")
    # `minimal`: the header, footer and council come without a query (site_tags).
    response = HttpResponse(template.render({"request": request, "minimal": True}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def unavailable_while_the_database_is_down(handler=None, *, answer=service_unavailable):
    """For Django's error handlers, which it calls while handling the exception:
    a failure that comes of the database being out of reach, wherever it was
    raised (a view, a middleware, the session save after the view), is answered
    with `answer` (the 503 page; the API gives its own) rather than the handler's
    400 or 500. Used bare, or with `answer=` as a decorator factory."""
    if handler is None:
        return partial(unavailable_while_the_database_is_down, answer=answer)

    @wraps(handler)
    def wrapped(request, *args, **kwargs):
        if database_out_of_reach(sys.exception()):
            return answer(request)
        return handler(request, *args, **kwargs)

    return wrapped


@unavailable_while_the_database_is_down
def server_error(request):
    """The 500 page, rendered without context processors or database queries,
    because the fault may be the database itself."""
    template = loader.get_template("500.html")
    # `minimal`: the header, footer and council come without a query (site_tags).
    return HttpResponseServerError(template.render({"request": request, "minimal": True}))


@never_cache
def csrf_failure(request, reason=""):
    """A form sent from a page that was open too long, or without cookies."""
    return render(request, "403_csrf.html", status=403)


def bad_request(request, exception=None):
    """The 400 page for a request refused before any view (an address with a NUL),
    rendered like the 500 page: without context processors or database queries."""
    template = loader.get_template("400.html")
    return HttpResponseBadRequest(template.render({"request": request, "minimal": True}))


# Crawlers may read every page and a search with one filter, but not the
# endless combinations of filters (any address with two or more parameters),
# the site search, calendar downloads or the admin.
ROBOTS_RULES = """User-agent: *
Disallow: /admin/
Disallow: /*/search/
Disallow: /*?*&
Disallow: /*calendar/
"""


@require_safe
def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    text = f"{ROBOTS_RULES}\nSitemap: {root}{reverse('sitemap')}\n"
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
