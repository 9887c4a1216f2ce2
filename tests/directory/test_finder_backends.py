"""The same finder questions answered three ways must agree: in memory
(SQLite's way), by the database's own aggregates (PostgreSQL's way) and, with
TEST_SEARCH_URL, in one query to the search node (search/finder.py). Same
results, same order (ties in relevance aside: each backend ranks words its own
way), same count for every option; in memory and in SQL, the same agenda
sessions too. Run on SQLite and on PostgreSQL."""

from datetime import date, time
from io import StringIO

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import call_command
from django.utils import translation

import search.finder
from directory.factories import ActivityPageFactory
from directory.finder import ActivityFinder
from directory.forms import FindForm
from directory.models import DirectoryIndexPage, RoomForNewcomers, ScheduleBreak
from directory.views import areas
from search.finder import EngineFinder
from tests.directory.test_whats_on import thursday, week  # noqa: F401 (fixtures)
from tests.search.search_nodes import SEARCH_NODE, ActivitiesOnNode

pytestmark = pytest.mark.django_db

QUESTIONS = [
    {},
    {"q": "walk"},
    {"q": "walk", "day": ["5"], "cost": ["free"]},
    {"interest": ["music", "being-active"]},
    {"interest": ["music"], "day": ["0", "2"], "time": ["morning", "evening"]},
    {"access": ["step-free", "hearing-loop"]},
    # Counted over shared clauses on the node: access ("all of") with the unticked filters.
    {"access": ["step-free"], "interest": ["music"], "mode": ["in-person"]},
    {"mode": ["in-person"], "audience": ["everyone"], "language": ["en"]},
    {"expect": ["drop-in"], "cost": ["free", "low"], "sort": "soonest"},
    {"time": ["afternoon"], "sort": "relevance", "q": "group"},
]


@pytest.fixture
def node(settings):
    """The activities on the search node, where there is one to test with."""
    if not SEARCH_NODE:
        yield None
        return
    on_node = ActivitiesOnNode(settings)
    yield on_node
    on_node.close()


def both_ways(find_page, criteria, location=None):
    return [
        ActivityFinder(find_page, criteria, location, in_database=in_database).find()
        for in_database in (False, True)
    ]


def every_way(find_page, criteria, node, location=None):
    """In memory and in SQL, which must agree in every detail; then each answer,
    the node's too, as a resident sees it: results, their order, the counts."""
    in_memory, in_database = both_ways(find_page, criteria, location)
    assert in_database == in_memory
    findings = [in_memory, in_database]
    if node is not None:
        engine = EngineFinder(find_page, criteria, location, node.backend())
        findings.append(engine.find())
    ranked = criteria.get("q") and criteria.get("sort") not in ("soonest", "distance")
    return [
        (sorted(finding.ids) if ranked else list(finding.ids), finding.counts, finding.distances)
        for finding in findings
    ]


def agree(answers):
    assert all(answer == answers[0] for answer in answers[1:])


# Asked on the demo borough's find page in English and in Arabic (where the
# English page stands in for a listing not translated yet), through its form.
DEMO_QUESTIONS = [
    *QUESTIONS,
    {"q": "walking", "day": ["1", "3"]},
    {"q": "wlak"},  # one wrong letter: PostgreSQL and the node forgive spelling
    {"q": "?! *"},  # no word at all: nothing found, on every backend
    {"interest": ["music", "being-active"], "cost": ["free"]},
    {"access": ["step-free"]},
    {"postcode": "KB3 2XY", "sort": "distance"},
    {"postcode": "KB3 2XY", "distance": "1", "sort": "distance"},
    {"postcode": "KB3 2XY", "distance": "3", "q": "club"},
    {"when": ["weekend"]},
    {"when": ["today", "next-week"], "interest": ["being-active"]},
    {"newcomers": ["yes"], "sort": "soonest"},
]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_demo_borough_gets_the_same_answers_every_way(demo_site, node, language):
    with translation.override(language):
        find_page = DirectoryIndexPage.objects.get(locale__language_code="en")
        for question in DEMO_QUESTIONS:
            form = FindForm(question, areas=areas())
            form.is_valid()  # what is not understood is left out, as on the find page
            answers = every_way(find_page, form.cleaned_data, node, form.location)
            assert answers[0][0] or question.get("q") in ("wlak", "?! *"), question
            agree(answers)


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
def test_dates_pauses_breaks_and_closures_agree(paused_week, node, criteria):
    in_memory, _in_database = both_ways(paused_week, criteria)

    agree(every_way(paused_week, criteria, node))
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
def test_any_filters_give_the_same_finding_every_way(paused_week, node, criteria):
    agree(every_way(paused_week, criteria, node))


