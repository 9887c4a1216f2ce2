"""Who sees which referral in the admin: connectors, organisations, commissioners, others."""

import csv
import io

import openpyxl
import pytest

from directory.models import Area, OrganisationPage
from referrals.factories import ReferralFactory
from referrals.models import Action, ConnectorArea, Referral, ReferralLogEntry, Status
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


def logged_actions(referral, **filters):
    """The actions in Wagtail's log for this referral (which may be gone)."""
    entries = ReferralLogEntry.objects.filter(object_id=str(referral.pk), **filters)
    return set(entries.values_list("action", flat=True))


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
    actions = logged_actions(referral, user=user)
    for action in (Action.VIEW, Action.ASSIGN, Action.STATUS, Action.NOTE):
        assert f"referrals.{action}" in actions
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
    assert {"referrals.export", "referrals.erase"} <= logged_actions(referral)
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


def test_an_administrator_limits_a_connector_to_an_area_in_the_admin(
    client, make_user, referrals, admin_user
):
    connector = make_user("area", CONNECTORS)
    fenmoor = Area.objects.get(slug="fenmoor")
    client.force_login(admin_user)

    response = client.post(
        "/admin/connector_areas/new/", {"user": connector.pk, "area": fenmoor.pk}
    )

    assert response.status_code == 302
    assert ConnectorArea.objects.filter(user=connector, area=fenmoor).exists()
    client.force_login(connector)
    assert client.get("/admin/connector_areas/").status_code != 200
    page = inbox(client, connector).content.decode()
    assert referrals["fenmoor"].reference in page
    assert referrals["ashgrove"].reference not in page


def test_a_connector_cannot_export_another_areas_or_an_organisations_referrals(
    client, make_user, referrals
):
    user = make_user("fen", CONNECTORS)
    ConnectorArea.objects.create(user=user, area=Area.objects.get(slug="fenmoor"))
    client.force_login(user)
    response = client.get("/admin/referrals/", {"export": "csv"})
    assert response.status_code == 200
    exported = b"".join(response.streaming_content).decode()
    assert referrals["fenmoor"].reference in exported
    for other in ("ashgrove", "ours", "theirs"):
        assert referrals[other].reference not in exported
    # The list's columns only: nobody's name or contact details.
    assert "Fen Person" not in exported
    # Nor through the filters, the results-only view or the subject access export.
    ashgrove = Area.objects.get(slug="ashgrove").pk
    response = client.get("/admin/referrals/results/", {"area": ashgrove})
    assert referrals["ashgrove"].reference not in response.content.decode()
    response = client.post(f"/admin/referrals/{referrals['ashgrove'].pk}/export/")
    assert response.status_code != 200
    assert b"Ash Person" not in response.content


def test_the_inbox_export_opens_typed_text_as_text_not_a_formula(client, make_user, referrals):
    connector = make_user("formula", CONNECTORS)
    connector.first_name = "=HYPERLINK(1)"
    connector.save()
    referrals["fenmoor"].assigned_to = connector
    referrals["fenmoor"].save()
    client.force_login(make_user("boss", superuser=True))
    response = client.get("/admin/referrals/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = next(row for row in rows if row[0] == referrals["fenmoor"].reference)
    assert "'=HYPERLINK(1)" in row
    response = client.get("/admin/referrals/", {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert "'=HYPERLINK(1)" in [cell.value for row in sheet.iter_rows() for cell in row]


def test_viewing_exporting_and_erasing_are_in_wagtails_log_without_personal_data(
    client, make_user, referrals
):
    client.force_login(make_user("boss", superuser=True))
    referral = referrals["fenmoor"]
    personal = [getattr(referral, field) for field in Referral.PERSONAL_FIELDS]
    client.get(f"/admin/referrals/{referral.pk}/")
    client.post(f"/admin/referrals/{referral.pk}/export/")
    client.post(f"/admin/referrals/{referral.pk}/erase/")
    entries = ReferralLogEntry.objects.filter(object_id=referral.pk)
    actions = set(entries.values_list("action", flat=True))
    assert {"referrals.view", "referrals.export", "referrals.erase"} <= actions
    for entry in entries:
        assert entry.label == referral.reference
        written = f"{entry.label} {entry.data}"
        assert not [value for value in personal if value and str(value) in written]
    # Wagtail's log screen filters by reference, after the referral has gone.
    page = client.get("/admin/referrals/audit/", {"reference": referral.reference.lower()})
    assert "Erased" in page.content.decode()
    assert referrals["ashgrove"].reference not in page.content.decode()


def test_only_those_who_may_read_the_audit_log_see_referrals_in_wagtails_site_history(
    client, make_user, referrals
):
    boss = make_user("boss", superuser=True)
    client.force_login(boss)
    client.get(f"/admin/referrals/{referrals['fenmoor'].pk}/")
    assert (
        referrals["fenmoor"].reference
        in client.get("/admin/reports/site-history/").content.decode()
    )
    # Commissioners may see statistics (a permission on referrals), not the log.
    client.force_login(make_user("com", COMMISSIONERS))
    response = client.get("/admin/reports/site-history/")
    assert referrals["fenmoor"].reference not in response.content.decode()
