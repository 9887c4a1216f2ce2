"""The borough's closure days (bank holidays, Christmas Day): entered once by
the directory team as ClosureDay snippets, and the one calendar of working days
any app can ask (`closed_days`)."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps

from core.pagecache import remember


@dataclass(frozen=True)
class ClosureBreak:
    """A closure day in the shape of an activity's break (schedules.upcoming_sessions)."""

    starts_on: date
    ends_on: date


def _all_closed_days():
    # Looked up by name: models.py imports this module.
    ClosureDay = apps.get_model("directory", "ClosureDay")
    return list(ClosureDay.objects.values_list("day", flat=True))


def all_closed_days():
    """Every closure day, from the shared cache until the next edit: a short list."""
    return remember("closed-days", _all_closed_days)


def closed_days(start, end):
    """The closure days from `start` to `end`, both included, in order. A working
    day is a weekday that is not one of these."""
    return [day for day in all_closed_days() if start <= day <= end]


def closure_breaks():
    return [ClosureBreak(day, day) for day in all_closed_days()]


def is_working_day(day, closed=None):
    closed = set(all_closed_days()) if closed is None else closed
    return day.weekday() < 5 and day not in closed


def add_working_days(start, count):
    """The `count`th working day after `start` (which itself is not counted):
    "within 5 working days" of a Wednesday is the next Wednesday, or later
    around a closure day."""
    closed = set(all_closed_days())
    day = start
    while count > 0:
        day += timedelta(days=1)
        count -= is_working_day(day, closed)
    return day


def working_days_between(start, end):
    """Working days after `start` up to and including `end`; negative when `end` is
    before `start`. From a due date to today, it is how many working days overdue."""
    if end < start:
        return -working_days_between(end, start)
    closed = set(all_closed_days())
    return sum(
        is_working_day(start + timedelta(days=n), closed) for n in range(1, (end - start).days + 1)
    )
