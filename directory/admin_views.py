from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from directory.freshness import listing_state
from directory.models import ActivityPage
from directory.permissions import DIRECTORY_TEAM


def is_directory_team(user):
    return user.is_superuser or user.groups.filter(name=DIRECTORY_TEAM).exists()


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
