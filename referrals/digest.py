"""The daily digest of referrals waiting past their first-contact date.

Each connector gets the overdue referrals routed to them (their areas, and
those with no area; an organisation's editors get their organisation's), and
REFERRALS_FALLBACK_EMAIL gets every one. A digest is a row of the one outbox,
unique per recipient and day, so running the job twice sends nothing twice.
It names reference numbers and days overdue, nothing about the person.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.languages import staff_language
from core.outbox import Message
from referrals.casework import overdue_q, today, working_days_left
from referrals.models import OverdueDigest, Referral
from referrals.routing import staff_recipients


def inbox_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("referrals_inbox") + "?due=overdue"


def overdue_by_recipient(on):
    """{recipient key: (address, language, [[reference, working days overdue], ...])}."""
    found = {}
    referrals = Referral.objects.filter(overdue_q(on)).order_by("created_at")
    for referral in referrals.select_related("organisation"):
        line = [referral.reference, -working_days_left(referral, on)]
        recipients = [
            (f"user-{user.pk}", user.email, staff_language(user))
            for user in staff_recipients(referral)
        ]
        if settings.REFERRALS_FALLBACK_EMAIL:
            recipients.append(
                ("fallback", settings.REFERRALS_FALLBACK_EMAIL, settings.LANGUAGE_CODE)
            )
        for key, address, language in recipients:
            found.setdefault(key, (address, language, []))[2].append(line)
    return found


def queue_digests(on=None):
    """Write today's digests and queue their sends; returns how many are new."""
    on = on or today()
    written = 0
    for key, (address, language, lines) in overdue_by_recipient(on).items():
        try:
            with transaction.atomic():
                digest = OverdueDigest.objects.create(
                    day=on,
                    recipient_key=key,
                    recipient=address,
                    overdue=lines,
                    language=language,
                )
                digest.send_after_commit()
        except IntegrityError:  # already written today: never a second one
            continue
        written += 1
    return written


def message(digest):
    lines = [
        ngettext(
            "%(reference)s: overdue by %(days)s working day",
            "%(reference)s: overdue by %(days)s working days",
            days,
        )
        % {"reference": reference, "days": days}
        for reference, days in digest.overdue
    ]
    count = len(lines)
    intro = ngettext(
        "%(count)s request for a hand to get connected is waiting past its first-contact date:",
        "%(count)s requests for a hand to get connected are waiting past their first-contact date:",
        count,
    ) % {"count": count}
    url = inbox_url()
    body = "\n\n".join(
        [intro, "\n".join(lines), _("Sign in to see them: %(inbox)s") % {"inbox": url}]
    )
    return Message(
        _("Referrals overdue for first contact"),
        body,
        [digest.recipient] if digest.recipient else [],
        kind="referral-overdue-digest-email",
        personalisation={"overdue": "\n".join(lines), "count": count, "inbox_url": url},
    )
