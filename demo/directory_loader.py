"""Loads the directory's demo data (demo/data: find_page, areas, closure_days,
organisations, venues, activities, zero_result_searches) beneath the home page."""

import hashlib
from datetime import date, time

from django.utils import timezone

from wagtail.models import Locale

from demo import data
from demo.pages import add_child, child, publish, translate
from directory.geocoding import TableGeocoder
from directory.models import (
    ActivityPage,
    ActivitySchedule,
    Area,
    ClosureDay,
    DirectoryIndexPage,
    OrganisationPage,
    RoomForNewcomers,
    ScheduleBreak,
    Term,
    VenueOpeningTime,
    VenuePage,
    ZeroResultSearch,
)
from directory.permissions import ensure_directory_review, ensure_editors_group
from directory.taxonomy import Vocabulary

TERM_FIELDS = {
    "interests": Vocabulary.INTEREST,
    "audiences": Vocabulary.AUDIENCE,
    "access": Vocabulary.ACCESS,
    "expectations": Vocabulary.EXPECT,
    "modes": Vocabulary.MODE,
    "languages": Vocabulary.LANGUAGE,
}
TRANSLATED_FIELDS = [
    "title",
    "summary",
    "description",
    "what_to_expect",
    "how_to_join",
    "cost_details",
]
ORGANISATION_FIELDS = ["slug", "title", "description", "website", "email", "phone"]
VENUE_WORDS = ["title", "access_notes"]
VENUE_FIELDS = ["slug", "title", "address_line_1", "address_line_2", "postcode", "access_notes"]
ACTIVITY_FIELDS = [
    "slug",
    "cost_band",
    "contact_name",
    "contact_phone",
    "contact_email",
    "pause_reason",
    "no_need_to_book",
    "booking_url",
    *TRANSLATED_FIELDS,
]


def fields(spec, names):
    return {name: spec[name] for name in names if name in spec}


def optional_date(value):
    return date.fromisoformat(str(value)) if value else None


def ensure_areas():
    for area in data.read("areas"):
        Area.objects.get_or_create(slug=area["slug"], defaults={"name": area["name"]})


def ensure_closure_days():
    for closure in data.read("closure_days"):
        ClosureDay.objects.get_or_create(
            day=date.fromisoformat(closure["day"]), defaults={"name": closure["name"]}
        )


def find_page_fields(spec):
    return {
        "title": spec["title"],
        "introduction": spec["introduction"],
        "search_description": spec["introduction"],
    }


def ensure_find_page(home, pages):
    spec = data.read("find_page")
    index = child(home, spec["slug"])
    if index is None:
        index = DirectoryIndexPage(
            slug=spec["slug"],
            show_in_menus=True,
            help_page=pages[spec["help_page"]],
            **find_page_fields(spec),
        )
        add_child(home, index)
    return index


def ensure_find_page_translations(index):
    for code, _spec, content in data.translations([data.read("find_page")]):
        translate(index, code, find_page_fields(content))


def venue_position(postcode, slug):
    """The postcode sector's centre, nudged a little per venue so pins do not overlap."""
    location = TableGeocoder().locate(postcode)
    digest = hashlib.sha256(slug.encode()).digest()
    nudge_lat, nudge_lng = (digest[0] - 128) / 128 * 0.0015, (digest[1] - 128) / 128 * 0.002
    return round(location.latitude + nudge_lat, 5), round(location.longitude + nudge_lng, 5)


def ensure_venue(organisation, spec):
    venue = child(organisation, spec["slug"])
    if venue is None:
        latitude, longitude = venue_position(spec["postcode"], spec["slug"])
        venue = VenuePage(
            latitude=latitude,
            longitude=longitude,
            area=Area.objects.get(slug=spec["area"]),
            **fields(spec, VENUE_FIELDS),
        )
        venue.opening_times = [
            VenueOpeningTime(
                weekday=row["weekday"],
                opens=time.fromisoformat(row["opens"]),
                closes=time.fromisoformat(row["closes"]),
            )
            for row in spec.get("opening_times", [])
        ]
        add_child(organisation, venue)
    return venue


