"""Bar charts for the admin reports: each bar is drawn beside its number, in a
table that is the chart's text equivalent (core/admin/bar_chart.html)."""

from dataclasses import dataclass


@dataclass
class Bar:
    label: str
    value: int
    percent: int  # of the largest value: the bar's length

    @property
    def start_when_right_to_left(self):
        return 100 - self.percent


def bars(pairs):
    """Bars for (label, value) pairs, in the order given."""
    pairs = list(pairs)
    largest = max((value for _label, value in pairs), default=0) or 1
    return [Bar(label, value, round(100 * value / largest)) for label, value in pairs]
