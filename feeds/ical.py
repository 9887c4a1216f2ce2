"""iCalendar feeds: Google, Outlook and other calendar exports.

A series whose rule our schedules can say exactly (every week or fortnight on
its start day, or the nth weekday of each month, with EXDATEs as skipped days)
becomes a recurring session time. Anything else (RDATE, moved occurrences,
daily or yearly rules, counts) is expanded by recurring-ical-events into
single dates within the next WINDOW_DAYS, so a rule that never ends still ends
here. Times are converted to the borough's time zone.
"""

from collections import defaultdict
from contextlib import suppress
from datetime import datetime, time, timedelta

import icalendar
import recurring_ical_events
import x_wr_timezone

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from directory.schedules import Frequency, local_zone
from feeds.errors import FeedError, too_many
from feeds.listings import Listing, Reading, Session, checked, storable, summary_of

ACCEPT_TYPES = {"text/calendar", "text/plain", "application/octet-stream", "application/ics"}
WINDOW_DAYS = 365
# More dates than this from the series expanded means rules gone wrong.
MAX_OCCURRENCES = 200_000
SUB_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}
MAX_DAYS_OF_ONE_EVENT = 31
ALL_DAY = (time(0, 0), time(23, 59))
ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


# What one bad event can raise while it is read; it is skipped and named on the
# source. icalendar 7's BrokenCalendarProperty is a ValueError.
UNREADABLE = (
    ValueError,
    TypeError,
    AttributeError,
    KeyError,
    IndexError,
    OverflowError,
    recurring_ical_events.InvalidCalendar,
)


def parse(body):
    """The file's events, and its time zones, from one or more VCALENDARs (as calendar
    apps accept them). X-WR-TIMEZONE, Google's calendar-wide zone, is applied first."""
    try:
        found = icalendar.Calendar.from_ical(
            body.decode("utf-8-sig", errors="replace"), multiple=True
        )
        calendars = [standard(component) for component in found if component.name == "VCALENDAR"]
    except (*UNREADABLE, RecursionError) as error:
        raise FeedError(
            _("The calendar file could not be read: it is not valid iCalendar.")
        ) from error
    if not calendars:
        raise FeedError(_("The calendar file could not be read: it is not valid iCalendar."))
    merged = icalendar.Calendar()
    for calendar in calendars:
        for component in calendar.subcomponents:
            merged.add_component(component)
    return merged


def standard(calendar):
    """The calendar with X-WR-TIMEZONE applied to its floating and UTC times. If one
    event is broken, the others are still converted; it is skipped later."""
    if calendar.get("X-WR-TIMEZONE") is None:
        return calendar
    try:
        return x_wr_timezone.to_standard(calendar)
    except UNREADABLE:
        pass
    converted = icalendar.Calendar()
    converted["X-WR-TIMEZONE"] = calendar["X-WR-TIMEZONE"]
    for component in calendar.subcomponents:
        alone = icalendar.Calendar()
        alone["X-WR-TIMEZONE"] = calendar["X-WR-TIMEZONE"]
        alone.add_component(component)
        with suppress(*UNREADABLE):  # if not, left as it is, and skipped when it is read
            component = x_wr_timezone.to_standard(alone).subcomponents[0]
        converted.add_component(component)
    return converted


def read_calendar(body, today=None):
    calendar = parse(body)
    today = today or timezone.localdate()
    events = calendar.walk("VEVENT")
    if len(events) > settings.FEEDS_MAX_ITEMS:
        raise too_many()
    masters, others, reading, skipped = {}, defaultdict(list), Reading(), []
    for event in events:
        uid = str(event.get("UID", "")).strip()
        if not uid:
            continue
        if event.get("RECURRENCE-ID") is None and uid not in masters:
            masters[uid] = event
        else:
            others[uid].append(event)

    listings, to_expand = {}, set()
    for uid, event in masters.items():
        try:
            listing, needs_expanding = read_event(uid, event, uid in others, today)
        except UNREADABLE:
            skipped.append(name_of(uid, event))
            continue
        if listing is not None:
            listings[uid] = listing
        if needs_expanding:
            to_expand.add(uid)
    for uid in others.keys() - masters.keys():
        # Only moved occurrences, without their series: one listing of them.
        listings[uid] = listing_of(uid, others[uid][0])
        to_expand.add(uid)

    expanded, unreadable = expand(calendar, to_expand, today)
    for uid in unreadable:
        skipped.append(name_of(uid, masters.get(uid) or others[uid][0]))
        del listings[uid]
    for uid, sessions in expanded.items():
        listings[uid].sessions = sessions
    for listing in listings.values():
        listing, problems = checked(listing)
        reading.problems.extend(problems)
        if listing.sessions:
            reading.listings.append(listing)
    reading.skipped(skipped, "event")
    return reading


def read_event(uid, event, moved, today):
    """The master event of a series as (listing or None to leave it out, whether its
    dates need expanding). Raises one of UNREADABLE if the event cannot be read."""
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None, False
    if too_frequent(event):
        raise FeedError(
            _(
                "The event %(title)s repeats more often than once a day, which the directory "
                "cannot list."
            )
            % {"title": name_of(uid, event)}
        )
    # Every value is read now, so a broken one skips this event here and only here.
    start = event["DTSTART"].dt
    end = event_end(event)
    if end is not None and type(end) is not type(start):
        raise TypeError("DTSTART and DTEND are not both dates or both date-times")
    exdates(event)
    listing = listing_of(uid, event)
    if moved or event.get("RDATE") is not None:
        return listing, True
    if event.get("RRULE") is None:
        # A single event: no library needed, and most events are.
        listing.sessions = [session for session in sessions_of(event) if session.starts_on >= today]
    elif rule := simple_rule(event):
        if rule.ends_on is not None and rule.ends_on < today:
            return None, False
        listing.sessions, listing.breaks = [rule], exdates(event)
    else:
        return listing, True
    return listing, False


def name_of(uid, event):
    """How an event is named to the source's editors: its title, else its UID."""
    try:
        title = " ".join(str(event.get("SUMMARY", "")).split())
    except UNREADABLE:
        title = ""
    return storable(title or uid)[:80]


def listing_of(uid, event):
    title = " ".join(str(event.get("SUMMARY", "")).split()) or _("Untitled event")
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
        place=location,
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
    """Single dates for the series in `uids`, within the window, and the series that
    could not be expanded. Each series is expanded on its own (the library's cost grows
    with the calendar it is given), so one broken rule leaves the others alone."""
    sessions, unreadable, total = defaultdict(list), [], 0
    if not uids:
        return sessions, unreadable
    zones, components = [], defaultdict(list)
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            zones.append(component)
        elif (uid := str(component.get("UID", "")).strip()) in uids:
            components[uid].append(component)
    start = datetime.combine(today, time(0), local_zone())
    for uid in sorted(uids):
        series = icalendar.Calendar()
        for component in [*zones, *components[uid]]:
            series.add_component(component)
        try:
            occurrences = recurring_ical_events.of(series).between(
                start, start + timedelta(days=WINDOW_DAYS)
            )
            found = [session for occurrence in occurrences for session in sessions_of(occurrence)]
        except UNREADABLE:
            unreadable.append(uid)
            continue
        total += len(found)
        if total > MAX_OCCURRENCES:
            raise FeedError(
                _("The calendar repeats too often: more than %(count)s dates in a year.")
                % {"count": MAX_OCCURRENCES}
            )
        sessions[uid] = found
    return sessions, unreadable


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
