from datetime import date, time

import pytest

from django.conf import settings

from wagtail.models import Page, PageLogEntry

from directory.models import ActivityPage
from directory.schedules import Frequency
from feeds.models import FeedItem
from feeds.sync import sync_source
from tests.feeds.feed_server import FILES


def listed(organisation):
    return {page.title: page for page in ActivityPage.objects.child_of(organisation).live()}


def test_google_calendar_becomes_listings_with_their_session_times(
    feeds, make_source, organisation
):
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"))

    outcome = sync_source(source)

    pages = listed(organisation)
    assert set(pages) == {"Tuesday health walk", "Knit and natter", "Quiz night", "Winter fair"}
    walk = pages["Tuesday health walk"]
    rule = walk.schedules.get()
    assert (rule.frequency, rule.weekday, rule.start_time) == (Frequency.WEEKLY, 1, time(10))
    assert [(b.starts_on, b.ends_on) for b in walk.breaks.all()] == [(date(2026, 12, 29),) * 2]
    # The break is honoured: no walk on 29 December.
    assert date(2026, 12, 29) not in [s.start.date() for s in walk.upcoming_sessions(count=10)]
    quiz = pages["Quiz night"].schedules.get()
    assert (quiz.frequency, quiz.week_of_month, quiz.weekday) == (Frequency.MONTHLY, 1, 2)
    assert pages["Knit and natter"].schedules.get().frequency == Frequency.FORTNIGHTLY
    assert "Ashgrove Park gates" in walk.how_to_join
    assert (outcome.added, source.items_added, source.last_error) == (4, 4, "")
    assert source.last_success_at is not None
    # Added in bulk, yet found by the site's search and sorted by next session.
    assert walk.next_session_start is not None
    assert ActivityPage.objects.live().search("health walk")[0].pk == walk.pk


def test_outlook_windows_time_zones_are_converted_to_london(feeds, make_source, organisation):
    sync_source(make_source(feeds.serve_file("/outlook.ics", "outlook.ics")))

    pages = listed(organisation)
    yoga = pages["Chair yoga"].schedules.get()
    assert (yoga.weekday, yoga.start_time, yoga.ends_on) == (0, time(10), date(2027, 12, 31))
    call = pages["Twinning call with Kellstadt"].schedules.get()
    # 18:00 in Central Europe is 17:00 in Kellbrook.
    assert (call.starts_on, call.start_time, call.end_time) == (
        date(2027, 2, 3),
        time(17),
        time(18),
    )


def test_all_day_events_last_their_whole_days(feeds, make_source, organisation):
    sync_source(make_source(feeds.serve_file("/all-day.ics", "all_day.ics")))

    sale = listed(organisation)["Plant sale weekend"]
    assert [s.starts_on for s in sale.schedules.all()] == [date(2027, 4, 10), date(2027, 4, 11)]


def test_moved_occurrences_and_extra_dates_become_single_dates(feeds, make_source, organisation):
    sync_source(make_source(feeds.serve_file("/choir.ics", "exceptions.ics")))

    pages = listed(organisation)
    assert "Called off" not in pages
    dates = sorted(s.starts_on for s in pages["Community choir"].schedules.all())
    # COUNT=4 from 1 December, the 8th moved to the 9th, plus an RDATE on the 18th.
    assert dates == [date(2026, 12, d) for d in (1, 9, 15, 18, 22)]


def test_daily_rules_are_expanded_within_a_year_only(feeds, make_source, organisation):
    sync_source(make_source(feeds.serve_file("/cafe.ics", "daily.ics")))

    sessions = listed(organisation)["Drop-in cafe"].schedules.all()
    assert len(sessions) == 365
    assert max(s.starts_on for s in sessions) < date(2027, 11, 23)


def test_resync_creates_no_duplicates_and_gone_items_are_ended(feeds, make_source, organisation):
    url = feeds.serve_file("/cal.ics", "google.ics")
    source = make_source(url)
    sync_source(source)
    sync_source(source, force=True)
    assert ActivityPage.objects.child_of(organisation).count() == 4
    assert FeedItem.objects.filter(source=source).count() == 4

    body = (FILES / "google.ics").read_text()
    without_quiz = body.replace("UID:quiz-monthly@google.com", "UID:quiz-monthly@google.com-x")
    without_quiz = without_quiz.replace("SUMMARY:Quiz night", "SUMMARY:Quiz evening")
    feeds.serve("/cal.ics", without_quiz.encode())
    outcome = sync_source(source)

    assert (outcome.added, outcome.changed, outcome.ended) == (1, 0, 1)
    old_quiz = FeedItem.objects.get(source=source, external_id="quiz-monthly@google.com")
    assert old_quiz.ended_at is not None
    # Ended, not deleted: the page is kept, off the site.
    assert Page.objects.filter(pk=old_quiz.activity_id, live=False).exists()
    organisation.refresh_from_db()
    assert organisation.numchild == organisation.get_children().count() == 5
    assert set(listed(organisation)) == {
        "Tuesday health walk",
        "Knit and natter",
        "Quiz evening",
        "Winter fair",
    }


