"""The same finder questions answered in memory (SQLite's way) and by the
database's own aggregates (PostgreSQL's way) must agree: same results, same
order, same count for every option, same agenda sessions. Run on SQLite and
on PostgreSQL."""

from datetime import date, time
from io import StringIO

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import call_command

from directory.factories import ActivityPageFactory
from directory.finder import ActivityFinder
from directory.models import DirectoryIndexPage, RoomForNewcomers, ScheduleBreak
from tests.directory.test_whats_on import thursday, week  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

QUESTIONS = [
    {},
    {"q": "walk"},
    {"q": "walk", "day": ["5"], "cost": ["free"]},
    {"interest": ["music", "being-active"]},
    {"interest": ["music"], "day": ["0", "2"], "time": ["morning", "evening"]},
    {"access": ["step-free", "hearing-loop"]},
    {"mode": ["in-person"], "audience": ["everyone"], "language": ["en"]},
    {"expect": ["drop-in"], "cost": ["free", "low"], "sort": "soonest"},
    {"time": ["afternoon"], "sort": "relevance", "q": "group"},
]


def both_ways(find_page, criteria):
    return [
        ActivityFinder(find_page, criteria, in_database=in_database).find()
        for in_database in (False, True)
    ]


@pytest.mark.parametrize("criteria", QUESTIONS, ids=str)
def test_the_database_answers_as_the_in_memory_finder_does(demo_site, criteria):
    find_page = DirectoryIndexPage.objects.get(locale__language_code="en")
    in_memory, in_database = both_ways(find_page, criteria)

    assert in_database == in_memory


WHEN_QUESTIONS = [
    {},
    {"when": ["weekend"]},
    {"when": ["today", "tomorrow"], "day": ["3", "4"]},
    {"when": ["next-week"], "interest": ["music"]},
    {"when": ["weekend"], "newcomers": ["yes"]},
    {"date_range": (date(2026, 12, 24), date(2026, 12, 26))},
    {"date_range": (date(2026, 12, 19), date(2026, 12, 20)), "day": ["5"], "cost": ["free"]},
]


@pytest.fixture
def paused_week(request, find_page, organisation):
    """The week's activities, one paused over Christmas, one with a break and
    room for newcomers at it."""
    request.getfixturevalue("week")
    ActivityPageFactory(
        parent=organisation, title="Paused quiz", weekday=4, paused_until=date(2026, 12, 26)
    )
    yoga = ActivityPageFactory(parent=organisation, title="Saturday yoga", weekday=5)
    ScheduleBreak.objects.create(
        page=yoga, starts_on=date(2026, 12, 19), ends_on=date(2026, 12, 19)
    )
    RoomForNewcomers.say(yoga, RoomForNewcomers.Answer.YES)
    return find_page


@pytest.mark.parametrize("criteria", WHEN_QUESTIONS, ids=str)
def test_dates_pauses_breaks_and_closures_agree(paused_week, criteria):
    in_memory, in_database = both_ways(paused_week, criteria)

    assert in_database == in_memory
    assert in_memory.sessions or not in_memory.ids


# Each filter's options that the week's activities can have.
OPTIONS = {
    "when": ["today", "tomorrow", "weekend", "this-week", "next-week"],
    "day": [str(day) for day in range(7)],
    "time": ["morning", "afternoon", "evening"],
    "cost": ["free", "low"],
    "interest": ["music", "being-active"],
    "newcomers": ["yes"],
}


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    criteria=st.fixed_dictionaries(
        {},
        optional={
            name: st.lists(st.sampled_from(options), unique=True, max_size=3)
            for name, options in OPTIONS.items()
        },
    )
)
def test_any_filters_give_the_same_finding_both_ways(paused_week, criteria):
    in_memory, in_database = both_ways(paused_week, criteria)

    assert in_database == in_memory


def test_counts_are_exact_past_a_hundred_matches(find_page, organisation):
    for number in range(120):
        ActivityPageFactory(
            parent=organisation,
            title=f"Walking group {number}",
            terms={"interests": ["being-active"]},
            weekday=number % 2,
            starts_at=time(9 + number % 10, 0),
        )
    ActivityPageFactory(parent=organisation, title="Choir", terms={"interests": ["music"]})

    for finding in both_ways(find_page, {"q": "walking", "day": ["0"]}):
        assert len(finding.ids) == 60
        assert finding.counts["interest"] == {"being-active": 60}
        assert finding.counts["day"] == {"0": 60, "1": 60}


def test_date_searches_months_on_need_the_daily_job_and_agree_after_it(paused_week):
    """The database holds dated sessions a few months ahead; the daily job moves
    them on. A range past them is answered in memory."""
    question = {"when": ["next-week"], "day": ["5"]}
    with time_machine.travel(date(2027, 3, 25), tick=False):
        stale = ActivityFinder(paused_week, question, in_database=True).find()
        call_command("update_next_sessions", stdout=StringIO())
        in_memory, in_database = both_ways(paused_week, question)
        far = both_ways(paused_week, {"date_range": (date(2027, 9, 1), date(2027, 9, 7))})

    assert in_memory.ids and not stale.ids
    assert in_database == in_memory
    assert far[1] == far[0] and far[0].ids
