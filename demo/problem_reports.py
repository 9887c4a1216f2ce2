"""Demo problem reports, for `make run` only (DEBUG): a few open and closed ones,
so the admin's Problem reports is not empty. Reporters' emails are at example.org."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from demo.referrals import DEMO_ACTIVITY
from directory.models import ActivityPage, ProblemReport

DEMO_REPORTS = [
    {
        "activity": DEMO_ACTIVITY,
        "kind": "changed",
        "details": "The lunch club starts at 12:30 now, not 12:00.",
        "email": "rahima.begum@example.org",
        "language": "bn",
        "days_ago": 2,
    },
    {
        "activity": "saturday-park-walk",
        "kind": "wrong",
        "details": "The meeting point is the café gate, not the main gate.",
        "language": "en",
        "days_ago": 5,
    },
    {
        "activity": DEMO_ACTIVITY,
        "kind": "stopped",
        "details": "There was no session over the summer holidays.",
        "language": "en",
        "days_ago": 40,
        "closing_note": "It was a summer break; the listing now shows the break dates.",
    },
]


@transaction.atomic
def load_demo_problem_reports():
    closer = get_user_model().objects.filter(username="organiser").first()
    for spec in DEMO_REPORTS:
        activity = ActivityPage.objects.filter(
            slug=spec["activity"], locale__language_code="en"
        ).first()
        if activity is None or activity.problem_reports.filter(details=spec["details"]).exists():
            continue
        created = timezone.now() - timedelta(days=spec["days_ago"])
        closing_note = spec.get("closing_note", "")
        ProblemReport.objects.create(
            activity=activity,
            organisation=activity.organisation,
            kind=spec["kind"],
            details=spec["details"],
            email=spec.get("email", ""),
            language=spec["language"],
            created_at=created,
            status=ProblemReport.Status.CLOSED if closing_note else ProblemReport.Status.OPEN,
            closing_note=closing_note,
            closed_by=closer if closing_note else None,
            closed_at=created + timedelta(days=3) if closing_note else None,
            reply=ProblemReport.Reply.WAITING
            if spec.get("email")
            else ProblemReport.Reply.NOT_ASKED,
        )
