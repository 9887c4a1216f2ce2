from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from directory.forms import CloseProblemReportForm
from directory.freshness import listing_state
from directory.models import ActivityPage, OrganisationPage, ProblemReport
from directory.permissions import is_directory_team
from directory.problems import can_see_reports, close_report, visible_reports

REPORTS_PER_PAGE = 50


class ListingsToCheckView(ReportView):
    """Overdue listings, oldest first: the directory team's list to chase."""

    page_title = _("Listings to check")
    header_icon = "warning"
    index_url_name = "listings_to_check"
    index_results_url_name = "listings_to_check_results"
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

    def dispatch(self, request, *args, **kwargs):
        if not is_directory_team(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

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


class ProblemReportFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any")), *ProblemReport.Status.choices],
        required=False,
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=None, required=False, empty_label=_("Any")
    )

    def __init__(self, *args, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = OrganisationPage.objects.filter(
            pk__in=reports.values("organisation")
        ).order_by("title")

    def filter(self, reports):
        if not self.is_valid():
            return reports.none()
        if self.cleaned_data["status"]:
            reports = reports.filter(status=self.cleaned_data["status"])
        if self.cleaned_data["organisation"]:
            reports = reports.filter(organisation=self.cleaned_data["organisation"])
        return reports


class ProblemReportsMixin(WagtailAdminTemplateMixin):
    """Organisation editors see reports about their own listings; the directory
    team and administrators see them all."""

    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ProblemReportsView(ProblemReportsMixin, TemplateView):
    template_name = "directory/admin/problem_reports.html"
    page_title = _("Problem reports")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reports = visible_reports(self.request.user)
        form = ProblemReportFilterForm(self.request.GET or None, reports=reports)
        if form.is_bound:
            reports = form.filter(reports)
        page = Paginator(reports, REPORTS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(filter_form=form, page_obj=page, reports=page.object_list)
        return context


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
