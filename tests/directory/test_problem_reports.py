"""Residents report a problem with a listing; editors close it; the reporter hears back.

Mail to the reporter goes through a real SMTP server in the test process."""

import csv
import io
import re
from datetime import timedelta
from io import StringIO

import pytest
import time_machine

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from demo.problem_reports import load_demo_problem_reports
from directory.models import ActivityPage, ProblemReport, ProblemReportNotice
from directory.permissions import DIRECTORY_TEAM, ensure_editors_group
from directory.problems import close_report

pytestmark = pytest.mark.django_db

DETAILS = "It meets on Thursdays now, not Tuesdays."


@pytest.fixture
def translated_activity(demo_site):
    """An activity with an Arabic translation, in English."""
    arabic = ActivityPage.objects.live().filter(locale__language_code="ar").first()
    return arabic.get_translation(Locale.get_default()).specific


@pytest.fixture
def other_activity(translated_activity):
    return (
        ActivityPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(path__startswith=translated_activity.organisation.path)
        .first()
    )


def form_url(activity):
    return f"{activity.url}report-a-problem/"


def form_data(client, activity, **overrides):
    """What a resident sends: the form's own fill-time token, plus their answers."""
    page = client.get(form_url(activity)).content.decode()
    token = re.search(r'name="started" value="([^"]+)"', page).group(1)
    return {
        "kind": "changed",
        "details": DETAILS,
        "name": "",
        "email": "",
        "website": "",
        "started": token,
        **overrides,
    }


def report(client, activity, django_capture_on_commit_callbacks, **overrides):
    data = form_data(client, activity, **overrides)
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(form_url(activity), data)


def make_report(activity, **fields):
    return ProblemReport.objects.create(
        activity=activity,
        organisation=activity.organisation,
        kind=fields.pop("kind", "changed"),
        details=fields.pop("details", DETAILS),
        language=fields.pop("language", "en"),
        **fields,
    )


def test_every_activity_page_links_to_the_form_in_its_language(client, translated_activity):
    arabic = translated_activity.get_translation(Locale.objects.get(language_code="ar"))
    for page, text in [
        (translated_activity, "Report a problem with this listing"),
        (arabic, "الإبلاغ عن مشكلة في هذا الإدراج"),
    ]:
        html = client.get(page.url).content.decode()
        assert f'href="{form_url(page)}">{text}</a>' in html
        form = client.get(form_url(page))
        assert form.status_code == 200
        assert text in form.content.decode()
    assert 'dir="rtl"' in client.get(form_url(arabic)).content.decode()


def test_a_report_is_stored_and_the_editors_and_team_are_told_without_personal_details(
    client, translated_activity, make_user, django_capture_on_commit_callbacks
):
    editor = make_user("editor", ensure_editors_group(translated_activity.organisation))
    UserProfile.objects.create(user=editor, preferred_language="ar")
    make_user("team", DIRECTORY_TEAM)
    response = report(
        client,
        translated_activity,
        django_capture_on_commit_callbacks,
        kind="stopped",
        name="Sam Okafor",
        email="sam@example.org",
    )
    assert response.status_code == 302
    thanks = client.get(response.url)
    assert "Report sent" in thanks.content.decode()

    stored = ProblemReport.objects.get()
    assert (stored.activity, stored.kind, stored.details) == (
        translated_activity,
        "stopped",
        DETAILS,
    )
    assert (stored.name, stored.email, stored.language) == ("Sam Okafor", "sam@example.org", "en")
    assert stored.reply == ProblemReport.Reply.WAITING
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, email FROM directory_problemreport")
        raw = " ".join(cursor.fetchone())
    assert "Sam" not in raw and "example.org" not in raw

    # Each member of staff is told in the language they chose for the admin.
    to_editor, to_team = sorted(mail.outbox, key=lambda message: message.to)
    assert to_editor.to == ["editor@kellbrook.example"]
    assert to_editor.subject == f"أُبلغ عن مشكلة في «{translated_activity.title}»"
    assert to_team.to == ["team@kellbrook.example"]
    assert to_team.subject == f"A problem has been reported with “{translated_activity.title}”"
    for message in mail.outbox:
        assert f"/admin/problem-reports/{stored.pk}/" in message.body
        for personal in ["Sam", "sam@example.org", "Thursdays"]:
            assert personal not in message.subject + message.body


