"""The same finder questions answered in memory (SQLite's way) and by the
database's own aggregates (PostgreSQL's way) must agree: same results, same
order, same count for every option. Run on SQLite and on PostgreSQL."""

from datetime import time

import pytest

from directory.factories import ActivityPageFactory
from directory.finder import ActivityFinder
from directory.models import DirectoryIndexPage

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

    assert in_database.ids == in_memory.ids
    assert in_database.counts == in_memory.counts


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
