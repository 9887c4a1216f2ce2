"""Whatever a feed or CSV file holds: residents get a page, editors a clear
message on the source, and nothing already published changes."""

import json
from datetime import date, time

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from directory.models import ActivityPage, ActivitySchedule
from directory.schedules import Frequency
from feeds import csv_format, ical, oruk
from feeds.errors import FeedError
from feeds.models import FeedItem, Source
from feeds.sync import sync_source
from feeds.tasks import sync_source_now as sync_now_task
from tests.feeds.feed_server import FILES

NASTY = FILES / "nasty"
GOOD = (NASTY / "two_dtstart.ics").read_text().split("BEGIN:VEVENT")[1]
UNEXPECTED = "could not be handled"  # the message of an exception nobody foresaw


def listed(organisation):
    return {page.title: page for page in ActivityPage.objects.child_of(organisation).live()}


def calendar(*events, head=""):
    body = "".join(f"BEGIN:VEVENT\r\n{event}END:VEVENT\r\n" for event in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kellbrook//Tests//EN\r\n{head}"
        f"BEGIN:VEVENT{GOOD}{body}END:VCALENDAR\r\n"
    ).encode()


def event(uid, summary, *lines):
    return "".join(f"{line}\r\n" for line in [f"UID:{uid}", f"SUMMARY:{summary}", *lines])


BAD_EVENTS = [
    event("two-starts", "Two starts", "DTSTART:20261202T100000", "DTSTART:20261203T100000"),
    event("bad-start", "Bad start", "DTSTART:2026l202T100000"),
    event("bad-duration", "Bad duration", "DTSTART:20261202T100000", "DURATION:P1Hour"),
    event("bad-freq", "Bad freq", "DTSTART:20261202T100000", "RRULE:FREQ=FORTNIGHTLY"),
    event(
        "bad-exdate", "Bad exdate", "DTSTART:20261202T100000", "RRULE:FREQ=WEEKLY", "EXDATE:2026-1"
    ),
    event(
        "huge-interval",
        "Huge interval",
        "DTSTART:20261202T100000",
        "RRULE:FREQ=DAILY;INTERVAL=999999999999999999999999",
    ),
    event("spaced-end", "Spaced end", "DTSTART:20261202T100000", "DTEND: 20261202T110000"),
    event("mixed", "Date start", "DTSTART;VALUE=DATE:20261202", "DTEND:20261202T110000"),
]


def test_bad_events_are_skipped_and_named_while_the_rest_syncs(feeds, make_source, organisation):
    source = make_source(feeds.serve("/cal.ics", calendar(*BAD_EVENTS)))

    outcome = sync_source(source)

    assert outcome is not None and outcome.added == 1
    assert set(listed(organisation)) == {"Good walk"}
    state = source.state_in_words()
    assert "8 events could not be read: Two starts, Bad start, Bad duration" in state
    assert "1 added" in state


def test_sync_feeds_goes_on_past_a_troubled_source(feeds, make_source, organisation):
    troubled = make_source(feeds.serve("/bad.ics", calendar(BAD_EVENTS[0])))
    troubled.name = "A troubled calendar"  # sorted first
    troubled.save()
    good = make_source(feeds.serve_file("/good.ics", "google.ics"))
    good.name = "B good calendar"
    good.save()

    call_command("sync_feeds")

    troubled.refresh_from_db()
    good.refresh_from_db()
    assert "1 event could not be read: Two starts" in troubled.state_in_words()
    assert good.last_success_at is not None and good.items_added == 4


