"""One outbox for every email and text message the site sends.

A message is a row of a concrete `Outbox` model (referral notifications,
listing-check and problem-report emails), written in the same transaction as
what it is about, so none is lost. After that transaction commits, a task on
the queue (the database queue in production, worked by `manage.py db_worker`)
calls `deliver()`; `manage.py send_pending_messages`, every few minutes, picks
up what is due again after a failure.

Delivery is at least once, never twice at the same time:
- `deliver()` first claims the row with one UPDATE (pending, due, and no
  unexpired lease), so two workers, or a worker and the timer, never send the
  same row at once, on SQLite and on PostgreSQL alike;
- once the mail server has accepted the email the row is marked sent; if that
  write fails ("database is locked") it is tried again a few times, and if the
  process dies first the row stays claimed: nothing resends it before the
  lease runs out (OUTBOX_LEASE_SECONDS), and the resend after it is logged.
  A lost email is worse for a resident than, rarely, a second copy.

Messages go by the email backend, or by GOV.UK Notify when MESSAGE_SENDER is
"notify" (core/notify.py: text messages need it). A message Notify refuses for
good (an invalid number) is marked failed, not retried; Notify's own status
(delivered, permanent-failure …) is read back by `refresh_delivery_statuses`.

Logs name the model, row id and error class, never an address or a message.
"""

import logging
import smtplib
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django_tasks import task

from django.apps import apps
from django.conf import settings
from django.core.mail import send_mail
from django.db import DatabaseError, models, transaction
from django.db.models import Count, F, Min, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import notify

logger = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
# A message still not sent after this long is given up on (and shows in the logs).
GIVE_UP_AFTER = timedelta(days=30)
MARK_SENT_TRIES = 5
INTERRUPTED = "Interrupted: not known whether it went"


@dataclass
class Message:
    subject: str
    body: str
    to: list
    channel: str = "email"  # or "sms": only through Notify
    # Names the Notify template for this kind of message, filled with `personalisation`.
    kind: str = ""
    personalisation: dict = field(default_factory=dict)


def backoff(attempts):
    """1, 2, 4, 8 … minutes after each failure, at most six hours."""
    return min(timedelta(minutes=2 ** min(attempts - 1, 20)), MAX_BACKOFF)


# Staff see these on a referral; Notify's own statuses once read back.
STATE_LABELS = {
    "pending": _("Waiting to be sent"),
    "sent": _("Sent"),
    "given-up": _("Not sent: given up after 30 days"),
}
DELIVERY_LABELS = {
    "created": _("Sent, not yet delivered"),
    "sending": _("Sent, not yet delivered"),
    "pending": _("Sent, not yet delivered"),
    "sent": _("Sent"),
    "delivered": _("Delivered"),
    "permanent-failure": _("Not delivered: the number or address does not exist"),
    "temporary-failure": _("Not delivered: the phone was off or the inbox full"),
    "technical-failure": _("Not delivered: a problem at GOV.UK Notify"),
}


def lease():
    return timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)


