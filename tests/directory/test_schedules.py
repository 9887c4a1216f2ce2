"""When sessions fall, as a resident reading "Next dates" would check them."""

from datetime import date, datetime, time
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from directory.schedules import LOOKAHEAD, Frequency, recurrence, upcoming_sessions

LONDON = ZoneInfo("Europe/London")
# Monday 23 November 2026, 9am.
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)


def rule(frequency, weekday=None, week_of_month=None, starts_on=date(2026, 1, 5), ends_on=None):
    return SimpleNamespace(
        frequency=frequency,
        weekday=weekday,
        week_of_month=week_of_month,
        starts_on=starts_on,
        ends_on=ends_on,
        start_time=time(10, 0),
        end_time=time(12, 0),
    )


def pause(starts_on, ends_on):
    return SimpleNamespace(starts_on=starts_on, ends_on=ends_on)


def days(sessions):
    return [session.start.date() for session in sessions]


def test_weekly_sessions_roll_forward_from_today():
    sessions = upcoming_sessions([rule(Frequency.WEEKLY, weekday=1)], [], after=NOW)

    assert days(sessions) == [
        date(2026, 11, 24),
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
    ]
    assert sessions[0].start == datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)
    assert sessions[0].end == datetime(2026, 11, 24, 12, 0, tzinfo=LONDON)


def test_a_session_already_started_today_is_not_next():
    later_today = datetime(2026, 11, 24, 10, 30, tzinfo=LONDON)

    sessions = upcoming_sessions([rule(Frequency.WEEKLY, weekday=1)], [], after=later_today)

    assert days(sessions)[0] == date(2026, 12, 1)


def test_every_other_week_keeps_to_its_own_weeks():
    # First session Tuesday 13 January 2026: then every second Tuesday.
    fortnightly = rule(Frequency.FORTNIGHTLY, weekday=1, starts_on=date(2026, 1, 13))

    assert days(upcoming_sessions([fortnightly], [], after=NOW, count=3)) == [
        date(2026, 12, 1),
        date(2026, 12, 15),
        date(2026, 12, 29),
    ]


def test_monthly_on_the_nth_and_the_last_weekday():
    second_wednesday = rule(Frequency.MONTHLY, weekday=2, week_of_month=2)
    last_friday = rule(Frequency.MONTHLY, weekday=4, week_of_month=-1)

    assert days(upcoming_sessions([second_wednesday], [], after=NOW, count=2)) == [
        date(2026, 12, 9),
        date(2027, 1, 13),
    ]
    assert days(upcoming_sessions([last_friday], [], after=NOW, count=2)) == [
        date(2026, 11, 27),
        date(2026, 12, 25),
    ]


def test_one_off_dates_drop_out_once_they_have_passed():
    past = rule(Frequency.ONCE, starts_on=date(2026, 11, 1))
    coming = rule(Frequency.ONCE, starts_on=date(2026, 12, 5))

    assert upcoming_sessions([past], [], after=NOW) == []
    assert days(upcoming_sessions([past, coming], [], after=NOW)) == [date(2026, 12, 5)]


def test_breaks_and_pauses_skip_sessions():
    weekly = rule(Frequency.WEEKLY, weekday=1)
    christmas = pause(date(2026, 12, 21), date(2027, 1, 4))

    with_break = days(upcoming_sessions([weekly], [christmas], after=NOW))
    paused = days(upcoming_sessions([weekly], [], after=NOW, paused_until=date(2027, 1, 15)))

    assert date(2026, 12, 22) not in with_break
    assert date(2026, 12, 29) not in with_break
    assert with_break[-1] == date(2027, 1, 5)
    assert paused[0] == date(2027, 1, 19)


def test_several_rules_merge_in_date_order_and_a_rule_can_end():
    tuesdays = rule(Frequency.WEEKLY, weekday=1, ends_on=date(2026, 12, 1))
    thursdays = rule(Frequency.WEEKLY, weekday=3)

    assert days(upcoming_sessions([tuesdays, thursdays], [], after=NOW, count=4)) == [
        date(2026, 11, 24),
        date(2026, 11, 26),
        date(2026, 12, 1),
        date(2026, 12, 3),
    ]


RULES = st.builds(
    rule,
    st.sampled_from([Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.MONTHLY]),
    weekday=st.integers(0, 6),
    week_of_month=st.sampled_from([1, 2, 3, 4, -1]),
    starts_on=st.dates(date(2020, 1, 1), date(2027, 12, 31)),
    ends_on=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2029, 12, 31))),
)


@given(RULES, st.dates(date(2019, 1, 1), date(2029, 12, 31)))
def test_a_rule_started_near_a_day_gives_the_same_sessions_from_that_day(schedule, day):
    window = (datetime.combine(day, time.min), datetime.combine(day, time.min) + LOOKAHEAD)

    assert recurrence(schedule, day).between(*window, inc=True) == recurrence(schedule).between(
        *window, inc=True
    )
