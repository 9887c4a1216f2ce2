"""One list of everything waiting for the directory team, with its age, and
several changes approved at once (issue 18, point 7)."""

import re
import uuid
from datetime import timedelta

import pytest

from django.utils import timezone

from wagtail.models import Page, TaskState

from directory.factories import ActivityPageFactory
from directory.models import ProblemReport
from directory.permissions import DIRECTORY_TEAM, ensure_directory_review, ensure_editors_group
from onboarding.models import ListingRequest

pytestmark = pytest.mark.django_db

WAITING = "/admin/waiting/"


def unpublished(organisation, title):
    activity = ActivityPageFactory(parent=organisation, title=title)
    Page.objects.filter(pk=activity.pk).update(live=False)
    activity.refresh_from_db()
    return activity


def submitted(organisation, editor, title, days_ago):
    """A listing an organisation's editor made and sent for review `days_ago`."""
    activity = unpublished(organisation, title)
    revision = activity.save_revision(user=editor)
    activity.get_workflow().start(activity, editor)
    TaskState.objects.filter(revision=revision).update(
        started_at=timezone.now() - timedelta(days=days_ago)
    )
    return activity


@pytest.fixture
def team(make_user, find_page):
    ensure_directory_review(find_page)
    return make_user("priya", DIRECTORY_TEAM)


@pytest.fixture
def editor(make_user, organisation):
    return make_user("sam", ensure_editors_group(organisation))


def rows(response):
    """Each row of the list, as its text."""
    body = re.search(r"<tbody>(.*)</tbody>", response.content.decode(), re.S)
    cells = re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S) if body else []
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in cells]


def test_everything_waiting_is_in_one_list_oldest_first_with_its_age(
    client, team, editor, organisation
):
    submitted(organisation, editor, "Chair yoga", days_ago=9)
    published = ActivityPageFactory(parent=organisation, title="Tea dance")
    ProblemReport.objects.create(
        activity=published,
        organisation=organisation,
        kind="changed",
        details="It moved to the library.",
        language="en",
        created_at=timezone.now() - timedelta(days=3),
    )
    ListingRequest.objects.create(
        kind="new",
        organisation_name="Millfield Allotment Society",
        language="bn",
        submission=uuid.uuid4(),
        created_at=timezone.now() - timedelta(hours=5),
    )

    client.force_login(team)
    response = client.get(WAITING)

    assert response.status_code == 200
    # The demo borough has its own waiting; these are this test's.
    ours = [row for row in rows(response) if re.search("Chair yoga|Tea dance|Millfield", row)]
    assert ours == [
        "Approve “Chair yoga” Page not yet live Chair yoga 9 days",
        "Problem report Tea dance 3 days",
        "Add our group Millfield Allotment Society Less than a day",
    ]


def test_the_team_approves_several_changes_at_once_without_javascript(
    client, team, editor, organisation
):
    yoga = submitted(organisation, editor, "Chair yoga", days_ago=2)
    dance = submitted(organisation, editor, "Tea dance", days_ago=1)
    draft = unpublished(organisation, "Not sent yet")
    client.force_login(team)

    # The list's form asks Wagtail's bulk action to confirm...
    url = f"/admin/bulk/wagtailcore/page/approve/?next={WAITING}"
    query = f"&id={yoga.pk}&id={dance.pk}&id={draft.pk}"
    confirm = client.get(url + query).content.decode()
    assert "Chair yoga" in confirm and "Tea dance" in confirm
    assert "These are not waiting for your approval" in confirm

    # ...then approves: each is published by its workflow, and logged.
    response = client.post(url + query, follow=True)
    assert response.redirect_chain[-1][0] == WAITING
    assert "2 changes approved" in response.content.decode()
    for page in (yoga, dance):
        page.refresh_from_db()
        assert page.live and not page.workflow_in_progress
    draft.refresh_from_db()
    assert not draft.live
    assert not [row for row in rows(client.get(WAITING)) if "Chair yoga" in row]


def test_only_the_directory_team_sees_the_list_or_approves(client, team, editor, organisation):
    yoga = submitted(organisation, editor, "Chair yoga", days_ago=2)
    client.force_login(editor)

    assert client.get(WAITING).status_code in (302, 403)
    assert "Waiting for the team" not in client.get("/admin/").content.decode()
    client.post(f"/admin/bulk/wagtailcore/page/approve/?id={yoga.pk}")
    yoga.refresh_from_db()
    assert not yoga.live and yoga.workflow_in_progress
