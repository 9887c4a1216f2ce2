"""A hung mail server: the resident's page answers at once, the referral is
stored once, the worker gives up on the server within EMAIL_TIMEOUT, and once
the server recovers each email goes exactly once.

The mail server runs in a process of its own, frozen with SIGSTOP (always
resumed); the worker is a real `manage.py db_worker` process."""

import time

import pytest

from django.test import override_settings

from core.outbox import INTERRUPTED
from referrals.models import Notification, Referral
from referrals.routing import CONNECTORS
from tests.referrals.conftest import answer_all, journey_token
from tests.smtp_server import SMTPProcess
from tests.workers import QUEUE, environment, finish, start, wait_for, worker

PENDING = Notification.State.PENDING


@pytest.fixture
def hung_smtp(tmp_path):
    server = SMTPProcess(tmp_path)
    server.start()
    yield server
    server.stop()  # resumes it first, whatever happened


@pytest.mark.django_db(transaction=True)
def test_a_hung_mail_server_does_not_hold_up_the_resident_and_each_email_goes_once(
    client, demo_site, make_user, hung_smtp
):
    make_user("con", CONNECTORS)
    hung_smtp.hang()
    with override_settings(
        TASKS=QUEUE,
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=hung_smtp.port,
        EMAIL_TIMEOUT=10,
    ):
        answer_all(client)
        form = {"website": "", "journey": journey_token(client)}
        started = time.monotonic()
        response = client.post("/en/get-a-hand/check/", form)
        took = time.monotonic() - started
    # The resident's page does not wait for the mail server.
    assert response.status_code == 302
    assert took < 2, took
    referral = Referral.objects.get()
    assert referral.reference in client.get(response.url).content.decode()
    assert Notification.objects.filter(state=PENDING, attempts=0).count() == 2

    env = environment(hung_smtp.port, EMAIL_TIMEOUT="1")
    with worker(env):
        # The worker tries each email, gives up on the hung server after EMAIL_TIMEOUT
        # and goes on; nothing waits for ever.
        assert wait_for(
            lambda: (
                Notification.objects.filter(state=PENDING, attempts=1)
                .exclude(last_error=INTERRUPTED)
                .count()
                == 2
            ),
            60,
        ), list(Notification.objects.values("attempts", "last_error"))
        assert "timed out" in Notification.objects.first().last_error
        assert hung_smtp.messages == []

        hung_smtp.resume()
        # The frequent retry run, twice at once (a slow run overlapping the next).
        runs = [start(env, "send_pending_messages", "--all") for _ in range(2)]
        for run in runs:
            finish(run)
    assert not Notification.objects.filter(state=PENDING).exists()
    assert Referral.objects.count() == 1
    assert wait_for(lambda: len(hung_smtp.messages) >= 2, 10)
    assert sorted(m["to"][0] for m in hung_smtp.messages) == [
        "con@kellbrook.example",
        "sam.okafor@example.org",
    ]
