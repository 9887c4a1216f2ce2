"""Emails and text messages through GOV.UK Notify, and what happens when Notify fails.

Notify itself cannot run here: tests/notify_server.py is a real HTTP server on
a local port speaking its API (JWT check, documented bodies and errors)."""

from datetime import timedelta
from io import StringIO

import pytest

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from core.outbox import deliver
from referrals.models import Notification, Referral
from referrals.routing import CONNECTORS
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db

BY_TEXT = {
    "contact": {"contact_method": "text", "phone": "07700 900123", "leave_message": "yes"},
}


def resend_due(everything=True):
    call_command("send_pending_messages", *(["--all"] if everything else []), stdout=StringIO())


def test_a_resident_who_chose_text_gets_their_confirmation_by_text_and_staff_see_it_delivered(
    client, demo_site, make_user, notify, django_capture_on_commit_callbacks
):
    connector = make_user("con", CONNECTORS)
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, "ar", overrides=BY_TEXT)
    done = client.get(response.url).content.decode()
    referral = Referral.objects.get()
    assert referral.reference in done

    (text,) = notify.state.sent("sms")
    assert text["phone_number"] == "+447700900123"
    assert text["personalisation"]["reference"] == referral.reference
    assert referral.reference in text["body"]
    # In the language the resident used, with no personal details.
    assert "شكر" in text["body"]
    for personal in ["Sam", "Okafor", "KB3", "Dominoes", "Lift to the hall"]:
        assert personal not in text["body"]
    (staff,) = notify.state.sent("email")
    assert staff["email_address"] == "con@kellbrook.example"

    rows = Notification.objects.order_by("audience")
    assert [(n.audience, n.channel, n.state) for n in rows] == [
        ("resident", "sms", "sent"),
        ("staff", "email", "sent"),
    ]
    assert {n.provider_id for n in rows} == {text["id"], staff["id"]}
    assert all(n.recipient == "" for n in rows)  # not kept once sent

    # Notify delivers; the next run reads it back, and staff see it on the referral.
    notify.state.notifications[text["id"]]["status"] = "delivered"
    notify.state.notifications[staff["id"]]["status"] = "sending"
    resend_due(everything=False)
    assert Notification.objects.get(channel="sms").delivery_status == "delivered"
    client.force_login(connector)
    page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "Text message: Delivered" in page
    assert "Email: Sent, not yet delivered" in page


def test_notify_down_then_back_loses_no_message_and_sends_none_twice(
    client, demo_site, make_user, notify, django_capture_on_commit_callbacks
):
    make_user("con", CONNECTORS)
    notify.stop()
    with django_capture_on_commit_callbacks(execute=True):
        send(client, overrides=BY_TEXT)
    assert Notification.objects.filter(state="pending").count() == 2
    assert all("no answer (ConnectionError)" in n.last_error for n in Notification.objects.all())

    notify.start()
    resend_due()
    resend_due()  # and again: nothing more goes
    assert len(notify.state.sent("sms")) == 1
    assert len(notify.state.sent("email")) == 1
    assert set(Notification.objects.values_list("state", flat=True)) == {"sent"}


def test_a_rate_limited_message_waits_for_its_turn_and_then_goes_once(demo_site, notify):
    row = Notification.objects.create(
        audience="staff", recipient="con@kellbrook.example", reference="KB-TEST01"
    )
    notify.state.rate_limit_next = 1
    assert not deliver(Notification, row.pk)
    row.refresh_from_db()
    assert row.state == "pending" and row.last_error.startswith("HTTPError: 429 RateLimitError")
    assert row.next_attempt_at > timezone.now()

    resend_due(everything=False)  # not due yet
    assert notify.state.sent() == []
    Notification.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    resend_due(everything=False)
    assert len(notify.state.sent()) == 1
    assert Notification.objects.get(pk=row.pk).state == "sent"


def test_an_invalid_number_fails_for_good_with_a_clear_status_and_is_not_retried(
    client, demo_site, make_user, notify, django_capture_on_commit_callbacks
):
    connector = make_user("con", CONNECTORS)
    landline = {"contact": {**BY_TEXT["contact"], "phone": "01632 960001"}}
    with django_capture_on_commit_callbacks(execute=True):
        send(client, overrides=landline)
    row = Notification.objects.get(channel="sms")
    assert row.state == "failed"
    assert row.last_error == "400 ValidationError: phone_number Not a UK mobile number"
    assert row.attempts == 1

    resend_due()
    resend_due()
    row.refresh_from_db()
    assert row.attempts == 1 and notify.state.sent("sms") == []
    client.force_login(connector)
    page = client.get(f"/admin/referrals/{row.referral_id}/").content.decode()
    assert "Not sent: refused (400 ValidationError: phone_number Not a UK mobile number)" in page


def test_a_reply_lost_after_notify_took_the_message_does_not_send_it_twice(demo_site, notify):
    row = Notification.objects.create(
        audience="staff", recipient="con@kellbrook.example", reference="KB-TEST02"
    )
    notify.state.drop_after_accept = 1
    assert not deliver(Notification, row.pk)  # the connection dropped: not known whether it went
    (taken,) = notify.state.sent()
    assert taken["reference"] == Notification.objects.get(pk=row.pk).notify_reference()

    resend_due()
    assert len(notify.state.sent()) == 1
    row.refresh_from_db()
    assert row.state == "sent" and row.provider_id == taken["id"]


def test_a_wrong_api_key_is_refused_by_notify_and_retried_not_dropped(demo_site, notify):
    wrong = f"getconnected_test-{notify.settings()['NOTIFY_API_KEY'][-73:-37]}-{'0' * 36}"
    row = Notification.objects.create(
        audience="staff", recipient="con@kellbrook.example", reference="KB-TEST03"
    )
    with override_settings(NOTIFY_API_KEY=wrong):
        assert not deliver(Notification, row.pk)
    row.refresh_from_db()
    assert row.state == "pending" and "403 AuthError" in row.last_error
    Notification.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now() - timedelta(1))
    resend_due(everything=False)
    assert Notification.objects.get(pk=row.pk).state == "sent"
