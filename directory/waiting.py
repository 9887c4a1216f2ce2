"""Everything waiting for the directory team, in one list, oldest first.

Changes waiting in the review workflow come from Wagtail's own task states,
and the team approves several at once with the "Approve" bulk action
(`ApproveBulkAction`). Other queues say what they have waiting through the
"register_waiting_work" hook: a function of the user returning `Waiting`
items, so the directory app never imports the apps built on it.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.models import Page, TaskState

from directory.models import ProblemReport
from directory.problems import visible_reports

HOOK = "register_waiting_work"


@dataclass(frozen=True)
class Waiting:
    kind: str
    title: str
    since: datetime
    url: str
    # A page whose review task the user may approve: it can be approved in bulk.
    page_id: int | None = None

    @property
    def age(self):
        days = (timezone.now() - self.since).days
        if days < 1:
            return _("Less than a day")
        return ngettext("%(count)s day", "%(count)s days", days) % {"count": days}


def changes_to_review(user):
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(
            status=TaskState.STATUS_IN_PROGRESS,
            # Pages only: a snippet's workflow names its object by another id.
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        )
        .select_related("workflow_state")
    )
    started = {int(state.workflow_state.object_id): state.started_at for state in states}
    pages = Page.objects.filter(pk__in=started).specific().select_related("locale")
    return [
        Waiting(
            kind=_("Changes to a live page") if page.live else _("Page not yet live"),
            title=page.get_admin_display_title(),
            since=started[page.pk],
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            page_id=page.pk,
        )
        for page in pages
    ]


def open_problem_reports(user):
    reports = visible_reports(user).filter(status=ProblemReport.Status.OPEN)
    return [
        Waiting(
            kind=_("Problem report"),
            title=report.activity.title,
            since=report.created_at,
            url=reverse("problem_report", args=[report.pk]),
        )
        for report in reports
    ]


def waiting_for(user):
    items = [*changes_to_review(user), *open_problem_reports(user)]
    for waiting_work in hooks.get_hooks(HOOK):
        items.extend(waiting_work(user))
    return sorted(items, key=lambda item: item.since)


class ApproveBulkAction(PageBulkAction):
    """Approves the review task of each chosen page, as the workflow's own
    "Approve" would: logged, and published when it was the last task."""

    display_name = gettext_lazy("Approve")
    action_type = "approve"
    aria_label = gettext_lazy("Approve the chosen changes")
    template_name = "directory/admin/confirm_bulk_approve.html"
    action_priority = 30

    def check_perm(self, page):
        task_state = page.current_workflow_task_state
        if task_state is None:
            return False
        actions = task_state.task.specific.get_actions(page, self.request.user)
        return any(name == "approve" for name, *_ in actions)

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        approved = 0
        for page in objects:
            task_state = page.current_workflow_task_state
            task_state.task.specific.on_action(task_state, user, "approve")
            approved += 1
        return approved, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)s change approved", "%(count)s changes approved", num_parent_objects
        ) % {"count": num_parent_objects}
