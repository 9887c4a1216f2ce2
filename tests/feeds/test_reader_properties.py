"""Property-based tests of the three readers: whatever they are given, they
return listings or raise FeedError with a message, and nothing else."""

import csv
import io
import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feeds import csv_format, ical, oruk
from feeds.errors import FeedError
from feeds.listings import MAX_IDENTIFIER

TODAY = date(2026, 11, 23)
PROPERTIES = [
    "UID",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "EXDATE",
    "RDATE",
    "RECURRENCE-ID",
    "STATUS",
    "X-WR-TIMEZONE",
]
PARAMETERS = ["", ";VALUE=DATE", ";TZID=Europe/London", ";TZID=America/New_York", ";TZID=Nowhere"]
VALUES = [
    "20261202T100000",
    "20261202T100000Z",
    "20261202",
    "2026l202T1000",
    " 20261202T110000",
    "99991231T235900",
    "PT1H",
    "P1Hour",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=MONTHLY;BYDAY=1TU",
    "FREQ=DAILY;COUNT=3",
    "FREQ=YEARLY;INTERVAL=999999999999999999",
    "FREQ=FORTNIGHTLY",
    "FREQ=WEEKLY;UNTIL=20261301",
    "FREQ=MINUTELY",
    "CANCELLED",
    "America/New_York",
    "Europe/London",
    "walk@example.org",
    "\x00",
]
STRUCTURE = ["BEGIN:VEVENT", "END:VEVENT", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VTIMEZONE"]

content_line = st.one_of(
    st.sampled_from(STRUCTURE),
    st.builds(
        "{}{}:{}".format,
        st.sampled_from(PROPERTIES),
        st.sampled_from(PARAMETERS),
        st.one_of(st.sampled_from(VALUES), st.text(max_size=30)),
    ),
    st.text(max_size=40),
)
calendars = st.lists(content_line, max_size=40).map(
    lambda lines: "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR"])
)


def only_feed_errors(read, *args):
    try:
        reading = read(*args)
    except FeedError as error:
        assert str(error).strip()
        return
    for listing in reading.listings:
        assert listing.title and len(listing.external_id) <= MAX_IDENTIFIER
        assert "\x00" not in listing.title + listing.description + listing.external_id


PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(st.one_of(calendars.map(str.encode), st.binary(max_size=300)))
def test_the_icalendar_reader_raises_only_its_own_error(body):
    only_feed_errors(ical.read_calendar, body, TODAY)


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=20),
    ),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
schedule = st.fixed_dictionaries(
    {},
    optional={
        "opens_at": st.one_of(
            st.sampled_from(["10:00", "10:00:00", "25:00", "18:00"]), json_values
        ),
        "closes_at": st.one_of(st.sampled_from(["12:00", "09:00", "18:00:00"]), json_values),
        "dtstart": st.one_of(
            st.sampled_from(["2026-12-01", "2005-01-01", "9999-12-31"]), json_values
        ),
        "valid_from": st.one_of(st.sampled_from(["2026-12-01", "2005-01-01"]), json_values),
        "valid_to": st.one_of(
            st.sampled_from(["2026-01-01", "2005-01-01", "2027-12-31"]), json_values
        ),
        "freq": st.one_of(st.sampled_from(["WEEKLY", "MONTHLY", "DAILY", ""]), json_values),
        "interval": st.one_of(st.sampled_from([1, 2, "2", "two", 2.5, 1e400]), json_values),
        "byday": st.one_of(st.sampled_from(["TU", "TH,FR", "1TU", "-1SU", "9XX", ""]), json_values),
    },
)
service = st.fixed_dictionaries(
    {"schedules": st.one_of(st.lists(st.one_of(schedule, json_values), max_size=3), json_values)},
    optional={
        "id": st.one_of(st.sampled_from(["a", "../../etc/passwd", "x" * 600, "\x00"]), json_values),
        "name": st.one_of(st.sampled_from(["Walk", "", "\x00"]), json_values),
        "description": json_values,
        "email": st.one_of(
            st.sampled_from(["a@example.org", "not an email <script>"]), json_values
        ),
        "fees": json_values,
        "status": st.one_of(st.sampled_from(["active", "inactive"]), json_values),
    },
)
answers = st.one_of(
    st.fixed_dictionaries(
        {"contents": st.lists(st.one_of(service, json_values), max_size=5)},
        optional={"last_page": st.booleans()},
    ),
    json_values,
)


@PROPERTY_SETTINGS
@given(st.one_of(answers.map(lambda data: json.dumps(data).encode()), st.binary(max_size=200)))
def test_the_open_referral_reader_raises_only_its_own_error(body):
    # Pages and full records are "fetched" from a refused address: a clean FeedError.
    only_feed_errors(oruk.read_services, "http://127.0.0.1:9/api/services", body)


cell = st.one_of(
    st.sampled_from(
        [
            "",
            "weekly",
            "monthly",
            "once",
            "fortnightly",
            "1",
            "-1",
            "2026-12-01",
            "9999-12-31",
            "2026-02-30",
            "10:00",
            "11:00",
            "25:00",
            "a@example.org",
            "not an email",
            "\x00",
            "x" * 600,
        ]
    ),
    st.text(max_size=20),
)


def as_csv(rows, columns):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode()


@PROPERTY_SETTINGS
@given(
    st.one_of(
        st.builds(
            as_csv,
            st.lists(st.lists(cell, max_size=16), max_size=5),
            st.one_of(st.just(csv_format.COLUMNS), st.permutations(csv_format.COLUMNS)),
        ),
        st.binary(max_size=300),
    )
)
def test_the_csv_reader_raises_only_its_own_error(body):
    only_feed_errors(csv_format.read_csv, body)