def test_sync_now_is_queued_and_its_state_shown(client, admin_user, feeds, make_source, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    source = make_source(feeds.serve("/cal.ics", calendar(*BAD_EVENTS[:2])))
    client.force_login(admin_user)

    response = client.post(reverse("feeds_sync_now", args=[source.pk]), follow=True)

    assert "A sync is waiting to start." in response.content.decode()
    assert not FeedItem.objects.filter(source=source).exists()  # not in the editor's request
    (queued,) = [
        result for result in default_task_backend.results if result.task.func is sync_now_task.func
    ]
    queued.task.call(*queued.args, **queued.kwargs)  # what the worker does
    page = client.get(reverse("wagtailsnippets_feeds_source:edit", args=[source.pk]))
    assert "2 events could not be read: Two starts, Bad start" in page.content.decode()
    source.refresh_from_db()
    assert source.sync_status == Source.SyncStatus.DONE


def test_text_with_nul_characters_and_long_identifiers_are_stored(feeds, make_source, organisation):
    long_uid = "x" * 700
    body = calendar(
        event(
            "nul\x00uid", "Nul\x00 in the title", "DTSTART:20261202T100000", "DESCRIPTION:a\x00b"
        ),
        event(long_uid + "1", "Long one", "DTSTART:20261203T100000"),
        event(long_uid + "2", "Long two", "DTSTART:20261204T100000"),
    )
    source = make_source(feeds.serve("/cal.ics", body))

    assert sync_source(source).added == 4
    assert sync_source(source, force=True).added == 0  # the same identifiers find the same pages

    pages = listed(organisation)
    assert "Nul in the title" in pages
    assert "\x00" not in pages["Nul in the title"].description
    ids = list(FeedItem.objects.filter(source=source).values_list("external_id", flat=True))
    assert len(set(ids)) == 4 and max(len(value) for value in ids) <= 500


def test_nul_characters_in_open_referral_and_csv_are_stored(feeds, make_source, organisation):
    url = feeds.serve_file("/api/services", "nasty/nul_text.json", content_type="application/json")
    assert sync_source(make_source(url, kind=Source.Kind.OPEN_REFERRAL)).added == 2
    csv = make_source(kind=Source.Kind.CSV)
    csv.upload.save("a.csv", ContentFile((NASTY / "nul_text.csv").read_bytes()))
    assert sync_source(csv).added == 1

    assert {"Nulname", "Walk"} <= set(listed(organisation))
    assert not any("\x00" in item.external_id for item in FeedItem.objects.all())


def schedule(page, **fields):
    values = {
        "frequency": Frequency.WEEKLY,
        "weekday": 3,
        "starts_on": date(2005, 1, 1),
        "ends_on": date(2005, 1, 1),
        "start_time": time(10),
        "end_time": time(18),
    }
    values.update(fields)
    ActivitySchedule.objects.create(page=page, **values)


@pytest.mark.parametrize(
    "fields",
    [
        {},  # Thursdays, from Saturday to that Saturday: no date
        {"starts_on": date(2026, 12, 1), "ends_on": date(2026, 1, 1)},
        {"starts_on": date(9999, 12, 30), "ends_on": None, "weekday": 3},
        {"frequency": Frequency.ONCE, "starts_on": date(9999, 12, 31), "ends_on": None},
    ],
)
def test_calendars_of_schedules_without_dates_answer(client, organisation, fields):
    from directory.factories import ActivityPageFactory

    activity = ActivityPageFactory(parent=organisation, title="No dates", slug="no-dates")
    schedule(activity, **fields)

    assert client.get(activity.url).status_code == 200
    assert client.get(activity.url + "calendar/").status_code == 200
    assert client.get(organisation.url + "calendar/").status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "interval_word.json",
        "interval_fraction.json",
        "interval_nan.json",
        "interval_infinity.json",
        "exponent.json",
        "junk_byday.json",
        "year_9999.json",
        "valid_to_before_from.json",
    ],
)
def test_unreadable_open_referral_schedules_leave_the_service_listed(
    feeds, make_source, organisation, name
):
    url = feeds.serve_file("/api/services", f"nasty/{name}", content_type="application/json")
    source = make_source(url, kind=Source.Kind.OPEN_REFERRAL)

    assert sync_source(source).added == 2
    assert "Service good" in listed(organisation)


def test_json_nested_too_deep_is_a_clear_error(feeds, make_source):
    url = feeds.serve_file(
        "/api/services", "nasty/deep_nesting.json", content_type="application/json"
    )
    source = make_source(url, kind=Source.Kind.OPEN_REFERRAL)

    assert sync_source(source) is None
    assert "not valid JSON" in source.last_error


