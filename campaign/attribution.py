"""Where people came in, carried in the address (never a cookie), and what they did next.

A scan of /go/<code> adds `from=qr:<code>` to the address it leads to. The find
page keeps it in its form and its result links, activity pages pass it on to
their "get a hand" links, and the self-referral form records it on the referral.
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.apps import apps
from django.db.models import Count

from campaign.models import EntryPoint, NextStep, NextStepCount
from core.counters import count_today
from core.pagecache import do_not_cache
from directory.models import ActivityPage, DirectoryIndexPage

QR_MARKER = re.compile(r"^qr:([a-z0-9][a-z0-9-]{0,39})$")
UTM_MEDIUM = "qr"
UTM_CAMPAIGN = "getting-connected"


def source_marker(request):
    """The `from=qr:<code>` marker of this request, if it carries a well-formed one."""
    value = request.GET.get("from", "").strip().lower()
    return value if QR_MARKER.match(value) else ""


def with_query(url, params):
    """url with params merged into its query string (params win)."""
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key not in params]
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def tracked_destination(entry_point, url, phase_slug=""):
    return with_query(
        url,
        {
            "utm_source": entry_point.code,
            "utm_medium": UTM_MEDIUM,
            "utm_campaign": phase_slug or UTM_CAMPAIGN,
            "utm_content": entry_point.placement,
            "from": entry_point.source_marker,
        },
    )


def count_next_step(request, page):
    """Count a find-page visit or an activity view that came from an entry point."""
    marker = source_marker(request)
    if not marker or getattr(request, "is_preview", False):
        return
    if isinstance(page, DirectoryIndexPage):
        step = NextStep.SEARCH
    elif isinstance(page, ActivityPage) and request.path == page.url:
        step = NextStep.ACTIVITY
    else:
        return
    do_not_cache(request)  # each visit is counted
    entry_point = EntryPoint.objects.filter(code=QR_MARKER.match(marker).group(1)).first()
    if entry_point is not None:
        count_today(NextStepCount, entry_point=entry_point, step=step)


def referral_counts():
    """Self-referrals per entry point code. Looked up by name: campaign and referrals
    are sibling apps and do not import each other."""
    Referral = apps.get_model("referrals", "Referral")
    rows = (
        Referral.objects.filter(source_kind="qr")
        .values("source_ref")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return {row["source_ref"]: row["total"] for row in rows}
