"""Oversized, malformed or hostile input: a clear message or a 400, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import override_settings

from referrals.models import Referral
from tests.referrals.conftest import answer_all, send

pytestmark = pytest.mark.django_db


def test_very_long_text_gets_a_message(client, demo_site):
    answer_all(client)
    response = client.post("/en/get-a-hand/interests/", {"interests_other": "x" * 100_000})
    assert response.status_code == 200
    assert "Enter 500 characters or fewer." in response.content.decode()
    assert "<title>Error:" in response.content.decode()


def test_a_huge_request_is_refused_with_400(client, demo_site):
    answer_all(client)
    response = client.post("/en/get-a-hand/interests/", {"interests_other": "x" * 3_000_000})
    assert response.status_code == 400


def test_wrong_choices_get_a_message(client, demo_site):
    client.get("/en/get-a-hand/start/")
    response = client.post("/en/get-a-hand/who/", {"for_whom": "everyone"})
    assert "Choose one of the options shown." in response.content.decode()
    client.post("/en/get-a-hand/who/", {"for_whom": "self"})
    response = client.post("/en/get-a-hand/interests/", {"interests": ["hacking"]})
    assert "Choose from the options shown." in response.content.decode()


def test_an_unknown_step_is_not_found(client, demo_site):
    assert client.get("/en/get-a-hand/favourite-colour/").status_code == 404


def test_control_characters_are_dropped_and_scripts_are_shown_escaped(client, demo_site, make_user):
    hostile = "<script>alert('x')</script>\x00\x07\x1b Bob"
    send(
        client,
        overrides={
            "name": {"name": hostile},
            "interests": {"interests": [], "interests_other": "<b>bold</b>\u202e"},
        },
    )
    referral = Referral.objects.get()
    assert referral.name == "<script>alert('x')</script> Bob"
    admin = make_user("boss", superuser=True)
    client.force_login(admin)
    page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Bob" in page
    assert "<script>alert('x')" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page


def test_script_in_answers_is_escaped_on_the_check_page(client, demo_site):
    answer_all(client, overrides={"name": {"name": "<script>alert(1)</script>"}})
    page = client.get("/en/get-a-hand/check/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_malformed_postcode_and_email_get_messages(client, demo_site):
    answer_all(client)
    response = client.post("/en/get-a-hand/postcode/", {"postcode": "'; DROP TABLE"})
    assert "Enter a postcode, like KB3 2XY" in response.content.decode()
    response = client.post(
        "/en/get-a-hand/contact/", {"contact_method": "email", "email": "not an email"}
    )
    assert "Enter an email address in the right format" in response.content.decode()


def test_a_postcode_outside_the_table_is_kept_without_an_area(client, demo_site):
    send(client, overrides={"postcode": {"postcode": "SW1A 1AA"}})
    referral = Referral.objects.get()
    assert referral.area is None
    assert referral.postcode_district == "SW1A 1"


def test_forged_session_contents_do_not_break_the_pages(client, demo_site):
    client.get("/en/get-a-hand/start/")
    session = client.session
    session["get_a_hand"] = "not a dict"
    session.save()
    assert client.get("/en/get-a-hand/check/").status_code == 302
    assert client.get("/en/get-a-hand/done/").status_code == 302


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=st.text(max_size=300), journey=st.text(max_size=60))
def test_forged_journey_starts_and_tokens_never_break_the_pages(client, demo_site, start, journey):
    client.cookies.clear()
    response = client.post("/en/get-a-hand/who/", {"for_whom": "self", "start": start})
    assert response.status_code == 302  # a start not understood begins a direct journey
    response = client.post("/en/get-a-hand/check/", {"website": "", "journey": journey})
    assert response.status_code < 500
    assert not Referral.objects.exists()


@override_settings(REFERRALS_MIN_FILL_SECONDS=0)
def test_entry_links_with_nonsense_count_as_direct(client, demo_site):
    send(client, start_query="?activity=<script>&kind=hack&from=qr:<b>")
    referral = Referral.objects.get()
    assert (referral.source_kind, referral.source_ref, referral.kind) == ("direct", "", "connector")
