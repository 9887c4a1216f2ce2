"""First contact on time, and what comes next on a referral.

The done page promises contact within FIRST_CONTACT_WORKING_DAYS working days;
working days are the directory's calendar (directory.closures: weekdays that
are not the closure days the directory team enters). Every date here is the
borough's local date (TIME_ZONE).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from core.localformat import DAY_MONTH, local_date
from directory.closures import add_working_days, working_days_between
from directory.models import ActivityPage
from referrals.models import Status

FIRST_CONTACT_WORKING_DAYS = 5  # what referrals.notifications.what_happens_next promises
# After first contact, a connector checks in within this many working days.
CHECK_IN_WORKING_DAYS = 10


def today():
    return timezone.localdate()


def first_contact_due(referral):
    return add_working_days(timezone.localdate(referral.created_at), FIRST_CONTACT_WORKING_DAYS)


def awaits_first_contact(referral):
    return referral.status == Status.NEW and referral.anonymised_at is None


def working_days_left(referral, on=None):
    """Working days left to make first contact: 0 on the due day, negative when
    overdue (-2: overdue by 2 working days); None once contacted or ended."""
    if not awaits_first_contact(referral):
        return None
    return working_days_between(on or today(), first_contact_due(referral))


def days_left_label(days):
    if days is None:
        return ""
    if days > 0:
        return ngettext("%(days)s working day left", "%(days)s working days left", days) % {
            "days": days
        }
    if days == 0:
        return _("Due today")
    return ngettext(
        "Overdue by %(days)s working day", "Overdue by %(days)s working days", -days
    ) % {"days": -days}


def overdue_received_before(on=None):
    """The day from which referrals are not yet overdue: every new referral
    received before it has passed its first-contact date."""
    on = on or today()
    day = on
    # Due dates never go down as the received day goes up: walk back to the first one past due.
    while add_working_days(day - timedelta(days=1), FIRST_CONTACT_WORKING_DAYS) >= on:
        day -= timedelta(days=1)
    return day


def overdue_q(on=None):
    """Referrals waiting for first contact past their date, as a filter."""
    return Q(
        status=Status.NEW,
        anonymised_at__isnull=True,
        created_at__date__lt=overdue_received_before(on),
    )


@dataclass
class NextAction:
    label: str
    due: date
    days_left: int | None = None

    def __str__(self):
        return self.label % {"date": local_date(self.due, DAY_MONTH)}


def next_action(referral, on=None):
    """What the connector does next and by when, or None once it has ended."""
    if awaits_first_contact(referral):
        return NextAction(
            _("First contact due %(date)s"),
            first_contact_due(referral),
            working_days_left(referral, on),
        )
    if referral.status == Status.CONTACTED and referral.contacted_at:
        due = add_working_days(timezone.localdate(referral.contacted_at), CHECK_IN_WORKING_DAYS)
        return NextAction(
            _("Check in with them and record how it went by %(date)s"),
            due,
            working_days_between(on or today(), due),
        )
    return None


def suggested_activities(referral):
    """(id, title) of live activities to send as a shortlist: those matching the
    person's interests first, then the rest, by title."""
    activities = ActivityPage.objects.live().filter(locale=Locale.get_default()).order_by("title")
    matching = set(
        activities.filter(interests__code__in=referral.interests).values_list("pk", flat=True)
    )
    choices = [(page.pk, page.title) for page in activities.only("pk", "title")]
    return sorted(choices, key=lambda choice: choice[0] not in matching)
