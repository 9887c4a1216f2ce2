"""iCalendar feeds: Google, Outlook and other calendar exports.

A series whose rule our schedules can say exactly (every week or fortnight on
its start day, or the nth weekday of each month, with EXDATEs as skipped days)
becomes a recurring session time. Anything else (RDATE, moved occurrences,
daily or yearly rules, counts) is expanded by recurring-ical-events into
single dates within the next WINDOW_DAYS, so a rule that never ends still ends
here. Times are converted to the borough's time zone.
"""

from collections import defaultdict
from datetime import datetime, time, timedelta

import icalendar
import recurring_ical_events

from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from directory.schedules import Frequency, local_zone
from feeds.errors import FeedError
from feeds.listings import Listing, Session, summary_of

ACCEPT_TYPES = {"text/calendar", "text/plain", "application/octet-stream", "application/ics"}
WINDOW_DAYS = 365
# More dates than this from the series expanded means rules gone wrong.
MAX_OCCURRENCES = 200_000
SUB_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}
MAX_DAYS_OF_ONE_EVENT = 31
ALL_DAY = (time(0, 0), time(23, 59))
ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def read_calendar(body, today=None):
    try:
        calendar = icalendar.Calendar.from_ical(body.decode("utf-8-sig", errors="replace"))
    except (ValueError, IndexError, KeyError) as error:
        raise FeedError(
            _("The calendar file could not be read: it is not valid iCalendar.")
        ) from error
    today = today or timezone.localdate()
    masters, others = {}, defaultdict(list)
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", "")).strip()
        if not uid or event.get("DTSTART") is None:
            continue
        if event.get("RECURRENCE-ID") is None and uid not in masters:
            masters[uid] = event
        else:
            others[uid].append(event)

    listings, to_expand = {}, set()
    for uid, event in masters.items():
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        if too_frequent(event):
            raise FeedError(
                _(
                    "The event %(title)s repeats more often than once a day, which the directory "
                    "cannot list."
                )
                % {"title": str(event.get("SUMMARY", uid))}
            )
        listing = listing_of(uid, event)
        if uid in others or event.get("RDATE") is not None:
            to_expand.add(uid)
        elif event.get("RRULE") is None:
            # A single event: no library needed, and most events are.
            listing.sessions = [
                session for session in sessions_of(event) if session.starts_on >= today
            ]
        elif rule := simple_rule(event):
            if rule.ends_on is not None and rule.ends_on < today:
                continue
            listing.sessions, listing.breaks = [rule], exdates(event)
        else:
            to_expand.add(uid)
        listings[uid] = listing
    for uid in others.keys() - masters.keys():
        # Only moved occurrences, without their series: one listing of them.
        listings[uid] = listing_of(uid, others[uid][0])
        to_expand.add(uid)

    for uid, sessions in expand(calendar, to_expand, today).items():
        listings[uid].sessions = sessions
    return [listing for listing in listings.values() if listing.sessions]


def listing_of(uid, event):
    title = " ".join(str(event.get("SUMMARY", "")).split())[:255] or _("Untitled event")
    text = str(event.get("DESCRIPTION", "")).strip()
    location = str(event.get("LOCATION", "")).strip()
    return Listing(
        external_id=uid,
        title=title,
        summary=summary_of(text or title),
        description="".join(
            f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip()
        ),
        how_to_join=location and _("Where: %(place)s") % {"place": location},
        cost_details="",
    )