class Outbox(models.Model):
    """An email waiting to go. A subclass says what it is about in `message()`."""

    # Never shown to residents: no translated labels.
    class State(models.TextChoices):
        PENDING = "pending"
        SENT = "sent"
        # Refused for good (an invalid phone number): never retried.
        FAILED = "failed"
        GIVEN_UP = "given-up"

    state = models.CharField(
        max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    # The language the email is written in.
    language = models.CharField(max_length=10, default="en")
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    # Set while one worker is sending it; nobody else may until it has passed.
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # GOV.UK Notify's id for the message, and the status last read back from it.
    provider_id = models.CharField(max_length=36, blank=True)
    delivery_status = models.CharField(max_length=30, blank=True)

    class Meta:
        abstract = True

    def notify_reference(self):
        """Names this row at Notify, so a resend finds it; nothing personal."""
        return f"{self._meta.label_lower}-{self.pk}-{self.created_at:%Y%m%d%H%M%S}"

    def status_label(self):
        """What became of the message, for staff."""
        if self.delivery_status in DELIVERY_LABELS:
            return DELIVERY_LABELS[self.delivery_status]
        if self.state == self.State.FAILED:
            return _("Not sent: refused (%(error)s)") % {"error": self.last_error}
        return STATE_LABELS[self.state]

    def message(self):
        """A Message in the active language, or None when there is nobody to send to."""
        raise NotImplementedError

    def after_sent(self):
        """What else changes once the email has gone (a subclass may add to it)."""

    def send_after_commit(self):
        """Queue the send for when the current transaction commits."""
        label, pk = self._meta.label, self.pk
        transaction.on_commit(lambda: deliver_message.enqueue(label, pk))


def outbox_models():
    return [model for model in apps.get_models() if issubclass(model, Outbox)]


def claim(model, pk, everything=False):
    """Take the row for one send; False when it is sent, not due, or another has it.

    One UPDATE, so of two workers only one gets it. The row says "interrupted"
    until the send is recorded either way, so a worker that dies is noticed."""
    now = timezone.now()
    due = Q(pk=pk, state=Outbox.State.PENDING)
    due &= Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    if not everything:
        due &= Q(next_attempt_at__lte=now)
    claimed = model.objects.filter(due).update(
        claimed_until=now + lease(), attempts=F("attempts") + 1, last_error=INTERRUPTED
    )
    return bool(claimed)


def deliver(model, pk, everything=False):
    """Send one outbox row; True when it went now."""
    previous_error = model.objects.filter(pk=pk).values_list("last_error", flat=True).first()
    if not claim(model, pk, everything):
        return False
    attempts = model.objects.filter(pk=pk).values_list("attempts", flat=True).get()
    tag = f"{model._meta.label} {pk}"
    if previous_error == INTERRUPTED:
        # The mail server may have taken it before that worker died.
        logger.warning("Outbox %s: an earlier attempt did not finish; sending again", tag)
    try:
        row = model.objects.get(pk=pk)  # decrypts: an unreadable row is a failure too
        with translation.override(row.language):
            message = row.message()
        if message is None or not message.to:
            raise LookupError("No address to send to")
        provider_id = send(row, message, retry=attempts > 1)
    except notify.Refused as error:  # sending again cannot help
        model.objects.filter(pk=pk).update(
            state=Outbox.State.FAILED, claimed_until=None, last_error=str(error)[:200]
        )
        logger.warning("Outbox %s refused by Notify: %s", tag, str(error)[:200])
        return False
    except Exception as error:  # mail down or hung, or a row that cannot be rendered: retried
        model.objects.filter(pk=pk).update(
            claimed_until=None,
            next_attempt_at=timezone.now() + backoff(attempts),
            last_error=describe(error)[:200],
        )
        logger.warning(
            "Outbox %s not sent (attempt %s): %s; will retry",
            tag,
            attempts,
            type(error).__name__,
        )
        return False
    row.provider_id = provider_id
    mark_sent(row, tag)
    return True


def send(row, message, retry):
    """Send by the configured way; returns Notify's id, or "" for the email backend."""
    if notify.enabled():
        return notify.send(message, row.notify_reference(), row.language, retry)
    if message.channel != "email":
        raise LookupError("Text messages need GOV.UK Notify")
    send_mail(message.subject, message.body, None, message.to)
    return ""


def describe(error):
    """The error to keep on the row, without addresses (SMTP errors can quote them)."""
    name = type(error).__name__
    if isinstance(error, (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused)):
        return f"{name}: {getattr(error, 'smtp_code', '')}".rstrip(": ")
    if isinstance(error, notify.APIError):  # Notify's errors name no recipient
        return f"{name}: {notify.error_text(error)}"
    if isinstance(error, (OSError, LookupError)):  # "Connection unexpectedly closed: timed out"
        return f"{name}: {error}"
    return name


def mark_sent(row, tag):
    """Record the send; a busy database is waited for, not taken as a failure."""
    for attempt in range(1, MARK_SENT_TRIES + 1):
        try:
            with transaction.atomic():
                row.state, row.sent_at = Outbox.State.SENT, timezone.now()
                row.claimed_until, row.last_error = None, ""
                row.save(
                    update_fields=["state", "sent_at", "claimed_until", "last_error", "provider_id"]
                )
                row.after_sent()
            return
        except DatabaseError:
            if attempt == MARK_SENT_TRIES:
                # Left claimed: not sent again before the lease runs out.
                logger.exception("Outbox %s sent but not recorded as sent", tag)
                raise
            time.sleep(attempt)


@task()
def deliver_message(model_label, pk):
    """The queued send of one row; a failure leaves it for send_pending_messages."""
    return deliver(apps.get_model(model_label), pk)


def due_rows(everything=False):
    """(model, pk) of every pending row whose turn has come."""
    now = timezone.now()
    for model in outbox_models():
        pending = model.objects.filter(state=Outbox.State.PENDING).filter(
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
        )
        if not everything:
            pending = pending.filter(next_attempt_at__lte=now)
        for pk in pending.order_by("next_attempt_at").values_list("pk", flat=True):
            yield model, pk


def give_up_old():
    """Stop retrying messages older than GIVE_UP_AFTER; returns how many."""
    given_up = 0
    for model in outbox_models():
        old = model.objects.filter(
            state=Outbox.State.PENDING, created_at__lt=timezone.now() - GIVE_UP_AFTER
        )
        for pk in old.values_list("pk", flat=True):
            logger.error(
                "Outbox %s %s given up after %s days", model._meta.label, pk, GIVE_UP_AFTER.days
            )
        given_up += old.update(state=Outbox.State.GIVEN_UP)
    return given_up


def send_pending(everything=False):
    """Send what is due (or every pending message); (sent, not sent by this run)."""
    give_up_old()
    sent = failed = 0
    for model, pk in list(due_rows(everything)):
        try:
            went = deliver(model, pk, everything)
        except DatabaseError:  # the database is busy: this one waits for the next run
            logger.warning("Outbox %s %s not sent now: database busy", model._meta.label, pk)
            went = False
        sent += went
        failed += not went
    return sent, failed


def backlog():
    """Pending messages across the outbox and the age of the oldest, in seconds."""
    pending, oldest = 0, None
    for model in outbox_models():
        found = model.objects.filter(state=Outbox.State.PENDING).aggregate(
            count=Count("pk"), oldest=Min("created_at")
        )
        pending += found["count"]
        if found["oldest"] and (oldest is None or found["oldest"] < oldest):
            oldest = found["oldest"]
    age = int((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {"pending": pending, "oldest_seconds": age}


def refresh_delivery_statuses():
    """Notify's status of each recent message not yet final; how many changed."""
    return notify.refresh_statuses(outbox_models()) if notify.enabled() else 0
