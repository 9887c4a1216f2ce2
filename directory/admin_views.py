import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from core.admin_listings import ListingView
from core.charts import bars
from core.spreadsheets import SafeSpreadsheetExportMixin, write_csv
from directory import gaps
from directory.forms import CloseProblemReportForm, ReportPeriodForm
from directory.freshness import listing_state
from directory.models import ActivityPage, OrganisationPage, ProblemReport, RoomForNewcomers
from directory.permissions import is_directory_team
from directory.problems import can_see_reports, close_report, visible_reports
from directory.waiting import waiting_for

REPORTS_PER_PAGE = 50


class DirectoryTeamOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_directory_team(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def organisations(request=None):
    return OrganisationPage.objects.filter(locale=Locale.get_default()).order_by("title")


class ListingsToCheckFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=organisations, method="filter_organisation"
    )

    class Meta:
        model = ActivityPage
        fields = []

    def filter_organisation(self, queryset, name, organisation):
        return queryset.child_of(organisation)


class ListingsToCheckView(DirectoryTeamOnlyMixin, SafeSpreadsheetExportMixin, ReportView):
    """Overdue listings, oldest first: the directory team's list to chase."""

    page_title = _("Listings to check")
    header_icon = "warning"
    index_url_name = "listings_to_check"
    index_results_url_name = "listings_to_check_results"
    filterset_class = ListingsToCheckFilterSet
    list_export = ["title", "organisation_name", "last_checked", "review_due_on", "state"]
    export_headings = {
        "organisation_name": _("Organisation"),
        "last_checked": _("Last checked"),
        "review_due_on": _("Check was due"),
        "state": _("State"),
    }
    columns = [
        TitleColumn("title", label=_("Activity"), url_name="wagtailadmin_pages:edit"),
        Column("organisation_name", label=_("Organisation"), accessor="organisation_name"),
        DateColumn("last_checked", label=_("Last checked")),
        DateColumn("review_due_on", label=_("Check was due")),
        Column("state", label=_("State"), accessor=lambda activity: activity.state.label),
    ]

    def get_queryset(self):
        return (
            ActivityPage.objects.live()
            .filter(locale=Locale.get_default(), review_due_on__lte=timezone.localdate())
            .order_by("review_due_on")
        )

    def decorate_paginated_queryset(self, object_list):
        for activity in object_list:
            activity.state = listing_state(activity)
        return object_list


def csv_download(filename, rows):
    """The same conventions as the other reports' CSV: UTF-8, one file per table."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    write_csv(response, rows)
    return response


def searches_csv(period):
    yield [_("Breakdown"), _("Value"), _("Searches")]
    for table in gaps.zero_result_searches(period["first_day"], period["last_day"], top=None):
        for row in table.rows:
            yield [table.caption, row.label, row.value]


def area_interest_csv():
    table = gaps.area_by_interest()
    yield [_("Area"), *table.interests]
    for area, cells in table.rows:
        yield [area, *(cell.count for cell in cells)]


def audience_csv():
    table = gaps.by_audience()
    yield [table.heading, _("Activities")]
    for row in table.rows:
        yield [row.label, row.value]


def stale_csv():
    yield [_("Organisation"), _("Due soon"), _("Overdue"), _("Out of search"), _("Total")]
    for listings in gaps.stale_by_organisation():
        yield [
            listings.organisation.title,
            listings.due_soon,
            listings.overdue,
            listings.out_of_search,
            listings.total,
        ]


class MappingAndGappingView(DirectoryTeamOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Where the directory has gaps: searches that found nothing, activities by
    area, interest and audience, and listings that need a check."""

    template_name = "directory/admin/mapping_and_gapping.html"
    page_title = _("Mapping and gapping")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, section=None, **kwargs):
        period = ReportPeriodForm(request.GET)
        if not period.is_valid():
            context = self.get_context_data(period=period)
            return self.render_to_response(context, status=400)
        if section is not None:
            return self.download(section, period.cleaned_data)
        return self.render_to_response(self.get_context_data(period=period))

    def download(self, section, period):
        today = timezone.localdate()
        if section == "searches":
            filename = f"zero-result-searches-{period['first_day']}-{period['last_day']}.csv"
            return csv_download(filename, searches_csv(period))
        sections = {
            "area-interest": ("activities-by-area-and-interest", area_interest_csv),
            "audience": ("activities-by-audience", audience_csv),
            "listings-to-check": ("listings-to-check-by-organisation", stale_csv),
        }
        if section not in sections:
            raise Http404
        name, rows = sections[section]
        return csv_download(f"{name}-{today}.csv", rows())

    def get_context_data(self, period, **kwargs):
        context = super().get_context_data(**kwargs)
        if period.is_valid():
            data = period.cleaned_data
            context["search_tables"] = gaps.zero_result_searches(
                data["first_day"], data["last_day"], data["top"]
            )
            context["searches_total"] = gaps.zero_result_search_total(
                data["first_day"], data["last_day"]
            )
            context["period_query"] = urlencode(data)
            # Show the period used, defaults filled in.
            period = ReportPeriodForm(initial=data)
        stale = gaps.stale_by_organisation()
        return {
            **context,
            "period": period,
            "area_interest": gaps.area_by_interest(),
            "audiences": gaps.by_audience(),
            "stale": stale,
            "stale_bars": bars((listings.organisation.title, listings.total) for listings in stale),
        }


