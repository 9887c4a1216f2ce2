"""Who sees which referral in the admin: connectors, organisations, commissioners, others."""

import pytest

from directory.models import Area, OrganisationPage
from referrals.factories import ReferralFactory
from referrals.models import Action, AuditEntry, ConnectorArea, Referral, Status
from referrals.routing import COMMISSIONERS, CONNECTORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def referrals(organisation):
    fenmoor, ashgrove = Area.objects.get(slug="fenmoor"), Area.objects.get(slug="ashgrove")
    other_org = (
        OrganisationPage.objects.filter(locale__language_code="en")
        .exclude(pk=organisation.pk)
        .first()
    )
    return {
        "fenmoor": ReferralFactory(name="Fen Person", area=fenmoor),
        "ashgrove": ReferralFactory(name="Ash Person", area=ashgrove),
        "ours": ReferralFactory(name="Our Person", kind="try", organisation=organisation),
        "theirs": ReferralFactory(name="Their Person", kind="try", organisation=other_org),
    }


def inbox(client, user):
    client.force_login(user)
    return client.get("/admin/referrals/")


def test_a_connector_sees_connector_referrals_not_organisations(client, make_user, referrals):
    page = inbox(client, make_user("con", CONNECTORS)).content.decode()
    assert referrals["fenmoor"].reference in page
    assert referrals["ashgrove"].reference in page
    assert referrals["ours"].reference not in page
    assert referrals["theirs"].reference not in page


def test_a_connector_limited_to_an_area_sees_only_that_area(client, make_user, referrals):
    user = make_user("fen", CONNECTORS)
    ConnectorArea.objects.create(user=user, area=Area.objects.get(slug="fenmoor"))
    page = inbox(client, user).content.decode()
    assert referrals["fenmoor"].reference in page
    assert referrals["ashgrove"].reference not in page
    response = client.get(f"/admin/referrals/{referrals['ashgrove'].pk}/")
    assert response.status_code != 200
    assert b"Ash Person" not in response.content


def test_an_organisations_editor_sees_only_its_own(client, make_user, referrals, editors_group):
    user = make_user("ed", editors_group)
    page = inbox(client, user).content.decode()
    assert referrals["ours"].reference in page
    for other in ("fenmoor", "ashgrove", "theirs"):
        assert referrals[other].reference not in page
        response = client.get(f"/admin/referrals/{referrals[other].pk}/")
        assert response.status_code != 200
        assert referrals[other].name.encode() not in response.content
    detail = client.get(f"/admin/referrals/{referrals['ours'].pk}/")
    assert b"Our Person" in detail.content


@pytest.mark.parametrize("groups", [[COMMISSIONERS], ["Directory team"], []])
def test_nobody_else_sees_personal_data(client, make_user, referrals, groups):
    from directory.permissions import ensure_directory_review

    ensure_directory_review(referrals["ours"].organisation.get_parent())
    user = make_user("other", *groups)
    client.force_login(user)
    assert client.get("/admin/referrals/").status_code != 200
    for referral in referrals.values():
        response = client.get(f"/admin/referrals/{referral.pk}/", follow=True)
        assert referral.name.encode() not in response.content


def test_commissioners_see_statistics_but_not_the_audit_log(client, make_user, referrals):
    client.force_login(make_user("com", COMMISSIONERS))
    assert client.get("/admin/referrals/statistics/").status_code == 200
    assert client.get("/admin/referrals/audit/").status_code != 200


def test_connectors_cannot_see_statistics_audit_or_erase(client, make_user, referrals):
    client.force_login(make_user("con", CONNECTORS))
    pk = referrals["fenmoor"].pk
    assert client.get("/admin/referrals/statistics/").status_code != 200
    assert client.get("/admin/referrals/audit/").status_code != 200
    assert client.post(f"/admin/referrals/{pk}/erase/").status_code != 200
    assert client.post(f"/admin/referrals/{pk}/export/").status_code != 200
    assert Referral.objects.filter(pk=pk).exists()


def test_a_connector_progresses_a_referral_and_every_step_is_audited(client, make_user, referrals):
    user = make_user("con", CONNECTORS)
    client.force_login(user)
    referral = referrals["fenmoor"]
    url = f"/admin/referrals/{referral.pk}/"
    assert b"Fen Person" in client.get(url).content
    client.post(url, {"action": "assign", "assigned_to": user.pk})
    client.post(url, {"action": "status", "status": "contacted"})
    client.post(url, {"action": "note", "text": "Rang, will call back Tuesday"})
    response = client.post(url, {"action": "status", "status": "closed"})
    assert b"Give a reason for closing it" in response.content
    client.post(url, {"action": "status", "status": "closed", "reason": "Found a group"})
    referral.refresh_from_db()
    assert referral.status == Status.CLOSED
    assert referral.closed_at is not None
    assert referral.assigned_to == user
    assert referral.notes.get().text == "Rang, will call back Tuesday"
    actions = list(
        AuditEntry.objects.filter(referral_id=referral.pk, user=user).values_list(
            "action", flat=True
        )
    )
    for action in (Action.VIEW, Action.ASSIGN, Action.STATUS, Action.NOTE):
        assert action in actions
    # A closed referral cannot be moved on again.
    client.post(url, {"action": "status", "status": "contacted"})
    referral.refresh_from_db()
    assert referral.status == Status.CLOSED


def test_an_administrator_exports_and_erases_and_both_are_audited(client, make_user, referrals):
    admin = make_user("boss", superuser=True)
    client.force_login(admin)
    referral = referrals["fenmoor"]
    export = client.post(f"/admin/referrals/{referral.pk}/export/")
    assert export.status_code == 200
    assert export["Content-Disposition"].startswith("attachment")
    assert export.json()["name"] == "Fen Person"
    response = client.post(f"/admin/referrals/{referral.pk}/erase/")
    assert response.status_code == 302
    assert not Referral.objects.filter(pk=referral.pk).exists()
    entries = AuditEntry.objects.filter(referral_id=referral.pk)
    assert {Action.EXPORT, Action.ERASE} <= set(entries.values_list("action", flat=True))
    log = client.get("/admin/referrals/audit/").content.decode()
    assert referral.reference in log
    assert "Fen Person" not in log


def test_the_inbox_filters(client, make_user, referrals):
    client.force_login(make_user("boss", superuser=True))
    referrals["ashgrove"].status = Status.CONTACTED
    referrals["ashgrove"].interests = ["games"]
    referrals["ashgrove"].save()
    page = client.get("/admin/referrals/", {"status": "contacted"}).content.decode()
    assert referrals["ashgrove"].reference in page
    assert referrals["fenmoor"].reference not in page
    fenmoor = Area.objects.get(slug="fenmoor").pk
    page = client.get("/admin/referrals/", {"area": fenmoor}).content.decode()
    assert referrals["fenmoor"].reference in page
    assert referrals["ashgrove"].reference not in page
    page = client.get("/admin/referrals/", {"interest": "games"}).content.decode()
    assert referrals["ashgrove"].reference in page
    assert referrals["fenmoor"].reference not in page
    page = client.get("/admin/referrals/", {"received_from": "2000-01-01"}).content.decode()
    assert referrals["fenmoor"].reference in page
    page = client.get("/admin/referrals/", {"received_to": "2000-01-01"}).content.decode()
    assert referrals["fenmoor"].reference not in page
