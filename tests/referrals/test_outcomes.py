"""Follow-up and outcomes: the follow-up message and its single-use link, the
optional feeling-connected measure, outcome statistics with small numbers
suppressed, purging, and the evaluators' export.

Mail goes to a real SMTP server, texts to the local Notify server, the clock
moves with time-machine; nothing else is stood in for."""

import csv
import io
import re
from datetime import date, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from hypothesis import given, settings
from hypothesis import strategies as st

from django.core import signing
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from wagtail.models import ModelLogEntry

from directory.models import Area
from referrals.factories import ReferralFactory
from referrals.models import Referral
from referrals.outcomes import LinkProblem, follow_up_token, referral_for_token
from referrals.routing import COMMISSIONERS, CONNECTORS, EVALUATORS
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
ANSWERS = {"attended": "yes", "follow_up_comment": "Lovely choir", "companionship": "1"}
ALL_ITEMS = {"companionship": "1", "left_out": "2", "isolated": "1"}


def follow_ups(times=1):
    for _ in range(times):
        call_command("send_follow_ups", stdout=StringIO())


def link_in(text):
    return re.search(r"https?://[^/\s]+(/\S+/follow-up/\S+/)", text)[1]


def test_closed_as_connected_the_resident_is_followed_up_once_and_answers_once(
    client, demo_site, make_user, smtp, django_capture_on_commit_callbacks
):
    referral = ReferralFactory(
        status="contacted", contact_method="email", email="ola@example.org", language="pl"
    )
    connector = make_user("con", CONNECTORS)
    with time_machine.travel(datetime(2027, 1, 4, 10, tzinfo=LONDON), tick=False):
        client.force_login(connector)  # sessions end after 30 idle minutes
        response = client.post(
            f"/admin/referrals/{referral.pk}/",
            {"action": "status", "status": "connected", "follow_up_on": "2027-02-01"},
        )
        assert response.status_code == 302
        with django_capture_on_commit_callbacks(execute=True):
            follow_ups()  # not yet the day
    assert smtp.inbox.messages == []
    with time_machine.travel(datetime(2027, 2, 1, 9, tzinfo=LONDON)):
        with django_capture_on_commit_callbacks(execute=True):
            follow_ups(times=2)  # the job run twice, or on two servers
        [message] = smtp.inbox.messages
        assert message["to"] == ["ola@example.org"]
        link = link_in(message["body"])
        assert link.startswith("/pl/get-a-hand/follow-up/")

        page = client.get(link)
        assert page.status_code == 200
        # Partly answered measure: asked, in Polish, to finish it or leave it; nothing stored.
        page = client.post(link, ANSWERS)
        assert "Odpowiedz też na to pytanie" in page.content.decode()
        assert Referral.objects.get(pk=referral.pk).follow_up_answered_at is None
        assert client.post(link, {**ANSWERS, **ALL_ITEMS}).status_code == 200
        # Used twice (another tab, pressed again): refused plainly, nothing changed.
        again = client.post(link, {"attended": "no", "follow_up_comment": "Changed"})
        assert again.status_code == 410
        assert "Już udzielono odpowiedzi" in again.content.decode()
        assert client.get(link).status_code == 410

    referral = Referral.objects.get(pk=referral.pk)
    assert (referral.attended, referral.follow_up_comment) == ("yes", "Lovely choir")
    assert referral.measure_at_follow_up == "1,2,1"
    with connection.cursor() as cursor:  # encrypted like every other answer
        cursor.execute(
            "SELECT attended, follow_up_comment, measure_at_follow_up FROM referrals_referral "
            "WHERE id = %s",
            [referral.pk],
        )
        stored = " ".join(cursor.fetchone())
    assert "Lovely" not in stored and "1,2,1" not in stored and "yes" not in stored


