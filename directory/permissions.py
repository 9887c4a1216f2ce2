"""Who may edit what in the directory, with Wagtail's own page permissions.

Each organisation has an editors group that may add and change pages beneath
its organisation page, in every language, but not publish them. Publishing
goes through the "Directory review" workflow, whose one task the directory
team approves. The directory team may edit and publish anything in the
directory.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

DIRECTORY_TEAM = "Directory team"
REVIEW_WORKFLOW = "Directory review"
EDIT = ["add_page", "change_page"]
EDIT_AND_PUBLISH = [*EDIT, "publish_page"]


def is_directory_team(user):
    return user.is_superuser or user.groups.filter(name=DIRECTORY_TEAM).exists()


def editors_group_name(organisation):
    return f"{organisation.title} editors"


def _admin_group(name):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


def _grant(group, page, codenames):
    for translation in page.get_translations(inclusive=True):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=translation,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def ensure_directory_review(find_page):
    """The directory team, and the review workflow on the whole directory."""
    team = _admin_group(DIRECTORY_TEAM)
    _grant(team, find_page, EDIT_AND_PUBLISH)
    task, _created = GroupApprovalTask.objects.get_or_create(name="Directory team approval")
    task.groups.add(team)
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for translation in find_page.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(page=translation, defaults={"workflow": workflow})
    return team


def ensure_editors_group(organisation):
    """The organisation's own editors: everything under its page, in every
    language it is translated into, and nothing else. Safe to call again, for
    example when a new translation of the organisation is published."""
    source = (
        organisation.get_translations(inclusive=True)
        .filter(locale=Locale.get_default())
        .specific()
        .first()
        or organisation
    )
    group = _admin_group(editors_group_name(source))
    _grant(group, source, EDIT)
    return group
