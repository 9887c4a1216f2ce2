"""Sending the outbox's messages through GOV.UK Notify, and reading back what became of them.

Chosen by MESSAGE_SENDER = "notify" (see config/settings/base.py). Each send
carries a reference naming the outbox row (no personal data, as Notify asks),
so a send whose reply was lost is found, not repeated: every attempt after
the first asks Notify for that reference before sending again.

Notify's answers:
- 400 (an invalid phone number or address, a trial-mode recipient, a missing
  template): sending again cannot help, so `Refused` ends the row as failed;
- 403 (wrong key, clock), 429 (rate or daily limit), 5xx, a timeout or a
  dropped connection: an ordinary failure, retried with the outbox's backoff.
"""

import logging
from datetime import timedelta

from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)

# Notify's statuses after which nothing changes any more.
FINAL_STATUSES = {
    "delivered",
    "permanent-failure",
    "temporary-failure",
    "technical-failure",
    "sent",
}
# Notify keeps a message's status for 7 days; after that there is nothing to ask.
STATUS_KEPT_DAYS = 7


class Refused(Exception):
    """Notify refused the message for good; the text says why, without personal data."""


def enabled():
    return settings.MESSAGE_SENDER == "notify"


def client():
    return NotificationsAPIClient(
        settings.NOTIFY_API_KEY, base_url=settings.NOTIFY_BASE_URL, timeout=settings.NOTIFY_TIMEOUT
    )


def template_for(message, language):
    """The kind's own template in this language, else the general one for the channel."""
    own = settings.NOTIFY_TEMPLATES.get(message.kind) if message.kind else None
    if isinstance(own, dict) and own.get(language):
        return own[language]
    general = settings.NOTIFY_TEMPLATES.get(message.channel)
    if not general:
        raise LookupError(f"No Notify template for {message.channel}")
    return general


def error_text(error):
    """Notify's error, e.g. "400 ValidationError: phone_number Not a UK mobile number"."""
    if error.response is None:  # down, timed out, or the connection dropped
        return f"no answer ({type(error.__cause__).__name__})"
    errors = error.message if isinstance(error.message, list) else []
    first = errors[0] if errors and isinstance(errors[0], dict) else {}
    text = f"{first.get('error', '')}: {first.get('message', '')}" if first else error.message
    return f"{error.status_code} {text}"[:200]


def send(message, reference, language, retry):
    """Send one message; returns Notify's notification id.

    On a retry, a message Notify already has under this reference is not sent again."""
    notify = client()
    try:
        if retry:
            found = notify.get_all_notifications(reference=reference).get("notifications")
            if found:
                logger.warning("Notify already had %s; not sending it again", reference)
                return found[0]["id"]
        arguments = {
            "template_id": template_for(message, language),
            "personalisation": {
                "subject": message.subject,
                "body": message.body,
                **message.personalisation,
            },
            "reference": reference,
        }
        if message.channel == "sms":
            sent = notify.send_sms_notification(phone_number=message.to[0], **arguments)
        else:
            sent = notify.send_email_notification(email_address=message.to[0], **arguments)
    except APIError as error:
        if error.status_code == 400:
            raise Refused(error_text(error)) from error
        raise
    return sent["id"]


def refresh_statuses(models):
    """Read back Notify's status of each message not yet final; returns how many changed."""
    changed = 0
    notify = client()
    since = timezone.now() - timedelta(days=STATUS_KEPT_DAYS)
    for model in models:
        open_rows = (
            model.objects.exclude(provider_id="")
            .exclude(delivery_status__in=FINAL_STATUSES)
            .filter(sent_at__gte=since)
        )
        for pk, provider_id, before in open_rows.values_list(
            "pk", "provider_id", "delivery_status"
        ):
            try:
                status = notify.get_notification_by_id(provider_id).get("status")
            except APIError as error:
                logger.warning("Notify status of %s %s not read: %s", model._meta.label, pk, error)
                if error.response is None:  # Notify is not answering: try on the next run
                    return changed
                continue
            if status and status != before:
                model.objects.filter(pk=pk).update(delivery_status=status[:30])
                changed += 1
    return changed