def build_activity(spec, venues, today):
    activity = ActivityPage(
        venue=venues[spec["venue"]] if spec.get("venue") else None,
        paused_until=optional_date(spec.get("paused_until")),
        meets_on_closure_days=spec.get("meets_on_closure_days", False),
        **fields(spec, ACTIVITY_FIELDS),
    )
    if spec.get("last_checked"):
        activity.last_checked = data.day(spec["last_checked"], today)
    for name, vocabulary in TERM_FIELDS.items():
        terms = Term.objects.filter(vocabulary=vocabulary, code__in=spec.get(name, []))
        getattr(activity, name).set(terms)
    activity.schedules = [
        ActivitySchedule(
            frequency=rule["frequency"],
            weekday=rule.get("weekday"),
            week_of_month=rule.get("week_of_month"),
            starts_on=date.fromisoformat(str(rule["starts_on"])),
            ends_on=optional_date(rule.get("ends_on")),
            start_time=time.fromisoformat(rule["start_time"]),
            end_time=time.fromisoformat(rule["end_time"]),
        )
        for rule in spec["schedules"]
    ]
    activity.breaks = [
        ScheduleBreak(
            starts_on=date.fromisoformat(str(pause["starts_on"])),
            ends_on=date.fromisoformat(str(pause["ends_on"])),
            reason=pause.get("reason", ""),
        )
        for pause in spec.get("breaks", [])
    ]
    return activity


def ensure_organisation(index, spec, venues, activities, today):
    organisation = child(index, spec["slug"])
    if organisation is None:
        organisation = add_child(index, OrganisationPage(**fields(spec, ORGANISATION_FIELDS)))
    its_venues = {venue["slug"]: ensure_venue(organisation, venue) for venue in venues}
    for activity in activities:
        page = child(organisation, activity["slug"])
        if page is None:
            page = add_child(organisation, build_activity(activity, its_venues, today))
        if activity.get("room_for_newcomers"):
            RoomForNewcomers.say(page, activity["room_for_newcomers"])
    return organisation


def ensure_translations(model, records, words):
    """Each record's translations: pages of `model` beneath their organisation's
    translation (published with it). Text left out of a translation stays the source's."""
    for code, spec, content in data.translations(records):
        source = model.objects.get(
            locale=Locale.get_default(),
            slug=spec["slug"],
            url_path__contains=f"/{spec['organisation']}/",
        )
        fields = {name: content.get(name) or getattr(source, name) for name in words}
        translation = translate(source, code, fields, copy_parents=True)
        if translation is not None and not translation.get_parent().live:
            publish(translation.get_parent().specific)


def ensure_zero_result_searches(today):
    """Recent searches that found nothing, for the gap report. Loaded into an
    empty table only: the days are relative to today, so a later run would
    otherwise add them again."""
    if ZeroResultSearch.objects.exists():
        return
    ZeroResultSearch.objects.bulk_create(
        ZeroResultSearch(**{**search, "day": data.day(search["day"], today)})
        for search in data.read("zero_result_searches")
    )


def load_directory(index):
    """Everything beneath the find page; the home page's translations must exist."""
    today = timezone.localdate()
    ensure_areas()
    # Before the activities, whose next dates leave these days out.
    ensure_closure_days()
    ensure_find_page_translations(index)
    venues, activities = data.read("venues"), data.read("activities")
    organisations = [
        ensure_organisation(
            index,
            spec,
            [venue for venue in venues if venue["organisation"] == spec["slug"]],
            [activity for activity in activities if activity["organisation"] == spec["slug"]],
            today,
        )
        for spec in data.read("organisations")
    ]
    ensure_translations(ActivityPage, activities, TRANSLATED_FIELDS)
    ensure_translations(VenuePage, venues, VENUE_WORDS)
    ensure_zero_result_searches(today)
    ensure_directory_review(index)
    for organisation in organisations:
        ensure_editors_group(organisation)
