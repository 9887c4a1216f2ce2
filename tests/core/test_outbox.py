"""The one outbox: each email is sent once however many workers try it, and a
worker that dies after sending does not cause a second copy within the lease.

A real SMTP server, real `db_worker` and retry processes on the test database;
nothing about mail or the queue is mocked. Every wait is bounded."""

import logging
import time
from collections import Counter
from datetime import timedelta
from io import StringIO

import pytest

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from core.outbox import INTERRUPTED, deliver, deliver_message
from referrals.models import Notification
from tests.workers import QUEUE, environment, finish, start, wait_for, worker

PENDING = Notification.State.PENDING

pytestmark = pytest.mark.unit


@pytest.mark.django_db(transaction=True)
def test_two_workers_and_the_retry_run_send_each_email_once(smtp):
    smtp.inbox.on_message = lambda message: time.sleep(0.1)  # a slow server: races overlap
    rows = [
        Notification.objects.create(
            audience="staff", recipient=f"person{i}@example.org", reference=f"KB-T{i:04}"
        )
        for i in range(12)
    ]
    with override_settings(TASKS=QUEUE):
        for row in rows:
            for _ in range(2):  # queued twice over, as a retry might
                deliver_message.enqueue(row._meta.label, row.pk)
    env = environment(smtp.port)
    with worker(env), worker(env):
        retry = start(env, "send_pending_messages", "--all")
        assert wait_for(lambda: not Notification.objects.filter(state=PENDING).exists(), 120)
        finish(retry)
    assert Counter(m["to"][0] for m in smtp.inbox.messages) == {
        f"person{i}@example.org": 1 for i in range(12)
    }


@pytest.mark.django_db(transaction=True)
def test_a_worker_that_dies_after_sending_does_not_send_again_within_the_lease(smtp, caplog):
    row = Notification.objects.create(
        audience="resident", recipient="sam@example.org", reference="KB-DIES1"
    )
    sender = {}
    # The mail server has the email; the sender dies before it hears so or records it.
    smtp.inbox.on_message = lambda message: sender["process"].kill()
    sender["process"] = start(
        environment(smtp.port, OUTBOX_LEASE_SECONDS="5"), "send_pending_messages", "--all"
    )
    finish(sender["process"])
    assert sender["process"].returncode < 0  # killed
    smtp.inbox.on_message = None
    row.refresh_from_db()
    assert row.state == PENDING and row.last_error == INTERRUPTED
    assert row.claimed_until > timezone.now()
    assert len(smtp.inbox.messages) == 1

    # While the lease lasts neither the retry run nor a queued task sends it again.
    call_command("send_pending_messages", "--all", stdout=StringIO())
    assert deliver(Notification, row.pk, everything=True) is False
    assert len(smtp.inbox.messages) == 1

    # After it, the email goes again (at least once, never lost), and the log says
    # so without naming anyone.
    assert wait_for(lambda: timezone.now() > row.claimed_until, 10)
    with caplog.at_level(logging.WARNING, logger="core.outbox"):
        call_command("send_pending_messages", "--all", stdout=StringIO())
    row.refresh_from_db()
    assert row.state == Notification.State.SENT and row.recipient == ""
    assert len(smtp.inbox.messages) == 2
    assert "did not finish" in caplog.text
    assert "sam@example.org" not in caplog.text and "KB-DIES1" not in caplog.text


@pytest.mark.django_db
def test_a_refused_address_waits_for_a_retry_and_no_address_is_kept_or_logged(smtp, caplog):
    smtp.inbox.refused.add("gone@example.org")
    row = Notification.objects.create(
        audience="resident", recipient="gone@example.org", reference="KB-GONE01"
    )
    with caplog.at_level(logging.WARNING, logger="core.outbox"):
        assert deliver(Notification, row.pk) is False
    row.refresh_from_db()
    assert row.state == PENDING and row.attempts == 1 and row.claimed_until is None
    assert row.last_error == "SMTPRecipientsRefused"
    assert timezone.now() + timedelta(seconds=50) < row.next_attempt_at
    assert "gone@example.org" not in caplog.text and "KB-GONE01" not in caplog.text
    # Not due yet: the next run leaves it alone.
    call_command("send_pending_messages", stdout=StringIO())
    row.refresh_from_db()
    assert row.attempts == 1
