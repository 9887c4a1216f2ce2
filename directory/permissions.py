"""Who may edit what in the directory, with Wagtail's own page permissions.

Each organisation has an editors group that may add and change pages beneath
its organisation page, in every language, but not publish them. Publishing
goes through the "Directory review" workflow, whose one task the directory
team approves. The directory team may edit and publish anything in the
directory.

"Who edits this organisation" has one answer, `organisation_editors`: the
people whose groups may change its page through a permission on that page
itself (in any of its languages). It follows the page, never the title, so
renaming an organisation changes nothing about who edits it or who is told.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.languages import staff_language
from directory.models import OrganisationPage

DIRECTORY_TEAM = "Directory team"
REVIEW_WORKFLOW = "Directory review"
EDIT = ["add_page", "change_page"]
EDIT_AND_PUBLISH = [*EDIT, "publish_page"]


def is_directory_team(user):
    return user.is_superuser or user.groups.filter(name=DIRECTORY_TEAM).exists()


def _change_permissions():
    """Wagtail's permission to change a page, granted on the page itself
    (inherited rights, like the directory team's on the find page, are not)."""
    return GroupPagePermission.objects.filter(
        permission__content_type__app_label="wagtailcore", permission__codename="change_page"
    )


def organisation_editors(organisation):
    """Active users who may change the organisation's page, in any of its
    languages, through a group permission on that page."""
    groups = _change_permissions().filter(page__translation_key=organisation.translation_key)
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=groups.values("group"))
        .distinct()
    )


def staff_addresses(organisation, include_team=False):
    """[(email, language)] for an email to the organisation's editors (and the
    directory team), one per person in the language they chose for the admin;
    the organisation's own address, in the site's language, when it has no editors."""
    users = list(organisation_editors(organisation))
    if include_team:
        users += get_user_model().objects.filter(is_active=True, groups__name=DIRECTORY_TEAM)
    addresses = {user.email: staff_language(user) for user in users if user.email}
    if not addresses and organisation.email:
        addresses[organisation.email] = settings.LANGUAGE_CODE
    return sorted(addresses.items())


def organisations_edited_by(user):
    """The organisations (in the default language) `user` is an editor of."""
    if not user.is_active:
        return OrganisationPage.objects.none()
    keys = _change_permissions().filter(group__user=user).values("page__translation_key")
    return OrganisationPage.objects.filter(locale=Locale.get_default(), translation_key__in=keys)


def editors_group(organisation):
    """The organisation's own editors group, found by its page permission: the
    oldest group that may change this organisation's page and no other page."""
    key = organisation.translation_key
    elsewhere = GroupPagePermission.objects.exclude(page__translation_key=key)
    return (
        Group.objects.filter(
            pk__in=_change_permissions().filter(page__translation_key=key).values("group")
        )
        .exclude(pk__in=elsewhere.values("group"))
        .order_by("pk")
        .first()
    )


def _group_name(organisation, group=None):
    """The group's display name follows the title; when another group already
    has that name (Django's are unique), the page's id tells them apart."""
    name = f"{organisation.title[:130]} editors"
    if Group.objects.filter(name=name).exclude(pk=group.pk if group else None).exists():
        name = f"{organisation.title[:110]} editors ({organisation.pk})"
    return name


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
    # Closure days are entered once, by the team, for every activity.
    team.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="directory",
            codename__in=["add_closureday", "change_closureday", "delete_closureday"],
        )
    )
    task, _created = GroupApprovalTask.objects.get_or_create(name="Directory team approval")
    task.groups.add(team)
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for translation in find_page.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(page=translation, defaults={"workflow": workflow})
    return team


def ensure_editors_group(organisation):
    """The organisation's own editors: everything under its page, in every
    language it is translated into, and nothing else. Created once, then found
    by its permission; safe to call again, for example when the organisation
    is renamed or a new translation of it is published."""
    source = (
        organisation.get_translations(inclusive=True)
        .filter(locale=Locale.get_default())
        .specific()
        .first()
        or organisation
    )
    group = editors_group(source)
    if group is None:
        group = _admin_group(_group_name(source))
    elif group.name != _group_name(source, group):
        group.name = _group_name(source, group)
        group.save(update_fields=["name"])
    _grant(group, source, EDIT)
    return group
