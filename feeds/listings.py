"""What every kind of source is read into: a listing, before it is a page."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, time


@dataclass
class Session:
    """Mirrors directory.ActivitySchedule's fields."""

    frequency: str
    starts_on: date
    start_time: time
    end_time: time
    weekday: int | None = None
    week_of_month: int | None = None
    ends_on: date | None = None


@dataclass
class Listing:
    external_id: str
    title: str
    summary: str
    description: str = ""
    how_to_join: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    cost_details: str = ""
    sessions: list[Session] = field(default_factory=list)
    breaks: list[tuple[date, date]] = field(default_factory=list)

    def content_hash(self):
        """Changes when anything a resident would see changes, and only then."""
        text = json.dumps(asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()


def summary_of(text, limit=300):
    """The first sentence or two of `text`, within the summary's length."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
