"""Professional referrers (issue 17 point 5): a GP receptionist, social worker or
librarian refers someone who agreed. They get the reference and each status
change by email, and never the resident's answers. A real SMTP server."""

import pytest

from referrals.models import ForWhom, Notification, Referral
from referrals.routing import CONNECTORS
from tests.referrals.conftest import ANSWERS, answer_all, journey_token

pytestmark = pytest.mark.django_db

REFERRER = {
    "referrer_organisation": "Kellbrook Road Surgery",
    "referrer_role": "Receptionist",
    "referrer_name": "Priya Nair",
    "referrer_email": "priya.nair@surgery.example.nhs.uk",
    "referrer_phone": "01632 960 001",
    "referrer_consent": "on",
}
# What the resident told us, none of which the referrer may be sent.
RESIDENT_ANSWERS = [
    "Sam",
    "Okafor",
    "sam.okafor@example.org",
    "KB3",
    "Dominoes",
    "Lift to the hall",
    "Mornings",
    "Music",
    "Transport",
]


def professional_journey(client):
    response = client.get("/en/get-a-hand/start/")
    start = response.url.split("start=")[1]
    response = client.post("/en/get-a-hand/who/", {"for_whom": "professional", "start": start})
    assert response.url == "/en/get-a-hand/referrer/"
    page = client.get(response.url).content.decode()
    assert "About you, as the person referring them" in page

    # Without the person's agreement, nothing goes on.
    response = client.post("/en/get-a-hand/referrer/", {**REFERRER, "referrer_consent": ""})
    assert response.status_code == 200
    assert "Confirm that the person has agreed" in response.content.decode()

    response = client.post("/en/get-a-hand/referrer/", REFERRER)
    assert response.url == "/en/get-a-hand/interests/"
    # The rest of the questions, about the resident, as every journey answers them.
    answer_all_after_who(client)
    check = client.get("/en/get-a-hand/check/").content.decode()
    assert "Kellbrook Road Surgery" in check and "The person has agreed" in check
    assert "What is their name?" in client.get("/en/get-a-hand/name/").content.decode()
    return client.post("/en/get-a-hand/check/", {"website": "", "journey": journey_token(client)})


def answer_all_after_who(client):
    for slug, data in ANSWERS[1:]:
        response = client.post(f"/en/get-a-hand/{slug}/", data)
        assert response.status_code == 302, (slug, response.content.decode()[:2000])


def test_a_professional_refers_someone_and_hears_of_each_status_but_not_their_answers(
    client, demo_site, make_user, smtp, django_capture_on_commit_callbacks
):
    make_user("con", CONNECTORS)
    with django_capture_on_commit_callbacks(execute=True):
        response = professional_journey(client)
    done = client.get(response.url).content.decode()
    assert "tell you when the request's status changes" in done

    referral = Referral.objects.get()
    assert referral.for_whom == ForWhom.PROFESSIONAL
    assert referral.referrer_organisation == "Kellbrook Road Surgery"
    assert referral.referrer_consent is True
    assert referral.name == "Sam Okafor"  # the resident's own answers, as ever
    to_referrer = [m for m in smtp.inbox.messages if m["to"] == [REFERRER["referrer_email"]]]
    assert len(to_referrer) == 1
    assert referral.reference in to_referrer[0]["subject"] + to_referrer[0]["body"]
    # The resident gets their own confirmation and the connector the usual notice.
    assert sorted(m["to"][0] for m in smtp.inbox.messages) == [
        "con@kellbrook.example",
        REFERRER["referrer_email"],
        "sam.okafor@example.org",
    ]

    # Later: the connector records what happened; the referrer hears the status only.
    admin = make_user("boss", superuser=True)
    client.force_login(admin)
    url = f"/admin/referrals/{referral.pk}/"
    client.post(url, {"action": "note", "text": "Sam would like the Tuesday walk"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "status", "status": "contacted"})
        client.post(url, {"action": "status", "status": "closed", "reason": "Moved away"})
    updates = [m for m in smtp.inbox.messages if m["to"] == [REFERRER["referrer_email"]]][1:]
    assert [m["subject"] for m in updates] == [
        f"Your referral {referral.reference}: Contacted",
        f"Your referral {referral.reference}: Closed",
    ]
    for message in to_referrer + updates:
        text = message["subject"] + message["body"]
        for answer in [*RESIDENT_ANSWERS, "Tuesday walk", "Moved away"]:
            assert answer not in text, answer
    page = client.get(url).content.decode()
    assert "Kellbrook Road Surgery" in page  # "Referred by", for the connector
    assert page.count("to the referrer, Email: Sent") == 3
    # Once sent, the referrer's address is not kept in the outbox.
    assert not Notification.objects.exclude(recipient="").filter(audience="referrer").exists()

    # Reported like the rest: the statistics count who asked.
    response = client.get("/admin/referrals/statistics/?export=csv")
    stats = b"".join(response.streaming_content).decode()
    assert "who,I'm referring someone as part of my job,1" in stats.replace('"', "")


def test_the_referrer_page_is_only_for_professionals(client, demo_site):
    answer_all(client)
    assert client.get("/en/get-a-hand/referrer/").url == "/en/get-a-hand/check/"
    check = client.get("/en/get-a-hand/check/").content.decode()
    assert "referring as part of your job" not in check
    # Changing "who" to a professional's referral asks about them, then comes back.
    response = client.post("/en/get-a-hand/who/?change=1", {"for_whom": "professional"})
    assert response.url == "/en/get-a-hand/referrer/?change=1"
    response = client.post("/en/get-a-hand/referrer/?change=1", REFERRER)
    assert response.url == "/en/get-a-hand/check/"
    assert not Referral.objects.exists()
