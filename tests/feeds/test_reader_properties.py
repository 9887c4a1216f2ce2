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

GOOD_LINES = ["DTSTART:20261202T100000", "DTEND:20261202T110000", "SUMMARY:Walk"]
content_line = st.builds(
    "{}{}:{}".format,
    st.sampled_from(PROPERTIES),
    st.sampled_from(PARAMETERS),
    st.one_of(st.sampled_from(VALUES), st.text(max_size=30)),
)
# Mostly well-formed events with a few odd lines, since that is what reaches
# the code past the parser; sometimes structure or bytes that are not a calendar.
events = st.builds(
    lambda uid, lines: ["BEGIN:VEVENT", f"UID:{uid}", *lines, "END:VEVENT"],
    st.sampled_from(["a", "b", "x" * 600, "nul\x00"]),
    st.lists(st.one_of(st.sampled_from(GOOD_LINES), content_line), min_size=1, max_size=8),
)
calendars = st.lists(
    st.one_of(events, st.lists(st.sampled_from(STRUCTURE), max_size=3)), max_size=4
).map(
    lambda groups: "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            *(line for group in groups for line in group),
            "END:VCALENDAR",
        ]
    )
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


def mostly(good, *odd):
    """A good value most of the time, else an odd one or any JSON value."""
    return st.one_of(
        st.sampled_from(good), st.sampled_from(good), st.sampled_from(list(odd)), json_values
    )


schedule = st.fixed_dictionaries(
    {
        "opens_at": mostly(["10:00", "10:00:00"], "25:00", "18:00"),
        "closes_at": mostly(["12:00", "18:00:00"], "09:00"),
        "dtstart": mostly(["2026-12-01", "2027-01-05"], "2005-01-01", "9999-12-31", "2026-13-01"),
        "freq": mostly(["WEEKLY", "MONTHLY", ""], "DAILY", "weekly"),
        "interval": mostly([1, 2, "2"], "two", 2.5, 1e400, float("nan"), 10**30),
        "byday": mostly(["TU", "TH,FR", "1TU", "-1SU"], "9XX", "", ",,,"),
    },
    optional={
        "valid_from": mostly(["2026-12-01"], "2005-01-01"),
        "valid_to": mostly(["2027-12-31"], "2026-01-01", "2005-01-01"),
    },
)
service = st.fixed_dictionaries(
    {
        "id": mostly(["a", "b"], "../../etc/passwd", "x" * 600, "\x00", ".."),
        "name": mostly(["Walk", "Choir"], "", "\x00", "Nul\x00name"),
        "schedules": st.one_of(st.lists(schedule, max_size=3), json_values),
    },
    optional={
        "description": mostly(["A walk."], "\x00"),
        "email": mostly(["a@example.org"], "not an email <script>", "\x00@x"),
        "fees": mostly(["Free"], "\x00"),
        "status": mostly(["active"], "inactive"),
        # Read only to find the listing in the directory (feeds/matching.py).
        "organization": mostly(
            [{"organization_identifiers": [{"identifier_scheme": "GB-CHC", "identifier": "1"}]}],
            {"organization_identifiers": 5},
            {"organization_identifiers": [None, {"identifier_scheme": 5, "identifier": "\x00"}]},
        ),
        "service_at_locations": mostly(
            [[{"location": {"addresses": [{"postal_code": "KB2 4AA"}]}}]],
            [{"location": "x"}],
            [{"location": {"addresses": {"postal_code": 1}}}],
            [{"location": {"addresses": [{"postal_code": "\x00" * 300}]}}],
        ),
    },
)
answers = st.one_of(
    st.fixed_dictionaries(
        {"contents": st.lists(st.one_of(service, service, json_values), max_size=5)},
        optional={"last_page": st.booleans()},
    ),
    json_values,
)


@PROPERTY_SETTINGS
@given(st.one_of(answers.map(lambda data: json.dumps(data).encode()), st.binary(max_size=200)))
def test_the_open_referral_reader_raises_only_its_own_error(body):
    # Pages and full records are "fetched" from a refused address: a clean FeedError.
    only_feed_errors(oruk.read_services, "http://127.0.0.1:9/api/services", body)


CELLS = {
    "id": (["walk-1", "quiz-1"], "x" * 600, "\x00", ""),
    "title": (["Walk"], "\x00", "Nul\x00title", "T" * 400),
    "frequency": (["weekly", "monthly", "once", "fortnightly"], "daily", ""),
    "week_of_month": (["1", "-1", ""], "5", "two"),
    "first_date": (["2026-12-01", "2027-01-05"], "9999-12-31", "2026-02-30", "1.12.2026"),
    "last_date": (["", "2027-12-31"], "2026-01-01", "9999-12-31"),
    "start_time": (["10:00"], "25:00", "ten"),
    "end_time": (["11:00"], "09:00", "-1:00"),
    "contact_email": (["", "a@example.org"], "not an email <script>"),
}


def row_cells(column):
    good, *odd = CELLS.get(column, ([""], "\x00", "x" * 400))
    return st.one_of(
        st.sampled_from(good), st.sampled_from(good), st.sampled_from(odd), st.text(max_size=20)
    )


def as_csv(rows, columns):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode()


csv_rows = st.lists(st.tuples(*(row_cells(column) for column in csv_format.COLUMNS)), max_size=5)


@PROPERTY_SETTINGS
@given(
    st.one_of(
        st.builds(
            as_csv,
            csv_rows,
            st.one_of(st.just(csv_format.COLUMNS), st.permutations(csv_format.COLUMNS)),
        ),
        st.binary(max_size=300),
    )
)
def test_the_csv_reader_raises_only_its_own_error(body):
    only_feed_errors(csv_format.read_csv, body)
