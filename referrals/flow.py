"""The question pages, in order, and the answers kept (encrypted) in the session."""

import json
import re
import uuid

from cryptography.fernet import InvalidToken

from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.crypto import encrypt, fernet
from core.forms import fill_time_token, seconds_since
from directory.models import ActivityPage
from referrals.models import Kind, SourceKind
from referrals.questions import SLUGS as STEP_SLUGS  # noqa: F401 (every page: views, tests)
from referrals.questions import asked

SESSION_KEY = "get_a_hand"
DONE_KEY = "get_a_hand_done"
SOURCE_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
START_SALT = "referrals.journey-start"


def parse_source(params):
    """(kind, activity id, source kind, source reference) from the entry link.
    Anything not understood is dropped: the request then counts as direct."""
    activity = None
    raw_activity = params.get("activity", "")
    if raw_activity.isdigit() and len(raw_activity) < 12:
        activity = ActivityPage.objects.live().public().filter(pk=int(raw_activity)).first()
    kind = params.get("kind", "")
    if activity is None or kind not in (Kind.TRY, Kind.COMPANION):
        kind = Kind.CONNECTOR
    source_kind, source_ref = SourceKind.DIRECT, ""
    origin = params.get("from", "")
    prefix, _sep, code = origin.partition(":")
    if prefix in (SourceKind.QR, SourceKind.CAMPAIGN) and SOURCE_CODE.match(code):
        source_kind, source_ref = prefix, code
    elif activity is not None:
        source_kind, source_ref = SourceKind.ACTIVITY, activity.slug[:60]
    return {
        "kind": kind,
        "activity": activity.pk if activity else None,
        "source_kind": source_kind,
        "source_ref": source_ref,
    }


def new_flow(source):
    return {
        "answers": {},
        "source": source,
        "token": fill_time_token(),
    }


def signed_start(flow):
    """A journey not yet in the session, carried by the first question page, so
    that looking at the pages stores nothing: the session begins with the first answer."""
    return signing.dumps(flow, salt=START_SALT, compress=True)


def unsigned_start(value):
    try:
        # A day is long for a first question; older starts begin again, with a new time.
        flow = signing.loads(value or "", salt=START_SALT, max_age=24 * 60 * 60)
    except signing.BadSignature:
        return None
    return flow if isinstance(flow, dict) and "source" in flow else None


def load(request):
    """The journey in progress, or None (none begun, the session idle past
    SESSION_COOKIE_AGE, or its key retired).

    The session holds it encrypted, so neither the session store nor a dump of it
    shows anything the person typed."""
    token = request.session.get(SESSION_KEY)
    if not isinstance(token, str):
        return None
    try:
        return json.loads(fernet().decrypt(token.encode()))
    except InvalidToken:
        return None


def save(request, flow):
    # The journey token is made as the journey enters the session: one per journey,
    # carried by the check page and kept unique on the referral it becomes.
    flow.setdefault("journey", str(uuid.uuid4()))
    request.session[SESSION_KEY] = encrypt(json.dumps(flow))


def forget(request):
    request.session.pop(SESSION_KEY, None)


def seconds_since_start(flow):
    return seconds_since(flow.get("token", ""))


def step_slugs(answers):
    """The pages these answers lead to (a professional gets a page about them)."""
    return [question.slug for question in asked(answers)]


def first_unanswered(answers):
    for slug in step_slugs(answers):
        if slug not in answers:
            return slug
    return None


def step_url(slug, change=False):
    url = reverse("referrals:step", args=[slug])
    return url + "?change=1" if change else url


def previous_url(slug, answers):
    slugs = step_slugs(answers)
    index = slugs.index(slug)
    return step_url(slugs[index - 1]) if index else None


def next_url(slug, change, answers):
    if change:
        # A changed answer may lead to a new page (becoming a professional's referral).
        gap = first_unanswered(answers)
        return step_url(gap, True) if gap else reverse("referrals:check")
    slugs = step_slugs(answers)
    index = slugs.index(slug)
    if index + 1 < len(slugs):
        return step_url(slugs[index + 1])
    return reverse("referrals:check")


def activity_for(flow):
    pk = flow["source"].get("activity")
    if not pk:
        return None
    return ActivityPage.objects.live().filter(pk=pk).first()


def summary_rows(answers):
    """(label, lines, change url) for the check-your-answers page."""
    return [
        (
            question.summary_label,
            question.summary(answers[question.slug]) or [_("Nothing chosen")],
            step_url(question.slug, True),
        )
        for question in asked(answers)
    ]
