from io import StringIO

import pytest

from django.core.management import call_command

from core.management.commands.run_daily_jobs import DAILY_JOBS
from directory.models import ActivityPage

pytestmark = pytest.mark.django_db


def test_one_command_runs_every_daily_job(demo_site):
    ActivityPage.objects.update(next_session_start=None)
    output = StringIO()

    call_command("run_daily_jobs", stdout=output)

    for job in DAILY_JOBS:
        assert f"== {job}" in output.getvalue()
    # The first job really ran: every activity with sessions to come has its next one again.
    assert ActivityPage.objects.filter(next_session_start__isnull=False).exists()


def test_the_daily_run_deletes_expired_sessions(demo_site):
    from datetime import timedelta

    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    left = SessionStore()
    left["get_a_hand"] = "answers left half done"
    left.create()
    Session.objects.filter(pk=left.session_key).update(
        expire_date=timezone.now() - timedelta(minutes=1)
    )

    call_command("run_daily_jobs", stdout=StringIO())

    assert not Session.objects.filter(pk=left.session_key).exists()