class WaitingView(DirectoryTeamOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Everything waiting for the directory team, oldest first (directory/waiting.py)."""

    template_name = "directory/admin/waiting.html"
    page_title = _("Waiting for the team")
    header_icon = "time"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        items = waiting_for(self.request.user)
        return {
            **super().get_context_data(**kwargs),
            "items": items,
            "can_approve": any(item.page_id for item in items),
        }


class RoomForNewcomersView(View):
    """One click on the dashboard: is there room for newcomers this week?"""

    def post(self, request, pk):
        activity = get_object_or_404(ActivityPage, pk=pk)
        if not activity.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        answer = request.POST.get("newcomers")
        if answer not in RoomForNewcomers.Answer.values:
            return HttpResponseBadRequest(_("Choose one of the answers."))
        RoomForNewcomers.say(activity, answer, user=request.user)
        messages.success(
            request,
            _("“%(title)s”: residents see “%(answer)s” for the next seven days.")
            % {"title": activity.title, "answer": RoomForNewcomers.Answer(answer).label},
        )
        return redirect("wagtailadmin_home")


def reported_organisations(request):
    """The organisations the user has reports about, for the filter."""
    reports = visible_reports(request.user) if request else ProblemReport.objects.none()
    return OrganisationPage.objects.filter(pk__in=reports.values("organisation")).order_by("title")


class ProblemReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ProblemReport.Status.choices)
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=reported_organisations
    )

    class Meta:
        model = ProblemReport
        fields = []


class ProblemReportsMixin(WagtailAdminTemplateMixin):
    """Organisation editors see reports about their own listings; the directory
    team and administrators see them all."""

    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ProblemReportsView(ProblemReportsMixin, ListingView):
    model = ProblemReport
    page_title = _("Problem reports")
    index_url_name = "problem_reports"
    index_results_url_name = "problem_reports_results"
    filterset_class = ProblemReportFilterSet
    paginate_by = REPORTS_PER_PAGE
    default_ordering = "-created_at"
    export_filename = "problem-reports"
    # What the list shows; the reporter's name, email and words stay on the report.
    list_export = ["activity", "organisation", "kind", "created_at", "status"]
    columns = [
        TitleColumn(
            "activity",
            label=_("Activity"),
            accessor=lambda report: report.activity.title,
            url_name="problem_report",
        ),
        Column("organisation", label=_("Organisation"), accessor="organisation.title"),
        Column("kind", label=_("Problem"), accessor="get_kind_display"),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
    ]

    def get_base_queryset(self):
        return visible_reports(self.request.user)


class ProblemReportView(ProblemReportsMixin, TemplateView):
    template_name = "directory/admin/problem_report.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        self.report = get_object_or_404(visible_reports(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Problem with “%(title)s”") % {"title": self.report.activity.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("problem_reports"), "label": _("Problem reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("close_form", CloseProblemReportForm())
        context["report"] = self.report
        return context

    def post(self, request, *args, **kwargs):
        if self.report.status == ProblemReport.Status.CLOSED:
            return redirect(request.path)
        form = CloseProblemReportForm(request.POST)
        if not form.is_valid():
            context = self.get_context_data(close_form=form)
            return self.render_to_response(context, status=400)
        close_report(self.report, request.user, form.cleaned_data["closing_note"])
        if self.report.email:
            messages.success(request, _("Report closed. The reporter will be sent your note."))
        else:
            messages.success(request, _("Report closed."))
        return redirect(request.path)
