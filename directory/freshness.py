"""Keeping listings current: when each is due a check, and what happens if nobody checks.

A listing is due a check its organisation's review interval after it was last
checked. Its editors get a reminder shortly before; once overdue it says
publicly that it may be out of date and appears in the directory team's
"Listings to check" report; long overdue, it leaves the find page's results
(it is not deleted, and one confirmation brings it back).
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CONFIRM_SALT = "directory.confirm-listing"


class ListingState(models.TextChoices):
    CURRENT = "current", _("Checked recently")
    DUE_SOON = "due", _("Check due soon")
    OVERDUE = "overdue", _("Overdue: may be out of date")
    WITHDRAWN = "withdrawn", _("Long overdue: out of search")


def next_check_due(last_checked, months):
    return last_checked + relativedelta(months=months)


def reminder_window():
    return timedelta(days=settings.DIRECTORY_REVIEW_REMINDER_DAYS)


def withdrawal_delay():
    return timedelta(days=settings.DIRECTORY_WITHDRAW_AFTER_DAYS)


def listing_state(activity, today=None):
    due = activity.review_due_on
    if due is None:
        return ListingState.CURRENT
    today = today or timezone.localdate()
    if today >= due + withdrawal_delay():
        return ListingState.WITHDRAWN
    if today >= due:
        return ListingState.OVERDUE
    if today >= due - reminder_window():
        return ListingState.DUE_SOON
    return ListingState.CURRENT


def in_search(today=None):
    """The condition for activities still shown in search: not long overdue."""
    cutoff = (today or timezone.localdate()) - withdrawal_delay()
    return models.Q(review_due_on__isnull=True) | models.Q(review_due_on__gt=cutoff)


def confirm_token(activity):
    """A link that confirms this check of this listing, and nothing else."""
    return signing.dumps(
        {"listing": str(activity.translation_key), "checked": activity.last_checked.isoformat()},
        salt=CONFIRM_SALT,
        compress=True,
    )


def read_confirm_token(token):
    """(translation key, last checked date as issued) or raises signing.BadSignature."""
    data = signing.loads(
        token, salt=CONFIRM_SALT, max_age=timedelta(days=settings.DIRECTORY_CONFIRM_LINK_DAYS)
    )
    return data["listing"], data["checked"]
