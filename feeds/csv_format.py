"""CSV uploads, from the template editors download in the admin.

All or nothing: any row with a problem stops the whole file, and every
problem is reported with its row number.
"""

import io
from datetime import date, datetime

from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.spreadsheets import UnreadableCSV, csv_rows, write_csv
from directory.schedules import Frequency
from feeds.errors import FeedError, too_many
from feeds.fetching import too_big
from feeds.listings import Listing, Reading, Session, checked, summary_of

COLUMNS = [
    "id",
    "title",
    "summary",
    "description",
    "frequency",
    "week_of_month",
    "first_date",
    "last_date",
    "start_time",
    "end_time",
    "how_to_join",
    "contact_email",
    "contact_phone",
    "cost_details",
]
REQUIRED = ["id", "title", "frequency", "first_date", "start_time", "end_time"]
EXAMPLE_ROWS = [
    [
        "walk-1",
        "Tuesday health walk",
        "A gentle walk round the park.",
        "",
        "weekly",
        "",
        "2026-01-06",
        "",
        "10:00",
        "11:00",
        "Meet at the park gates.",
        "",
        "",
        "Free",
    ],
    [
        "quiz-1",
        "Quiz night",
        "Teams of up to six.",
        "",
        "monthly",
        "1",
        "2026-01-01",
        "",
        "19:00",
        "21:00",
        "",
        "quiz@example.org",
        "",
        "£1 a head",
    ],
    [
        "fair-1",
        "Spring fair",
        "Stalls, music and cake.",
        "",
        "once",
        "",
        "2026-04-18",
        "",
        "11:00",
        "15:00",
        "",
        "",
        "",
        "",
    ],
]
FREQUENCIES = {choice.value for choice in Frequency}
TOO_MANY_PROBLEMS = 20


def template_csv():
    out = io.StringIO()
    write_csv(out, [COLUMNS, *EXAMPLE_ROWS])
    return out.getvalue()


def read_csv(body):
    if len(body) > settings.FEEDS_MAX_BYTES:
        raise too_big(settings.FEEDS_MAX_BYTES)
    try:
        # One more row than allowed is enough to know the file has too many.
        _columns, rows = csv_rows(body, max_rows=settings.FEEDS_MAX_ITEMS + 1, strip_nul=True)
    except UnreadableCSV as error:
        raise FeedError(str(error)) from error
    if len(rows) > settings.FEEDS_MAX_ITEMS:
        raise too_many()
    if not rows:
        raise FeedError(_("The CSV file has no rows of activities."))
    missing = [column for column in REQUIRED if column not in rows[0]]
    if missing:
        raise FeedError(
            _("The CSV file is missing these columns: %(columns)s. Start from the template.")
            % {"columns": ", ".join(missing)}
        )
    listings, problems, seen = [], [], set()
    for number, row in enumerate(rows, start=2):  # row 1 is the heading
        # A row longer than the heading puts its extra cells in a list under None.
        row = {key: (value or "").strip() for key, value in row.items() if isinstance(key, str)}
        try:
            listing, row_problems = checked(listing_of(row))
            if row_problems:
                raise ValueError("; ".join(row_problems))
            if listing.external_id in seen:
                raise ValueError(_("the id %(id)s is used twice") % {"id": listing.external_id})
            seen.add(listing.external_id)
            listings.append(listing)
        except ValueError as error:
            problems.append(_("Row %(row)s: %(problem)s") % {"row": number, "problem": error})
    if problems:
        shown = problems[:TOO_MANY_PROBLEMS]
        if len(problems) > TOO_MANY_PROBLEMS:
            shown.append(
                _("and %(count)s more rows") % {"count": len(problems) - TOO_MANY_PROBLEMS}
            )
        raise FeedError(
            _("Nothing was imported, because some rows need correcting.") + "\n" + "\n".join(shown)
        )
    return Reading(listings)


def listing_of(row):
    for column in REQUIRED:
        if not row.get(column):
            raise ValueError(_("%(column)s is empty") % {"column": column})
    frequency = row["frequency"].lower()
    if frequency not in FREQUENCIES:
        raise ValueError(
            _("frequency must be weekly, fortnightly, monthly or once, not %(value)s")
            % {"value": row["frequency"]}
        )
    starts_on = parse(row["first_date"], date.fromisoformat, "first_date")
    ends_on = (
        parse(row["last_date"], date.fromisoformat, "last_date") if row.get("last_date") else None
    )
    start_time = parse(row["start_time"], clock, "start_time")
    end_time = parse(row["end_time"], clock, "end_time")
    if end_time <= start_time:
        raise ValueError(_("end_time must be after start_time"))
    week_of_month = None
    if frequency == Frequency.MONTHLY:
        if row.get("week_of_month") not in ("1", "2", "3", "4", "-1"):
            raise ValueError(_("week_of_month must be 1, 2, 3, 4 or -1 for a monthly activity"))
        week_of_month = int(row["week_of_month"])
    session = Session(
        frequency,
        starts_on,
        start_time,
        end_time,
        starts_on.weekday(),
        week_of_month,
        None if frequency == Frequency.ONCE else ends_on,
    )
    if session.ends_on is not None and session.ends_on < starts_on:
        raise ValueError(_("last_date must be on or after first_date"))
    description = row.get("description", "")
    return Listing(
        external_id=row["id"],
        title=row["title"],
        summary=summary_of(row.get("summary") or description or row["title"]),
        description=f"<p>{escape(description)}</p>" if description else "",
        how_to_join=row.get("how_to_join", ""),
        contact_email=row.get("contact_email", ""),
        contact_phone=row.get("contact_phone", ""),
        cost_details=row.get("cost_details", ""),
        sessions=[session],
    )


def clock(value):
    return datetime.strptime(value, "%H:%M").time()


def parse(value, reader, column):
    try:
        return reader(value)
    except ValueError as error:
        raise ValueError(
            _("%(column)s is not in the right form: %(value)s") % {"column": column, "value": value}
        ) from error
