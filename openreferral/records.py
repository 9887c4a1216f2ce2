"""Directory pages as Open Referral UK 3.0 records (HSDS 3.0, UK profile).

Ids are the pages' translation keys (the same in every language) and the
terms' UUIDs. Records with no id of their own (schedules, addresses, costs…)
get a UUID derived from what they belong to, so an id never changes between
requests. Empty optional fields are left out, as the standard asks.
"""

import uuid

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _

from core.council import council_in_default_language
from directory.calendar import ICAL_DAYS
from directory.models import Term
from directory.schedules import Frequency
from directory.taxonomy import CostBand, Vocabulary

# Namespace for derived ids: uuid5 of our domain, fixed for ever.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "getconnected.kellbrook.example")
VOCABULARY_FIELDS = {
    Vocabulary.INTEREST: "interests",
    Vocabulary.AUDIENCE: "audiences",
    Vocabulary.ACCESS: "access",
    Vocabulary.EXPECT: "expectations",
    Vocabulary.MODE: "modes",
    Vocabulary.LANGUAGE: "languages",
}
COUNTRY = "GB"


def derived_id(*parts):
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def compact(record):
    """The record without empty optional fields (None, "" or [])."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def plain(html):
    return normalize_newlines(strip_tags(html)).strip()


def taxonomy(vocabulary, with_terms=False):
    vocabulary = Vocabulary(vocabulary)
    service = council_in_default_language().service_name
    record = {
        "id": derived_id("taxonomy", vocabulary.value),
        "name": str(vocabulary.label),
        "description": f"{service}: {str(vocabulary.label).lower()}",
    }
    if with_terms:
        terms = Term.objects.filter(vocabulary=vocabulary)
        record["taxonomy_terms"] = [taxonomy_term(term) for term in terms]
    return compact(record)


def taxonomy_term(term):
    return compact(
        {
            "id": str(term.uuid),
            "name": str(term.label),
            "description": str(term.label),
            "taxonomy": str(Vocabulary(term.vocabulary).label),
            "taxonomy_id": derived_id("taxonomy", term.vocabulary),
            "term": term.code,
        }
    )


def organization(organisation, request):
    return compact(
        {
            "id": str(organisation.translation_key),
            "name": organisation.title,
            "description": plain(organisation.description),
            "email": organisation.email,
            "website": organisation.website,
            "uri": organisation.get_full_url(request),
            "organization_identifiers": [
                organization_identifier(organisation, number)
                for number in organisation.identifiers.all()
            ],
        }
    )


def organization_identifier(organisation, number):
    """A charity or company number, with its org-id.guide scheme (GB-CHC, GB-COH …)."""
    return {
        "id": derived_id("organization_identifier", organisation.translation_key, *number.key),
        "organization_id": str(organisation.translation_key),
        "identifier_scheme": number.scheme,
        "identifier_type": number.scheme
        if number.kind == number.Kind.OTHER
        else str(number.get_kind_display()),
        "identifier": number.identifier,
    }


def location(venue):
    address = {
        "id": derived_id("address", venue.translation_key),
        "location_id": str(venue.translation_key),
        "address_1": ", ".join(filter(None, [venue.address_line_1, venue.address_line_2])),
        "city": venue.town,
        "state_province": settings.COUNCIL_AREA,
        "postal_code": venue.postcode,
        "country": COUNTRY,
        "address_type": "physical",
    }
    accessibility = []
    if venue.access_notes:
        accessibility.append(
            {
                "id": derived_id("accessibility", venue.translation_key),
                "location_id": str(venue.translation_key),
                "description": venue.access_notes,
            }
        )
    return compact(
        {
            "id": str(venue.translation_key),
            "location_type": "physical",
            "name": venue.title,
            "latitude": venue.latitude,
            "longitude": venue.longitude,
            "addresses": [address],
            "accessibility": accessibility,
        }
    )


# An activity meets at one venue, so its service-at-location id is its own id
# with fixed bits flipped: distinct, stable, and reversible for lookups.
SERVICE_AT_LOCATION_MASK = uuid.uuid5(ID_NAMESPACE, "service_at_location").int


def service_at_location_id(activity_key):
    return str(uuid.UUID(int=uuid.UUID(str(activity_key)).int ^ SERVICE_AT_LOCATION_MASK))


def service_key_of_service_at_location(service_at_location_key):
    return uuid.UUID(int=uuid.UUID(str(service_at_location_key)).int ^ SERVICE_AT_LOCATION_MASK)


def service_at_location(activity):
    if activity.venue is None:
        return None
    return compact(
        {
            "id": service_at_location_id(activity.translation_key),
            "service_id": str(activity.translation_key),
            "location_id": str(activity.venue.translation_key),
            "location": location(activity.venue),
        }
    )


def schedule(activity, position, rule):
    """One ActivitySchedule as an iCalendar-style ORUK schedule."""
    last = rule.starts_on if rule.frequency == Frequency.ONCE else rule.ends_on
    record = {
        "id": derived_id("schedule", activity.translation_key, position),
        "service_id": str(activity.translation_key),
        "valid_from": rule.starts_on.isoformat(),
        "valid_to": last.isoformat() if last else None,
        "dtstart": rule.starts_on.isoformat(),
        "opens_at": rule.start_time.strftime("%H:%M"),
        "closes_at": rule.end_time.strftime("%H:%M") if rule.end_time else None,
        "description": str(rule.get_frequency_display()),
        "attending_type": attending_type(activity),
        # ORUK's "link … which may provide a booking facility".
        "schedule_link": activity.booking_url,
    }
    if rule.frequency != Frequency.ONCE:
        day = ICAL_DAYS[rule.weekday]
        if rule.frequency == Frequency.MONTHLY:
            record.update(freq="MONTHLY", byday=f"{rule.week_of_month}{day}")
        else:
            interval = 2 if rule.frequency == Frequency.FORTNIGHTLY else 1
            record.update(freq="WEEKLY", interval=interval, byday=day)
    return compact(record)


def attending_type(activity):
    if activity.no_need_to_book:
        return _("No need to book: just come along.")
    if activity.booking_url:
        return _("Book a place before you go.")
    return None


def cost_options(activity):
    option = {
        "id": derived_id("cost_option", activity.translation_key),
        "service_id": str(activity.translation_key),
        "option": ": ".join(
            filter(None, [str(CostBand(activity.cost_band).label), activity.cost_details])
        ),
    }
    if activity.cost_band == CostBand.FREE:
        option["amount"] = 0
    return [compact(option)]


def attributes(activity):
    """The activity's terms (interests, audiences, access, languages…)."""
    records = []
    for field_name in VOCABULARY_FIELDS.values():
        for term in getattr(activity, field_name).all():
            records.append(
                {
                    "id": derived_id("attribute", activity.translation_key, term.uuid),
                    "link_id": str(activity.translation_key),
                    "link_type": "service",
                    "taxonomy_term_id": str(term.uuid),
                    "taxonomy_term": taxonomy_term(term),
                }
            )
    return records


