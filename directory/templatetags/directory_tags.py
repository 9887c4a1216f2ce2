import json
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.localformat import WEEKDAY_DAY_MONTH, local_date, local_list, local_time
from core.pagecache import remember
from directory.forms import FindForm
from directory.models import DirectoryIndexPage
from directory.shortlist import (
    CARRIED_PARAMETER,
    carried_ids,
    format_ids,
    shortlist_url,
    with_shortlist,
)

register = template.Library()

# As django.utils.html.json_script: nothing in the data can close the script element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def session_text(session):
    """e.g. "Tuesday 1 December, 10:00 to 12:00", in the reader's language."""
    return _("%(day)s, %(start)s to %(end)s") % {
        "day": day_text(session.start),
        "start": local_time(session.start),
        "end": local_time(session.end),
    }


@register.simple_tag
def day_text(day):
    """e.g. "Tuesday 1 December", in the reader's language."""
    return local_date(day, WEEKDAY_DAY_MONTH)


@register.simple_tag
def session_times(session):
    """e.g. "10:00 to 12:00", in the reader's language."""
    return time_range(session.start, session.end)


@register.simple_tag
def time_range(start, end):
    """Two times of day (or moments), e.g. "9:00 to 17:00", in the reader's language."""
    return _("%(start)s to %(end)s") % {"start": local_time(start), "end": local_time(end)}


@register.simple_tag
def distance_text(miles):
    # Always one decimal place, and decimals take the "other" plural form in
    # every site language, so one message serves.
    return _("%(miles)s miles away") % {"miles": number_format(round(miles, 1), 1)}


@register.simple_tag
def term_labels(terms):
    return local_list(term.label for term in terms)


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """A schema.org data block; not executable, so the CSP need not allow it."""
    data = json.dumps(page.structured_data(context["request"]), ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(data.translate(JSON_ESCAPES))
    )


def find_page_for_reader():
    find_pages = DirectoryIndexPage.objects.live().public()
    return (
        find_pages.filter(locale=Locale.get_active()).first()
        or find_pages.filter(locale=Locale.get_default()).first()
    )


@register.inclusion_tag("directory/components/interest_links.html")
def interest_links():
    """Browse-by-interest links from the find page in the reader's language."""

    def compute():
        find_page = find_page_for_reader()
        return find_page.interest_links() if find_page else []

    return {"links": remember(f"interest-links:{get_language()}", compute)}


@register.inclusion_tag("directory/components/save_control.html", takes_context=True)
def save_control(context, activity):
    """ "Save" for an activity: a link to the shortlist with it added (no JavaScript, no
    cookie), or, once it is on the list, a link to the list."""
    request = context["request"]
    ids = carried_ids(request)
    saved = activity.pk in ids
    return {
        "activity": activity,
        "saved": saved,
        "count": len(ids),
        "url": shortlist_url(ids, back=request.get_full_path())
        if saved
        else shortlist_url([*ids, activity.pk], saved=activity.pk, back=request.get_full_path()),
    }


@register.simple_tag(takes_context=True)
def carried_shortlist(context):
    """The shortlist as a hidden field, so a form on the page (find) keeps it."""
    ids = carried_ids(context["request"])
    if not ids:
        return ""
    return format_html(
        '<input type="hidden" name="{}" value="{}">', CARRIED_PARAMETER, format_ids(ids)
    )


@register.simple_tag(takes_context=True)
def result_url(context, activity):
    """An activity's page from the results, passing the way in (`from`) and the
    shortlist along, so browsing never loses the list."""
    url = activity.get_url(context["request"])
    if marker := context.get("source_marker"):
        url += "?" + urlencode({"from": marker})
    return with_shortlist(url, carried_ids(context["request"]))


@register.inclusion_tag("directory/components/find_box.html")
def find_box():
    """The find page's words box, for the home page: it searches the find page."""

    def compute():
        find_page = find_page_for_reader()
        return find_page.url if find_page else None

    return {"action": remember(f"find-url:{get_language()}", compute), "form": FindForm()}


@register.simple_tag(takes_context=True)
def map_of(context, results):
    """The map of some results or activities (directory/components/map.html): its
    tile server, and its places, one per venue with a location, naming the
    activities there. None when no tile server is set (MAP_TILE_URL)."""
    if not settings.MAP_TILE_ORIGIN:
        return None
    places = {}
    for result in results:
        activity = getattr(result, "activity", result)
        venue = activity.venue
        if venue is None or venue.latitude is None or venue.longitude is None:
            continue
        place = places.setdefault(
            venue.pk,
            {
                "name": venue.title,
                "latitude": venue.latitude,
                "longitude": venue.longitude,
                "activities": [],
            },
        )
        place["activities"].append(
            {"title": activity.title, "url": activity.get_url(context["request"])}
        )
    if not places:
        return None
    return {
        "tiles": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "places": list(places.values()),
    }
