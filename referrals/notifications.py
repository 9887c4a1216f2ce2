"""The outbox: notifications are rows written with the referral, then sent.

`queue_notifications` runs inside the transaction that stores a referral and
asks for a send only once that transaction has committed. A send that fails
(mail server down) leaves the row pending with a later `next_attempt_at`;
`manage.py send_pending_notifications` (cron, every few minutes) tries again.
No message carries personal or health details: only the reference.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from referrals.models import Kind, Notification
from referrals.routing import staff_recipients

logger = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)


def backoff(attempts):
    """1, 2, 4, 8 … minutes after each failure, at most six hours."""
    return min(timedelta(minutes=2 ** min(attempts - 1, 20)), MAX_BACKOFF)


def queue_notifications(referral):
    """Outbox rows for a referral just stored; call inside its transaction."""
    from referrals.tasks import send_notification

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
        transaction.on_commit(lambda pk=row.pk: send_notification.enqueue(pk))
    return rows


def message(notification):
    """Subject and body, in the notification's language, with no personal details."""
    with translation.override(notification.language):
        if notification.audience == Notification.Audience.STAFF:
            inbox = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("referrals_inbox")
            subject = _("A new request is waiting")
            body = _(
                "A new request for a hand to get connected is waiting (reference "
                "%(reference)s).\n\nSign in to view it: %(inbox)s"
            ) % {"reference": notification.reference, "inbox": inbox}
        else:
            kind = notification.referral.kind if notification.referral else Kind.CONNECTOR
            subject = _("We have your request: %(reference)s") % {
                "reference": notification.reference
            }
            body = "\n\n".join(
                [
                    _("Thank you for getting in touch."),
                    _("Your reference number is %(reference)s.")
                    % {"reference": notification.reference},
                    what_happens_next(kind),
                    _("If you did not ask for this, you can ignore this email."),
                    _("Get connected in Kellbrook, Kellbrook Council"),
                ]
            )
    return subject, body


def what_happens_next(kind):
    if kind == Kind.TRY:
        return _(
            "The activity's organiser will contact you within 5 working days, in the way you chose."
        )
    return _("A community connector will contact you within 5 working days, in the way you chose.")


def deliver(notification_id):
    """Try to send one notification; True when it went (or had already gone)."""
    with transaction.atomic():
        # Locked, so a retry run and a task never send the same one twice.
        notification = (
            Notification.objects.select_for_update()
            .filter(pk=notification_id, state=Notification.State.PENDING)
            .first()
        )
        if notification is None:
            return True
        subject, body = message(notification)
        try:
            send_mail(subject, body, None, [notification.recipient])
        except (smtplib.SMTPException, OSError) as error:
            notification.attempts += 1
            notification.next_attempt_at = timezone.now() + backoff(notification.attempts)
            notification.last_error = type(error).__name__
            notification.save()
            logger.warning(
                "Notification %s not sent (attempt %s): %s; will retry",
                notification.pk,
                notification.attempts,
                type(error).__name__,
            )
            return False
        notification.state = Notification.State.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.recipient = ""  # not needed any more
        notification.save()
        return True


def send_pending(everything=False):
    """Send what is due (or every pending one); (sent, still pending)."""
    pending = Notification.objects.filter(state=Notification.State.PENDING)
    if not everything:
        pending = pending.filter(next_attempt_at__lte=timezone.now())
    sent = failed = 0
    for pk in pending.values_list("pk", flat=True):
        if deliver(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed
