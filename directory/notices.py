"""Emails to an organisation's editors about checking their listings.

They carry a signed "still running as described" link (no sign-in needed) and
a link to edit the listing. A failed send is left unsent with its error and
tried again by the next `check_listings` run.
"""

import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from directory.freshness import confirm_token
from directory.models import ReviewNotice
from directory.permissions import organisation_editors


def recipients(organisation):
    emails = sorted({user.email for user in organisation_editors(organisation) if user.email})
    return emails or ([organisation.email] if organisation.email else [])


def message(notice):
    activity = notice.activity
    site_url = activity.get_site().root_url
    confirm = site_url + reverse("confirm_listing", args=[confirm_token(activity)])
    edit = settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[activity.pk])
    if notice.kind == ReviewNotice.Kind.REMINDER:
        subject = _("Is “%(title)s” still running as described?") % {"title": activity.title}
        opening = _(
            "Please check the listing for “%(title)s”: its details were last confirmed on %(date)s."
        ) % {"title": activity.title, "date": activity.last_checked.strftime("%d/%m/%Y")}
    else:
        subject = _("“%(title)s” has been taken out of search") % {"title": activity.title}
        opening = _(
            "Nobody has confirmed the listing for “%(title)s” for a long time, so residents "
            "no longer find it in search. It has not been deleted."
        ) % {"title": activity.title}
    body = "\n\n".join(
        [
            opening,
            _("If it is still running as described, confirm it with one click:") + f"\n{confirm}",
            _("If something has changed, edit the listing:") + f"\n{edit}",
        ]
    )
    return subject, body


def send_notice(notice_id):
    with transaction.atomic():
        notice = (
            ReviewNotice.objects.select_for_update()
            .select_related("activity")
            .filter(pk=notice_id, sent_at__isnull=True)
            .first()
        )
        if notice is None:
            return False
        to = recipients(notice.activity.organisation)
        if not to:
            notice.last_error = "No editor or organisation email address."
            notice.attempts += 1
            notice.save(update_fields=["last_error", "attempts"])
            return False
        with translation.override(settings.LANGUAGE_CODE):
            subject, body = message(notice)
        return send_and_record(notice, subject, body, to)


def send_and_record(notice, subject, body, to):
    """Send an outbox row's email (ReviewNotice, ProblemReportNotice): mark it
    sent, or count the attempt and keep the error for the next daily run."""
    try:
        send_mail(subject, body, None, to)
    except (smtplib.SMTPException, OSError) as error:
        notice.attempts += 1
        notice.last_error = f"{type(error).__name__}: {error}"[:200]
        notice.save(update_fields=["attempts", "last_error"])
        return False
    notice.sent_at = timezone.now()
    notice.save(update_fields=["sent_at"])
    return True
