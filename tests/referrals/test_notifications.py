"""Notifications go out after the referral is stored, and none is lost when mail is down.

A real SMTP server runs in the test process; nothing about mail is mocked."""

from datetime import timedelta
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.users.models import UserProfile

from core.outbox import backoff
from referrals.models import Notification, Referral
from referrals.routing import CONNECTORS
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db


def test_with_the_mail_server_down_the_referral_is_kept_and_sent_later(
    client, demo_site, make_user, smtp, django_capture_on_commit_callbacks
):
    make_user("con", CONNECTORS)
    smtp.stop()
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    # The resident still gets their confirmation page and reference.
    referral = Referral.objects.get()
    assert referral.reference in client.get(response.url).content.decode()
    pending = Notification.objects.filter(state=Notification.State.PENDING)
    assert pending.count() == 2  # the connector and the resident
    assert all(n.attempts == 1 and n.next_attempt_at > timezone.now() for n in pending)

    # Not due yet: the scheduled run leaves them alone.
    call_command("send_pending_messages", stdout=StringIO())
    assert smtp.inbox.messages == []

    smtp.start()
    call_command("send_pending_messages", "--all", stdout=StringIO())
    assert not Notification.objects.filter(state=Notification.State.PENDING).exists()
    assert sorted(m["to"][0] for m in smtp.inbox.messages) == [
        "con@kellbrook.example",
        "sam.okafor@example.org",
    ]
    for message in smtp.inbox.messages:
        text = message["subject"] + message["body"]
        assert referral.reference in text
        for personal in ["Sam", "Okafor", "KB3", "Dominoes", "Lift to the hall", "Music"]:
            assert personal not in text
    staff = next(m for m in smtp.inbox.messages if m["to"] == ["con@kellbrook.example"])
    assert "sign in" in staff["body"].lower()


def test_a_notification_is_only_sent_once_the_referral_is_committed(
    client, demo_site, make_user, smtp, django_capture_on_commit_callbacks
):
    make_user("con", CONNECTORS)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send(client)
    # Stored, but nothing sent until the transaction commits.
    assert Notification.objects.filter(state=Notification.State.PENDING).count() == 2
    assert smtp.inbox.messages == []
    for callback in callbacks:
        callback()
    assert len(smtp.inbox.messages) == 2
    assert Notification.objects.filter(state=Notification.State.SENT).count() == 2


def test_retries_back_off_and_are_picked_up_when_due(demo_site, smtp):
    assert backoff(1) == timedelta(minutes=1)
    assert backoff(3) == timedelta(minutes=4)
    assert backoff(50) == timedelta(hours=6)
    notification = Notification.objects.create(
        audience="staff",
        recipient="con@kellbrook.example",
        reference="KB-TEST01",
        next_attempt_at=timezone.now() - timedelta(seconds=1),
    )
    call_command("send_pending_messages", stdout=StringIO())
    notification.refresh_from_db()
    assert notification.state == Notification.State.SENT
    assert notification.recipient == ""
    assert len(smtp.inbox.messages) == 1


def test_the_done_page_promises_the_email_without_claiming_it_has_gone(
    client, demo_site, smtp, django_capture_on_commit_callbacks
):
    smtp.stop()  # the email cannot have gone
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, "ar", overrides={"language": {"language": "ar"}})
    page = client.get(response.url).content.decode()
    assert "سنرسل إليك أيضًا رقمك المرجعي بالبريد الإلكتروني" in page
    assert "أرسلنا إليك رسالة بريد إلكتروني" not in page  # "we have sent you an email"
    assert Notification.objects.filter(
        audience=Notification.Audience.RESIDENT, state=Notification.State.PENDING
    ).exists()

    # Asked to be phoned: no email is promised.
    phone = {"contact_method": "phone", "phone": "020 7946 0123", "leave_message": "yes"}
    response = send(client, overrides={"contact": phone})
    page = client.get(response.url).content.decode()
    assert "email you" not in page
    assert "Request sent" in page


def test_staff_are_told_in_the_language_they_chose_for_the_admin(
    client, demo_site, make_user, smtp, django_capture_on_commit_callbacks
):
    arabic, english = make_user("con", CONNECTORS), make_user("other", CONNECTORS)
    UserProfile.objects.update_or_create(user=arabic, defaults={"preferred_language": "ar"})
    with django_capture_on_commit_callbacks(execute=True):
        send(client)
    subjects = {m["to"][0]: m["subject"] for m in smtp.inbox.messages}
    assert subjects[arabic.email].startswith("طلب جديد في الانتظار")
    assert subjects[english.email].startswith("A new request is waiting")
