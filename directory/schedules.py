"""When an activity meets: rules in, dated sessions out.

Rules are expanded with dateutil's rrule (RFC 5545 recurrence), so the same
rules export to iCalendar unchanged. Times are local to the borough.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

WEEKDAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]
# Far enough to find five sessions of a monthly activity after a long break.
LOOKAHEAD = timedelta(days=400)
# What makes two schedules give the same sessions.
RULE_FIELDS = [
    "frequency",
    "weekday",
    "week_of_month",
    "starts_on",
    "ends_on",
    "start_time",
    "end_time",
]
# How far ahead the finder reads dated sessions from the database (SessionDate),
# and the days more they are kept for, so that a missed daily run changes nothing.
SESSION_DATE_DAYS = 92
SESSION_DATE_SPARE_DAYS = 7


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every other week")
    MONTHLY = "monthly", _("Once a month")
    ONCE = "once", _("One date only")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, _("First")
    SECOND = 2, _("Second")
    THIRD = 3, _("Third")
    FOURTH = 4, _("Fourth")
    LAST = -1, _("Last")


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True, order=True)
class Session:
    start: datetime
    end: datetime


def recurrence(rule, not_before=None):
    """The dateutil rule for one schedule row (an ActivitySchedule or alike). With
    `not_before` (a date) it starts nearer that day, giving the same sessions from
    then on: a rule running for years is not walked from its first date."""
    first_day = rule.starts_on
    if not_before and rule.frequency != Frequency.ONCE and not_before > first_day:
        if rule.frequency == Frequency.MONTHLY:
            first_day = max(first_day, not_before.replace(day=1))
        else:
            # Whole weeks, or whole fortnights to keep a fortnightly rule's weeks.
            step = 14 if rule.frequency == Frequency.FORTNIGHTLY else 7
            first_day += timedelta(days=(not_before - first_day).days // step * step)
    dtstart = datetime.combine(first_day, rule.start_time)
    until = datetime.combine(rule.ends_on, time.max) if rule.ends_on else None
    if rule.frequency == Frequency.ONCE:
        return rrule.rrule(rrule.DAILY, count=1, dtstart=dtstart)
    weekday = WEEKDAYS[rule.weekday]
    if rule.frequency == Frequency.MONTHLY:
        return rrule.rrule(
            rrule.MONTHLY, byweekday=weekday(rule.week_of_month), dtstart=dtstart, until=until
        )
    interval = 2 if rule.frequency == Frequency.FORTNIGHTLY else 1
    return rrule.rrule(
        rrule.WEEKLY, interval=interval, byweekday=weekday, dtstart=dtstart, until=until
    )


def _skipped(breaks):
    """Whether a day falls in one of these breaks."""
    return lambda day: any(pause.starts_on <= day <= pause.ends_on for pause in breaks)


def _session(start, rule, zone):
    length = datetime.combine(date.min, rule.end_time) - datetime.combine(date.min, rule.start_time)
    return Session(start.replace(tzinfo=zone), (start + length).replace(tzinfo=zone))


def _resume_from(after, paused_until):
    """The local time sessions may start from: `after`, or the day after a pause."""
    start_from = after.astimezone(local_zone()).replace(tzinfo=None)
    if paused_until and paused_until >= start_from.date():
        start_from = datetime.combine(paused_until + timedelta(days=1), time.min)
    return start_from


def upcoming_sessions(rules, breaks, *, after, count=5, paused_until=None):
    """The next `count` sessions that start after `after` (an aware datetime),
    skipping any that fall in a break or before the end of a pause."""
    zone = local_zone()
    start_from = _resume_from(after, paused_until)
    horizon = start_from + LOOKAHEAD
    in_a_break = _skipped(breaks)

    sessions = []
    for rule in rules:
        taken = 0
        # Lazily, up to the horizon: the next session alone is often all that is asked.
        for start in recurrence(rule, start_from.date()).xafter(start_from, inc=True):
            if start > horizon:
                break
            if in_a_break(start.date()):
                continue
            sessions.append(_session(start, rule, zone))
            taken += 1
            if taken == count:
                break
    return sorted(sessions)[:count]


def rule_sessions(rule, first, last, *, after):
    """One rule's sessions on the days `first` to `last` (both included) that
    start after `after`, before breaks and pauses (see `without_breaks`)."""
    zone = local_zone()
    start_from = max(after.astimezone(zone).replace(tzinfo=None), datetime.combine(first, time.min))
    until = datetime.combine(last, time.max)
    if start_from > until:
        return []
    return [
        _session(start, rule, zone)
        for start in recurrence(rule, start_from.date()).between(start_from, until, inc=True)
    ]


def without_breaks(sessions, breaks, paused_until=None):
    """The sessions outside the breaks and after a pause, in order."""
    in_a_break = _skipped(breaks)
    return sorted(
        session
        for session in sessions
        if not in_a_break(session.start.date())
        and not (paused_until and session.start.date() <= paused_until)
    )


def dated_sessions(schedules, today):
    """(schedule, Session) for every session of these schedules (of any
    activities) from `today` to SESSION_DATE_DAYS and the spare days ahead,
    before breaks and pauses. Schedules with the same rule are expanded once."""
    last = today + timedelta(days=SESSION_DATE_DAYS + SESSION_DATE_SPARE_DAYS)
    after = datetime.combine(today, time.min, tzinfo=local_zone())
    expanded = {}
    for schedule in schedules:
        key = tuple(getattr(schedule, name) for name in RULE_FIELDS)
        if key not in expanded:
            expanded[key] = rule_sessions(schedule, today, last, after=after)
        for session in expanded[key]:
            yield schedule, session
