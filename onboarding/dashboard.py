"""The editor's dashboard: their own organisation, what needs doing first."""

from django.db.models import F

from wagtail.admin.ui.components import Component

from directory.freshness import ListingState, listing_state
from directory.models import ActivityPage, ProblemReport, RoomForNewcomers
from directory.permissions import organisations_edited_by


class OrganisationPanel(Component):
    """One organisation: "Add an activity", its open problem reports, and its
    listings with those due a check first."""

    template_name = "onboarding/admin/organisation_panel.html"
    order = 10  # above Wagtail's own panels

    def __init__(self, organisation):
        self.organisation = organisation

    @property
    def name(self):
        return f"organisation_{self.organisation.pk}"

    def get_context_data(self, parent_context):
        organisation = self.organisation
        activities = ActivityPage.objects.child_of(organisation).order_by(
            F("review_due_on").asc(nulls_last=True), "title"
        )
        rooms = {
            room.listing: room
            for room in RoomForNewcomers.current().filter(
                listing__in=[activity.translation_key for activity in activities]
            )
        }
        listings = [
            (activity, listing_state(activity), rooms.get(activity.translation_key))
            for activity in activities
        ]
        return {
            # A panel renders apart from the page: its one-click forms need the token.
            "csrf_token": parent_context.get("csrf_token"),
            "organisation": organisation,
            "listings": listings,
            "answers": RoomForNewcomers.Answer.choices,
            "due": sum(state != ListingState.CURRENT for _activity, state, _room in listings),
            "open_reports": ProblemReport.objects.filter(
                organisation=organisation, status=ProblemReport.Status.OPEN
            ).count(),
        }


def organisation_panels(user):
    return [OrganisationPanel(organisation) for organisation in organisations_edited_by(user)]