def local(value):
    """A DTSTART/DTEND value as (date, time or None) in the borough's time zone."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(local_zone())
        return value.date(), value.time().replace(second=0, microsecond=0)
    return value, None


def times_of(start, end):
    start_day, start_time = local(start)
    if start_time is None:
        return ALL_DAY
    end_day, end_time = local(end) if end is not None else (start_day, None)
    if end_time is None or end_day != start_day or end_time <= start_time:
        # Past midnight, or no end given: the session runs to the end of its day.
        end_time = time(23, 59) if start_time < time(23, 59) else start_time
    return start_time, end_time


def event_end(event):
    if event.get("DTEND") is not None:
        return event["DTEND"].dt
    if event.get("DURATION") is not None:
        return event["DTSTART"].dt + event["DURATION"].dt
    return None


def simple_rule(event):
    """The event's RRULE as one session time, or None if it needs expanding."""
    rules = event.get("RRULE")
    if rules is None or isinstance(rules, list) or event.get("RDATE") is not None:
        return None
    start = event["DTSTART"].dt
    if not isinstance(start, datetime):
        return None
    parts = dict(rules)
    freq = parts.pop("FREQ", [""])[0]
    interval = int(parts.pop("INTERVAL", [1])[0])
    byday = [str(day) for day in parts.pop("BYDAY", [])]
    until = parts.pop("UNTIL", [None])[0]
    parts.pop("WKST", None)
    if parts:  # COUNT, BYMONTH, BYSETPOS…: expanded instead
        return None
    starts_on, start_time = local(start)
    start_time, end_time = times_of(start, event_end(event))
    ends_on = local(until)[0] if until is not None else None
    weekday = starts_on.weekday()
    if freq == "WEEKLY" and interval in (1, 2) and byday in ([], [ICAL_WEEKDAYS[weekday]]):
        frequency = Frequency.WEEKLY if interval == 1 else Frequency.FORTNIGHTLY
        return Session(frequency, starts_on, start_time, end_time, weekday, None, ends_on)
    if (
        freq == "MONTHLY"
        and interval == 1
        and len(byday) == 1
        and byday[0][-2:] == ICAL_WEEKDAYS[weekday]
    ):
        nth = byday[0][:-2].lstrip("+")
        if nth in ("1", "2", "3", "4", "-1") and nth_weekday_of(starts_on) in (int(nth), None):
            return Session(
                Frequency.MONTHLY, starts_on, start_time, end_time, weekday, int(nth), ends_on
            )
    return None


def too_frequent(event):
    rules = event.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        if str(rule.get("FREQ", [""])[0]).upper() in SUB_DAILY:
            return True
    return False


def nth_weekday_of(day):
    """Which week of the month `day` falls in (1-4), or None for a fifth week."""
    nth = (day.day - 1) // 7 + 1
    if (day + timedelta(days=7)).month != day.month:
        return None  # the last one: "-1" matches, and so may a 4th
    return nth if nth <= 4 else None


def exdates(event):
    values = event.get("EXDATE")
    if values is None:
        return []
    days = set()
    for entry in values if isinstance(values, list) else [values]:
        for value in entry.dts:
            days.add(local(value.dt)[0])
    return [(day, day) for day in sorted(days)]


def expand(calendar, uids, today):
    """Single dates for the series in `uids`, within the window."""
    if not uids:
        return {}
    # Only the series that need it: the library's cost grows with the calendar.
    series = icalendar.Calendar()
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE" or str(component.get("UID", "")) in uids:
            series.add_component(component)
    start = datetime.combine(today, time(0), local_zone())
    try:
        occurrences = recurring_ical_events.of(series).between(
            start, start + timedelta(days=WINDOW_DAYS)
        )
    except (ValueError, TypeError, AttributeError, recurring_ical_events.InvalidCalendar) as error:
        raise FeedError(
            _("A repeating event in the calendar has a rule that cannot be read.")
        ) from error
    if len(occurrences) > MAX_OCCURRENCES:
        raise FeedError(
            _("The calendar repeats too often: more than %(count)s dates in a year.")
            % {"count": MAX_OCCURRENCES}
        )
    sessions = defaultdict(list)
    for occurrence in occurrences:
        sessions[str(occurrence.get("UID", ""))].extend(sessions_of(occurrence))
    return sessions


def sessions_of(occurrence):
    start, end = occurrence["DTSTART"].dt, event_end(occurrence)
    start_time, end_time = times_of(start, end)
    first = local(start)[0]
    days = 1
    if not isinstance(start, datetime) and end is not None:
        days = min(max((end - start).days, 1), MAX_DAYS_OF_ONE_EVENT)
    return [
        Session(Frequency.ONCE, day, start_time, end_time, day.weekday())
        for day in (first + timedelta(days=offset) for offset in range(days))
    ]
