from datetime import timedelta
from io import StringIO

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from directory.models import ActivityPage
from feeds.models import Source


def test_demo_sources_are_loaded_from_shipped_files(demo_site):
    calendar = Source.objects.get(name="Libraries events calendar")
    assert "3 added" in calendar.state_in_words()
    assert ActivityPage.objects.live().filter(title="Rhymetime at Central Library").exists()
    # The shed's source is not trusted: its listings wait for review.
    shed = ActivityPage.objects.get(title="Tool and bike repair morning")
    assert not shed.live
    assert shed.workflow_in_progress
    assert ActivityPage.objects.live().filter(title="Community growing morning").exists()


def test_sync_feeds_syncs_sources_that_are_due(feeds, make_source, organisation):
    due = make_source(feeds.serve_file("/cal.ics", "google.ics"))
    recent = make_source(feeds.serve_file("/other.ics", "outlook.ics"))
    recent.last_attempt_at = timezone.now() - timedelta(hours=1)
    recent.save()
    out = StringIO()

    call_command("sync_feeds", stdout=out)

    assert f"{due.pk} Test feed: 4 added, 0 changed, 0 ended" in out.getvalue()
    assert f"{recent.pk} Test feed" not in out.getvalue()
    call_command("sync_feeds", "--source", str(recent.pk), stdout=out)
    assert f"{recent.pk} Test feed: 2 added" in out.getvalue()


def test_sync_feeds_names_a_source_that_does_not_exist(db):
    with pytest.raises(CommandError, match="No feed source has the id 999999"):
        call_command("sync_feeds", "--source", "999999")
