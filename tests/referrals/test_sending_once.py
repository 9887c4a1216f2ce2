"""Send is idempotent: a journey becomes one referral and one email, however often
its check page is sent and whatever was lost in between."""

import json
import re
import threading
import time

import pytest

from django.core import mail
from django.db import connections, transaction
from django.test import Client

from core.crypto import decrypt
from referrals.models import Referral
from referrals.submission import create_referral
from tests.referrals.conftest import answer_all, journey_token

CHECK = "/en/get-a-hand/check/"


def reference_on_done_page(client, response):
    assert response.status_code == 302 and response.url == "/en/get-a-hand/done/"
    return re.search(r"KB-[0-9A-Z]{6}", client.get(response.url).content.decode())[0]


def emails_to_resident():
    return [m for m in mail.outbox if m.to == ["sam.okafor@example.org"]]


@pytest.mark.django_db
def test_pressing_send_twice_gives_the_same_reference_and_one_email(
    client, demo_site, django_capture_on_commit_callbacks
):
    answer_all(client)
    sent = {"website": "", "journey": journey_token(client)}
    with django_capture_on_commit_callbacks(execute=True):
        first = reference_on_done_page(client, client.post(CHECK, sent))
        second = reference_on_done_page(client, client.post(CHECK, sent))
    assert first == second
    assert Referral.objects.count() == 1
    assert len(emails_to_resident()) == 1


@pytest.mark.django_db
def test_a_send_stored_but_whose_session_was_never_updated_is_not_stored_again(
    client, demo_site, django_capture_on_commit_callbacks
):
    """A worker killed, or the database gone, after the referral committed but before
    the session forgot the answers: the second press finds the answers still there."""
    answer_all(client)
    sent = {"website": "", "journey": journey_token(client)}
    before = dict(client.session.items())
    with django_capture_on_commit_callbacks(execute=True):
        first = reference_on_done_page(client, client.post(CHECK, sent))
    session = client.session
    session.clear()
    session.update(before)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        second = reference_on_done_page(client, client.post(CHECK, sent))
    assert first == second
    assert Referral.objects.count() == 1
    assert len(emails_to_resident()) == 1


@pytest.mark.django_db
def test_a_send_replayed_after_the_session_ended_shows_the_same_reference(client, demo_site):
    answer_all(client)
    sent = {"website": "", "journey": journey_token(client)}
    first = reference_on_done_page(client, client.post(CHECK, sent))
    client.session.flush()
    client.cookies.clear()
    assert reference_on_done_page(client, client.post(CHECK, sent)) == first
    assert Referral.objects.count() == 1


@pytest.mark.django_db
def test_a_new_journey_after_sending_is_a_new_referral(client, demo_site):
    answer_all(client)
    client.post(CHECK, {"website": "", "journey": journey_token(client)})
    answer_all(client)
    client.post(CHECK, {"website": "", "journey": journey_token(client)})
    assert Referral.objects.count() == 2


@pytest.mark.django_db
def test_an_old_check_page_from_another_journey_asks_to_check_again(client, demo_site):
    answer_all(client)
    old = journey_token(client)
    answer_all(client, overrides={"name": {"name": "Sam Okafor-Reid"}})
    response = client.post(CHECK, {"website": "", "journey": old})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Please check your answers, then send them again." in page
    assert "Sam Okafor-Reid" in page
    assert not Referral.objects.exists()


def test_a_second_press_while_the_first_is_still_committing_waits_and_shows_its_reference(
    transactional_db, demo_site
):
    """The first request's transaction commits after the person gave up on it and
    pressed Send again: the second waits on the unique journey, then shows the first's
    reference and stores nothing."""
    client = Client()
    answer_all(client)
    journey = journey_token(client)
    flow = json.loads(decrypt(client.session["get_a_hand"]))
    outcome = {}

    def press_again():
        try:
            response = client.post(CHECK, {"website": "", "journey": journey})
            outcome["reference"] = reference_on_done_page(client, response)
        finally:
            connections.close_all()

    with transaction.atomic():  # the first request, still in its transaction
        first = create_referral(flow, None)
        second_press = threading.Thread(target=press_again)
        second_press.start()
        time.sleep(1.5)
    second_press.join(timeout=30)

    assert outcome["reference"] == first.reference
    assert Referral.objects.count() == 1
    assert len(emails_to_resident()) == 1
