from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from core.admin_menu import RestrictedMenuItem
from directory.permissions import is_directory_team
from directory.waiting import Waiting
from onboarding.admin_views import ListingRequestsView, ListingRequestView
from onboarding.dashboard import organisation_panels
from onboarding.models import ListingRequest


@hooks.register("register_admin_urls")
def listing_request_urls():
    return [
        path("listing-requests/", ListingRequestsView.as_view(), name="listing_requests"),
        path(
            "listing-requests/results/",
            ListingRequestsView.as_view(results_only=True),
            name="listing_requests_results",
        ),
        path("listing-requests/<int:pk>/", ListingRequestView.as_view(), name="listing_request"),
    ]


@hooks.register("register_admin_menu_item")
def listing_requests_menu_item():
    return RestrictedMenuItem(
        _("Groups asking to join"),
        reverse("listing_requests") + "?status=waiting",
        icon_name="group",
        order=265,
        shown_to=is_directory_team,
    )


@hooks.register("construct_homepage_panels")
def add_organisation_panels(request, panels):
    panels.extend(organisation_panels(request.user))


@hooks.register("register_waiting_work")
def groups_asking_to_join(user):
    if not is_directory_team(user):
        return []
    requests = ListingRequest.objects.filter(status=ListingRequest.Status.WAITING)
    return [
        Waiting(
            kind=request.get_kind_display(),
            title=request.organisation_name,
            since=request.created_at,
            url=reverse("listing_request", args=[request.pk]),
        )
        for request in requests
    ]