def status(activity, current):
    if not current:
        return "inactive"
    return "temporarily closed" if activity.is_paused else "active"


def service(activity, request, current=True, full=False):
    """An activity as a service: one-to-one fields, and with `full` every related record."""
    organisation = activity.organisation
    record = {
        "id": str(activity.translation_key),
        "organization_id": str(organisation.translation_key),
        "name": activity.title,
        "description": "\n\n".join(filter(None, [activity.summary, plain(activity.description)])),
        "url": activity.get_full_url(request),
        "email": activity.contact_email,
        "status": status(activity, current),
        "fees": activity.cost_details,
        "assured_date": activity.last_checked.isoformat(),
        "alert": activity.pause_reason if activity.is_paused else "",
        "last_modified": activity.last_published_at.isoformat(timespec="milliseconds"),
        "organization": organization(organisation, request),
    }
    if full:
        room = activity.room_for_newcomers
        if room and not record["alert"]:
            # ORUK's "short term alerts concerning the service".
            record["alert"] = str(room.get_answer_display())
        record.update(
            schedules=[
                schedule(activity, position, rule)
                for position, rule in enumerate(activity.schedules.all())
            ],
            service_at_locations=list(filter(None, [service_at_location(activity)])),
            cost_options=cost_options(activity),
            contacts=(
                [
                    {
                        "id": derived_id("contact", activity.translation_key),
                        "service_id": str(activity.translation_key),
                        "name": activity.contact_name,
                    }
                ]
                if activity.contact_name
                else []
            ),
            attributes=attributes(activity),
        )
    return compact(record)
