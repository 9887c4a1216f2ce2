"""Activities as iCalendar (RFC 5545), for "Add to calendar" and calendar feeds."""

from datetime import UTC, datetime, time, timedelta

from icalendar import Calendar, Event, vRecur

from django.http import HttpResponse
from django.utils import timezone

from core.council import council_in_default_language
from directory.schedules import Frequency, local_zone, recurrence

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Years beyond this are typing mistakes (9999) that would overflow an event's end.
LAST_YEAR = 9000


def ical_rule(schedule):
    """The schedule's recurrence as an RRULE (None for a one-off date)."""
    if schedule.frequency == Frequency.ONCE:
        return None
    day = ICAL_DAYS[schedule.weekday]
    if schedule.frequency == Frequency.MONTHLY:
        rule = {"freq": "monthly", "byday": f"{schedule.week_of_month}{day}"}
    else:
        interval = 2 if schedule.frequency == Frequency.FORTNIGHTLY else 1
        rule = {"freq": "weekly", "interval": interval, "byday": day}
    if schedule.ends_on:
        # With a time-zoned DTSTART, UNTIL must be in UTC (RFC 5545 3.3.10).
        last = datetime.combine(schedule.ends_on, time.max, tzinfo=local_zone())
        rule["until"] = last.astimezone(UTC)
    return vRecur(rule)


def skipped_starts(schedule, breaks, paused_until):
    """Session starts that a break or a pause cancels, as EXDATEs."""
    zone = local_zone()
    skipped = []
    ranges = [(pause.starts_on, pause.ends_on) for pause in breaks]
    if paused_until:
        ranges.append((timezone.localdate(), paused_until))
    for first, last in ranges:
        window = recurrence(schedule).between(
            datetime.combine(first, time.min), datetime.combine(last, time.max), inc=True
        )
        skipped.extend(start.replace(tzinfo=zone) for start in window)
    return skipped


def new_calendar(name):
    calendar = Calendar()
    council = council_in_default_language()
    calendar.add("prodid", f"-//{council.name}//{council.service_name}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def new_event(activity, url, uid):
    event = Event()
    event.add("uid", f"{activity.translation_key}-{uid}@getconnected")
    event.add("dtstamp", timezone.now())
    event.add("summary", activity.title)
    event.add("description", f"{activity.summary}\n\n{url}")
    event.add("url", url)
    if activity.venue:
        event.add("location", ", ".join(activity.venue.address_lines))
    return event


def add_activity(calendar, activity, url):
    """One event per schedule of the activity, breaks, closure days and pauses left out."""
    zone = local_zone()
    breaks = activity.session_breaks()
    for schedule in activity.schedules.all():
        # DTSTART must itself be a session: the first date the rule gives. A rule
        # that gives none (its last date before its first), or a date past what a
        # calendar can hold, has nothing to add.
        first = next(iter(recurrence(schedule)), None)
        if first is None or first.year > LAST_YEAR:
            continue
        event = new_event(activity, url, schedule.pk)
        start = first.replace(tzinfo=zone)
        length = datetime.combine(first.date(), schedule.end_time) - first
        event.add("dtstart", start)
        event.add("dtend", start + max(length, timedelta(minutes=1)))
        rule = ical_rule(schedule)
        if rule:
            event.add("rrule", rule)
            skipped = skipped_starts(schedule, breaks, activity.paused_until)
            if skipped:
                event.add("exdate", skipped)
        calendar.add_component(event)


def add_sessions(calendar, activity, url, sessions):
    """One event per session: a calendar of chosen dates holds those dates only."""
    for session in sessions:
        event = new_event(activity, url, session.start.strftime("%Y%m%dT%H%M"))
        event.add("dtstart", session.start)
        event.add("dtend", session.end)
        calendar.add_component(event)


def finished(calendar):
    calendar.add_missing_timezones()
    return calendar.to_ical()


def activity_calendar(activity, url):
    calendar = new_calendar(activity.title)
    add_activity(calendar, activity, url)
    return finished(calendar)


def activities_calendar(name, activities, request, sessions=None):
    """Several activities in one calendar: an organisation's, or a saved search's.
    With `sessions` (activity id -> its sessions on a search's dates) only those."""
    calendar = new_calendar(name)
    for activity in activities:
        url = activity.get_full_url(request)
        if sessions is None:
            add_activity(calendar, activity, url)
        else:
            add_sessions(calendar, activity, url, sessions.get(activity.pk, []))
    return finished(calendar)


def calendar_response(ical, filename):
    response = HttpResponse(ical, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
