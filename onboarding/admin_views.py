"""The directory team's queue of groups asking to join, and one request's page."""

import django_filters

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_listings import ListingView
from directory.admin_views import DirectoryTeamOnlyMixin
from onboarding.listing_requests import approve, decline
from onboarding.models import ListingRequest


class ListingRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ListingRequest.Status.choices)
    kind = django_filters.ChoiceFilter(label=_("Request"), choices=ListingRequest.Kind.choices)

    class Meta:
        model = ListingRequest
        fields = []


class ListingRequestsView(DirectoryTeamOnlyMixin, ListingView):
    model = ListingRequest
    page_title = _("Groups asking to join")
    header_icon = "group"
    index_url_name = "listing_requests"
    index_results_url_name = "listing_requests_results"
    filterset_class = ListingRequestFilterSet
    paginate_by = 50
    # Oldest first: the one waiting longest is seen to first.
    default_ordering = "created_at"
    export_filename = "listing-requests"
    # No contact details in the list or the download: they stay on the request.
    list_export = ["organisation_name", "kind", "created_at", "age", "status"]
    columns = [
        TitleColumn("organisation_name", label=_("Organisation"), url_name="listing_request"),
        Column("kind", label=_("Request"), accessor="get_kind_display"),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        Column("age", label=_("Waiting for"), accessor=lambda item: timesince(item.created_at)),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
    ]


class ListingRequestView(DirectoryTeamOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "onboarding/admin/listing_request.html"
    header_icon = "group"

    @cached_property
    def listing_request(self):
        # Looked up once the team check has passed: others learn nothing of which exist.
        return get_object_or_404(ListingRequest, pk=self.kwargs["pk"])

    def get_page_title(self):
        return self.listing_request.organisation_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("listing_requests"), "label": _("Groups asking to join")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "listing_request": self.listing_request}

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        if decision == "approve":
            if approve(self.listing_request, request.user):
                messages.success(
                    request, _("Approved. We have emailed them an invitation to choose a password.")
                )
        elif decision == "decline" and decline(self.listing_request, request.user):
            messages.success(request, _("Declined."))
        return redirect(request.path)
