import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponseBadRequest, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database is not reachable")
        return False
    return True


def search_node_is_reachable():
    # The client's ping answers False, rather than raising, when the node is
    # down, times out or answers with an error.
    return get_search_backend().es.ping()


@never_cache
@require_safe
def healthz(request):
    """For load balancers and uptime checks: 200 when the site can serve, 503 when not."""
    checks = {"database": "ok" if database_is_reachable() else "unreachable"}
    if settings.SEARCH_URL:
        checks["search"] = "ok" if search_node_is_reachable() else "unreachable"
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


def server_error(request):
    """The 500 page, rendered without context processors or database queries,
    because the fault may be the database itself."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request}))


def bad_request(request, exception=None):
    """The 400 page for a request refused before any view (an address with a NUL),
    rendered like the 500 page: without context processors or database queries."""
    template = loader.get_template("400.html")
    return HttpResponseBadRequest(template.render({"request": request}))
