"""First contact on time, the overdue digest, and the case view's actions.

The clock is moved with time-machine; mail goes to a real SMTP server and
texts to the local Notify server; nothing else is stood in for."""

from datetime import date, datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import call_command
from django.db import connection

from wagtail.users.models import UserProfile

from directory.closures import add_working_days, working_days_between
from directory.models import ActivityPage, Area
from referrals.factories import ReferralFactory
from referrals.models import ConnectorArea, Note, Notification, OverdueDigest, ReferralLogEntry
from referrals.routing import CONNECTORS

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def at(year, month, day, hour=10):
    return datetime(year, month, day, hour, tzinfo=LONDON)


def test_working_days_skip_weekends_and_the_closure_days_the_directory_team_entered(demo_site):
    # Wednesday 2 December: Thursday, Friday, Monday, Tuesday, Wednesday.
    assert add_working_days(date(2026, 12, 2), 5) == date(2026, 12, 9)
    # Over Christmas: the 25th, the 28th and New Year's Day are closure days.
    assert add_working_days(date(2026, 12, 23), 5) == date(2027, 1, 4)
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 5
    assert working_days_between(date(2027, 1, 4), date(2026, 12, 23)) == -5


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
    count=st.integers(min_value=0, max_value=30),
)
def test_counting_working_days_undoes_adding_them(demo_site, start, count):
    due = add_working_days(start, count)
    assert working_days_between(start, due) == count
    assert due.weekday() < 5 or count == 0


def test_the_inbox_and_the_referral_show_days_left_and_flag_overdue_ones(client, make_user):
    connector = make_user("con", CONNECTORS)
    late = ReferralFactory(created_at=at(2026, 12, 2))  # due Wednesday 9 December
    fresh = ReferralFactory(created_at=at(2026, 12, 9))  # due Wednesday 16 December
    contacted = ReferralFactory(created_at=at(2026, 12, 1), status="contacted")
    with time_machine.travel(at(2026, 12, 11), tick=False):  # Friday
        client.force_login(connector)
        inbox = client.get("/admin/referrals/").content.decode()
        assert "Overdue by 2 working days" in inbox
        assert "3 working days left" in inbox
        overdue = client.get("/admin/referrals/?due=overdue").content.decode()
        on_time = client.get("/admin/referrals/?due=on-time").content.decode()
        page = client.get(f"/admin/referrals/{late.pk}/").content.decode()
    assert late.reference in overdue
    assert fresh.reference not in overdue and contacted.reference not in overdue
    assert fresh.reference in on_time and late.reference not in on_time
    assert "First contact due 9 December. Overdue by 2 working days" in page

    # Once contacted it is off the list, and the next step has its own date.
    with time_machine.travel(at(2026, 12, 11), tick=False):
        client.post(f"/admin/referrals/{late.pk}/", {"action": "status", "status": "contacted"})
        assert late.reference not in client.get("/admin/referrals/?due=overdue").content.decode()
        page = client.get(f"/admin/referrals/{late.pk}/").content.decode()
    # Ten working days, over Christmas.
    assert "Check in with them and record how it went by 29 December" in page


