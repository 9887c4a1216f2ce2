"""Counts for commissioners: nothing in them can identify anyone."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core.charts import Bar, bars
from directory.taxonomy import LABELS, Vocabulary
from referrals import outcomes
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


# Outcomes: what happened after referrals closed as connected with a follow-up.

# A figure made from fewer people than this (but more than none) is not shown.
SMALLEST_SHOWN = 5


@dataclass
class OutcomeGroup:
    dimension: str  # "all", "area", "interest" or "source"
    label: str
    went: list = field(default_factory=list)  # True or False, one per answered follow-up
    changes: list = field(default_factory=list)  # score at follow-up minus at referral
    hidden: bool = False  # the share who went is suppressed
    change_hidden: bool = False

    @property
    def answered(self):
        return len(self.went)

    @property
    def went_percent(self):
        return round(100 * sum(self.went) / self.answered)

    @property
    def mean_change(self):
        return round(sum(self.changes) / len(self.changes), 1)


def too_few(*counts):
    return any(0 < count < SMALLEST_SHOWN for count in counts)


def _suppress(groups):
    """Hide figures made from 1 to 4 people. When exactly one group of a
    dimension is hidden, the next smallest goes too, so that it cannot be worked
    out from the figure for everyone."""
    for group in groups:
        went = sum(group.went)
        group.hidden = too_few(group.answered, went, group.answered - went)
        group.change_hidden = not group.changes or too_few(len(group.changes))
    sizes = (("hidden", lambda g: g.answered), ("change_hidden", lambda g: len(g.changes)))
    for flag, size in sizes:
        # A group with nobody in it gives nothing away: it needs no partner.
        hidden = [g for g in groups if getattr(g, flag) and size(g)]
        shown = [g for g in groups if not getattr(g, flag)]
        if len(hidden) == 1 and shown:
            setattr(min(shown, key=size), flag, True)


def _source_labels(referral):
    labels = [str(SourceKind(referral.source_kind).label)]
    # Each QR code and campaign page is an entry point of its own.
    if referral.source_kind in (SourceKind.QR, SourceKind.CAMPAIGN) and referral.source_ref:
        labels.append(f"{labels[0]}: {referral.source_ref}")
    return labels


DIMENSIONS = [
    ("all", lambda referral: [_("Everyone who answered")]),
    ("area", lambda referral: [referral.area.name if referral.area else str(_("Not known"))]),
    (
        "interest",
        lambda referral: [
            str(LABELS.get((Vocabulary.INTEREST, code), code)) for code in referral.interests
        ],
    ),
    ("source", _source_labels),
]


def outcome_groups():
    """Every group's outcome figures, suppressed where too few people answered.
    The answers are encrypted, so they are read here rather than counted by the database."""
    answered = Referral.objects.filter(
        follow_up_answered_at__isnull=False, anonymised_at__isnull=True
    ).select_related("area")
    groups = {}
    for referral in answered:
        before = outcomes.score(referral.measure_at_referral)
        after = outcomes.score(referral.measure_at_follow_up)
        for dimension, labels in DIMENSIONS:
            for label in labels(referral):
                group = groups.setdefault(
                    (dimension, str(label)), OutcomeGroup(dimension, str(label))
                )
                group.went.append(referral.attended == "yes")
                if before is not None and after is not None:
                    group.changes.append(after - before)
    result = []
    for dimension, _labels in DIMENSIONS:
        of_dimension = sorted(
            (g for (d, _label), g in groups.items() if d == dimension), key=lambda g: g.label
        )
        _suppress(of_dimension)
        result += of_dimension
    return result


def outcome_tables(groups):
    """Two charts per dimension: the share who went, and the change in score."""
    fewer = _("Fewer than 5")
    captions = {
        "all": (_("Everyone who answered"), _("Group")),
        "area": (_("By area"), _("Area")),
        "interest": (_("By interest"), _("Interest")),
        "source": (_("By source"), _("Source")),
    }
    tables = []
    for dimension, _labels in DIMENSIONS:
        of_dimension = [g for g in groups if g.dimension == dimension]
        caption, heading = captions[dimension]
        went = [
            Bar(g.label, fewer, 0)
            if g.hidden
            else Bar(
                g.label,
                _("%(percent)s%% of %(count)s") % {"percent": g.went_percent, "count": g.answered},
                g.went_percent,
            )
            for g in of_dimension
        ]
        largest = max((abs(g.mean_change) for g in of_dimension if not g.change_hidden), default=0)
        changes = [
            Bar(g.label, fewer, 0)
            if g.change_hidden
            else Bar(
                g.label,
                _("%(change)s (%(count)s people)")
                % {"change": f"{g.mean_change:+.1f}", "count": len(g.changes)},
                round(100 * abs(g.mean_change) / largest) if largest else 0,
            )
            for g in of_dimension
        ]
        tables += [
            Table(
                f"went-{dimension}",
                _("Share who went: %(group)s") % {"group": caption},
                heading,
                went,
            ),
            Table(
                f"change-{dimension}",
                _("Change in score: %(group)s") % {"group": caption},
                heading,
                changes,
            ),
        ]
    return tables


def outcome_rows(groups):
    """One row per group, for the outcomes' spreadsheet download."""
    for g in groups:
        yield {
            "dimension": g.dimension,
            "group": g.label,
            "answered": "suppressed" if g.hidden else g.answered,
            "went_percent": "suppressed" if g.hidden else g.went_percent,
            "with_both_scores": "suppressed" if g.change_hidden else len(g.changes),
            "mean_change": "suppressed" if g.change_hidden else g.mean_change,
        }
