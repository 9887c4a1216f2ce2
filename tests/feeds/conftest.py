import pytest
import time_machine

from feeds.models import Source
from tests.directory.conftest import find_page, organisation  # noqa: F401
from tests.feeds import feed_server

# Fixture calendars are dated around this day.
TODAY = "2026-11-23 09:00 +0000"


@pytest.fixture
def feeds(settings):
    """A local feed server that the fetcher is allowed to reach."""
    settings.FEEDS_ALLOW_LOOPBACK = True
    server = feed_server.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fixed_today():
    with time_machine.travel(TODAY, tick=True):
        yield


@pytest.fixture
def make_source(organisation):  # noqa: F811 (the fixture imported above)
    def make(url="", kind=Source.Kind.ICALENDAR, trusted=True, **kwargs):
        return Source.objects.create(
            organisation=organisation,
            name="Test feed",
            kind=kind,
            url=url,
            trusted=trusted,
            **kwargs,
        )

    return make
