"""Another directory's Open Referral UK 3.0 API, read the other way round
from openreferral/records.py: services become activities, their iCalendar-style
schedules become session times.

The source's address is the API's `/services` list. Its pages are followed (up
to MAX_PAGES), and a service listed without its schedules is fetched in full
from `/services/{id}`.
"""

import json
from datetime import date, datetime
from urllib.parse import quote

from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext as _

from directory.identifiers import identifier_key
from directory.schedules import Frequency
from feeds.errors import FeedError, too_many
from feeds.fetching import fetch
from feeds.ical import ICAL_WEEKDAYS
from feeds.listings import Listing, Reading, Session, checked, storable, summary_of

ACCEPT_TYPES = {"application/json"}
MAX_PAGES = 20
MAX_FULL_RECORDS = 1000


def parse_json(body):
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise FeedError(_("The directory sent something that is not valid JSON.")) from error


def read_services(list_url, first_body):
    """Every active service of the API whose first list page is `first_body`."""
    page = parse_json(first_body)
    services = []
    for number in range(1, MAX_PAGES + 1):
        if not isinstance(page, dict) or not isinstance(page.get("contents"), list):
            raise FeedError(
                _("The directory's answer is not an Open Referral UK list of services.")
            )
        services.extend(item for item in page["contents"] if isinstance(item, dict))
        if len(services) > settings.FEEDS_MAX_ITEMS:
            raise too_many()
        if page.get("last_page", True) or not page["contents"] or number == MAX_PAGES:
            break
        separator = "&" if "?" in list_url else "?"
        page = parse_json(fetch(f"{list_url}{separator}page={number + 1}", ACCEPT_TYPES).body)
    base = list_url.split("?")[0].rstrip("/")
    listings, reading, skipped = {}, Reading(), []
    for count, service in enumerate(services):
        if str(service.get("status", "active")) != "active" or not service.get("id"):
            continue
        try:
            full = service
            if "schedules" not in service and count < MAX_FULL_RECORDS:
                full = parse_json(fetch(f"{base}/{path_segment(service['id'])}", ACCEPT_TYPES).body)
            listing, problems = checked(listing_of(full))
        except (FeedError, KeyError, TypeError, AttributeError, ValueError, OverflowError):
            skipped.append(storable(service.get("name") or service.get("id"))[:80])
            continue
        reading.problems.extend(problems)
        listings[listing.external_id] = listing  # a service repeated on two pages counts once
    reading.listings = list(listings.values())
    reading.skipped(skipped, "service")
    return reading


def path_segment(value):
    """An identifier as one segment of a URL path: `../../etc/passwd` must not climb."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if set(segment) == {"."} else segment


def listing_of(service):
    """Raises KeyError, TypeError or ValueError if the service cannot be read."""
    description = str(service.get("description") or "")
    title = str(service.get("name") or "").strip()
    if not title:
        raise KeyError("name")
    return Listing(
        external_id=str(service["id"]),
        title=title,
        summary=summary_of(description or title),
        description="".join(
            f"<p>{escape(part)}</p>" for part in description.split("\n\n") if part.strip()
        ),
        contact_email=str(service.get("email") or ""),
        cost_details=str(service.get("fees") or ""),
        sessions=[
            session for record in service.get("schedules") or [] for session in sessions_of(record)
        ],
        organisation_identifiers=identifiers_of(service.get("organization")),
        place=place_of(service),
    )


def identifiers_of(organization):
    """The organisation's charity, company and other numbers, as (scheme, identifier).
    Only for matching: numbers the reader cannot follow are passed over."""
    records = organization.get("organization_identifiers") if isinstance(organization, dict) else []
    pairs = []
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict):
            key = identifier_key(
                record.get("identifier_scheme"),
                record.get("identifier"),
                record.get("identifier_type"),
            )
            if key:
                pairs.append(key)
    return pairs


def place_of(service):
    """The postcode of the service's first location with an address; "" if none.
    Only for matching: a location the reader cannot follow is passed over."""
    at_locations = service.get("service_at_locations")
    for at_location in at_locations if isinstance(at_locations, list) else []:
        location = at_location.get("location") if isinstance(at_location, dict) else None
        addresses = location.get("addresses") if isinstance(location, dict) else None
        for address in addresses if isinstance(addresses, list) else []:
            if isinstance(address, dict) and address.get("postal_code"):
                return storable(address["postal_code"])
    return ""


def sessions_of(record):
    """An ORUK schedule as session times; schedules our directory cannot say are left out."""
    opens, closes = clock(record.get("opens_at")), clock(record.get("closes_at"))
    first = day(record.get("dtstart")) or day(record.get("valid_from"))
    if not (opens and closes and first) or closes <= opens:
        return []
    last = day(record.get("valid_to"))
    freq = str(record.get("freq") or "").upper()
    interval = whole_number(record.get("interval"))
    days = [
        part.strip().upper() for part in str(record.get("byday") or "").split(",") if part.strip()
    ]
    if not freq:
        return [Session(Frequency.ONCE, first, opens, closes, first.weekday())]
    if freq == "WEEKLY" and interval in (1, 2):
        frequency = Frequency.WEEKLY if interval == 1 else Frequency.FORTNIGHTLY
        weekdays = [ICAL_WEEKDAYS.index(code) for code in days if code in ICAL_WEEKDAYS]
        return [
            Session(frequency, first, opens, closes, weekday, None, last)
            for weekday in weekdays or [first.weekday()]
        ]
    if freq == "MONTHLY" and interval == 1:
        sessions = []
        for code in days:
            nth, weekday = code[:-2].lstrip("+"), code[-2:]
            if nth in ("1", "2", "3", "4", "-1") and weekday in ICAL_WEEKDAYS:
                sessions.append(
                    Session(
                        Frequency.MONTHLY,
                        first,
                        opens,
                        closes,
                        ICAL_WEEKDAYS.index(weekday),
                        int(nth),
                        last,
                    )
                )
        return sessions
    return []


def whole_number(value):
    """An interval as the standard gives it (2, or "2"); 1 if absent, None if unreadable
    ("two", 2.5): the schedule is then left out, as one the directory cannot say."""
    if value in (None, ""):
        return 1
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value)
    return None


def clock(value):
    for form in ("%H:%M:%S", "%H:%M"):
        try:
            return datetime.strptime(str(value), form).time()
        except ValueError:
            continue
    return None


def day(value):
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