def test_the_daily_digest_goes_once_to_each_areas_connectors_and_the_fallback(
    make_user, smtp, settings, django_capture_on_commit_callbacks
):
    settings.REFERRALS_FALLBACK_EMAIL = "team@kellbrook.example"
    fenmoor, ashgrove = Area.objects.get(slug="fenmoor"), Area.objects.get(slug="ashgrove")
    fen = make_user("fen", CONNECTORS)
    ConnectorArea.objects.create(user=fen, area=fenmoor)
    ash = make_user("ash", CONNECTORS)
    ConnectorArea.objects.create(user=ash, area=ashgrove)
    # Ash reads the admin in Polish, so the digest comes in Polish.
    UserProfile.objects.update_or_create(user=ash, defaults={"preferred_language": "pl"})
    fen_late = ReferralFactory(name="Fen Person", area=fenmoor, created_at=at(2026, 12, 1))
    ash_late = ReferralFactory(name="Ash Person", area=ashgrove, created_at=at(2026, 12, 2))
    ReferralFactory(area=fenmoor, created_at=at(2026, 12, 9))  # not due yet
    with time_machine.travel(at(2026, 12, 11, 0), tick=False):
        for _run in range(2):  # the job run twice on one day sends each digest once
            with django_capture_on_commit_callbacks(execute=True):
                call_command("send_overdue_digest", stdout=StringIO())

    mail = {message["to"][0]: message for message in smtp.inbox.messages}
    assert len(smtp.inbox.messages) == 3 == OverdueDigest.objects.count()
    assert fen_late.reference in mail["fen@kellbrook.example"]["body"]
    assert ash_late.reference not in mail["fen@kellbrook.example"]["body"]
    assert f"{ash_late.reference}: zaległe o 2 dni robocze" in mail["ash@kellbrook.example"]["body"]
    team = mail["team@kellbrook.example"]["body"]
    assert f"{fen_late.reference}: overdue by 3 working days" in team
    assert ash_late.reference in team
    for message in smtp.inbox.messages:
        for personal in ["Person", "020 7946", "KB3", "Music", "music"]:
            assert personal not in message["subject"] + message["body"]
    assert set(OverdueDigest.objects.values_list("recipient", flat=True)) == {""}

    # Saturday: no digest; Monday: a new one.
    with time_machine.travel(at(2026, 12, 12, 0), tick=False):
        call_command("send_overdue_digest", stdout=StringIO())
    assert OverdueDigest.objects.count() == 3


def test_reassigning_needs_a_reason_kept_encrypted_in_the_timeline(client, make_user):
    fenmoor, ashgrove = Area.objects.get(slug="fenmoor"), Area.objects.get(slug="ashgrove")
    first, second = make_user("first", CONNECTORS), make_user("second", CONNECTORS)
    elsewhere = make_user("elsewhere", CONNECTORS)
    ConnectorArea.objects.create(user=elsewhere, area=ashgrove)
    referral = ReferralFactory(area=fenmoor, assigned_to=first)
    url = f"/admin/referrals/{referral.pk}/"
    client.force_login(first)

    # Only connectors who cover the area are offered.
    page = client.get(url).content.decode()
    assert f'value="{second.pk}"' in page and f'value="{elsewhere.pk}"' not in page
    refused = client.post(url, {"action": "assign", "assigned_to": second.pk})
    assert "Give a reason for reassigning it" in refused.content.decode()
    client.post(url, {"action": "assign", "assigned_to": elsewhere.pk, "reason": "Moving"})
    referral.refresh_from_db()
    assert referral.assigned_to == first

    reason = "Speaks Polish; Ola can visit on Thursday"
    client.post(url, {"action": "assign", "assigned_to": second.pk, "reason": reason})
    referral.refresh_from_db()
    assert referral.assigned_to == second
    note = Note.objects.get(referral=referral, kind=Note.Kind.REASSIGNED)
    assert note.text == reason
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM referrals_note WHERE id = %s", [note.pk])
        assert "Polish" not in cursor.fetchone()[0]
    entry = ReferralLogEntry.objects.get(object_id=str(referral.pk), action="referrals.assign")
    assert entry.data["detail"] == f"from user {first.pk} to user {second.pk}"
    assert "Reassigned:</strong> Speaks Polish" in client.get(url).content.decode()


def refused(response):
    """Not found, forbidden, or sent back to the dashboard: anything but done."""
    return response.status_code in (403, 404) or response.url == "/admin/"


def send_shortlist(client, referral, activities):
    return client.post(
        f"/admin/referrals/{referral.pk}/",
        {"action": "shortlist", "activities": [page.pk for page in activities]},
    )