def test_counts_are_exact_past_a_hundred_matches(find_page, organisation, node):
    for number in range(120):
        ActivityPageFactory(
            parent=organisation,
            title=f"Walking group {number}",
            terms={"interests": ["being-active"]},
            weekday=number % 2,
            starts_at=time(9 + number % 10, 0),
        )
    ActivityPageFactory(parent=organisation, title="Choir", terms={"interests": ["music"]})

    for ids, counts, _distances in every_way(find_page, {"q": "walking", "day": ["0"]}, node):
        assert len(ids) == 60
        assert counts["interest"] == {"being-active": 60}
        assert counts["day"] == {"0": 60, "1": 60}


def test_words_never_find_a_withdrawn_activity(find_page, organisation, node):
    """The database searches the words without the listing's own filters and
    leaves those to the statement that counts: a withdrawn page still matches
    the words, and must still not be found or counted."""
    live = ActivityPageFactory(parent=organisation, title="Walking group", weekday=1)
    withdrawn = ActivityPageFactory(parent=organisation, title="Walking club", weekday=2)
    withdrawn.unpublish()

    for question in ({"q": "walking"}, {"q": "walking", "day": ["1"]}):
        for ids, counts, _distances in every_way(find_page, question, node):
            assert (ids, counts["day"]) == ([live.pk], {"1": 1}), question
    # Spelling forgiven (not on SQLite), the same.
    for ids, counts, _distances in every_way(find_page, {"q": "walkin"}, node):
        assert withdrawn.pk not in ids and "2" not in counts["day"]


def test_date_searches_months_on_need_the_daily_job_and_agree_after_it(paused_week, node):
    """The database and the node hold dated sessions a few months ahead; the
    daily job moves them on. A range past them is answered in memory."""
    question = {"when": ["next-week"], "day": ["5"]}
    if node is not None:
        node.backend()  # indexed today
    with time_machine.travel(date(2027, 3, 25), tick=False):
        stale = ActivityFinder(paused_week, question, in_database=True).find()
        stale_on_node = node and EngineFinder(paused_week, question, None, node.backend()).find()
        call_command("update_next_sessions", stdout=StringIO())
        answers = every_way(paused_week, question, node)
        far = both_ways(paused_week, {"date_range": (date(2027, 9, 1), date(2027, 9, 7))})

    assert answers[0][0] and not stale.ids
    assert not stale_on_node or not stale_on_node.ids
    agree(answers)
    assert far[1] == far[0] and far[0].ids


def test_results_past_the_nodes_window_come_from_the_database(demo_site, node, monkeypatch):
    if node is None:
        pytest.skip("needs TEST_SEARCH_URL")
    monkeypatch.setattr(search.finder, "NODE_RESULT_WINDOW", 30)  # OpenSearch's is 10,000
    find_page = DirectoryIndexPage.objects.get(locale__language_code="en")
    engine = EngineFinder(find_page, {}, None, node.backend()).find()
    in_database = ActivityFinder(find_page, {}).find()

    assert len(engine.ids) == len(in_database.ids) > 40
    assert engine.ids[20:40] == in_database.ids[20:40]
    assert engine.ids[0:20] == in_database.ids[0:20]
