"""An activity's own page: dates, place, calendar file and structured data."""

import json
import re
from datetime import date, datetime, time

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from directory.factories import ActivityPageFactory, VenuePageFactory
from directory.models import ActivitySchedule, ScheduleBreak
from directory.schedules import Frequency

pytestmark = pytest.mark.django_db


@pytest.fixture
def choir(organisation, fenmoor):
    venue = VenuePageFactory(
        parent=organisation,
        title="Fenmoor Hall",
        address_line_1="4 Mill Lane",
        postcode="KB3 2XY",
        area=fenmoor,
        access_notes="Level entrance from the car park.",
    )
    activity = ActivityPageFactory(
        parent=organisation,
        title="Community choir",
        slug="choir",
        venue=venue,
        terms={"audiences": [], "languages": ["bn"], "expectations": ["drop-in"]},
        schedules=[
            ActivitySchedule(
                frequency=Frequency.WEEKLY,
                weekday=1,
                starts_on=date(2026, 1, 6),
                start_time=time(18, 30),
                end_time=time(20, 0),
            )
        ],
        last_checked=date(2026, 11, 2),
    )
    activity.breaks = [ScheduleBreak(starts_on=date(2026, 12, 21), ends_on=date(2027, 1, 4))]
    activity.save_revision().publish()
    return activity


def test_activity_page_tells_a_newcomer_what_they_need(client, choir):
    content = client.get("/en/things-to-do/ashgrove/choir/").content.decode()

    assert "Run by Ashgrove Friends" in content
    assert "Just drop in" in content
    assert "Fenmoor Hall<br>4 Mill Lane<br>Kellbrook<br>KB3 2XY" in content
    assert re.search(r'href="tel:[^"]+" dir="ltr"', content) or "tel:" not in content
    assert "Level entrance from the car park." in content
    assert "openstreetmap.org/?mlat=51.576&amp;mlon=-0.05" in content
    assert "Everyone is welcome" in content
    assert "English and Bengali" in content
    assert "These details were last checked on 2 November 2026." in content
    sessions = re.findall(r"<li>(\w+day \d+ \w+), 6:30 pm to 8:00 pm</li>", content)
    assert len(sessions) == 5
    assert not any("22 December" in session for session in sessions)


def test_add_to_calendar_gives_a_file_calendar_apps_accept(client, choir):
    response = client.get("/en/things-to-do/ashgrove/choir/calendar/")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="choir.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/London"
    event = calendar.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Community choir"
    assert "Fenmoor Hall, 4 Mill Lane" in str(event["LOCATION"])
    start = event.decoded("DTSTART")
    assert start.isoformat() == "2026-01-06T18:30:00+00:00"
    assert str(start.tzinfo) == "Europe/London"
    # Expand the rule as a calendar app would: weekly on Tuesdays, Christmas skipped.
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    skipped = {value.dt for exdate in [event["EXDATE"]] for value in exdate.dts}
    december = [
        day
        for day in rule.between(
            datetime(2026, 12, 1, tzinfo=start.tzinfo), datetime(2027, 1, 10, tzinfo=start.tzinfo)
        )
        if day not in skipped
    ]
    assert [day.date() for day in december] == [
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2027, 1, 5),
    ]


def calendar_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return sorted(
        str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    )


def test_an_organisation_offers_all_its_activities_as_one_calendar(client, choir, organisation):
    ActivityPageFactory(parent=organisation, title="Chess club")

    page = client.get("/en/things-to-do/ashgrove/").content.decode()
    assert 'href="/en/things-to-do/ashgrove/calendar/" download' in page
    titles = calendar_titles(client.get("/en/things-to-do/ashgrove/calendar/"))
    assert titles == ["Chess club", "Community choir"]


def test_a_saved_search_is_a_calendar_of_its_results(client, choir, organisation):
    ActivityPageFactory(
        parent=organisation,
        title="Chess club",
        summary="Play chess.",
        terms={"interests": ["games"]},
    )

    results = client.get("/en/things-to-do/", {"q": "choir"}).content.decode()
    assert 'href="/en/things-to-do/calendar/?q=choir" download' in results
    assert calendar_titles(client.get("/en/things-to-do/calendar/", {"q": "choir"})) == [
        "Community choir"
    ]
    browse = client.get("/en/things-to-do/browse/games/").content.decode()
    assert 'href="/en/things-to-do/calendar/?interest=games" download' in browse


def test_a_saved_search_calendar_with_bad_filters_says_why(client, choir):
    response = client.get("/en/things-to-do/calendar/", {"postcode": "nonsense"})

    assert response.status_code == 400
    assert "Enter a postcode" in response.content.decode()


def test_structured_data_describes_the_series_its_place_and_organiser(client, choir):
    content = client.get("/en/things-to-do/ashgrove/choir/").content.decode()

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "EventSeries"
    assert data["name"] == "Community choir"
    assert data["organizer"]["name"] == "Ashgrove Friends"
    assert data["location"]["address"]["postalCode"] == "KB3 2XY"
    assert data["eventSchedule"][0]["byDay"] == "https://schema.org/Tuesday"
    assert data["eventSchedule"][0]["repeatFrequency"] == "P1W"
    assert data["eventSchedule"][0]["startTime"] == "18:30"