def test_a_shortlist_reaches_the_resident_by_email_in_their_language(
    client, make_user, smtp, django_capture_on_commit_callbacks
):
    referral = ReferralFactory(
        area=Area.objects.get(slug="fenmoor"),
        contact_method="email",
        email="ola@example.org",
        language="pl",
    )
    activities = ActivityPage.objects.live().filter(locale__language_code="en")[:2]
    client.force_login(make_user("con", CONNECTORS))
    page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "Send the shortlist" in page
    with django_capture_on_commit_callbacks(execute=True):
        send_shortlist(client, referral, activities)
        send_shortlist(client, referral, [])  # nothing chosen: nothing sent

    [message] = smtp.inbox.messages
    assert message["to"] == ["ola@example.org"]
    ids = ",".join(str(activity.pk) for activity in activities)
    assert f"/pl/shortlist/?a={ids}" in message["body"]
    assert Notification.objects.get(shortlist=ids).recipient == ""
    assert ReferralLogEntry.objects.filter(
        object_id=str(referral.pk), action="referrals.shortlist"
    ).exists()


def test_a_shortlist_goes_by_text_to_a_resident_who_chose_text(
    client, make_user, notify, django_capture_on_commit_callbacks
):
    referral = ReferralFactory(contact_method="text", phone="07700 900123", language="ar")
    activity = ActivityPage.objects.live().filter(locale__language_code="en").first()
    client.force_login(make_user("boss", superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        send_shortlist(client, referral, [activity])
    [text] = notify.state.sent("sms")
    assert text["phone_number"] == "+447700900123"
    assert f"/ar/shortlist/?a={activity.pk}" in text["body"]


def test_who_may_reassign_and_send_a_shortlist(
    client, make_user, organisation, editors_group, smtp, django_capture_on_commit_callbacks
):
    fenmoor, ashgrove = Area.objects.get(slug="fenmoor"), Area.objects.get(slug="ashgrove")
    fen_connector = make_user("fen", CONNECTORS)
    ConnectorArea.objects.create(user=fen_connector, area=fenmoor)
    ash_connector = make_user("ash", CONNECTORS)
    ConnectorArea.objects.create(user=ash_connector, area=ashgrove)
    editor = make_user("ed", editors_group)
    by_email = {"contact_method": "email", "email": "res@example.org"}
    fen = ReferralFactory(area=fenmoor, **by_email)
    ours = ReferralFactory(kind="try", organisation=organisation, **by_email)
    by_phone = ReferralFactory(area=fenmoor)
    activity = ActivityPage.objects.live().filter(locale__language_code="en").first()
    not_theirs = [
        (ash_connector, fen),  # another area's connector: not even found
        (editor, fen),
        (editor, ours),  # an organisation's own request: no connector's actions
        (fen_connector, by_phone),  # they asked for a phone call: nothing to send by
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for user, referral in not_theirs:
            client.force_login(user)
            assert refused(send_shortlist(client, referral, [activity]))
            response = client.post(
                f"/admin/referrals/{referral.pk}/",
                {"action": "assign", "assigned_to": ash_connector.pk, "reason": "x"},
            )
            if referral is not by_phone:
                assert refused(response)
        client.force_login(fen_connector)
        assert send_shortlist(client, fen, [activity]).url == f"/admin/referrals/{fen.pk}/"
    assert [message["to"] for message in smtp.inbox.messages] == [["res@example.org"]]
    fen.refresh_from_db(), ours.refresh_from_db()
    assert fen.assigned_to is None and ours.assigned_to is None
    assert (
        "Send the shortlist" not in client.get(f"/admin/referrals/{by_phone.pk}/").content.decode()
    )


def test_the_next_action_reads_in_the_connectors_own_language(client, make_user):
    from wagtail.users.models import UserProfile

    connector = make_user("ola", CONNECTORS)
    profile = UserProfile.get_for_user(connector)
    profile.preferred_language = "pl"
    profile.save()
    referral = ReferralFactory(created_at=at(2026, 12, 2))
    with time_machine.travel(at(2026, 12, 11), tick=False):
        client.force_login(connector)
        page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    # Babel's Polish: the month declined, the plural for two.
    assert "Pierwszy kontakt do 9 grudnia. Zaległe o 2 dni robocze" in page
