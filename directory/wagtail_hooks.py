from django.dispatch import receiver
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter
from wagtail.search import index
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_menu import RestrictedMenuItem
from core.subjectaccess import Source
from directory.admin_views import (
    ListingsToCheckView,
    MappingAndGappingView,
    ProblemReportsView,
    ProblemReportView,
    RoomForNewcomersView,
    WaitingView,
)
from directory.models import (
    ActivityPage,
    Area,
    ClosureDay,
    OrganisationPage,
    ProblemReport,
    RoomForNewcomers,
    VenuePage,
)
from directory.permissions import ensure_editors_group, is_directory_team
from directory.problems import can_see_reports, report_export, visible_reports
from directory.translations import sync_translations
from directory.waiting import ApproveBulkAction


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    menu_label = _("Areas")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(AreaViewSet)


class ClosureDayViewSet(SnippetViewSet):
    """Bank holidays and borough-wide closures, entered once for every activity."""

    model = ClosureDay
    icon = "date"
    menu_label = _("Closure days")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["day", "name"]
    search_fields = ["name"]


register_snippet(ClosureDayViewSet)


@hooks.register("register_log_actions")
def register_newcomers_log_action(actions):
    @actions.register_action(RoomForNewcomers.LOG_ACTION)
    class RoomForNewcomersFormatter(LogFormatter):
        label = _("Room for newcomers answered")

        def format_message(self, log_entry):
            answer = log_entry.data.get("answer")
            if answer in RoomForNewcomers.Answer.values:
                return RoomForNewcomers.Answer(answer).label
            return self.label


@hooks.register("after_create_page")
def give_new_organisations_an_editors_group(request, page):
    if isinstance(page.specific, OrganisationPage):
        ensure_editors_group(page.specific)


@receiver(page_published, sender=OrganisationPage)
def let_editors_look_after_new_translations(sender, instance, **kwargs):
    # Translations made with wagtail-localize are created without the hook above.
    ensure_editors_group(instance)


@receiver(page_published, sender=OrganisationPage)
def index_the_organisations_activities(sender, instance, **kwargs):
    """Activities are found by their organisation's name too (organisation_name)."""
    for activity in ActivityPage.objects.child_of(instance):
        index.insert_or_update_object(activity)


@receiver(page_published)
def give_translations_the_new_facts(sender, instance, revision=None, **kwargs):
    if issubclass(sender, (OrganisationPage, VenuePage, ActivityPage)):
        sync_translations(instance, user=revision.user if revision else None)


@hooks.register("register_admin_urls")
def directory_report_urls():
    return [
        path("reports/listings-to-check/", ListingsToCheckView.as_view(), name="listings_to_check"),
        path(
            "reports/listings-to-check/results/",
            ListingsToCheckView.as_view(results_only=True),
            name="listings_to_check_results",
        ),
        path(
            "reports/mapping-and-gapping/",
            MappingAndGappingView.as_view(),
            name="mapping_and_gapping",
        ),
        path(
            "reports/mapping-and-gapping/<slug:section>.csv",
            MappingAndGappingView.as_view(),
            name="mapping_and_gapping_csv",
        ),
    ]


@hooks.register("register_admin_urls")
def waiting_urls():
    return [
        path("waiting/", WaitingView.as_view(), name="waiting_for_the_team"),
        path(
            "listings/<int:pk>/newcomers/",
            RoomForNewcomersView.as_view(),
            name="room_for_newcomers",
        ),
    ]


@hooks.register("register_admin_menu_item")
def waiting_menu_item():
    return RestrictedMenuItem(
        _("Waiting for the team"),
        reverse("waiting_for_the_team"),
        icon_name="time",
        order=260,
        shown_to=is_directory_team,
    )


hooks.register("register_bulk_action", ApproveBulkAction)


@hooks.register("register_reports_menu_item")
def listings_to_check_menu_item():
    return RestrictedMenuItem(
        _("Listings to check"),
        reverse("listings_to_check"),
        icon_name="warning",
        order=700,
        shown_to=is_directory_team,
    )


@hooks.register("register_reports_menu_item")
def mapping_and_gapping_menu_item():
    return RestrictedMenuItem(
        _("Mapping and gapping"),
        reverse("mapping_and_gapping"),
        icon_name="table",
        order=710,
        shown_to=is_directory_team,
    )


@hooks.register("register_admin_urls")
def problem_report_urls():
    return [
        path("problem-reports/", ProblemReportsView.as_view(), name="problem_reports"),
        path(
            "problem-reports/results/",
            ProblemReportsView.as_view(results_only=True),
            name="problem_reports_results",
        ),
        path("problem-reports/<int:pk>/", ProblemReportView.as_view(), name="problem_report"),
    ]


@hooks.register("register_admin_menu_item")
def problem_reports_menu_item():
    return RestrictedMenuItem(
        _("Problem reports"),
        reverse("problem_reports"),
        icon_name="warning",
        order=260,
        shown_to=can_see_reports,
    )


class OpenProblemReportsPanel(Component):
    """On the dashboard: how many reports about the editor's listings are open."""

    name = "open_problem_reports"
    template_name = "directory/admin/open_problem_reports_panel.html"
    order = 50

    def __init__(self, open_count):
        self.open_count = open_count

    def get_context_data(self, parent_context):
        return {"open_count": self.open_count}


@hooks.register("construct_homepage_panels")
def add_open_problem_reports_panel(request, panels):
    if can_see_reports(request.user):
        reports = visible_reports(request.user).filter(status=ProblemReport.Status.OPEN)
        panels.append(OpenProblemReportsPanel(reports.count()))


@hooks.register("register_personal_data")
def problem_reports_personal_data():
    return Source.logged_in_wagtail(
        key="problem_report",
        label=_("Problem report"),
        model=ProblemReport,
        describe=lambda report: f"{report.activity.title}, {report.created_at:%Y-%m-%d}",
        export=report_export,
        title=lambda report: f"Problem report {report.pk}",
    )
