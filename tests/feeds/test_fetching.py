"""Fetching is safe: only public web addresses, within size and time limits."""

import pytest

from directory.models import ActivityPage
from feeds.sync import sync_source
from tests.feeds.feed_server import FILES


def failed_with(source, organisation):
    assert sync_source(source) is None
    source.refresh_from_db()
    assert not ActivityPage.objects.child_of(organisation).exists()
    return source.last_error


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/calendar.ics",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/calendar.ics",
        "http://192.168.0.10/calendar.ics",
    ],
)
def test_private_addresses_are_refused(make_source, organisation, url):
    error = failed_with(make_source(url), organisation)
    assert "private network" in error


def test_loopback_is_refused_unless_switched_on(feeds, make_source, organisation, settings):
    url = feeds.serve_file("/cal.ics", "google.ics")
    settings.FEEDS_ALLOW_LOOPBACK = False

    assert "private network" in failed_with(make_source(url), organisation)
    assert feeds.requests == []  # refused before any connection


def test_file_urls_are_refused(make_source, organisation):
    error = failed_with(make_source("file:///etc/passwd"), organisation)
    assert "http:// or https://" in error


def test_a_redirect_to_a_private_address_is_refused(feeds, make_source, organisation):
    feeds.serve("/cal.ics", status=302, headers={"Location": "http://10.0.0.7/cal.ics"})

    assert "private network" in failed_with(make_source(feeds.url("/cal.ics")), organisation)


def test_redirects_between_public_pages_are_followed(feeds, make_source, organisation):
    feeds.serve_file("/new.ics", "google.ics")
    feeds.serve("/old.ics", status=301, headers={"Location": "/new.ics"})

    assert sync_source(make_source(feeds.url("/old.ics"))).added == 4


def test_an_oversized_feed_is_refused_while_streaming(feeds, make_source, organisation, settings):
    settings.FEEDS_MAX_BYTES = 1024 * 1024
    # A calendar generated here: 20,000 copies of one event, over 2 MB.
    event = (FILES / "all_day.ics").read_bytes().split(b"BEGIN:VEVENT")[1].split(b"END:VEVENT")[0]
    huge = b"BEGIN:VCALENDAR\r\n" + (b"BEGIN:VEVENT" + event + b"END:VEVENT\r\n") * 20_000
    assert len(huge) > 2 * 1024 * 1024
    declared = make_source(feeds.serve("/huge.ics", huge))
    # Without a Content-Length, the limit is enforced while reading.
    undeclared = make_source(feeds.serve("/huge-stream.ics", huge, send_length=False))

    assert "larger than 1 MB" in failed_with(declared, organisation)
    assert "larger than 1 MB" in failed_with(undeclared, organisation)


def test_a_slow_source_times_out(feeds, make_source, organisation, settings):
    settings.FEEDS_TIMEOUT_SECONDS = 0.5
    url = feeds.serve_file("/slow.ics", "google.ics", delay=2)

    assert "took too long" in failed_with(make_source(url), organisation)


def test_a_web_page_is_not_taken_for_a_calendar(feeds, make_source, organisation):
    url = feeds.serve("/cal", b"<html><body>Sign in</body></html>", content_type="text/html")

    assert "text/html" in failed_with(make_source(url), organisation)


def test_a_server_error_is_reported(feeds, make_source, organisation):
    url = feeds.serve("/cal.ics", b"oops", status=500)

    assert "HTTP 500" in failed_with(make_source(url), organisation)
