"""What's on, by date: the "when" filter and its counts, the agenda, the
calendar of chosen dates, and the borough's closure days."""

import re
from datetime import date, datetime, time
from io import StringIO

import pytest
import time_machine
from icalendar import Calendar

from django.contrib.auth.models import Group
from django.core.management import call_command

from directory.closures import closed_days
from directory.factories import ActivityPageFactory, VenuePageFactory
from directory.models import ActivitySchedule, ClosureDay
from directory.permissions import DIRECTORY_TEAM
from directory.schedules import Frequency, local_zone
from tests.directory.test_find import find, option_count, titles

pytestmark = pytest.mark.django_db

# Thursday 17 December 2026, 9am: tomorrow is Friday, the weekend is 19-20
# December, next week runs from Monday 21 to Sunday 27 with Christmas Day in it.
THURSDAY_MORNING = datetime(2026, 12, 17, 9, 0, tzinfo=local_zone())


@pytest.fixture
def thursday(db):
    with time_machine.travel(THURSDAY_MORNING, tick=False):
        # That morning's daily job has run: the demo's sessions are dated from then.
        call_command("update_next_sessions", stdout=StringIO())
        yield


@pytest.fixture
def week(thursday, organisation):
    """Four weekly activities, Christmas Day closed, and a lunch that meets on it."""
    ClosureDay.objects.get_or_create(day=date(2026, 12, 25), defaults={"name": "Christmas Day"})
    ActivityPageFactory(parent=organisation, title="Thursday chess", weekday=3, starts_at=time(14))
    ActivityPageFactory(parent=organisation, title="Friday cafe", weekday=4)
    ActivityPageFactory(parent=organisation, title="Saturday walk", weekday=5)
    ActivityPageFactory(parent=organisation, title="Wednesday choir", weekday=2)
    ActivityPageFactory(
        parent=organisation,
        title="Christmas Day lunch",
        meets_on_closure_days=True,
        schedules=[
            ActivitySchedule(
                frequency=Frequency.ONCE,
                starts_on=date(2026, 12, 25),
                start_time=time(12),
                end_time=time(15),
            )
        ],
    )


def test_when_options_find_and_count_the_activities_meeting_then(client, week):
    everything = find(client)
    counts = {
        option: option_count(everything, "when", option)
        for option in ["today", "tomorrow", "weekend", "this-week", "next-week"]
    }

    # The cafe's one session next week is on Christmas Day, which is closed.
    assert counts == {"today": 1, "tomorrow": 1, "weekend": 1, "this-week": 3, "next-week": 4}
    assert titles(find(client, when="weekend")) == ["Saturday walk"]
    assert titles(find(client, when=["today", "tomorrow"])) == ["Thursday chess", "Friday cafe"]
    assert sorted(titles(find(client, when="next-week"))) == [
        "Christmas Day lunch",
        "Saturday walk",
        "Thursday chess",
        "Wednesday choir",
    ]


def test_a_session_already_started_is_no_longer_today(client, week):
    with time_machine.travel(datetime(2026, 12, 17, 14, 30, tzinfo=local_zone()), tick=False):
        assert titles(find(client, when="today")) == []


def test_a_range_of_dates_finds_and_counts_like_an_option(client, week):
    christmas = find(client, from_date="25/12/2026")
    weekend = find(client, from_date="2026-12-19", to_date="2026-12-20", day="5")

    assert titles(christmas) == ["Christmas Day lunch"]
    assert re.search(r"Between two dates <span class=\"site-filter__count\">\(1\)", christmas.text)
    assert titles(weekend) == ["Saturday walk"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from_date": "31/02/2026"}, "Enter the first date as day/month/year"),
        ({"to_date": "next tuesday"}, "Enter the last date as day/month/year"),
        (
            {"from_date": "2026-12-20", "to_date": "2026-12-19"},
            "The last date must be on or after the first date",
        ),
        ({"from_date": "2026-12-20", "to_date": "2028-01-01"}, "no more than a year apart"),
    ],
)
def test_a_bad_date_is_named_and_the_other_filters_kept(client, week, params, message):
    response = find(client, when="weekend", **params)

    assert response.status_code == 400
    assert message in response.text
    assert titles(response) == ["Saturday walk"]
    assert 'value="weekend" checked' in response.text


def agenda(response):
    """The agenda as [(day heading, [(times, title, place)])]."""
    days = re.findall(
        r'<h3 class="govuk-heading-s site-agenda__day"><time datetime="[^"]+">([^<]+)</time></h3>'
        r"\s*<ul[^>]*>(.*?)</ul>",
        response.text,
        re.S,
    )
    return [
        (
            heading,
            [
                (times, title, re.sub(r"<[^>]+>", "", place))
                for times, title, place in re.findall(
                    r'site-agenda__time">([^<]+)</span>\s*<a[^>]*>([^<]+)</a><br>\s*'
                    r'<span class="govuk-body-s site-agenda__place">(.*?)</span>\s*</li>',
                    entries,
                    re.S,
                )
            ],
        )
        for heading, entries in days
    ]


