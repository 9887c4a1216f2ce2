import re
from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest

from django.core.management import call_command

from directory.factories import ActivityPageFactory
from directory.management.commands import update_next_sessions
from directory.models import ActivityPage

pytestmark = pytest.mark.django_db


def test_the_daily_job_moves_each_next_session_on(organisation):
    activity = ActivityPageFactory(parent=organisation, title="Tuesday walk", weekday=1)
    last_year = datetime(2025, 1, 7, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    ActivityPage.objects.filter(pk=activity.pk).update(next_session_start=last_year)
    revisions = activity.revisions.count()

    output = StringIO()
    call_command("update_next_sessions", stdout=output)

    activity.refresh_from_db()
    assert activity.next_session_start == activity.upcoming_sessions(count=1)[0].start
    assert activity.next_session_start > last_year
    assert activity.revisions.count() == revisions
    assert "Updated the next session of" in output.getvalue()


def test_the_daily_job_moves_on_every_batch_and_the_last_part_one(organisation, monkeypatch):
    monkeypatch.setattr(update_next_sessions, "BATCH", 2)  # 50,000 activities in small
    walks = [
        ActivityPageFactory(parent=organisation, title=f"Walk {number}", weekday=number)
        for number in range(5)
    ]
    ActivityPage.objects.filter(pk__in=[walk.pk for walk in walks]).update(next_session_start=None)

    output = StringIO()
    call_command("update_next_sessions", stdout=output)

    for walk in walks:
        walk.refresh_from_db()
        assert walk.next_session_start == walk.upcoming_sessions(count=1)[0].start
    updated = int(re.search(r"next session of (\d+) activities", output.getvalue())[1])
    assert updated >= len(walks)
