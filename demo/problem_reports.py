"""Demo problem reports (demo/data/problem_reports.yaml), for `make run` only
(DEBUG): a few open and closed ones, so the admin's Problem reports is not empty."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from demo import data
from directory.models import ActivityPage, ProblemReport


@transaction.atomic
def load_demo_problem_reports():
    closer = get_user_model().objects.filter(username="organiser").first()
    for spec in data.read("problem_reports"):
        activity = ActivityPage.objects.filter(
            slug=spec["activity"], locale__language_code="en"
        ).first()
        if activity is None or activity.problem_reports.filter(details=spec["details"]).exists():
            continue
        created = timezone.now() + timedelta(days=data.days_from_today(spec["created"]))
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