def test_the_agenda_lists_each_day_s_sessions_with_time_place_and_distance(
    client, thursday, organisation, fenmoor
):
    hall = VenuePageFactory(parent=organisation, title="Fenmoor Hall", area=fenmoor)
    ActivityPageFactory(parent=organisation, title="Saturday walk", weekday=5, venue=hall)
    ActivityPageFactory(
        parent=organisation, title="Sunday swim", weekday=6, starts_at=time(9), venue=hall
    )
    ActivityPageFactory(
        parent=organisation, title="Saturday choir", weekday=5, starts_at=time(9), venue=hall
    )

    response = find(client, view="agenda", when="weekend", postcode="KB3 2XY")

    assert agenda(response) == [
        (
            "Saturday 19 December",
            [
                ("9:00 am to 10:00 am", "Saturday choir", "Fenmoor Hall, Fenmoor (0.0 miles away)"),
                ("10:00 am to 11:00 am", "Saturday walk", "Fenmoor Hall, Fenmoor (0.0 miles away)"),
            ],
        ),
        (
            "Sunday 20 December",
            [("9:00 am to 10:00 am", "Sunday swim", "Fenmoor Hall, Fenmoor (0.0 miles away)")],
        ),
    ]
    # Changing a filter keeps the agenda.
    assert '<input type="hidden" name="view" value="agenda">' in response.text


def test_closure_days_drop_out_unless_the_activity_meets_on_them(thursday, organisation):
    cafe = ActivityPageFactory(parent=organisation, title="Friday cafe", weekday=4)
    open_anyway = ActivityPageFactory(
        parent=organisation, title="Friday lunch", weekday=4, meets_on_closure_days=True
    )
    ClosureDay.objects.get_or_create(day=date(2026, 12, 25), defaults={"name": "Christmas Day"})
    ClosureDay.objects.get_or_create(day=date(2027, 1, 1), defaults={"name": "New Year's Day"})

    def days(activity):
        return [session.start.date() for session in activity.upcoming_sessions(count=3)]

    assert days(cafe) == [date(2026, 12, 18), date(2027, 1, 8), date(2027, 1, 15)]
    assert days(open_anyway) == [date(2026, 12, 18), date(2026, 12, 25), date(2027, 1, 1)]
    assert closed_days(date(2026, 12, 1), date(2026, 12, 27)) == [date(2026, 12, 25)]


def events(response):
    calendar = Calendar.from_ical(response.content)
    return [(str(event["summary"]), event.decoded("dtstart")) for event in calendar.walk("VEVENT")]


def test_calendars_leave_out_closure_days(client, week):
    next_week = events(client.get("/en/things-to-do/calendar/", {"when": "next-week"}))
    whole = client.get("/en/things-to-do/calendar/")
    cafe = next(
        event
        for event in Calendar.from_ical(whole.content).walk("VEVENT")
        if event["summary"] == "Friday cafe"
    )

    assert sorted((title, start.date()) for title, start in next_week) == [
        ("Christmas Day lunch", date(2026, 12, 25)),
        ("Saturday walk", date(2026, 12, 26)),
        ("Thursday chess", date(2026, 12, 24)),
        ("Wednesday choir", date(2026, 12, 23)),
    ]
    assert datetime(2026, 12, 25, 10, tzinfo=local_zone()) in [
        skipped.dt for skipped in cafe["exdate"].dts
    ]


def test_the_directory_team_enters_a_closure_day_once_for_every_activity(
    client, django_user_model, thursday, organisation
):
    cafe = ActivityPageFactory(parent=organisation, title="Friday cafe", weekday=4)
    team_member = django_user_model.objects.create_user("priya", password="x")
    team_member.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    client.force_login(team_member)

    response = client.post(
        "/admin/snippets/directory/closureday/add/",
        {"day": "2026-12-18", "name": "Borough closure"},
    )

    assert response.status_code == 302
    assert cafe.upcoming_sessions(count=1)[0].start.date() == date(2027, 1, 8)
    assert titles(find(client, when="tomorrow")) == []


def test_the_demo_cafe_skips_christmas_day_and_the_christmas_lunch_keeps_it(client, demo_site):
    with time_machine.travel(datetime(2026, 12, 10, 12, tzinfo=local_zone()), tick=False):
        cafe = client.get("/en/things-to-do/ashgrove-community-centre-trust/community-cafe/")
        lunch = client.get("/en/things-to-do/st-hildas-church/christmas-day-lunch/")

    assert "Friday 18 December" in cafe.text
    assert "Friday 25 December" not in cafe.text
    assert "Friday 25 December" in lunch.text
