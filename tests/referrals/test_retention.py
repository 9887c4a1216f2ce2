"""Ended referrals are anonymised after the retention period; statistics survive."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine

from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from directory.models import Area
from referrals.factories import ReferralFactory
from referrals.models import Note, Notification, OverdueDigest, Referral, ReferralLogEntry

pytestmark = pytest.mark.django_db


def ended(days_ago, status="closed", **kwargs):
    when = timezone.now() - timedelta(days=days_ago)
    return ReferralFactory(
        status=status,
        closed_at=when,
        created_at=when - timedelta(days=20),
        closed_reason="Moved away" if status == "closed" else "",
        area=Area.objects.get(slug="fenmoor"),
        source_kind="qr",
        interests=["music", "food"],
        age_band="65-79",
        **kwargs,
    )


def purge(*args):
    out = StringIO()
    call_command("purge_referrals", *args, stdout=out)
    return out.getvalue()


def test_referrals_ended_more_than_24_months_ago_are_anonymised(demo_site):
    old = ended(days_ago=740, name="Old Olive")
    recent = ended(days_ago=300, status="connected", name="Recent Rob")
    open_but_old = ReferralFactory(
        status="contacted", created_at=timezone.now() - timedelta(days=900), name="Open Ona"
    )
    Note.objects.create(referral=old, text="Likes the choir")
    Notification.objects.create(
        referral=old, audience="staff", recipient="x@kellbrook.example", reference=old.reference
    )

    assert "Referrals anonymised: 1." in purge()

    old.refresh_from_db()
    for field in Referral.PERSONAL_FIELDS:
        assert getattr(old, field) == ""
    assert old.anonymised_at is not None
    assert not old.notes.exists()
    assert not old.notifications.exists()
    # What statistics need is kept.
    assert (old.status, old.source_kind, old.area.slug) == ("closed", "qr", "fenmoor")
    assert old.interests == ["music", "food"]
    assert old.created_at.day == 1
    assert ReferralLogEntry.objects.filter(
        object_id=str(old.pk), action="referrals.anonymise"
    ).exists()
    assert Referral.objects.get(pk=recent.pk).name == "Recent Rob"
    assert Referral.objects.get(pk=open_but_old.pk).name == "Open Ona"
    # Running it again changes nothing.
    assert "Referrals anonymised: 0." in purge()


def test_time_travel_a_recent_referral_goes_when_its_time_comes(demo_site):
    referral = ended(days_ago=10, status="declined", name="Future Fay")
    purge()
    assert Referral.objects.get(pk=referral.pk).name == "Future Fay"
    with time_machine.travel(timezone.now() + timedelta(days=2 * 365 + 30)):
        assert "Referrals anonymised: 1." in purge()
    assert Referral.objects.get(pk=referral.pk).name == ""


def test_a_dry_run_lists_what_would_go_and_changes_nothing(demo_site):
    old = ended(days_ago=740, name="Old Olive")
    ended(days_ago=300, status="connected", name="Recent Rob")
    output = purge("--dry-run")
    assert old.reference in output
    assert "Dry run: 1 referrals would be anonymised." in output
    assert "Old Olive" not in output  # a list of references, nothing personal
    assert Referral.objects.get(pk=old.pk).name == "Old Olive"
    assert not ReferralLogEntry.objects.filter(action="referrals.anonymise").exists()


def test_there_is_no_way_to_pretend_it_is_a_later_date(demo_site):
    """`--now 2029-01-01`, once documented as a preview, anonymised real referrals."""
    referral = ended(days_ago=10, name="Future Fay")
    with pytest.raises(CommandError):
        purge("--now", "2029-01-01T00:00:00")
    assert Referral.objects.get(pk=referral.pk).name == "Future Fay"


@override_settings(REFERRALS_RETENTION_MONTHS=6)
def test_the_period_is_configurable(demo_site):
    referral = ended(days_ago=200, name="Six Months Sid")
    purge()
    assert Referral.objects.get(pk=referral.pk).name == ""


def test_overdue_digests_go_30_days_after_they_are_written_once_done_with(demo_site):
    def digest(days_ago, state, key):
        written = timezone.now() - timedelta(days=days_ago)
        return OverdueDigest.objects.create(
            day=written.date(),
            recipient_key=key,
            recipient="fen@kellbrook.example",
            overdue=[["KB-0001", 3]],
            state=state,
            created_at=written,
        )

    digest(31, "sent", "user-1")
    digest(45, "given-up", "user-2")
    still_trying = digest(31, "pending", "user-3")
    recent = digest(29, "sent", "user-4")
    assert "Dry run: 2 overdue digests would be deleted." in purge("--dry-run")
    assert OverdueDigest.objects.count() == 4
    assert "Overdue digests deleted: 2." in purge()
    assert set(OverdueDigest.objects.all()) == {still_trying, recent}


def test_anonymised_referrals_still_count_in_statistics(client, demo_site, make_user):
    referral = ended(days_ago=800, name="Counted Cath")
    purge()
    client.force_login(make_user("boss", superuser=True))
    response = client.get("/admin/referrals/statistics/?export=csv")
    csv_text = b"".join(response.streaming_content).decode()
    assert "outcome,Closed,1" in csv_text
    assert "source,QR code,1" in csv_text
    assert "Counted" not in csv_text
    month = referral.created_at.strftime("%Y-%m")
    assert f"month,{month},1" in csv_text
