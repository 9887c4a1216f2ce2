"""Follow-up and outcomes: "Did you go? How was it?", and feeling connected.

When a connector closes a referral as connected they may set a follow-up
date. On that date the daily job (`send_follow_ups`) queues one message to the
resident, by their chosen way, through the one outbox. Its link needs no
sign-in: it is signed (django.core.signing, so it cannot be made up or
changed), expires FOLLOW_UP_LINK_DAYS after it was sent, and is answered once.

The measure is the 3-item UCLA scale the ONS recommends (lack companionship,
feel left out, feel isolated from others; hardly ever or never 1, some of the
time 2, often 3; a score of 3 to 9, lower is more connected). It is optional,
offered when the resident has sent their request and again at follow-up, and
introduced as being about feeling connected. Answers are encrypted on the
referral and go when it is anonymised or erased.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from referrals.models import Action, Referral, Status, audit
from referrals.notifications import queue_to_resident, resident_message

FOLLOW_UP_LINK_DAYS = 30
LINK_SALT = "referrals.follow-up"

# The three items, in the ONS's order, and the answers with their scores.
ITEMS = [
    ("companionship", gettext_lazy("How often do you feel that you lack companionship?")),
    ("left_out", gettext_lazy("How often do you feel left out?")),
    ("isolated", gettext_lazy("How often do you feel isolated from others?")),
]
ANSWERS = [
    ("1", gettext_lazy("Hardly ever or never")),
    ("2", gettext_lazy("Some of the time")),
    ("3", gettext_lazy("Often")),
]


def item_scores(stored):
    """[1, 2, 3] from the stored "1,2,3"; [] when not answered."""
    return [int(code) for code in stored.split(",") if code in ("1", "2", "3")] if stored else []


def score(stored):
    """The measure's score (3 to 9), or None when it was not answered."""
    scores = item_scores(stored)
    return sum(scores) if len(scores) == len(ITEMS) else None


def stored_measure(cleaned_data):
    """The form's three answers as stored, or "" when the person skipped them."""
    codes = [cleaned_data.get(name) or "" for name, _label in ITEMS]
    return ",".join(codes) if all(codes) else ""


# The link.


class LinkProblem(Exception):
    """A follow-up link that cannot be answered; `kind` says why, for the page."""

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind  # "broken", "expired" or "answered"


def follow_up_token(referral):
    return signing.dumps([referral.pk, referral.reference], salt=LINK_SALT)


def follow_up_url(referral, language):
    with translation.override(language):
        path = reverse("referrals:follow_up", args=[follow_up_token(referral)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def referral_for_token(token):
    """The referral a link is for, if it may still be answered; else LinkProblem."""
    try:
        pk, reference = signing.loads(
            token, salt=LINK_SALT, max_age=FOLLOW_UP_LINK_DAYS * 24 * 60 * 60
        )
    except signing.SignatureExpired as error:
        raise LinkProblem("expired") from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise LinkProblem("broken") from error
    referral = Referral.objects.filter(
        pk=pk, reference=reference, anonymised_at__isnull=True
    ).first()
    if referral is None:  # erased or anonymised since: nothing left to answer about
        raise LinkProblem("broken")
    if referral.follow_up_answered_at:
        raise LinkProblem("answered")
    return referral


def record_follow_up(referral, cleaned_data):
    """Store the answers once. A second submit (another tab, pressed twice at
    once) changes nothing: LinkProblem("answered")."""
    with transaction.atomic():
        answered = Referral.objects.filter(
            pk=referral.pk, follow_up_answered_at__isnull=True
        ).update(
            follow_up_answered_at=timezone.now(),
            attended=cleaned_data["attended"],
            follow_up_comment=cleaned_data["follow_up_comment"],
            measure_at_follow_up=stored_measure(cleaned_data),
        )
        if not answered:
            raise LinkProblem("answered")
        audit(referral, Action.FOLLOW_UP)


def record_measure_at_referral(referral, cleaned_data):
    """The measure given just after sending the request; once. False if it was."""
    answered = Referral.objects.filter(pk=referral.pk, measure_at_referral="").update(
        measure_at_referral=stored_measure(cleaned_data)
    )
    return bool(answered)


# The daily job.


def due_follow_ups(on):
    return Referral.objects.filter(
        status=Status.CONNECTED,
        anonymised_at__isnull=True,
        follow_up_on__lte=on,
        follow_up_queued_at__isnull=True,
    )


def queue_follow_ups(on=None):
    """Queue today's follow-up messages; each referral's once however often it
    runs. A resident who chose a phone call or a letter gets none (the
    connector asks them). Returns how many were queued."""
    on = on or timezone.localdate()
    queued = 0
    for referral in due_follow_ups(on).iterator():
        with transaction.atomic():
            # Claimed with one UPDATE: of two runs at once, one queues it.
            if not Referral.objects.filter(pk=referral.pk, follow_up_queued_at__isnull=True).update(
                follow_up_queued_at=timezone.now()
            ):
                continue
            if queue_to_resident(referral, follow_up=True):
                queued += 1
    return queued


def follow_up_message(notification):
    """Short, in the resident's language; the link is made as it is sent."""
    referral = notification.referral
    if referral is None:  # erased since: nobody to ask
        return None
    link = follow_up_url(referral, notification.language)
    lines = [
        _("A community connector helped you get connected (reference %(reference)s).")
        % {"reference": notification.reference},
        _("Did you go? How was it? Tell us here, no sign-in needed: %(link)s") % {"link": link},
        _("The link works once, for %(days)s days.") % {"days": FOLLOW_UP_LINK_DAYS},
    ]
    return resident_message(
        notification,
        _("Did you go? How was it?"),
        lines,
        "referral-follow-up",
        {"reference": notification.reference, "follow_up_url": link},
    )
