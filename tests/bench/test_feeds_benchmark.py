"""The feeds benchmark at a small size, so that it keeps working (docs/benchmarks.md)."""

import pytest

from bench.feeds_benchmark import run
from directory.models import ActivityPage
from tests.directory.conftest import find_page  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_feeds_benchmark_times_both_ways_of_publishing(find_page, settings):  # noqa: F811
    settings.FEEDS_ALLOW_LOOPBACK = True
    printed = []

    timings = run(12, find_page, out=printed.append)

    _reference, direct, unchanged, forced, reviewed = timings
    assert (direct.outcome.added, reviewed.outcome.added) == (12, 12)
    assert unchanged.outcome.unchanged_source and forced.outcome.added == 0
    assert ActivityPage.objects.live().descendant_of(find_page).count() == 12
    assert ActivityPage.objects.filter(live=False).descendant_of(find_page).count() == 12
    # Every figure, with its ratio to the reference.
    assert len(printed) == 2 + len(timings)
    assert all(line.count("s ") >= 2 for line in printed[2:])
