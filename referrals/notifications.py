"""Referral notifications: rows in the outbox (core/outbox.py), written with the referral.

`queue_notifications` runs inside the transaction that stores a referral; the
sends are queued once that transaction has committed, so the resident's page
never waits for the mail server. No message carries personal or health
details: only the reference.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.council import signature
from referrals.models import Kind, Notification
from referrals.routing import staff_recipients


def queue_notifications(referral):
    """Outbox rows for a referral just stored; call inside its transaction."""
    rows = [
        Notification(
            referral=referral,
            audience=Notification.Audience.STAFF,
            recipient=user.email,
            language=settings.LANGUAGE_CODE,
            reference=referral.reference,
        )
        for user in staff_recipients(referral)
    ]
    if not rows and settings.REFERRALS_FALLBACK_EMAIL:
        rows.append(
            Notification(
                referral=referral,
                audience=Notification.Audience.STAFF,
                recipient=settings.REFERRALS_FALLBACK_EMAIL,
                language=settings.LANGUAGE_CODE,
                reference=referral.reference,
            )
        )
    if referral.contact_method == "email" and referral.email:
        rows.append(
            Notification(
                referral=referral,
                audience=Notification.Audience.RESIDENT,
                recipient=referral.email,
                language=translation.get_language() or settings.LANGUAGE_CODE,
                reference=referral.reference,
            )
        )
    for row in rows:
        row.save()
        row.send_after_commit()
    return rows


def message(notification):
    """Subject and body, in the active language, with no personal details."""
    if notification.audience == Notification.Audience.STAFF:
        inbox = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("referrals_inbox")
        subject = _("A new request is waiting")
        body = _(
            "A new request for a hand to get connected is waiting (reference "
            "%(reference)s).\n\nSign in to view it: %(inbox)s"
        ) % {"reference": notification.reference, "inbox": inbox}
    else:
        kind = notification.referral.kind if notification.referral else Kind.CONNECTOR
        subject = _("We have your request: %(reference)s") % {"reference": notification.reference}
        body = "\n\n".join(
            [
                _("Thank you for getting in touch."),
                _("Your reference number is %(reference)s.")
                % {"reference": notification.reference},
                what_happens_next(kind),
                _("If you did not ask for this, you can ignore this email."),
                signature(),
            ]
        )
    return subject, body


def what_happens_next(kind):
    if kind == Kind.TRY:
        return _(
            "The activity's organiser will contact you within 5 working days, in the way you chose."
        )
    return _("A community connector will contact you within 5 working days, in the way you chose.")
