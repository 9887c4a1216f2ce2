"""Residents' reports that a listing has changed, and the emails about them.

The organisation's editors and the directory team hear that a report came in
(a link to the admin, nothing the resident wrote); the reporter, if they left
an email address, gets the closing note in their language. Emails wait in
the outbox (ProblemReportNotice, see core/outbox.py) until sent.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.council import signature
from core.languages import in_default_language
from directory.models import ProblemReport, ProblemReportNotice
from directory.permissions import is_directory_team, organisations_edited_by, staff_addresses


def can_see_reports(user):
    return is_directory_team(user) or organisations_edited_by(user).exists()


def visible_reports(user):
    reports = ProblemReport.objects.select_related("activity", "organisation", "closed_by")
    if is_directory_team(user):
        return reports
    return reports.filter(organisation__in=organisations_edited_by(user))


def queue_notice(report, kind):
    if kind == ProblemReportNotice.Kind.REPLY:
        # The reporter's address is personal data: read from the report when sending.
        addresses = [("", report.language)]
    else:
        addresses = staff_addresses(report.organisation, include_team=True)
    for recipient, language in addresses:
        notice = ProblemReportNotice.objects.create(
            report=report, kind=kind, recipient=recipient, language=language
        )
        notice.send_after_commit()


def create_report(activity, *, kind, details, name, email, language):
    activity = in_default_language(activity)
    with transaction.atomic():
        report = ProblemReport.objects.create(
            activity=activity,
            organisation=activity.organisation,
            kind=kind,
            details=details,
            name=name,
            email=email,
            language=language,
            reply=ProblemReport.Reply.WAITING if email else ProblemReport.Reply.NOT_ASKED,
        )
        queue_notice(report, ProblemReportNotice.Kind.NEW_REPORT)
    return report


def close_report(report, user, note):
    with transaction.atomic():
        report.status = ProblemReport.Status.CLOSED
        report.closing_note = note
        report.closed_by = user
        report.closed_at = timezone.now()
        if report.email:
            report.reply = ProblemReport.Reply.QUEUED
            queue_notice(report, ProblemReportNotice.Kind.REPLY)
        report.save()


def message(notice):
    """Subject and body; the staff email holds no personal details, only a link."""
    report = notice.report
    title = report.activity.title
    if notice.kind == ProblemReportNotice.Kind.NEW_REPORT:
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "problem_report", args=[report.pk]
        )
        subject = _("A problem has been reported with “%(title)s”") % {"title": title}
        body = "\n\n".join(
            [
                _("A resident says: %(kind)s.") % {"kind": report.get_kind_display()},
                _("Read the report and close it with a note:") + f"\n{link}",
            ]
        )
    else:
        subject = _("Your report about “%(title)s”") % {"title": title}
        body = "\n\n".join(
            [
                _("Thank you for telling us about a problem with the listing for “%(title)s”.")
                % {"title": title},
                _("We have looked into it. Our note:"),
                report.closing_note,
                signature(),
            ]
        )
    return subject, body


def report_export(report):
    """Everything a problem report holds, for a subject access request."""
    return {
        "activity": report.activity.title,
        "problem": report.kind,
        "details": report.details,
        "name": report.name,
        "email": report.email,
        "language": report.language,
        "received": report.created_at.isoformat(),
        "status": report.status,
        "closing_note": report.closing_note,
        "closed": report.closed_at.isoformat() if report.closed_at else None,
    }


def contact_details_due():
    """Reports closed long enough ago whose reporter's name and email are still kept."""
    return ProblemReport.objects.filter(
        status=ProblemReport.Status.CLOSED,
        contact_erased_at__isnull=True,
        closed_at__lt=timezone.now() - timedelta(days=settings.DIRECTORY_PROBLEM_CONTACT_DAYS),
    )


def erase_contact_details():
    """Erase the name and email of reports closed long enough ago; returns how many."""
    return contact_details_due().update(
        name="", email="", name_index="", email_index="", contact_erased_at=timezone.now()
    )
