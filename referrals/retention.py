"""How long referrals are kept (settings.REFERRALS_RETENTION_MONTHS after they end),
and the daily overdue digests (settings.REFERRALS_DIGEST_DAYS)."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from referrals.models import FINAL_STATUSES, Action, OverdueDigest, Referral, audit
from referrals.questions import anonymise_answers


def purge_before(months=None):
    months = settings.REFERRALS_RETENTION_MONTHS if months is None else months
    return timezone.now() - relativedelta(months=months)


def due_for_purge(months=None):
    return Referral.objects.filter(
        status__in=FINAL_STATUSES,
        anonymised_at__isnull=True,
        closed_at__lt=purge_before(months),
    )


def anonymise(referral):
    """Keep what statistics need (month, source, area, interests, outcome); drop the
    rest: every answer the questions table does not keep, and all personal data
    (follow-up answers and feeling-connected scores included)."""
    anonymise_answers(referral)
    for field in Referral.PERSONAL_FIELDS:
        setattr(referral, field, "")
    referral.created_at = referral.created_at.replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    referral.assigned_to = None
    # The follow-up's answers are encrypted fields, gone above; its dates go too.
    referral.follow_up_on = referral.follow_up_answered_at = None
    referral.anonymised_at = timezone.now()
    referral.save()
    referral.notes.all().delete()
    referral.notifications.all().delete()


def erase(referral, user, detail="on the person's request"):
    """Deletes the referral, its notes and notifications; the audit entry stays."""
    audit(referral, Action.ERASE, user, detail)
    referral.delete()


def purge(months=None):
    """Anonymise every ended referral past its time; returns how many."""
    count = 0
    for referral in due_for_purge(months).iterator():
        with transaction.atomic():
            anonymise(referral)
            # Audit details never hold personal data, so the entries stay as they are.
            audit(referral, Action.ANONYMISE, detail="retention period over")
        count += 1
    return count


def old_digests():
    """Overdue digests past REFERRALS_DIGEST_DAYS that will not be sent again
    (a pending one is still being tried, and is given up after 30 days)."""
    return OverdueDigest.objects.exclude(state=OverdueDigest.State.PENDING).filter(
        created_at__lt=timezone.now() - timedelta(days=settings.REFERRALS_DIGEST_DAYS)
    )
