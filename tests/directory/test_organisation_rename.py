"""Renaming an organisation changes nothing about who looks after it: the same
editors group edits it, and reminders, problem reports, referrals and feed
sources still reach its editor (issue 12)."""

from datetime import timedelta
from io import StringIO

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from directory.factories import OrganisationPageFactory
from directory.models import ActivityPage, OrganisationPage, ProblemReport
from directory.permissions import (
    DIRECTORY_TEAM,
    editors_group,
    ensure_directory_review,
    ensure_editors_group,
    organisation_editors,
    organisations_edited_by,
)
from directory.problems import create_report
from feeds.models import Source
from referrals.models import Referral
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db

EDITOR = "sam@ramblers.example"


@pytest.fixture
def ramblers(demo_site):
    return OrganisationPage.objects.get(title="Fenmoor Ramblers", locale=Locale.get_default())


@pytest.fixture
def walk(ramblers):
    return ActivityPage.objects.child_of(ramblers).get(title="Saturday park walk")


@pytest.fixture
def editor(django_user_model, ramblers):
    user = django_user_model.objects.create_user("sam", EDITOR, "x")
    user.groups.add(ensure_editors_group(ramblers))
    return user


def rename(organisation, title="Fenmoor Ramblers CIO"):
    """As the directory team publishes a new name."""
    organisation.title = title
    organisation.save_revision().publish()
    return OrganisationPage.objects.get(pk=organisation.pk)


def mail_to(smtp, address):
    return [message for message in smtp.inbox.messages if message["to"] == [address]]


def test_a_renamed_organisation_keeps_its_one_editors_group(client, ramblers, walk, editor):
    group = editors_group(ramblers)
    groups_before = Group.objects.count()

    renamed = rename(ramblers)

    assert Group.objects.count() == groups_before
    assert editors_group(renamed) == group
    group.refresh_from_db()
    assert group.name == "Fenmoor Ramblers CIO editors"  # the name follows, for admins
    assert list(organisation_editors(renamed)) == [editor]
    assert list(organisations_edited_by(editor)) == [renamed]
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[walk.pk])).status_code == 200
    add = reverse("wagtailadmin_pages:add", args=["directory", "activitypage", renamed.pk])
    assert client.get(add).status_code == 200


def test_after_a_rename_the_check_reminder_goes_to_the_editor(
    ramblers, walk, editor, smtp, django_capture_on_commit_callbacks
):
    rename(ramblers)
    # Last checked long enough ago to be due a check soon.
    ActivityPage.objects.filter(pk=walk.pk).update(
        last_checked=timezone.localdate() - timedelta(days=85),
        review_due_on=timezone.localdate() + timedelta(days=5),
    )

    # The reminder is queued in the outbox and sent once the run's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("check_listings", stdout=StringIO())

    [reminder] = mail_to(smtp, EDITOR)
    assert "Saturday park walk" in reminder["subject"]
    assert not mail_to(smtp, ramblers.email)


def test_after_a_rename_a_problem_report_email_goes_to_the_editor(
    ramblers, walk, editor, make_user, smtp, django_capture_on_commit_callbacks
):
    make_user("priya", DIRECTORY_TEAM)
    rename(ramblers)

    with django_capture_on_commit_callbacks(execute=True):
        create_report(
            walk,
            kind=ProblemReport.Kind.CHANGED,
            details="It is on Sundays now.",
            name="",
            email="",
            language="en",
        )

    # One email each, to the editor and to the directory team.
    messages = smtp.inbox.messages
    assert sorted(address for message in messages for address in message["to"]) == sorted(
        [EDITOR, "priya@kellbrook.example"]
    )
    assert all("Saturday park walk" in message["subject"] for message in messages)


def test_after_a_rename_a_referral_for_its_activity_reaches_the_editor(
    client, ramblers, walk, editor, smtp, django_capture_on_commit_callbacks
):
    rename(ramblers)

    with django_capture_on_commit_callbacks(execute=True):
        send(client, start_query=f"?activity={walk.pk}&kind=try&from=activity")

    referral = Referral.objects.get()
    [announcement] = mail_to(smtp, EDITOR)
    assert referral.reference in announcement["subject"] + announcement["body"]
    client.force_login(editor)
    assert referral.reference in client.get("/admin/referrals/").content.decode()


def test_after_a_rename_the_editor_still_sees_its_feed_sources(client, ramblers, editor):
    Source.objects.create(organisation=ramblers, name="Ramblers' walks calendar", kind="ical")
    rename(ramblers)

    client.force_login(editor)
    page = client.get(reverse("wagtailsnippets_feeds_source:list")).content.decode()

    assert "Ramblers&#x27; walks calendar" in page


def test_an_organisation_named_like_another_gets_its_own_editors(client, ramblers, editor):
    rename(ramblers, "Fenmoor Walkers")
    # A new group takes the old name; under today's code it would have been handed
    # the Ramblers' existing group, and its editors.
    newcomers = OrganisationPageFactory(
        parent=ramblers.get_parent(), title="Fenmoor Ramblers", slug="new-ramblers"
    )
    new_group = ensure_editors_group(newcomers)
    old_group = editors_group(ramblers)

    assert new_group != old_group
    assert list(organisation_editors(newcomers)) == []
    client.force_login(editor)
    add = reverse("wagtailadmin_pages:add", args=["directory", "activitypage", newcomers.pk])
    assert client.get(add).status_code != 200
    # Another rename back to a name in use keeps the groups apart too.
    rename(ramblers, "Fenmoor Ramblers")
    old_group.refresh_from_db()
    assert old_group.name == f"Fenmoor Ramblers editors ({ramblers.pk})"
    assert editors_group(ramblers) == old_group


def test_the_directory_team_are_not_counted_as_an_organisations_editors(
    ramblers, editor, make_user
):
    ensure_directory_review(ramblers.get_parent())
    team_member = make_user("priya", DIRECTORY_TEAM)
    away = make_user("gone", editors_group(ramblers))
    away.is_active = False
    away.save()

    assert list(organisation_editors(ramblers)) == [editor]
    assert not organisations_edited_by(team_member).exists()
    assert not organisations_edited_by(away).exists()
