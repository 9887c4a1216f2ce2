"""Group editors look after their own listings; the directory team approves them.

All through Wagtail's page permissions and its "Directory review" workflow.
"""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Locale

from directory.models import ActivityPage, OrganisationPage
from directory.permissions import DIRECTORY_TEAM, REVIEW_WORKFLOW, editors_group

pytestmark = pytest.mark.django_db


def organisation(number):
    """The demo directory's organisations in the order they are listed."""
    return OrganisationPage.objects.filter(locale=Locale.get_default()).order_by("path")[number]


@pytest.fixture
def ours():
    return organisation(0)


@pytest.fixture
def theirs():
    return organisation(1)


@pytest.fixture
def group_editor(django_user_model, ours):
    user = django_user_model.objects.create_user("sam", password="x")
    user.groups.add(editors_group(ours))
    return user


@pytest.fixture
def directory_team_member(django_user_model):
    user = django_user_model.objects.create_user("priya", password="x")
    user.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    return user


def first_activity(organisation):
    return ActivityPage.objects.child_of(organisation).first()


def test_group_editors_can_edit_only_their_own_organisations_listings(
    client, group_editor, ours, theirs
):
    client.force_login(group_editor)

    own = client.get(f"/admin/pages/{first_activity(ours).pk}/edit/")
    other = client.get(f"/admin/pages/{first_activity(theirs).pk}/edit/")
    add_own = client.get(f"/admin/pages/add/directory/activitypage/{ours.pk}/")
    add_other = client.get(f"/admin/pages/add/directory/activitypage/{theirs.pk}/")

    assert own.status_code == 200
    assert add_own.status_code == 200
    assert other.status_code != 200
    assert add_other.status_code != 200


def test_group_editors_cannot_publish_and_their_changes_go_to_review(
    group_editor, directory_team_member, ours
):
    activity = first_activity(ours)
    permissions = activity.permissions_for_user(group_editor)

    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert activity.get_workflow().name == REVIEW_WORKFLOW
    assert activity.permissions_for_user(directory_team_member).can_publish()


def test_a_change_goes_live_once_the_directory_team_approves_it(
    group_editor, directory_team_member, ours
):
    activity = first_activity(ours)
    activity.summary = "Now with a second weekly session."
    revision = activity.save_revision(user=group_editor)
    workflow_state = activity.get_workflow().start(activity, group_editor)

    assert ActivityPage.objects.get(pk=activity.pk).summary != "Now with a second weekly session."
    task = workflow_state.current_task_state.task.specific
    assert "approve" in [action[0] for action in task.get_actions(activity, directory_team_member)]
    assert task.get_actions(activity, group_editor) == []

    task.on_action(workflow_state.current_task_state, directory_team_member, "approve")

    live = ActivityPage.objects.get(pk=activity.pk)
    assert live.summary == "Now with a second weekly session."
    assert live.live_revision_id == revision.pk


def test_a_new_translation_of_an_organisation_is_its_editors_to_look_after(group_editor, ours):
    ukrainian = Locale.objects.get(language_code="uk")
    # The demo has translated it already: start again from a new translation.
    if (existing := ours.get_translation_or_none(ukrainian)) is not None:
        existing.delete()
    for ancestor in ours.get_ancestors().filter(depth__gte=2).specific():
        if ancestor.get_translation_or_none(ukrainian) is None:
            ancestor.copy_for_translation(ukrainian).save_revision().publish()
    translation = ours.copy_for_translation(ukrainian)
    translation.save_revision().publish()

    assert translation.permissions_for_user(group_editor).can_edit()
    assert translation.permissions_for_user(group_editor).can_add_subpage()
