"""Counts for commissioners: nothing in them can identify anyone."""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.charts import bars
from referrals.models import Referral, SourceKind, Status
from referrals.questions import QUESTIONS


@dataclass
class Table:
    slug: str
    caption: str
    heading: str
    rows: list  # core.charts.Bar

    @property
    def total(self):
        return sum(row.value for row in self.rows)


def _table(slug, caption, heading, counter, order=None):
    keys = order if order is not None else sorted(counter)
    return Table(slug, caption, heading, bars((label, counter[key]) for key, label in keys))


def _answers_table(statistic, referrals):
    """An answer counted: each code of a list once, else the value."""
    counter = Counter()
    for referral in referrals:
        value = getattr(referral, statistic.field)
        counter.update(value if isinstance(value, list) else [value])
    keys = [(code, statistic.label(code)) for code, _count in counter.most_common()]
    return _table(statistic.slug, statistic.caption, statistic.heading, counter, keys)


def referral_statistics():
    counted = [question.statistic for question in QUESTIONS if question.statistic]
    referrals = list(
        Referral.objects.select_related("area").only(
            "created_at",
            "source_kind",
            "area__name",
            "status",
            *(statistic.field for statistic in counted),
        )
    )
    months = Counter(r.created_at.strftime("%Y-%m") for r in referrals)
    sources = Counter(r.source_kind for r in referrals)
    areas = Counter(r.area.name if r.area else "" for r in referrals)
    outcomes = Counter(r.status for r in referrals)
    return [
        _table(
            "month", _("Referrals by month"), _("Month"), months, [(m, m) for m in sorted(months)]
        ),
        _table("source", _("Referrals by source"), _("Source"), sources, SourceKind.choices),
        _table(
            "area",
            _("Referrals by area"),
            _("Area"),
            areas,
            [(name, name or _("Not known")) for name in sorted(areas)],
        ),
        *(_answers_table(statistic, referrals) for statistic in counted),
        _table("outcome", _("Referrals by outcome"), _("Outcome"), outcomes, Status.choices),
    ]


def statistics_rows(tables):
    """One row per bar, for the spreadsheet download."""
    for table in tables:
        for row in table.rows:
            yield {"table": table.slug, "value": str(row.label), "referrals": row.value}
