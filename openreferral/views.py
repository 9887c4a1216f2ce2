"""The Open Referral UK 3.0 API: read-only JSON, open to all (CORS *, no key).

Lists are paginated with `page` and `per_page`; `/services` also filters by
text, taxonomy term, taxonomy, organisation, `modified_after` and
postcode/proximity. Bad parameters get a 400 with a message, unknown ids a 404.
"""

import json
import logging
import math
import uuid
from datetime import UTC
from functools import cache, wraps
from pathlib import Path

from django.db.models import Exists, OuterRef, Q
from django.http import JsonResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware

from wagtail.models import Locale

from core.council import council_in_default_language
from core.views import RETRY_AFTER_SECONDS, database_out_of_reach
from directory.finder import current_schedules
from directory.geocoding import PostcodeError, get_geocoder, miles_between
from directory.models import ActivityPage, OrganisationPage, Term, VenuePage
from directory.taxonomy import Vocabulary
from openreferral import records

logger = logging.getLogger(__name__)

VERSION = "3.0"
PROFILE_URL = "https://openreferraluk.org/"
OPENAPI_DESCRIPTION = Path(__file__).resolve().parent / "openapi.json"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
METRES_PER_MILE = 1609.344
ALLOWED_METHODS = "GET, HEAD, OPTIONS"


class BadRequest(Exception):
    pass


def json_response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error_response(message, status):
    """Every error the API gives: JSON, CORS open, so a browser tool can read why."""
    return json_response({"error": message}, status=status)


def api_view(view):
    """GET and HEAD, JSON out, CORS open to every origin (preflight included),
    bad input as a 400, a missing record as a 404, and a fault as a JSON 500."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = json_response({}, status=200)
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = "*"
            response["Access-Control-Max-Age"] = "86400"
            response["Allow"] = ALLOWED_METHODS
            return response
        if request.method not in ("GET", "HEAD"):
            response = error_response("This API is read-only: use GET.", 405)
            response["Allow"] = ALLOWED_METHODS
            return response
        try:
            data = view(request, *args, **kwargs)
        except BadRequest as error:
            return error_response(str(error), 400)
        except Exception as error:
            if database_out_of_reach(error):
                return service_unavailable(request)
            # Logged like any server error; the client still gets JSON it can read.
            logger.exception("Open Referral API fault on %s", request.path)
            return server_error(request)
        return error_response("Not found.", 404) if data is None else json_response(data)

    return wrapped


def bad_request(request, exception=None):
    """The 400 for an address the site refuses before any view runs (see config/urls.py)."""
    return error_response("The address is not valid.", 400)


def server_error(request):
    """The 500 for a fault outside the API's views (a middleware: see config/urls.py)."""
    return error_response("Something went wrong on our side.", 500)


def service_unavailable(request):
    """While the database is down: the API's error shape, with when to try again."""
    response = error_response("The service is unavailable for now: try again soon.", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


@api_view
def not_found(request):
    """Any other address under the API, a malformed id included."""
    return None


def integer_param(request, name, default, minimum, maximum):
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number.") from None
    if not minimum <= value <= maximum:
        raise BadRequest(f"{name} must be between {minimum} and {maximum}.")
    return value


def uuid_param(request, name):
    raw = request.GET.get(name, "")
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a UUID.") from None


def paginated(request, items, to_records):
    """A page of `items` (a queryset or list) in the standard's list envelope;
    `to_records` turns the page's items into records."""
    page = integer_param(request, "page", 1, 1, 1_000_000)
    per_page = integer_param(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    total = len(items) if isinstance(items, list) else items.count()
    pages = max(1, math.ceil(total / per_page))
    chunk = items[(page - 1) * per_page : page * per_page]
    contents = to_records(list(chunk))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not contents,
        "contents": contents,
    }


def published(model):
    return model.objects.live().public().filter(locale=Locale.get_default())


def activities():
    """Published activities in the main language, with what their records need."""
    return (
        published(ActivityPage)
        .annotate(current=Exists(current_schedules().filter(page_id=OuterRef("pk"))))
        .select_related("venue")
        .prefetch_related("schedules", "breaks", *records.VOCABULARY_FIELDS.values())
        .order_by("path")
    )


def with_organisations(activities_page):
    """Give each activity its organisation from one query, not one each."""
    activities_page = list(activities_page)
    parents = {activity.path[: -ActivityPage.steplen] for activity in activities_page}
    organisations = {
        page.path: page
        for page in OrganisationPage.objects.filter(path__in=parents).prefetch_related(
            "identifiers"
        )
    }
    for activity in activities_page:
        activity.organisation = organisations[activity.path[: -ActivityPage.steplen]]
    return activities_page


@api_view
def root(request):
    return {
        "version": VERSION,
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("openreferral:openapi")),
    }


@cache
def openapi_document():
    return json.loads(OPENAPI_DESCRIPTION.read_text())


@api_view
def openapi(request):
    """This API's own OpenAPI description: the standard's endpoints as served here,
    with the parameters and errors they really have."""
    base = request.build_absolute_uri(reverse("openreferral:root")).rstrip("/")
    document = openapi_document()
    title = f"{council_in_default_language().service_name}: Open Referral UK API"
    return {**document, "info": {**document["info"], "title": title}, "servers": [{"url": base}]}


