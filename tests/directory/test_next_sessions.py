from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest

from django.core.management import call_command

from directory.factories import ActivityPageFactory
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
