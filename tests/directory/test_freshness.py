"""Listings that keep themselves current: reminders, one-click confirmation,
"may be out of date", out of search when long overdue, the team's report."""

import re
from datetime import date, timedelta
from io import StringIO

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from wagtail.users.models import UserProfile

from directory.factories import ActivityPageFactory
from directory.models import OrganisationPage, ReviewNotice
from directory.permissions import DIRECTORY_TEAM, ensure_directory_review, ensure_editors_group

pytestmark = pytest.mark.django_db


def checked_days_ago(organisation, days, **kwargs):
    return ActivityPageFactory(
        parent=organisation, last_checked=timezone.localdate() - timedelta(days=days), **kwargs
    )


@pytest.fixture
def editor(django_user_model, organisation):
    user = django_user_model.objects.create_user("sam", "sam@ashgrove.example", "x")
    user.groups.add(ensure_editors_group(organisation))
    return user


def run_checks():
    # New emails are queued when the command's work is committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("check_listings", stdout=StringIO())


def mail_to_sam():
    # The demo borough has listings due a check too; their editors get their own mail.
    return [message for message in mail.outbox if message.to == ["sam@ashgrove.example"]]


def test_a_listing_is_due_its_organisations_interval_after_its_last_check(organisation):
    activity = ActivityPageFactory(parent=organisation, last_checked=date(2026, 1, 31))
    assert activity.review_due_on == date(2026, 4, 30)

    organisation.review_interval_months = 6
    organisation.save()
    activity.refresh_from_db()
    assert activity.review_due_on == date(2026, 7, 31)


def test_overdue_listings_say_so_and_long_overdue_ones_leave_search(client, organisation):
    checked_days_ago(organisation, 10, title="Fresh walk")
    checked_days_ago(organisation, 120, title="Overdue walk")
    gone = checked_days_ago(organisation, 200, title="Forgotten walk")

    results = client.get("/en/things-to-do/", {"q": "walk"}).content.decode()
    assert "Fresh walk" in results and "Overdue walk" in results
    assert "Forgotten walk" not in results
    assert results.count("May be out of date") == 1

    page = client.get(gone.url).content.decode()
    assert "These details may be out of date" in page


def test_editors_are_reminded_before_a_check_is_due_and_confirm_in_one_click(
    client, organisation, editor
):
    activity = checked_days_ago(organisation, 85, title="Knit and natter")

    run_checks()
    run_checks()  # a second run sends nothing new

    [message] = mail_to_sam()
    assert "Knit and natter" in message.subject
    path = re.search(r"https?://[^/\s]+(/en/listing-check/\S+/)", message.body).group(1)
    assert f"/admin/pages/{activity.pk}/edit/" in message.body

    # Opening the link (or a mail scanner following it) changes nothing.
    page = client.get(path)
    assert page.status_code == 200
    assert "Yes, it is still running as described" in page.content.decode()
    activity.refresh_from_db()
    assert activity.last_checked < timezone.localdate()

    done = client.post(path).content.decode()
    assert "confirmed as still running as described" in done
    activity.refresh_from_db()
    assert activity.last_checked == timezone.localdate()
    assert activity.review_due_on > timezone.localdate() + timedelta(days=80)
    assert "there is nothing more to do" in client.get(path).content.decode()


def test_the_reminder_links_to_the_address_the_site_is_served_at(organisation, editor, settings):
    # Issue 13: every absolute link pointed at http://localhost/, these emails' too.
    settings.WAGTAILADMIN_BASE_URL = "https://getconnected.example.gov.uk"
    call_command("set_site_address", stdout=StringIO())
    checked_days_ago(organisation, 85, title="Knit and natter")

    run_checks()

    [message] = mail_to_sam()
    links = re.findall(r"https?://\S+", message.body)
    assert links
    assert all(link.startswith("https://getconnected.example.gov.uk/") for link in links), links


def test_a_damaged_confirmation_link_explains_itself(client, organisation):
    response = client.get("/en/listing-check/not-a-real-token/")

    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()


def test_editors_hear_when_a_listing_leaves_search(organisation, editor):
    checked_days_ago(organisation, 200, title="Forgotten walk")

    run_checks()

    assert [message.subject for message in mail_to_sam()] == [
        "“Forgotten walk” has been taken out of search"
    ]


def test_each_editor_is_reminded_once_in_the_language_they_chose(
    organisation, editor, django_user_model
):
    rahima = django_user_model.objects.create_user("rahima", "rahima@ashgrove.example", "x")
    rahima.groups.add(ensure_editors_group(organisation))
    UserProfile.objects.create(user=rahima, preferred_language="bn")
    checked_days_ago(organisation, 200, title="Forgotten walk")

    run_checks()
    run_checks()  # the daily job run twice, or by two workers: nobody hears twice

    to_rahima = [message for message in mail.outbox if message.to == [rahima.email]]
    assert [message.subject for message in to_rahima] == ["“Forgotten walk” খোঁজ থেকে সরানো হয়েছে"]
    assert [message.subject for message in mail_to_sam()] == [
        "“Forgotten walk” has been taken out of search"
    ]


def test_a_failed_email_is_kept_and_sent_by_the_retry_run(organisation, editor, settings):
    activity = checked_days_ago(organisation, 85)
    # A real connection to a port nobody listens on: the mail server is down.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    run_checks()
    notice = ReviewNotice.objects.get(activity=activity, recipient="sam@ashgrove.example")
    assert notice.sent_at is None and notice.attempts == 1 and notice.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_checks()
    assert mail_to_sam() == []  # one email per check, not one per run
    call_command("send_pending_messages", "--all", stdout=StringIO())
    notice.refresh_from_db()
    assert notice.sent_at is not None
    assert len(mail_to_sam()) == 1


def test_the_directory_team_sees_overdue_listings_and_others_do_not(
    client, organisation, find_page, django_user_model, editor
):
    ensure_directory_review(find_page)
    checked_days_ago(organisation, 120, title="Overdue walk")
    checked_days_ago(organisation, 10, title="Fresh walk")
    team = django_user_model.objects.create_user("priya", password="x")
    team.groups.add(Group.objects.get(name=DIRECTORY_TEAM))

    client.force_login(team)
    report = client.get("/admin/reports/listings-to-check/").content.decode()
    assert "Overdue walk" in report and "Fresh walk" not in report

    # An organisation's editor is sent to their dashboard, which lists their own
    # listings only; the report of every organisation's is not theirs to see.
    other = OrganisationPage(title="Another group", description="<p>Also here.</p>")
    find_page.add_child(instance=other)
    checked_days_ago(other, 120, title="Another overdue walk")
    client.force_login(editor)
    refused = client.get("/admin/reports/listings-to-check/", follow=True)
    assert refused.redirect_chain[0][1] == 302
    assert "Another overdue walk" not in refused.content.decode()