def each(to_record, *args):
    return lambda items: [to_record(item, *args) for item in items]


@api_view
def services(request):
    def to_records(page):
        return [
            records.service(activity, request, current=activity.current)
            for activity in with_organisations(page)
        ]

    return paginated(request, filtered_services(request), to_records)


def filtered_services(request):
    found = activities()
    text = request.GET.get("search", "").strip()
    if len(text) > 200:
        raise BadRequest("search must be at most 200 characters.")
    if term := uuid_param(request, "taxonomy_term_id"):
        found = found.filter(term_filter(term))
    if taxonomy_id := uuid_param(request, "taxonomy_id"):
        found = found.filter(taxonomy_filter(taxonomy_id))
    if organisation_id := uuid_param(request, "organization_id"):
        organisation = published(OrganisationPage).filter(translation_key=organisation_id).first()
        found = found.child_of(organisation) if organisation else found.none()
    if raw := request.GET.get("modified_after", ""):
        found = found.filter(last_published_at__gt=parse_moment(raw))
    if request.GET.get("postcode"):
        found = found.filter(venue__in=venues_near(request))
    elif request.GET.get("proximity"):
        raise BadRequest("proximity needs a postcode.")
    if text:
        # Searched alone, then combined: the search backends cannot take the
        # filters above (subqueries) as part of a search.
        matches = published(ActivityPage).search(text, order_by_relevance=False)
        found = found.filter(pk__in=[page.pk for page in matches])
    return found


def term_filter(term_uuid):
    condition = Q()
    for field_name in records.VOCABULARY_FIELDS.values():
        condition |= Q(**{f"{field_name}__uuid": term_uuid})
    return Exists(ActivityPage.objects.filter(condition, pk=OuterRef("pk")))


def taxonomy_filter(taxonomy_id):
    for vocabulary, field_name in records.VOCABULARY_FIELDS.items():
        if records.derived_id("taxonomy", vocabulary.value) == str(taxonomy_id):
            return Exists(
                ActivityPage.objects.filter(pk=OuterRef("pk"), **{f"{field_name}__isnull": False})
            )
    raise BadRequest("taxonomy_id is not one of this API's taxonomies.")


def parse_moment(raw):
    """An ISO 8601 date and time, in UTC; a 400 for one that does not exist
    (month 13, 30 February, hour 25, year 0) or cannot be stored."""
    try:
        moment = parse_datetime(raw.replace(" ", "+")) if len(raw) <= 40 else None
        if moment is not None:
            moment = (make_aware(moment) if is_naive(moment) else moment).astimezone(UTC)
    except (ValueError, OverflowError):
        moment = None
    if moment is None:
        raise BadRequest("modified_after must be a date and time such as 2026-01-31T09:00:00Z.")
    return moment


def venues_near(request):
    try:
        place = get_geocoder().locate(request.GET["postcode"])
    except PostcodeError as error:
        raise BadRequest(str(error)) from None
    metres = integer_param(request, "proximity", None, 1, 100_000)
    near = []
    for venue in published(VenuePage):
        distance = miles_between(place.latitude, place.longitude, venue.latitude, venue.longitude)
        if metres is None or distance * METRES_PER_MILE <= metres:
            near.append(venue.pk)
    return near


@api_view
def service(request, service_id):
    activity = activities().filter(translation_key=service_id).first()
    if activity is None:
        return None
    [activity] = with_organisations([activity])
    return records.service(activity, request, current=activity.current, full=True)


@api_view
def organizations(request):
    return paginated(
        request,
        published(OrganisationPage).prefetch_related("identifiers").order_by("path"),
        each(records.organization, request),
    )


@api_view
def organization(request, organization_id):
    organisation = published(OrganisationPage).filter(translation_key=organization_id).first()
    return records.organization(organisation, request) if organisation else None


@api_view
def taxonomies(request):
    return paginated(request, list(Vocabulary), each(records.taxonomy))


@api_view
def taxonomy(request, taxonomy_id):
    for vocabulary in Vocabulary:
        if records.derived_id("taxonomy", vocabulary.value) == str(taxonomy_id):
            return records.taxonomy(vocabulary, with_terms=True)
    return None


@api_view
def taxonomy_terms(request):
    terms = Term.objects.all()
    if taxonomy_id := uuid_param(request, "taxonomy_id"):
        vocabularies = [
            vocabulary
            for vocabulary in Vocabulary
            if records.derived_id("taxonomy", vocabulary.value) == str(taxonomy_id)
        ]
        terms = terms.filter(vocabulary__in=vocabularies)
    return paginated(request, terms, each(records.taxonomy_term))


@api_view
def taxonomy_term(request, term_id):
    term = Term.objects.filter(uuid=term_id).first()
    return records.taxonomy_term(term) if term else None


@api_view
def service_at_locations(request):
    found = activities().filter(venue__isnull=False)
    return paginated(request, found, each(records.service_at_location))


@api_view
def service_at_location(request, service_at_location_id):
    activity_key = records.service_key_of_service_at_location(service_at_location_id)
    activity = activities().filter(venue__isnull=False, translation_key=activity_key).first()
    return records.service_at_location(activity) if activity else None
