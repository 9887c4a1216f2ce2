"""The evaluation export: one row per referral received in a period, for the
Evaluators group, without identities (docs/evaluation.md is its data dictionary).

Ids are keyed pseudonyms (core.blindindex.pseudonym): the same referral, and the
same person, get the same id in every period's extract, and nobody without
BLIND_INDEX_KEY can trace one back. No name, contact detail, free text,
postcode, exact date or reference number goes out; dates become the month
received and days since it.
"""

from datetime import date, datetime, time

from dateutil.relativedelta import relativedelta

from django.utils import timezone

from core.blindindex import pseudonym
from referrals import outcomes
from referrals.models import Referral, ReferralLogEntry

COLUMNS = [
    "referral_id",
    "person_id",
    "received_month",
    "area",
    "source_kind",
    "source_ref",
    "request",
    "for_whom",
    "interests",
    "age_band",
    "language",
    "contact_method",
    "status",
    "status_history",
    "went",
    "score_at_referral",
    "score_at_follow_up",
    "items_at_referral",
    "items_at_follow_up",
]


def period_bounds(first_month, last_month):
    """Aware datetimes from the start of first_month to the end of last_month
    (each a date on the month's first day), in the borough's time."""
    end_day = last_month + relativedelta(months=1)
    return tuple(
        timezone.make_aware(datetime.combine(day, time.min)) for day in (first_month, end_day)
    )


def status_histories(referral_ids):
    """{referral id: "contacted +3d; connected +21d"} from the audit log."""
    entries = ReferralLogEntry.objects.filter(
        action="referrals.status", object_id__in=[str(pk) for pk in referral_ids]
    ).order_by("timestamp", "id")
    found = {}
    for entry in entries.values("object_id", "timestamp", "data"):
        detail = (entry["data"] or {}).get("detail", "")
        found.setdefault(int(entry["object_id"]), []).append(
            (detail.removeprefix("to ").strip(), entry["timestamp"])
        )
    return found


def person_id(referral):
    # The blind index of their phone or email: the same person across referrals.
    index = referral.phone_index or referral.email_index
    return pseudonym("person", index) if index else ""


def scores(stored):
    return ";".join(str(score) for score in outcomes.item_scores(stored))


def rows(first_month, last_month):
    start, end = period_bounds(first_month, last_month)
    referrals = list(
        Referral.objects.filter(created_at__gte=start, created_at__lt=end)
        .select_related("area")
        .order_by("created_at", "pk")
    )
    histories = status_histories([referral.pk for referral in referrals])
    for referral in referrals:
        received = referral.created_at
        changes = histories.get(referral.pk, [])
        history = "; ".join(f"{status} +{(when - received).days}d" for status, when in changes)
        before = outcomes.score(referral.measure_at_referral)
        after = outcomes.score(referral.measure_at_follow_up)
        yield {
            "referral_id": pseudonym("referral", referral.pk),
            "person_id": person_id(referral),
            "received_month": timezone.localtime(received).strftime("%Y-%m"),
            "area": referral.area.slug if referral.area else "",
            "source_kind": referral.source_kind,
            "source_ref": referral.source_ref,
            "request": referral.kind,
            "for_whom": referral.for_whom,
            "interests": ";".join(referral.interests),
            "age_band": referral.age_band,
            "language": referral.language,
            "contact_method": referral.contact_method,
            "status": referral.status,
            "status_history": history,
            "went": referral.attended,
            "score_at_referral": "" if before is None else before,
            "score_at_follow_up": "" if after is None else after,
            "items_at_referral": scores(referral.measure_at_referral),
            "items_at_follow_up": scores(referral.measure_at_follow_up),
        }


def default_period(today=None):
    """The last whole six months: evaluators draw an extract every six months."""
    today = today or timezone.localdate()
    this_month = date(today.year, today.month, 1)
    return this_month - relativedelta(months=6), this_month - relativedelta(months=1)
