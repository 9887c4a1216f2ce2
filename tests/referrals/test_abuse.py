"""Bots are stopped by a trap field, a minimum fill-in time and a rate limit; people are not."""

import json
from datetime import timedelta

import pytest
import time_machine

from django.test import override_settings
from django.utils import timezone

from core.crypto import decrypt, encrypt
from referrals.models import Referral
from tests.referrals.conftest import answer_all, journey_token, send

pytestmark = pytest.mark.django_db


def test_the_trap_field_is_hidden_from_people_and_assistive_technology(client, demo_site):
    answer_all(client)
    page = client.get("/en/get-a-hand/check/").content.decode()
    assert '<div class="govuk-visually-hidden" aria-hidden="true">' in page
    assert 'tabindex="-1" autocomplete="off"' in page
    assert "Leave this field empty" in page


def test_a_filled_trap_field_stores_nothing(client, demo_site):
    answer_all(client)
    response = client.post("/en/get-a-hand/check/", {"website": "http://spam.example"})
    assert response.status_code == 400
    assert "Your request was not sent" in response.content.decode()
    assert not Referral.objects.exists()


@override_settings(REFERRALS_MIN_FILL_SECONDS=300)
def test_sending_too_fast_asks_to_check_and_send_again(client, demo_site):
    answer_all(client)
    response = client.post("/en/get-a-hand/check/", {"website": ""})
    assert response.status_code == 200
    assert "Please check your answers, then send them again." in response.content.decode()
    assert not Referral.objects.exists()


@override_settings(REFERRALS_MIN_FILL_SECONDS=5)
def test_a_person_who_takes_their_time_gets_through(client, demo_site):
    with time_machine.travel(timezone.now() - timedelta(minutes=1)):
        answer_all(client)
    response = client.post(
        "/en/get-a-hand/check/", {"website": "", "journey": journey_token(client)}
    )
    assert response.url == "/en/get-a-hand/done/"
    assert Referral.objects.count() == 1


@override_settings(REFERRALS_MIN_FILL_SECONDS=5)
def test_a_forged_start_time_is_not_trusted(client, demo_site):
    answer_all(client)
    journey = journey_token(client)
    session = client.session
    flow = json.loads(decrypt(session["get_a_hand"]))
    flow["token"] = "1000000000:forged"
    session["get_a_hand"] = encrypt(json.dumps(flow))
    session.save()
    client.post("/en/get-a-hand/check/", {"website": "", "journey": journey})
    assert not Referral.objects.exists()


@override_settings(REFERRALS_SUBMIT_LIMIT=2)
def test_too_many_requests_from_one_client_get_a_clear_429(client, demo_site):
    for _ in range(2):
        assert send(client).status_code == 302
    response = send(client)
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert Referral.objects.count() == 2


@override_settings(REFERRALS_SUBMIT_LIMIT=1, REFERRALS_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_limit_is_per_forwarded_client(demo_site):
    from django.test import Client

    first = Client(HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = Client(HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert send(first).status_code == 302
    assert send(first).status_code == 429
    assert send(second).status_code == 302


@override_settings(REFERRALS_STEP_LIMIT=3)
def test_answering_steps_is_limited_too(client, demo_site):
    client.get("/en/get-a-hand/start/")
    for _ in range(3):
        client.post("/en/get-a-hand/who/", {"for_whom": "self"})
    assert client.post("/en/get-a-hand/who/", {"for_whom": "self"}).status_code == 429


def test_the_429_page_is_translated(client, demo_site):
    with override_settings(REFERRALS_STEP_LIMIT=0):
        client.get("/ar/get-a-hand/start/")
        response = client.post("/ar/get-a-hand/who/", {"for_whom": "self"})
    assert response.status_code == 429
    assert 'lang="ar"' in response.content.decode()