def test_a_changed_item_updates_its_page(feeds, make_source, organisation):
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"))
    sync_source(source)
    walk_id = listed(organisation)["Tuesday health walk"].pk

    body = (FILES / "google.ics").read_text().replace("T100000", "T103000")
    feeds.serve("/cal.ics", body.encode())
    outcome = sync_source(source)

    assert outcome.changed == 1
    walk = ActivityPage.objects.get(pk=walk_id)
    assert walk.schedules.get().start_time == time(10, 30)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.ics", "not valid iCalendar"),
        ("never_ending.ics", "repeats more often than once a day"),
    ],
)
def test_a_feed_that_breaks_after_a_good_sync_leaves_listings_untouched(
    feeds, make_source, organisation, name, message
):
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"))
    sync_source(source)
    before = {(p.pk, p.title, p.live) for p in ActivityPage.objects.child_of(organisation)}

    feeds.serve_file("/cal.ics", name)
    assert sync_source(source) is None

    source.refresh_from_db()
    assert message in source.last_error
    assert {(p.pk, p.title, p.live) for p in ActivityPage.objects.child_of(organisation)} == before
    assert source.last_success_at < source.last_attempt_at


def test_an_unchanged_source_is_skipped_by_etag_and_by_hash(feeds, make_source, organisation):
    source = make_source(feeds.serve_file("/cal.ics", "google.ics", headers={"ETag": '"v1"'}))
    sync_source(source)

    assert sync_source(source).unchanged_source
    assert feeds.requests[-1][1].get("If-None-Match") == '"v1"'
    # The feed's owner can see which site reads it, and where to reach it.
    assert settings.WAGTAILADMIN_BASE_URL in feeds.requests[-1][1].get("User-Agent")

    feeds.serve_file("/plain.ics", "google.ics")
    source.url = feeds.url("/plain.ics")
    sync_source(source)
    assert sync_source(source).unchanged_source  # same body, same hash
    assert ActivityPage.objects.child_of(organisation).count() == 4


def test_untrusted_changes_wait_for_review(feeds, make_source, organisation, find_page):
    from directory.permissions import ensure_directory_review

    ensure_directory_review(find_page)
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"), trusted=False)

    sync_source(source)

    pages = ActivityPage.objects.child_of(organisation)
    assert pages.count() == 4
    assert not pages.live().exists()
    assert all(page.workflow_in_progress for page in pages)
    assert listed(organisation) == {}


def test_an_untrusted_change_leaves_the_live_listing_until_approved(
    feeds, make_source, organisation, find_page
):
    from directory.permissions import ensure_directory_review

    ensure_directory_review(find_page)
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"), trusted=False)
    sync_source(source)
    walk = ActivityPage.objects.child_of(organisation).get(title="Tuesday health walk")
    walk.current_workflow_state.cancel()
    walk.get_latest_revision().publish()

    body = (FILES / "google.ics").read_text().replace("Tuesday health walk", "Tuesday park walk")
    feeds.serve("/cal.ics", body.encode())
    assert sync_source(source).changed == 1

    walk.refresh_from_db()
    assert walk.live
    assert walk.title == "Tuesday health walk"  # what residents see, until approved
    assert walk.get_latest_revision_as_object().title == "Tuesday park walk"
    assert walk.workflow_in_progress


def test_a_large_first_sync_costs_a_few_queries_an_event_even_through_review(
    feeds, make_source, organisation, find_page, django_user_model
):
    """A first sync of 10,000 events must take seconds, not many minutes: the queries
    must not grow by dozens with each event (they did by about seventy through review)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.feeds_benchmark import calendar
    from directory.permissions import ensure_directory_review

    ensure_directory_review(find_page)
    queries = {}
    for trusted in (True, False):
        for events in (5, 25):
            # Each source's events are new to the directory, not duplicates of the last's.
            body = calendar(events, date(2026, 11, 24), f"Benchmark {trusted} {events} activity")
            url = feeds.serve(f"/{trusted}-{events}.ics", body)
            source = make_source(url, trusted=trusted)
            with CaptureQueriesContext(connection) as captured:
                assert sync_source(source).added == events
            queries[trusted, events] = len(captured)

    for trusted in (True, False):
        assert (queries[trusted, 25] - queries[trusted, 5]) / 20 <= 4, queries


def test_drafts_from_a_first_sync_are_reviewed_and_published_as_editors_are(
    feeds, make_source, organisation, find_page, django_user_model, smtp
):
    from directory.permissions import ensure_directory_review

    reviewer = django_user_model.objects.create_user("priya", email="priya@example.org")
    reviewer.groups.add(ensure_directory_review(find_page))
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"), trusted=False)

    sync_source(source)

    # One "submitted for approval" email a listing, as when an editor submits one.
    assert sorted(message["subject"] for message in smtp.inbox.messages)[-1] == (
        'The page "Winter fair" has been submitted for approval in moderation stage '
        '"Directory team approval"'
    )
    assert len(smtp.inbox.messages) == 4
    walk = ActivityPage.objects.child_of(organisation).get(title="Tuesday health walk")
    assert [entry.action for entry in PageLogEntry.objects.filter(page=walk).order_by("id")] == [
        "wagtail.create",
        "wagtail.workflow.start",
    ]
    task_state = walk.current_workflow_task_state
    assert task_state.revision == walk.get_latest_revision()
    task_state.task.specific.on_action(task_state, reviewer, "approve")

    walk.refresh_from_db()
    assert walk.live and not walk.has_unpublished_changes
    assert walk.first_published_at is not None
    assert [(b.starts_on, b.ends_on) for b in walk.breaks.all()] == [(date(2026, 12, 29),) * 2]
    assert listed(organisation).keys() == {"Tuesday health walk"}
    assert listed(organisation)["Tuesday health walk"].schedules.get().weekday == 1
