"""Dates, times and lists as each language writes them (CLDR data through Babel)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.conf import settings
from django.utils import translation

from core.localformat import DAY_MONTH, WEEKDAY_DAY_MONTH, local_date, local_list, local_time

pytestmark = pytest.mark.unit

TUESDAY = date(2026, 12, 8)
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tuesday 8 December"),
        ("so", "Talaado, Diseembar 8"),  # Somali months, not English
        ("zh-hans", "12月8日星期二"),  # not "星期二 8 十二月"
        ("uk", "вівторок, 8 грудня"),  # genitive, not "8 Грудень"
        ("bn", "মঙ্গলবার, 8 ডিসেম্বর"),
    ],
)
def test_a_date_reads_as_the_language_writes_it(language, expected):
    with translation.override(language):
        assert local_date(TUESDAY, WEEKDAY_DAY_MONTH) == expected


def test_bengali_dates_use_one_kind_of_digit():
    with translation.override("bn"):
        text = local_date(date(2026, 12, 28), DAY_MONTH) + local_date(date(2026, 12, 28))
    bengali_digits = [c for c in text if "\u09e6" <= c <= "\u09ef"]
    latin_digits = [c for c in text if c.isascii() and c.isdigit()]
    assert not (bengali_digits and latin_digits)


def test_times_in_somali_are_not_english():
    evening = datetime(2026, 12, 8, 18, 30, tzinfo=LONDON)
    with translation.override("so"):
        assert "p.m." not in local_time(evening) and "a.m." not in local_time(evening)
    with translation.override("en"):
        assert local_time(evening) == "6:30 pm"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Step-free entrance, Toilet and Hearing loop"),
        ("ur", "Step-free entrance، Toilet، اور Hearing loop"),
        ("ar", "Step-free entrance وToilet وHearing loop"),
        ("zh-hans", "Step-free entrance、Toilet和Hearing loop"),
    ],
)
def test_lists_use_the_language_separators(language, expected):
    with translation.override(language):
        assert local_list(["Step-free entrance", "Toilet", "Hearing loop"]) == expected


@given(
    when=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    language=st.sampled_from([code for code, _name in settings.LANGUAGES]),
    items=st.lists(st.text(max_size=20), max_size=5),
)
def test_any_date_and_list_formats_in_every_language(when, language, items):
    with translation.override(language):
        assert local_date(when, WEEKDAY_DAY_MONTH)
        assert local_time(when)
        assert all(item in local_list(items) for item in items)
