"""Subject access and erasure by person (issue 17 point 4): an administrator finds
one person's referral, problem report and connected-place sign-up by details
written any way, exports them as one file and erases them in one step."""

import json

import pytest

from wagtail.models import ModelLogEntry

from campaign.models import ConnectedPlace
from core.subjectaccess import ERASE_ACTION
from directory.models import ProblemReport
from directory.problems import create_report
from referrals.models import Referral, ReferralLogEntry
from tests.referrals.conftest import send

URL = "/admin/subject-access/"
PHONE_FORMATS = ["+44 7700 900982", "(07700) 900-982", "0044 7700900982", "+44 (0)7700 900 982"]


def refer(client, phone, name):
    response = send(
        client,
        overrides={
            "contact": {"contact_method": "text", "phone": phone, "leave_message": "yes"},
            "name": {"name": name},
        },
    )
    assert response.status_code == 302
    return Referral.objects.latest("created_at")


@pytest.fixture
def person(client, activity):
    """Amira's three records, each written her way at the time, and someone else's."""
    records = {
        "referral": refer(client, "07700 900982", "Amira Haddad"),
        "report": create_report(
            activity,
            kind="changed",
            details="The Tuesday session moved to Wednesdays.",
            name="amira  HADDAD",
            email=" Amira.Haddad@Example.org",
            language="ar",
        ),
        "place": ConnectedPlace.objects.create(
            name="Haddad's Corner Cafe",
            kind="cafe",
            address="3 Mill Lane",
            offer="A table where anyone can join a chat.",
            contact_name="Amira Haddad",
            contact_email="amira.haddad@example.org",
        ),
    }
    client.logout()
    client.cookies.clear()
    return records


@pytest.fixture
def someone_else(client, activity):
    referral = refer(client, "07700 900983", "Amir Hadad")
    report = create_report(
        activity,
        kind="wrong",
        details="Wrong phone number.",
        name="Sam Okafor",
        email="sam@example.org",
        language="en",
    )
    client.cookies.clear()
    return referral, report


def found_rows(response):
    return response.context["found"]


def test_one_persons_three_records_are_found_exported_and_erased(
    client, make_user, person, someone_else
):
    client.force_login(make_user("admin", superuser=True))
    assert "Find a person" in client.get("/admin/").content.decode()

    # The phone number, however it is written, finds her referral and only hers.
    for phone in PHONE_FORMATS:
        response = client.post(URL, {"phone": phone, "action": "search"})
        assert [row[1] for row in found_rows(response)] == [
            f"{person['referral'].reference}, {person['referral'].created_at:%Y-%m-%d}"
        ], phone
        assert "Amira" not in response.content.decode()  # the list names records, not people

    # Her phone and her email together: all three records.
    terms = {"phone": PHONE_FORMATS[1], "email": "AMIRA.HADDAD@example.org "}
    response = client.post(URL, {**terms, "action": "search"})
    assert sorted(str(row[0]) for row in found_rows(response)) == [
        "Connected-place sign-up",
        "Problem report",
        "Referral",
    ]

    response = client.post(URL, {**terms, "action": "export"})
    assert response["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    document = json.loads(response.content)
    by_type = {record["type"]: record for record in document["records"]}
    assert set(by_type) == {"referral", "problem_report", "connected_place"}
    assert by_type["referral"]["phone"] == "07700 900982"
    assert by_type["referral"]["name"] == "Amira Haddad"
    assert by_type["problem_report"]["details"] == "The Tuesday session moved to Wednesdays."
    assert by_type["connected_place"]["contact_email"] == "amira.haddad@example.org"
    assert ReferralLogEntry.objects.filter(
        action="referrals.export", object_id=str(person["referral"].pk)
    ).exists()

    # Erasing asks for the check first; nothing goes without it.
    response = client.post(URL, {**terms, "action": "erase"})
    assert response.status_code == 200
    assert Referral.objects.filter(pk=person["referral"].pk).exists()

    response = client.post(URL, {**terms, "action": "erase", "confirm": "on"})
    assert response.status_code == 302
    assert not Referral.objects.filter(pk=person["referral"].pk).exists()
    assert not ProblemReport.objects.filter(pk=person["report"].pk).exists()
    assert not ConnectedPlace.objects.filter(pk=person["place"].pk).exists()
    assert client.post(URL, {**terms, "action": "search"}).context["found"] == []

    # Nothing else: the other resident's referral and report are still there.
    other_referral, other_report = someone_else
    assert Referral.objects.filter(pk=other_referral.pk).exists()
    assert ProblemReport.objects.filter(pk=other_report.pk).exists()

    # The audit: who erased each record, in one step (one log id), nothing personal.
    referral_entry = ReferralLogEntry.objects.get(
        action="referrals.erase", object_id=str(person["referral"].pk)
    )
    others = ModelLogEntry.objects.filter(action=ERASE_ACTION)
    assert {entry.label for entry in others} == {
        f"Problem report {person['report'].pk}",
        f"Connected place sign-up {person['place'].pk}",
    }
    assert {entry.uuid for entry in others} == {referral_entry.uuid}
    assert all(entry.user.username == "admin" for entry in [referral_entry, *others])
    assert "Amira" not in json.dumps([e.data for e in [referral_entry, *others]])


@pytest.mark.parametrize("role", ["connector", "commissioner", "organisation editor", "team"])
def test_only_administrators_may_search_export_or_erase(
    client, make_user, person, role, editors_group
):
    groups = {
        "connector": ["Connectors"],
        "commissioner": ["Commissioners"],
        "organisation editor": [editors_group],
        "team": ["Directory team"],
    }[role]
    client.force_login(make_user(role.replace(" ", "-"), *groups))
    # Wagtail sends the refused back to the dashboard with "Sorry, you do not have permission".
    responses = [client.get(URL)] + [
        client.post(URL, {"phone": "07700 900982", "action": action, "confirm": "on"})
        for action in ("search", "export", "erase")
    ]
    assert [(r.status_code, r.get("Location")) for r in responses] == [(302, "/admin/")] * 4
    assert "Find a person" not in client.get("/admin/").content.decode()
    assert Referral.objects.filter(pk=person["referral"].pk).exists()
    assert ConnectedPlace.objects.filter(pk=person["place"].pk).exists()


def test_an_empty_search_asks_for_a_detail_and_finds_nothing(client, make_user, person):
    client.force_login(make_user("admin", superuser=True))
    response = client.post(URL, {"name": "  ", "action": "erase", "confirm": "on"})
    assert response.status_code == 200
    assert "Enter a name, email, phone number or postcode" in response.content.decode()
    assert Referral.objects.filter(pk=person["referral"].pk).exists()
