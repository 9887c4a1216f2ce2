"""Reads the demo borough's data files (demo/data/*.yaml) and the few values in
them that are relative to today."""

import re
from datetime import date, timedelta
from pathlib import Path

import yaml

from django.conf import settings

DATA_DIR = Path(__file__).parent / "data"
RELATIVE_DAYS = re.compile(r"^([+-]\d+)d$")


def read(kind):
    """The records of one kind of content, as its file lists them."""
    with (DATA_DIR / f"{kind}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def kinds():
    return sorted(path.stem for path in DATA_DIR.glob("*.yaml"))


def day(value, today):
    """A date written as `2026-01-10`, or as days from today: `+14d`, `-60d`."""
    if isinstance(value, date):
        return value
    match = RELATIVE_DAYS.match(str(value))
    if match:
        return today + timedelta(days=int(match.group(1)))
    return date.fromisoformat(value)


def days_from_today(value):
    """The number of days in `+14d` or `-60d`."""
    match = RELATIVE_DAYS.match(str(value))
    if match is None:
        raise ValueError(f"{value!r} is not a number of days from today, like -2d or +14d")
    return int(match.group(1))


def campaign_day(month_day, today):
    """A `MM-DD` date in the campaign year, which starts on 1 June: the one on now,
    so the demo always has a phase running."""
    month, day_of_month = (int(part) for part in month_day.split("-"))
    year = today.year if today >= date(today.year, 6, 1) else today.year - 1
    return date(year if month >= 6 else year + 1, month, day_of_month)


def translations(records):
    """(language code, record, its translated fields) in the site's language order,
    then the records' order, as the pages were first translated."""
    for code, _name in settings.LANGUAGES:
        for record in records:
            fields = record.get("translations", {}).get(code)
            if fields is not None:
                yield code, record, fields


def stream(blocks):
    """A body written as `- heading: text` / `- paragraph: <p>html</p>` items."""
    return [(kind, value) for block in blocks for kind, value in block.items()]
