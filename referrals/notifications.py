"""Referral notifications: rows in the outbox (core/outbox.py), written with the referral.

`queue_notifications` runs inside the transaction that stores a referral; the
sends are queued once that transaction has committed, so the resident's page
never waits for the mail server. No message carries personal or health
details: only the reference. A resident who chose "Text message" gets their
confirmation by text when the site sends through GOV.UK Notify.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core import notify
from core.council import signature
from core.languages import staff_language
from core.outbox import Message
from directory.shortlist import format_ids, parse_ids, shortlist_url
from referrals.models import ContactMethod, Kind, Notification, Status
from referrals.routing import staff_recipients


def queue_notifications(referral):
    """Outbox rows for a referral just stored; call inside its transaction."""
    rows = [
        Notification(
            referral=referral,
            audience=Notification.Audience.STAFF,
            recipient=user.email,
            language=staff_language(user),
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
    language = translation.get_language() or settings.LANGUAGE_CODE
    channel, recipient = resident_address(referral)
    if referral.referrer_email:
        rows.append(referrer_notification(referral))
    if channel:
        rows.append(
            Notification(
                referral=referral,
                audience=Notification.Audience.RESIDENT,
                channel=channel,
                recipient=recipient,
                language=language,
                reference=referral.reference,
            )
        )
    for row in rows:
        row.save()
        row.send_after_commit()
    return rows


def resident_address(referral):
    """(channel, address) by the resident's chosen way, or (None, None) when the
    site cannot send that way (a phone call, a letter, texts without Notify)."""
    if referral.anonymised_at is None:
        if referral.contact_method == ContactMethod.EMAIL and referral.email:
            return "email", referral.email
        if referral.contact_method == ContactMethod.TEXT and referral.phone and notify.enabled():
            return "sms", referral.phone
    return None, None


def shortlist_channel(referral):
    return resident_address(referral)[0]


def queue_to_resident(referral, **about):
    """A message to the resident by their chosen way, in their language, through
    the outbox; `about` says what it is. None when the site cannot send that way."""
    channel, recipient = resident_address(referral)
    if channel is None:
        return None
    row = Notification.objects.create(
        referral=referral,
        audience=Notification.Audience.RESIDENT,
        channel=channel,
        recipient=recipient,
        language=referral.language or settings.LANGUAGE_CODE,
        reference=referral.reference,
        **about,
    )
    row.send_after_commit()
    return row


def queue_shortlist(referral, activity_ids):
    """A connector's shortlist for the resident."""
    return queue_to_resident(referral, shortlist=format_ids(activity_ids))


def referrer_notification(referral, status=""):
    # A work email, in the site's language like the staff emails: the language of
    # the pages the professional read is not kept, and the referral's is the resident's.
    return Notification(
        referral=referral,
        audience=Notification.Audience.REFERRER,
        recipient=referral.referrer_email,
        language=settings.LANGUAGE_CODE,
        reference=referral.reference,
        status=status,
    )


def queue_status_update(referral):
    """Tells the professional who referred the person that its status changed;
    call inside the transaction that changes it."""
    if not referral.referrer_email:
        return None
    row = referrer_notification(referral, status=referral.status)
    row.save()
    row.send_after_commit()
    return row


def shortlist_message(notification):
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + shortlist_url(
        parse_ids(notification.shortlist)
    )
    lines = [
        _("Your community connector has picked out some activities you might like."),
        _("See them here: %(link)s") % {"link": link},
        _("Your reference number is %(reference)s.") % {"reference": notification.reference},
    ]
    return resident_message(
        notification,
        _("Some activities you might like"),
        lines,
        "referral-shortlist",
        {"reference": notification.reference, "shortlist_url": link},
    )


def resident_message(notification, subject, lines, kind, personalisation):
    """A short message to the resident by their channel: an email ends with the
    council's signature; `kind` names the Notify template with its channel."""
    if notification.channel == "email":
        lines = [*lines, signature()]
    return Message(
        subject,
        "\n\n".join(str(line) for line in lines),
        [notification.recipient] if notification.recipient else [],
        channel=notification.channel,
        kind=f"{kind}-{notification.channel}",
        personalisation=personalisation,
    )


def referrer_message(notification, to):
    """The reference, or a status, and never anything the resident told us."""
    reference = notification.reference
    if notification.status:
        status = Status(notification.status).label
        subject = _("Your referral %(reference)s: %(status)s") % {
            "reference": reference,
            "status": status,
        }
        lines = [
            _("The request you made for someone (reference %(reference)s) is now: %(status)s.")
            % {"reference": reference, "status": status}
        ]
    else:
        status = ""
        subject = _("We have your referral: %(reference)s") % {"reference": reference}
        lines = [
            _("Thank you for referring someone to get a hand to get connected."),
            _("The reference number is %(reference)s.") % {"reference": reference},
            _(
                "A community connector will contact them within 5 working days, in the way "
                "they chose. We will email you when the request's status changes."
            ),
        ]
    lines += [
        _("To keep the person's answers private, we do not share them with you."),
        signature(),
    ]
    return Message(
        subject,
        "\n\n".join(str(line) for line in lines),
        to,
        kind="referral-referrer-email",
        personalisation={"reference": reference, "status": str(status)},
    )


def message(notification):
    """The Message, in the active language, with no personal details.

    Its kind names the Notify template ("referral-staff-email",
    "referral-confirmation-email", "referral-confirmation-sms"), which gets the
    reference and the next step (or the inbox address) as personalisation."""
    if notification.shortlist:
        return shortlist_message(notification)
    if notification.follow_up:
        from referrals.outcomes import follow_up_message  # it imports this module

        return follow_up_message(notification)
    reference = notification.reference
    to = [notification.recipient] if notification.recipient else []
    if notification.audience == Notification.Audience.STAFF:
        inbox = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("referrals_inbox")
        body = _(
            "A new request for a hand to get connected is waiting (reference "
            "%(reference)s).\n\nSign in to view it: %(inbox)s"
        ) % {"reference": reference, "inbox": inbox}
        return Message(
            _("A new request is waiting"),
            body,
            to,
            kind="referral-staff-email",
            personalisation={"reference": reference, "inbox_url": inbox},
        )
    if notification.audience == Notification.Audience.REFERRER:
        return referrer_message(notification, to)
    kind = notification.referral.kind if notification.referral else Kind.CONNECTOR
    next_step = what_happens_next(kind)
    lines = [
        _("Thank you for getting in touch."),
        _("Your reference number is %(reference)s.") % {"reference": reference},
        next_step,
    ]
    if notification.channel == "email":
        lines.append(_("If you did not ask for this, you can ignore this email."))
    lines.append(signature())
    return Message(
        _("We have your request: %(reference)s") % {"reference": reference},
        "\n\n".join(str(line) for line in lines),
        to,
        channel=notification.channel,
        kind=f"referral-confirmation-{notification.channel}",
        personalisation={"reference": reference, "next_step": next_step},
    )


def what_happens_next(kind):
    if kind == Kind.TRY:
        return _(
            "The activity's organiser will contact you within 5 working days, in the way you chose."
        )
    return _("A community connector will contact you within 5 working days, in the way you chose.")