def test_an_invalid_email_is_left_out_and_reported(feeds, make_source, organisation, client):
    url = feeds.serve_file("/api/services", "nasty/bad_email.json", content_type="application/json")
    source = make_source(url, kind=Source.Kind.OPEN_REFERRAL)

    sync_source(source)

    assert listed(organisation)["Service email"].contact_email == ""
    assert "the email address not an email <script> is not valid" in source.state_in_words()
    # What comes in meets what the Open Referral API promises going out.
    service = json.loads(client.get("/openreferral/services").content)["contents"]
    assert all("<script>" not in record.get("email", "") for record in service)


def test_service_ids_cannot_climb_the_source_hosts_paths(feeds, make_source):
    url = feeds.serve_file("/api/services", "nasty/path_id.json", content_type="application/json")
    feeds.serve("/etc/passwd", b'{"id": "x", "name": "Secrets"}', content_type="application/json")

    sync_source(make_source(url, kind=Source.Kind.OPEN_REFERRAL))

    paths = [path for path, _headers in feeds.requests]
    assert "/api/services/..%2F..%2F..%2Fetc%2Fpasswd" in paths
    assert "/etc/passwd" not in paths


def test_a_feed_with_too_many_events_is_refused_and_listings_kept(
    feeds, make_source, organisation, settings
):
    source = make_source(feeds.serve_file("/cal.ics", "google.ics"))
    sync_source(source)
    settings.FEEDS_MAX_ITEMS = 3

    assert sync_source(source, force=True) is None
    assert "more than 3 activities or events" in source.last_error
    assert len(listed(organisation)) == 4


def test_a_csv_too_large_or_too_long_is_refused(client, admin_user, organisation, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(admin_user)
    settings.FEEDS_MAX_ITEMS = 2
    rows = csv_format.template_csv().encode()  # three rows

    response = client.post(
        reverse("wagtailsnippets_feeds_source:add"),
        {
            "organisation": organisation.pk,
            "name": "Spreadsheet",
            "kind": "csv",
            "sync_every_hours": 24,
            "upload": SimpleUploadedFile("a.csv", rows, content_type="text/csv"),
        },
    )

    assert "more than 2 activities or events" in response.content.decode()
    settings.FEEDS_MAX_BYTES = 100
    with pytest.raises(FeedError, match="larger than"):
        csv_format.read_csv(rows)


def test_x_wr_timezone_and_two_calendars_in_one_file(feeds, make_source, organisation):
    new_york = calendar(
        event("ny", "New York breakfast", "DTSTART:20261202T100000", "DTEND:20261202T110000"),
        head="X-WR-TIMEZONE:America/New_York\r\n",
    )
    second = calendar(event("two", "Second calendar", "DTSTART:20261203T100000Z"))
    body = new_york + second.replace(b"good-walk", b"good-walk-2")
    source = make_source(feeds.serve("/cal.ics", body))

    sync_source(source)

    pages = listed(organisation)
    breakfast = pages["New York breakfast"].schedules.get()
    assert (breakfast.start_time, breakfast.end_time) == (time(15), time(16))  # 10:00 in New York
    assert pages["Second calendar"].schedules.get().start_time == time(10)


def read(path):
    """One nasty file through the reader for its kind; only FeedError may leave."""
    body = path.read_bytes()
    if path.suffix == ".ics":
        return ical.read_calendar(body, today=date(2026, 11, 23))
    if path.suffix == ".json":
        # A refused address: services fetched in full fail cleanly, without a network.
        return oruk.read_services("http://127.0.0.1:9/api/services", body)
    return csv_format.read_csv(body)


@pytest.mark.parametrize("path", sorted(NASTY.iterdir()), ids=lambda path: path.name)
def test_every_nasty_file_imports_or_reports_a_clear_error(path, make_source, organisation):
    try:
        reading = read(path)
    except FeedError as error:
        assert str(error).strip()
        return
    for listing in reading.listings:
        assert listing.title and len(listing.external_id) <= 500
        assert not any("\x00" in str(value) for value in vars(listing).values())
    kind = {".ics": Source.Kind.ICALENDAR, ".json": Source.Kind.OPEN_REFERRAL}
    source = make_source("http://127.0.0.1:9/api/services", kind.get(path.suffix, "csv"))
    sync_source(source, body=path.read_bytes())
    assert UNEXPECTED not in source.last_error