def test_a_resident_who_chose_text_gets_the_follow_up_by_text(
    demo_site, notify, django_capture_on_commit_callbacks
):
    ReferralFactory(
        status="connected",
        contact_method="text",
        phone="07700 900123",
        language="ar",
        follow_up_on=date.today(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        follow_ups()
    [text] = notify.state.sent("sms")
    assert "/ar/get-a-hand/follow-up/" in text["body"]


def test_expired_tampered_and_made_up_links_are_refused_without_an_error(client, demo_site):
    referral = ReferralFactory(status="connected")
    with time_machine.travel(timezone.now() - timedelta(days=31)):
        old = f"/en/get-a-hand/follow-up/{follow_up_token(referral)}/"
    expired = client.post(old, {**ANSWERS, **ALL_ITEMS})
    assert expired.status_code == 410
    assert "This link has expired" in expired.content.decode()

    token = follow_up_token(referral)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    # Signed, but not as a follow-up link (another salt): not accepted either.
    unsalted = signing.dumps([referral.pk, referral.reference])
    for bad in (tampered, "not-a-link", unsalted):
        response = client.post(f"/en/get-a-hand/follow-up/{bad}/", {**ANSWERS, **ALL_ITEMS})
        assert response.status_code == 404
        assert "This link does not work" in response.content.decode()
    assert Referral.objects.get(pk=referral.pk).attended == ""


def test_the_measure_is_offered_after_sending_and_kept_once(client, demo_site):
    send(client)
    done = client.get("/en/get-a-hand/done/").content.decode()
    assert "Answer three short questions" in done
    page = client.get("/en/get-a-hand/feeling-connected/").content.decode()
    assert "How often do you feel left out?" in page
    assert "lonely" not in page.lower()

    assert client.post("/en/get-a-hand/feeling-connected/", ALL_ITEMS).status_code == 200
    again = client.post("/en/get-a-hand/feeling-connected/", {**ALL_ITEMS, "isolated": "3"})
    assert again.status_code == 410
    reference = client.session["get_a_hand_done"]["reference"]
    assert Referral.objects.get(reference=reference).measure_at_referral == "1,2,1"


def answered(count, area, went="yes", before="3,3,2", after="2,2,1", **kwargs):
    for _ in range(count):
        ReferralFactory(
            status="connected",
            area=area,
            attended=went,
            measure_at_referral=before,
            measure_at_follow_up=after,
            follow_up_answered_at=timezone.now(),
            **kwargs,
        )


def test_outcome_statistics_suppress_small_numbers_on_the_page_and_in_the_csv(
    client, demo_site, make_user
):
    fenmoor = Area.objects.get(slug="fenmoor")
    other = Area.objects.exclude(slug="fenmoor").order_by("name").first()
    answered(6, fenmoor, source_kind="qr", source_ref="library-poster")  # 8 to 5: -3
    answered(5, other)
    answered(3, None, went="no")
    client.force_login(make_user("com", COMMISSIONERS))
    page = client.get("/admin/referrals/statistics/").content.decode()
    assert "100% of 6" in page and "-3.0 (6 people)" in page
    assert "Fewer than 5" in page

    response = client.get("/admin/referrals/statistics/outcomes/?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_group = {(row["dimension"], row["group"]): row for row in rows}
    assert by_group[("area", "Fenmoor")]["went_percent"] == "100"
    assert by_group[("area", "Fenmoor")]["mean_change"] == "-3.0"
    # 3 people, and (so that they cannot be worked out from the rest) the next smallest.
    assert by_group[("area", "Not known")]["answered"] == "suppressed"
    assert by_group[("area", other.name)]["went_percent"] == "suppressed"
    # 3 of 14 did not go: a number below 5, so the share for everyone is hidden too.
    assert by_group[("all", "Everyone who answered")]["went_percent"] == "suppressed"
    assert by_group[("source", "QR code: library-poster")]["answered"] == "6"


def test_purging_a_referral_removes_its_follow_up_answers(demo_site):
    when = timezone.now() - timedelta(days=740)
    referral = ReferralFactory(
        status="connected",
        closed_at=when,
        follow_up_on=when.date(),
        follow_up_answered_at=when,
        attended="yes",
        follow_up_comment="Met a neighbour",
        measure_at_referral="3,3,3",
        measure_at_follow_up="1,1,1",
    )
    call_command("purge_referrals", stdout=StringIO())
    referral = Referral.objects.get(pk=referral.pk)
    assert referral.attended == referral.follow_up_comment == ""
    assert referral.measure_at_referral == referral.measure_at_follow_up == ""
    assert referral.follow_up_on is None and referral.follow_up_answered_at is None


def rows_of(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def export(client, first="2026-07", last="2026-12"):
    return client.get(f"/admin/referrals/evaluation/?first_month={first}&last_month={last}")


def test_evaluators_download_a_pseudonymous_export_and_nobody_else_does(
    client, demo_site, make_user
):
    referral = ReferralFactory(
        name="Ada Fenwick",
        phone="07700 900982",
        created_at=datetime(2026, 9, 3, 11, tzinfo=LONDON),
        interests=["music", "food"],
        source_kind="qr",
        source_ref="library-poster",
        follow_up_answered_at=timezone.now(),
        attended="yes",
        follow_up_comment="Lovely",
        measure_at_referral="3,3,2",
        measure_at_follow_up="2,1,1",
    )
    ReferralFactory(phone="07700 900982", created_at=datetime(2027, 1, 5, tzinfo=LONDON))
    for user in (
        make_user("com", COMMISSIONERS),
        make_user("con", CONNECTORS),
        make_user("nobody"),
    ):
        client.force_login(user)
        refused = export(client)  # Wagtail sends a refused admin user back to the dashboard
        assert refused.status_code != 200 and "text/csv" not in refused.get("Content-Type", "")
        assert "Evaluation export" not in client.get("/admin/").content.decode()

    client.force_login(make_user("eva", EVALUATORS))
    assert "Evaluation export" in client.get("/admin/").content.decode()
    response = export(client)
    assert response.status_code == 200
    content = response.content.decode()
    [row] = rows_of(response)
    assert row["received_month"] == "2026-09"
    assert (row["source_kind"], row["source_ref"]) == ("qr", "library-poster")
    assert row["interests"] == "music;food"
    assert (row["went"], row["score_at_referral"], row["score_at_follow_up"]) == ("yes", "8", "4")
    for secret in ("Ada", "07700", "900982", referral.reference, "KB3 2XY", "Lovely", "2026-09-03"):
        assert secret not in content
    # The same ids in the next period's export: the person's too, on their other referral.
    [again, later] = rows_of(export(client, "2026-09", "2027-06"))
    assert again["referral_id"] == row["referral_id"]
    assert later["person_id"] == row["person_id"] != ""
    assert later["referral_id"] != row["referral_id"]

    bad = export(client, "2026-13", "nonsense")
    assert bad.status_code == 400 and "Enter a month like 2026-07" in bad.content.decode()

    # An administrator sees who downloaded which months in Reports > Site history.
    client.force_login(make_user("admin", superuser=True))
    history = client.get("/admin/reports/site-history/").content.decode()
    assert "Evaluation export downloaded: 2026-07 to 2026-12, 1 referral" in history
    entries = ModelLogEntry.objects.filter(action="referrals.evaluation_export")
    assert [(entry.user.username, entry.data["first"]) for entry in entries.order_by("pk")] == [
        ("eva", "2026-07"),
        ("eva", "2026-09"),
    ]


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_any_link_that_is_not_one_we_signed_is_refused_as_broken(token):
    with pytest.raises(LinkProblem) as problem:
        referral_for_token(token)
    assert problem.value.kind == "broken"
