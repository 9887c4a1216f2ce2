"""The resident's journey through the question pages, with Django's test client."""

import pytest

from django.core import mail

from referrals.models import Kind, Notification, Referral, SourceKind, Status
from tests.referrals.conftest import ANSWERS, answer_all, journey_token, send

pytestmark = pytest.mark.django_db


def test_a_resident_answers_each_question_checks_and_sends(
    client, demo_site, django_capture_on_commit_callbacks
):
    answer_all(client)
    check = client.get("/en/get-a-hand/check/")
    text = check.content.decode()
    assert "Check your answers before sending" in text
    for shown in ["Sam Okafor", "sam.okafor@example.org", "KB3 2XY", "Music", "Dominoes"]:
        assert shown in text
    assert text.count(">Change<") == len(ANSWERS)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/get-a-hand/check/", {"website": "", "journey": journey_token(client)}
        )
    assert response.status_code == 302
    done = client.get(response.url).content.decode()
    referral = Referral.objects.get()
    assert referral.reference in done
    assert "within 5 working days" in done
    assert referral.status == Status.NEW
    assert referral.name == "Sam Okafor"
    assert referral.area.slug == "fenmoor"
    assert referral.postcode_district == "KB3 2"
    assert referral.kind == Kind.CONNECTOR
    assert referral.source_kind == SourceKind.DIRECT
    # The resident's confirmation went by email, with the reference and nothing personal.
    to_resident = [m for m in mail.outbox if m.to == ["sam.okafor@example.org"]]
    assert len(to_resident) == 1
    assert referral.reference in to_resident[0].body
    assert "Sam" not in to_resident[0].body + to_resident[0].subject
    assert not Notification.objects.filter(state=Notification.State.PENDING).exists()


def test_the_form_never_asks_stigmatising_or_medical_questions(client, demo_site):
    client.get("/en/get-a-hand/start/")
    pages = ""
    for slug, data in ANSWERS:
        pages += client.get(f"/en/get-a-hand/{slug}/").content.decode().lower()
        client.post(f"/en/get-a-hand/{slug}/", data)
    for word in ["lonely", "isolated", "date of birth", "nhs number", "diagnosis"]:
        assert word not in pages


def test_each_question_page_has_a_back_link_and_one_heading(client, demo_site):
    client.get("/en/get-a-hand/start/")
    for slug, data in ANSWERS:
        page = client.get(f"/en/get-a-hand/{slug}/").content.decode()
        assert page.count("<h1") == 1, slug
        assert 'class="govuk-back-link"' in page
        client.post(f"/en/get-a-hand/{slug}/", data)


def test_errors_use_the_summary_with_links_and_error_in_the_title(client, demo_site):
    client.get("/en/get-a-hand/start/")
    response = client.post("/en/get-a-hand/who/", {})
    text = response.content.decode()
    assert "<title>Error: Who is this for?" in text
    assert 'href="#f-for_whom-0"' in text
    assert 'id="f-for_whom-0"' in text
    assert "Choose who this is for" in text


def test_contact_details_are_required_for_the_chosen_way(client, demo_site):
    answer_all(client)
    response = client.post("/en/get-a-hand/contact/", {"contact_method": "phone"})
    text = response.content.decode()
    assert "Enter a phone number" in text
    assert "Say whether it is safe to leave a message" in text
    response = client.post("/en/get-a-hand/contact/", {"contact_method": "letter"})
    assert "Enter your address" in response.content.decode()


def test_jumping_ahead_goes_back_to_the_first_unanswered_question(client, demo_site):
    client.get("/en/get-a-hand/start/")
    client.post("/en/get-a-hand/who/", {"for_whom": "self"})
    response = client.get("/en/get-a-hand/postcode/")
    assert response.status_code == 302
    assert response.url == "/en/get-a-hand/interests/"
    response = client.post("/en/get-a-hand/check/", {"website": ""})
    assert response.url == "/en/get-a-hand/interests/"
    assert not Referral.objects.exists()


def test_without_a_session_every_page_starts_again(client, demo_site):
    assert client.get("/en/get-a-hand/name/").url == "/en/get-a-hand/start/"
    assert client.get("/en/get-a-hand/check/").url == "/en/get-a-hand/start/"
    assert client.get("/en/get-a-hand/done/").url == "/en/get-a-hand/start/"
    # An answer sent to a session that has forgotten: said plainly, with a way to start again.
    for response in [
        client.post("/en/get-a-hand/name/", {"name": "x"}),
        client.post("/en/get-a-hand/check/", {}),
    ]:
        assert response.status_code == 400
        assert "Your answers were not sent" in response.content.decode()
        assert 'href="/en/get-a-hand/start/"' in response.content.decode()
    # The first question works straight away.
    assert client.get("/en/get-a-hand/who/").status_code == 200


def test_change_links_come_back_to_the_check_page(client, demo_site):
    answer_all(client)
    page = client.get("/en/get-a-hand/name/?change=1").content.decode()
    assert 'value="Sam Okafor"' in page
    assert 'href="/en/get-a-hand/check/"' in page
    response = client.post("/en/get-a-hand/name/?change=1", {"name": "Sam O"})
    assert response.url == "/en/get-a-hand/check/"
    assert "Sam O" in client.get("/en/get-a-hand/check/").content.decode()


def test_someone_else_is_asked_their_name(client, demo_site):
    client.get("/en/get-a-hand/start/")
    client.post("/en/get-a-hand/who/", {"for_whom": "someone-else"})
    for slug, data in ANSWERS[1:4]:
        client.post(f"/en/get-a-hand/{slug}/", data)
    assert "What is their name?" in client.get("/en/get-a-hand/name/").content.decode()


def test_the_flow_works_in_arabic(client, demo_site):
    first = client.get("/ar/get-a-hand/who/").content.decode()
    assert 'dir="rtl"' in first
    assert "Who is this for?" not in first
    response = send(client, "ar", overrides={"language": {"language": "ar"}})
    assert response.url == "/ar/get-a-hand/done/"
    assert Referral.objects.get().language == "ar"


def test_each_way_of_contact_reveals_only_its_own_details(client, demo_site):
    client.get("/en/get-a-hand/start/")
    for slug, data in ANSWERS[:3]:
        client.post(f"/en/get-a-hand/{slug}/", data)
    page = client.get("/en/get-a-hand/contact/").content.decode()
    # GOV.UK's conditional reveal: a call and a text control the one phone block.
    assert page.count('data-aria-controls="f-contact_method-phone-reveal"') == 2
    assert page.count('id="f-phone"') == 1
    for method in ["email", "letter"]:
        assert f'data-aria-controls="f-contact_method-{method}-reveal"' in page
    assert page.index('id="f-email"') > page.index('id="f-contact_method-2"')


def test_details_typed_for_a_way_not_chosen_are_neither_checked_nor_kept(
    client, demo_site, django_capture_on_commit_callbacks
):
    # A half-typed phone number, then the resident chose email instead.
    contact = {
        "contact_method": "email",
        "email": "sam.okafor@example.org",
        "phone": "07700 9",
        "address": "1 High Street",
        "best_times": "Mornings",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, overrides={"contact": contact})
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert (referral.email, referral.phone, referral.address) == ("sam.okafor@example.org", "", "")
    assert "07700" not in str(client.session.items())
