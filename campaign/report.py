"""The campaign report: scans and what followed, by entry point, placement, phase
and day. Counts only: nothing here can identify a person."""

import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from campaign.attribution import referral_counts
from campaign.models import EntryPoint, NextStep, NextStepCount, ScanCount, days_between
from core.charts import bars
from core.spreadsheets import write_csv


@dataclass
class Row:
    label: str
    scans: int = 0
    searches: int = 0
    activity_views: int = 0
    referrals: int = 0


@dataclass
class Report:
    first_day: object
    last_day: object
    entry_points: list = field(default_factory=list)
    placements: list = field(default_factory=list)
    phases: list = field(default_factory=list)
    days: list = field(default_factory=list)

    def scan_bars(self, rows):
        return bars((row.label, row.scans) for row in rows)


def build_report(first_day=None, last_day=None):
    last_day = last_day or timezone.localdate()
    first_day = first_day or last_day - timedelta(days=29)
    entry_points = list(EntryPoint.objects.select_related("phase").order_by("code"))
    scans = Counter()
    scans_by_day = Counter()
    for row in (
        ScanCount.objects.filter(day__range=(first_day, last_day))
        .values("entry_point_id", "day")
        .annotate(total=Sum("count"))
    ):
        scans[row["entry_point_id"]] += row["total"]
        scans_by_day[row["day"]] += row["total"]
    steps = defaultdict(Counter)
    for row in (
        NextStepCount.objects.filter(day__range=(first_day, last_day))
        .values("entry_point_id", "step")
        .annotate(total=Sum("count"))
    ):
        steps[row["entry_point_id"]][row["step"]] += row["total"]
    referrals = referral_counts()

    rows = []
    by_placement, by_phase = {}, {}
    for entry_point in entry_points:
        row = Row(
            label=str(entry_point),
            scans=scans[entry_point.pk],
            searches=steps[entry_point.pk][NextStep.SEARCH],
            activity_views=steps[entry_point.pk][NextStep.ACTIVITY],
            referrals=referrals.get(entry_point.code, 0),
        )
        rows.append(row)
        placement = by_placement.setdefault(
            entry_point.placement, Row(label=entry_point.get_placement_display())
        )
        phase_name = entry_point.phase.name if entry_point.phase else _("No phase")
        phase = by_phase.setdefault(phase_name, Row(label=phase_name))
        for total in (placement, phase):
            total.scans += row.scans
            total.searches += row.searches
            total.activity_views += row.activity_views
            total.referrals += row.referrals
    days = [
        Row(label=day.isoformat(), scans=scans_by_day[day])
        for day in days_between(first_day, last_day)
    ]
    return Report(
        first_day=first_day,
        last_day=last_day,
        entry_points=rows,
        placements=list(by_placement.values()),
        phases=list(by_phase.values()),
        days=days,
    )


def report_csv(report):
    buffer = io.StringIO()
    write_csv(buffer, report_rows(report))
    return buffer.getvalue()


def report_rows(report):
    header = [_("Scans"), _("Directory searches"), _("Activity views"), _("Self-referrals")]
    for title, rows in [
        (_("Entry point"), report.entry_points),
        (_("Placement"), report.placements),
        (_("Phase"), report.phases),
    ]:
        yield [title, *header]
        for row in rows:
            yield [row.label, row.scans, row.searches, row.activity_views, row.referrals]
        yield []
    yield [_("Day"), _("Scans")]
    for row in report.days:
        yield [row.label, row.scans]
