"""The connected-place sign-up has the protection every public form has: a trap
field, a fill-in time and a rate limit, and a person's answers are never lost."""

from datetime import timedelta

import pytest
import time_machine

from django.test import override_settings
from django.utils import timezone

from campaign.models import ConnectedPlace
from tests.campaign.conftest import JOIN_URL, join_form_data

pytestmark = pytest.mark.django_db


def test_the_trap_field_is_hidden_from_people_and_a_filled_one_stores_nothing(client, campaign):
    page = client.get(JOIN_URL).content.decode()
    assert '<div class="govuk-visually-hidden" aria-hidden="true">' in page
    assert 'name="website" type="text" tabindex="-1" autocomplete="off"' in page
    response = client.post(JOIN_URL, join_form_data(client, website="http://spam.example"))
    assert response.status_code == 400
    assert not ConnectedPlace.objects.filter(name="The Teapot").exists()


@override_settings(REFERRALS_MIN_FILL_SECONDS=5)
def test_a_sign_up_sent_too_fast_is_not_stored_and_keeps_the_answers(client, campaign):
    response = client.post(JOIN_URL, join_form_data(client))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please check your answers, then send them again." in page
    assert 'value="The Teapot"' in page and "A chatty table every morning." in page
    assert not ConnectedPlace.objects.filter(name="The Teapot").exists()
    # A forged or missing start time is not trusted either.
    assert client.post(JOIN_URL, join_form_data(client, started="1:forged")).status_code == 400
    assert not ConnectedPlace.objects.filter(name="The Teapot").exists()


@override_settings(REFERRALS_MIN_FILL_SECONDS=5)
def test_a_person_who_takes_their_time_signs_up(client, campaign):
    with time_machine.travel(timezone.now() - timedelta(minutes=2)):
        data = join_form_data(client)
    assert client.post(JOIN_URL, data).status_code == 302
    assert ConnectedPlace.objects.filter(name="The Teapot").count() == 1


@override_settings(CAMPAIGN_CONNECTED_PLACE_LIMIT=3)
def test_many_sign_ups_from_one_client_get_a_translated_429_that_keeps_the_answers(
    client, campaign
):
    for number in range(3):
        response = client.post(JOIN_URL, join_form_data(client, name=f"Place {number}"))
        assert response.status_code == 302
    response = client.post(JOIN_URL, join_form_data(client, name="Place 4"))
    assert response.status_code == 429
    page = response.content.decode()
    assert "try sending them again in an hour" in page
    assert 'value="Place 4"' in page and 'value="jo@example.org"' in page
    assert ConnectedPlace.objects.filter(name__startswith="Place ").count() == 3


def test_the_sign_up_form_is_never_kept_in_a_browser_cache(client, campaign):
    assert "no-store" in client.get(JOIN_URL)["Cache-Control"]
    assert "no-store" in client.post(JOIN_URL, {})["Cache-Control"]
