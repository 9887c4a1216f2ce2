"""schema.org JSON-LD for activity pages, so search engines show the sessions."""

from directory.schedules import Frequency

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REPEAT = {Frequency.WEEKLY: "P1W", Frequency.FORTNIGHTLY: "P2W", Frequency.MONTHLY: "P1M"}


def place(venue):
    return {
        "@type": "Place",
        "name": venue.title,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(
                line for line in (venue.address_line_1, venue.address_line_2) if line
            ),
            "addressLocality": venue.town,
            "postalCode": venue.postcode,
            "addressCountry": "GB",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": venue.latitude,
            "longitude": venue.longitude,
        },
    }


def schedule(rule):
    data = {
        "@type": "Schedule",
        "startDate": rule.starts_on.isoformat(),
        "startTime": rule.start_time.strftime("%H:%M"),
        "endTime": rule.end_time.strftime("%H:%M"),
        "scheduleTimezone": "Europe/London",
        "repeatFrequency": REPEAT[rule.frequency],
        "byDay": f"https://schema.org/{SCHEMA_DAYS[rule.weekday]}",
    }
    if rule.frequency == Frequency.MONTHLY:
        data["byMonthWeek"] = rule.week_of_month
    if rule.ends_on:
        data["endDate"] = rule.ends_on.isoformat()
    return data


def activity_json_ld(activity, request):
    organisation = activity.organisation
    rules = list(activity.schedules.all())
    recurring = [rule for rule in rules if rule.frequency != Frequency.ONCE]
    modes = {term.code for term in activity.modes.all()}
    remote = bool(modes & {"online", "phone"})
    # A listing without a venue or modes (often an imported one) still meets somewhere.
    in_person = bool(activity.venue) or "in-person" in modes or not remote
    data = {
        "@context": "https://schema.org",
        "@type": "EventSeries" if recurring else "Event",
        "name": activity.title,
        "description": activity.summary,
        "url": activity.get_full_url(request),
        "organizer": {
            "@type": "Organization",
            "name": organisation.title,
            "url": organisation.get_full_url(request),
        },
        "isAccessibleForFree": activity.cost_band == "free",
        "eventStatus": "https://schema.org/EventPostponed"
        if activity.is_paused
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/"
        + (
            "MixedEventAttendanceMode"
            if in_person and remote
            else "OfflineEventAttendanceMode"
            if in_person
            else "OnlineEventAttendanceMode"
        ),
    }
    if activity.venue:
        data["location"] = place(activity.venue)
    elif not in_person:
        data["location"] = {"@type": "VirtualLocation", "url": activity.get_full_url(request)}
    if recurring:
        data["eventSchedule"] = [schedule(rule) for rule in recurring]
    sessions = activity.upcoming_sessions(count=1)
    if sessions:
        data["startDate"] = sessions[0].start.isoformat()
        data["endDate"] = sessions[0].end.isoformat()
    return data