def test_a_report_from_the_arabic_page_is_about_the_listing_editors_change(
    client, translated_activity, django_capture_on_commit_callbacks
):
    arabic = ActivityPage.objects.get(
        translation_key=translated_activity.translation_key, locale__language_code="ar"
    )
    response = report(client, arabic, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response.url.startswith("/ar/")
    stored = ProblemReport.objects.get()
    assert (stored.activity, stored.language) == (translated_activity, "ar")


def test_missing_answers_give_an_error_summary_and_keep_what_was_typed(
    client, translated_activity, django_capture_on_commit_callbacks
):
    response = report(
        client,
        translated_activity,
        django_capture_on_commit_callbacks,
        kind="",
        email="not an address",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Error: Report a problem with this listing" in html
    assert "There is a problem" in html
    assert '<a href="#f-kind-0">Choose what the problem is</a>' in html
    assert "Enter an email address in the right format" in html
    assert DETAILS in html and 'value="not an address"' in html
    assert not ProblemReport.objects.exists()

    response = report(
        client, translated_activity, django_capture_on_commit_callbacks, details="   "
    )
    assert response.status_code == 400
    assert '<a href="#f-details">Tell us what is wrong</a>' in response.content.decode()


@pytest.mark.parametrize(
    "overrides",
    [
        {"kind": "<script>alert(1)</script>"},
        {"kind": ["changed", "nonsense"]},
        {"details": "x" * 100_000},
        {"details": "\x00\x01 \x7f\r\n"},
        {"email": "a@" + "b" * 300 + ".org"},
        {"name": "n" * 5000},
        {"started": "x" * 100_000},
        {"started": "not-a-signed-value"},
    ],
)
def test_hostile_input_is_a_clear_400_and_stores_nothing(
    client, translated_activity, overrides, django_capture_on_commit_callbacks
):
    response = report(client, translated_activity, django_capture_on_commit_callbacks, **overrides)
    assert response.status_code == 400
    assert not ProblemReport.objects.exists()


def test_bytes_that_are_not_utf8_are_shown_back_safely(client, translated_activity):
    data = form_data(client, translated_activity)
    body = f"started={data['started']}&details=%ED%A0%80%00%FF%FEabc&email=%C0%80"
    response = client.post(
        form_url(translated_activity), body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "Choose what the problem is" in response.content.decode()
    assert not ProblemReport.objects.exists()


def test_control_characters_are_dropped_not_stored(
    client, translated_activity, django_capture_on_commit_callbacks
):
    response = report(
        client, translated_activity, django_capture_on_commit_callbacks, details="Closed\x00 now"
    )
    assert response.status_code == 302
    assert ProblemReport.objects.get().details == "Closed now"


def test_the_trap_field_and_a_too_quick_send_are_not_stored_and_keep_the_answers(
    client, translated_activity, django_capture_on_commit_callbacks
):
    response = report(
        client, translated_activity, django_capture_on_commit_callbacks, website="http://spam"
    )
    assert response.status_code == 400
    with override_settings(REFERRALS_MIN_FILL_SECONDS=60):
        response = report(client, translated_activity, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please check your report, then send it again." in html
    assert DETAILS in html
    assert not ProblemReport.objects.exists()


@override_settings(REFERRALS_MIN_FILL_SECONDS=5)
def test_correcting_a_mistake_does_not_start_the_fill_in_time_again(
    client, translated_activity, django_capture_on_commit_callbacks
):
    with time_machine.travel(timezone.now() - timedelta(minutes=1)):
        data = form_data(client, translated_activity, email="not-an-address")
    first = client.post(form_url(translated_activity), data)
    assert first.status_code == 400
    started = re.search(r'name="started" value="([^"]+)"', first.content.decode()).group(1)

    # Sent again straight away: the minute already spent on the form counts.
    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(
            form_url(translated_activity), {**data, "email": "", "started": started}
        )

    assert second.status_code == 302
    assert ProblemReport.objects.count() == 1


def test_too_many_reports_from_one_connection_get_a_translated_429_and_keep_the_answers(
    client, translated_activity, django_capture_on_commit_callbacks
):
    with override_settings(DIRECTORY_PROBLEM_REPORT_LIMIT=0):
        response = report(client, translated_activity, django_capture_on_commit_callbacks)
    assert response.status_code == 429
    html = response.content.decode()
    assert "try sending it again in an hour" in html and DETAILS in html
    assert not ProblemReport.objects.exists()


def test_the_form_is_never_kept_in_a_browser_cache(client, translated_activity):
    assert "no-store" in client.get(form_url(translated_activity))["Cache-Control"]
    assert "no-store" in client.post(form_url(translated_activity), {})["Cache-Control"]


def test_other_methods_are_refused(client, translated_activity):
    assert client.put(form_url(translated_activity)).status_code == 405


def test_editors_see_only_their_organisations_reports_and_the_team_sees_all(
    client, translated_activity, other_activity, make_user
):
    ours = make_report(translated_activity)
    theirs = make_report(other_activity, kind="wrong")
    editor = make_user("editor", ensure_editors_group(translated_activity.organisation))
    client.force_login(editor)
    listing = client.get("/admin/problem-reports/")
    assert listing.status_code == 200
    assert f"/admin/problem-reports/{ours.pk}/" in listing.content.decode()
    assert f"/admin/problem-reports/{theirs.pk}/" not in listing.content.decode()
    assert client.get(f"/admin/problem-reports/{ours.pk}/").status_code == 200
    # Not found (Wagtail's admin sends a 404 on to the language-prefixed address).
    for response in [
        client.get(f"/admin/problem-reports/{theirs.pk}/", follow=True),
        client.post(f"/admin/problem-reports/{theirs.pk}/", {"closing_note": "Done"}, follow=True),
    ]:
        assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == ProblemReport.Status.OPEN
    # The dashboard counts their open reports.
    assert "1 open problem report about your listings" in client.get("/admin/").content.decode()

    for user in [make_user("team", DIRECTORY_TEAM), make_user("admin", superuser=True)]:
        client.force_login(user)
        listing = client.get("/admin/problem-reports/").content.decode()
        assert f"/admin/problem-reports/{ours.pk}/" in listing
        assert f"/admin/problem-reports/{theirs.pk}/" in listing


def test_an_editors_download_has_only_their_reports_and_nothing_the_reporter_wrote(
    client, translated_activity, other_activity, make_user
):
    make_report(translated_activity, email="resident@example.org")
    make_report(other_activity, kind="wrong")
    client.force_login(make_user("editor", ensure_editors_group(translated_activity.organisation)))
    response = client.get("/admin/problem-reports/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Activity", "Organisation", "Problem", "Received", "Status"]
    assert [row[0] for row in rows[1:]] == [translated_activity.title]
    assert other_activity.title not in str(rows)
    assert DETAILS not in str(rows) and "resident@example.org" not in str(rows)


def test_a_report_in_arabic_reads_right_to_left_and_names_its_language(
    admin_client, translated_activity
):
    report = make_report(translated_activity, details="لم يعد يُعقد يوم الثلاثاء", language="ar")

    page = admin_client.get(f"/admin/problem-reports/{report.pk}/").content.decode()

    assert '<dd dir="auto">لم يعد يُعقد يوم الثلاثاء</dd>' in page
    assert "<dd>Arabic</dd>" in page


def test_people_without_a_directory_role_cannot_see_reports(client, translated_activity, make_user):
    report_pk = make_report(translated_activity).pk
    outsider = make_user("outsider")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    for url in ["/admin/problem-reports/", f"/admin/problem-reports/{report_pk}/"]:
        response = client.get(url, follow=True)
        # Wagtail's admin sends them to the dashboard, saying they may not go there.
        assert response.redirect_chain[0] == ("/admin/", 302)
        html = response.content.decode()
        assert "Sorry, you do not have permission to access this area." in html
        assert "Problem reports" not in html and DETAILS not in html


def test_the_team_filters_by_status_and_organisation(
    client, translated_activity, other_activity, make_user
):
    open_ours = make_report(translated_activity)
    closed_ours = make_report(translated_activity, status="closed", closing_note="Fixed")
    theirs = make_report(other_activity)
    client.force_login(make_user("team", DIRECTORY_TEAM))

    def listed(query):
        html = client.get(f"/admin/problem-reports/?{query}").content.decode()
        return {r.pk for r in (open_ours, closed_ours, theirs) if f"/{r.pk}/" in html}

    assert listed("status=open") == {open_ours.pk, theirs.pk}
    assert listed(f"organisation={translated_activity.organisation.pk}") == {
        open_ours.pk,
        closed_ours.pk,
    }
    assert listed("status=nonsense") == set()
    assert client.get("/admin/problem-reports/?organisation=x&p=-1").status_code == 200


def test_closing_needs_a_note_and_sends_it_to_the_reporter_in_their_language(
    client, translated_activity, make_user, smtp, django_capture_on_commit_callbacks
):
    with_address = make_report(translated_activity, email="sam@example.org", language="ar")
    with_address.reply = ProblemReport.Reply.WAITING
    with_address.save()
    without_address = make_report(translated_activity)
    client.force_login(make_user("editor", ensure_editors_group(translated_activity.organisation)))

    url = f"/admin/problem-reports/{with_address.pk}/"
    response = client.post(url, {"closing_note": "  "})
    assert response.status_code == 400
    assert "Write a note to close the report" in response.content.decode()
    with_address.refresh_from_db()
    assert with_address.status == ProblemReport.Status.OPEN

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"closing_note": "Listing updated with the new day."})
    assert response.status_code == 302
    with_address.refresh_from_db()
    assert with_address.status == ProblemReport.Status.CLOSED
    assert with_address.closed_by.username == "editor"
    assert with_address.reply == ProblemReport.Reply.SENT
    (message,) = smtp.inbox.messages
    assert message["to"] == ["sam@example.org"]
    assert "Listing updated with the new day." in message["body"]
    assert "شكرًا" in message["body"]  # Arabic, the language they reported in

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/problem-reports/{without_address.pk}/", {"closing_note": "Checked: fine."}
        )
    without_address.refresh_from_db()
    assert without_address.status == ProblemReport.Status.CLOSED
    assert without_address.reply == ProblemReport.Reply.NOT_ASKED
    assert len(smtp.inbox.messages) == 1


def test_with_the_mail_server_down_the_reply_waits_for_the_retry_run(
    translated_activity, make_user, smtp, django_capture_on_commit_callbacks
):
    stored = make_report(translated_activity, email="sam@example.org")
    smtp.stop()
    with django_capture_on_commit_callbacks(execute=True):
        close_report(stored, make_user("team", DIRECTORY_TEAM), "The new times are online.")
    notice = ProblemReportNotice.objects.get(report=stored, kind=ProblemReportNotice.Kind.REPLY)
    assert notice.sent_at is None and notice.attempts == 1 and notice.last_error
    stored.refresh_from_db()
    assert stored.reply == ProblemReport.Reply.QUEUED

    smtp.start()
    # The retry waits its turn (a minute after the first failure)...
    call_command("send_pending_messages", stdout=StringIO())
    assert smtp.inbox.messages == []
    ProblemReportNotice.objects.filter(pk=notice.pk).update(next_attempt_at=timezone.now())
    # ...then goes with the next run.
    call_command("send_pending_messages", stdout=StringIO())
    notice.refresh_from_db()
    assert notice.sent_at is not None
    stored.refresh_from_db()
    assert stored.reply == ProblemReport.Reply.SENT

    def replies():
        # The daily run also sends the demo borough's listing-check reminders.
        return [m for m in smtp.inbox.messages if m["to"] == ["sam@example.org"]]

    (reply,) = replies()
    assert "The new times are online." in reply["body"]
    # Sent once only, however often the runs come round.
    call_command("send_pending_messages", "--all", stdout=StringIO())
    call_command("run_daily_jobs", stdout=StringIO())
    assert len(replies()) == 1


def test_contact_details_are_erased_after_the_retention_period(translated_activity):
    now = timezone.now()
    old = make_report(
        translated_activity,
        name="Sam",
        email="sam@example.org",
        status="closed",
        closed_at=now - timedelta(days=31),
    )
    recent = make_report(
        translated_activity,
        email="kim@example.org",
        status="closed",
        closed_at=now - timedelta(days=29),
    )
    still_open = make_report(
        translated_activity, email="lee@example.org", created_at=now - timedelta(days=400)
    )
    call_command("purge_problem_reports", stdout=StringIO())
    old.refresh_from_db()
    assert (old.name, old.email, old.details) == ("", "", DETAILS)
    assert old.contact_erased_at is not None
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.email and kept.contact_erased_at is None


def test_a_dry_run_lists_the_reports_due_and_erases_nothing(translated_activity):
    old = make_report(
        translated_activity,
        name="Sam",
        email="sam@example.org",
        status="closed",
        closed_at=timezone.now() - timedelta(days=31),
    )
    output = StringIO()
    call_command("purge_problem_reports", "--dry-run", stdout=output)
    assert f"Problem report {old.pk} closed" in output.getvalue()
    assert "would be erased from 1 problem reports" in output.getvalue()
    assert "sam@example.org" not in output.getvalue()
    old.refresh_from_db()
    assert (old.name, old.email, old.contact_erased_at) == ("Sam", "sam@example.org", None)


def test_rotating_the_keys_keeps_reporters_addresses_readable(translated_activity):
    new_key, old_key = settings.REFERRALS_ENCRYPTION_KEYS
    with override_settings(REFERRALS_ENCRYPTION_KEYS=[old_key]):
        pk = make_report(translated_activity, email="sam@example.org").pk
    call_command("rotate_encryption_keys", stdout=StringIO())
    with override_settings(REFERRALS_ENCRYPTION_KEYS=[new_key]):
        assert ProblemReport.objects.get(pk=pk).email == "sam@example.org"


def test_the_demo_reports_load_once(demo_site):
    load_demo_problem_reports()
    load_demo_problem_reports()
    statuses = sorted(ProblemReport.objects.values_list("status", flat=True))
    assert statuses == ["closed", "open", "open"]
