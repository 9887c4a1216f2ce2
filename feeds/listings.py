"""What every kind of source is read into: a listing, before it is a page.

This is the feeds' boundary: whatever a source sends, a listing leaves here
with text the database can store (no NUL characters, every field within its
column), an identifier of bounded length, an email address the Open Referral
API may publish again, and only session times that give at least one date.
"""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, time

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory.schedules import recurrence

# The longest FeedItem.external_id; longer identifiers keep a hash of the whole.
MAX_IDENTIFIER = 500
# Column lengths of the activity page's fields.
LIMITS = {
    "title": 255,
    "summary": 300,
    "contact_email": 254,
    "contact_phone": 30,
    "cost_details": 200,
}
# Dates beyond this are typing mistakes (9999), and beyond what calendars can export.
LAST_YEAR = 2100
MATCHING_ONLY = {"organisation_identifiers", "place"}
# Names of skipped items shown on the source; the count says how many in all.
NAMES_SHOWN = 5


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
    # Read only to find the listing in the directory (feeds/matching.py), never shown:
    # the (scheme, identifier) pairs of the organisation running it, and where it
    # meets in the source's words (a postcode in it is compared).
    organisation_identifiers: list[tuple[str, str]] = field(default_factory=list)
    place: str = ""

    def content_hash(self):
        """Changes when anything a resident would see changes, and only then."""
        shown = {key: value for key, value in asdict(self).items() if key not in MATCHING_ONLY}
        text = json.dumps(shown, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def as_json(self):
        """The listing as stored while it waits for the directory team."""
        return json.loads(json.dumps(asdict(self), default=str))

    @classmethod
    def from_json(cls, data):
        sessions = [
            Session(
                frequency=session["frequency"],
                starts_on=date.fromisoformat(session["starts_on"]),
                start_time=time.fromisoformat(session["start_time"]),
                end_time=time.fromisoformat(session["end_time"]),
                weekday=session["weekday"],
                week_of_month=session["week_of_month"],
                ends_on=session["ends_on"] and date.fromisoformat(session["ends_on"]),
            )
            for session in data["sessions"]
        ]
        breaks = [
            (date.fromisoformat(first), date.fromisoformat(last)) for first, last in data["breaks"]
        ]
        identifiers = [tuple(pair) for pair in data["organisation_identifiers"]]
        return cls(
            **{
                **data,
                "sessions": sessions,
                "breaks": breaks,
                "organisation_identifiers": identifiers,
            }
        )


@dataclass
class Reading:
    """A source read into listings, with what had to be left out, in plain words."""

    listings: list[Listing] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def skipped(self, names, kind):
        """Notes items that could not be read at all; `kind` is "event" or "service"."""
        if not names:
            return
        shown = ", ".join(names[:NAMES_SHOWN]) + ("…" if len(names) > NAMES_SHOWN else "")
        if kind == "event":
            message = ngettext(
                "%(count)s event could not be read: %(names)s",
                "%(count)s events could not be read: %(names)s",
                len(names),
            )
        else:
            message = ngettext(
                "%(count)s service could not be read: %(names)s",
                "%(count)s services could not be read: %(names)s",
                len(names),
            )
        self.problems.append(message % {"count": len(names), "names": shown})


def storable(text):
    """Text as a database column can hold it: PostgreSQL refuses NUL characters."""
    return str(text).replace("\x00", "")


def identifier(value):
    """A source's identifier for an item, bounded: a longer one is cut and ends with a
    hash of the whole, so two long identifiers that share a beginning stay apart."""
    value = storable(value).strip()
    if len(value) <= MAX_IDENTIFIER:
        return value
    digest = hashlib.sha256(value.encode()).hexdigest()
    return f"{value[: MAX_IDENTIFIER - len(digest) - 1]}#{digest}"


def checked(listing):
    """The listing made safe to store and publish, and its problems in plain words
    (a field or session time left out). Every reader passes its listings through here."""
    listing.external_id = identifier(listing.external_id)
    for name in ("title", "summary", "description", "how_to_join", *LIMITS):
        value = storable(getattr(listing, name)).strip()
        setattr(listing, name, value[: LIMITS.get(name, len(value))])
    # A title that was only NULs or spaces.
    listing.title = listing.title or _("Untitled event")
    problems = []
    if listing.contact_email:
        try:
            validate_email(listing.contact_email)
        except ValidationError:
            problems.append(
                _("%(item)s: the email address %(email)s is not valid, so it was left out.")
                % {"item": listing.title, "email": listing.contact_email}
            )
            listing.contact_email = ""
    sessions = [session for session in listing.sessions if has_dates(session)]
    if len(sessions) < len(listing.sessions):
        problems.append(
            _("%(item)s: a session time gives no date the directory can list, so it was left out.")
            % {"item": listing.title}
        )
    listing.sessions = sessions
    listing.breaks = [(first, last) for first, last in listing.breaks if first <= last]
    listing.place = storable(listing.place)[:200]
    listing.organisation_identifiers = [
        (storable(scheme)[:40], storable(number)[:100])
        for scheme, number in listing.organisation_identifiers
    ]
    return listing, problems


def has_dates(session):
    """Whether the session time meets at least once (a last date before the first, or a
    weekly rule whose only week misses its day, gives none) within the years listed."""
    if session.end_time <= session.start_time or session.starts_on.year > LAST_YEAR:
        return False
    if session.ends_on is not None and session.ends_on < session.starts_on:
        return False
    first = next(iter(recurrence(session)), None)
    return first is not None and first.year <= LAST_YEAR


def summary_of(text, limit=300):
    """The first sentence or two of `text`, within the summary's length."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
