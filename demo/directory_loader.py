"""Loads the directory's demo data (core/demo/directory.py) beneath the home page."""

import hashlib
from datetime import date, time, timedelta

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale

from demo.directory import (
    AREAS,
    ORGANISATIONS,
    TRANSLATIONS,
    UNCHECKED_FOR_DAYS,
    ZERO_RESULT_SEARCHES,
)
from demo.find_page import FIND_PAGE
from directory.geocoding import TableGeocoder
from directory.models import (
    ActivityPage,
    ActivitySchedule,
    Area,
    DirectoryIndexPage,
    OrganisationPage,
    ScheduleBreak,
    Term,
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


def publish(page):
    page.save_revision().publish()
    return page


def child(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def ensure_areas():
    for slug, name in AREAS:
        Area.objects.get_or_create(slug=slug, defaults={"name": name})


def ensure_find_page(home, help_page):
    index = child(home, "things-to-do")
    if index is None:
        title, introduction = FIND_PAGE[settings.LANGUAGE_CODE]
        index = DirectoryIndexPage(
            slug="things-to-do",
            title=title,
            introduction=introduction,
            search_description=introduction,
            show_in_menus=True,
            help_page=help_page,
        )
        home.add_child(instance=index)
        publish(index)
    return index


def ensure_find_page_translations(index):
    for code, (title, introduction) in FIND_PAGE.items():
        locale = Locale.objects.get(language_code=code)
        if index.get_translation_or_none(locale) is None:
            translation = index.copy_for_translation(locale)
            translation.title = title
            translation.introduction = translation.search_description = introduction
            publish(translation)


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
            slug=spec["slug"],
            title=spec["title"],
            address_line_1=spec["address_line_1"],
            address_line_2=spec.get("address_line_2", ""),
            postcode=spec["postcode"],
            latitude=latitude,
            longitude=longitude,
            area=Area.objects.get(slug=spec["area"]),
            access_notes=spec.get("access_notes", ""),
        )
        organisation.add_child(instance=venue)
        publish(venue)
    return venue


def build_activity(spec, venues):
    activity = ActivityPage(
        slug=spec["slug"],
        venue=venues.get(spec["venue"]) if spec.get("venue") else None,
        cost_band=spec["cost_band"],
        contact_name=spec.get("contact_name", ""),
        contact_phone=spec.get("contact_phone", ""),
        contact_email=spec.get("contact_email", ""),
        paused_until=date.fromisoformat(spec["paused_until"]) if spec.get("paused_until") else None,
        pause_reason=spec.get("pause_reason", ""),
        **{name: spec.get(name, "") for name in TRANSLATED_FIELDS},
    )
    for name, vocabulary in TERM_FIELDS.items():
        terms = Term.objects.filter(vocabulary=vocabulary, code__in=spec.get(name, []))
        getattr(activity, name).set(terms)
    activity.schedules = [
        ActivitySchedule(
            frequency=rule["frequency"],
            weekday=rule.get("weekday"),
            week_of_month=rule.get("week_of_month"),
            starts_on=date.fromisoformat(rule["starts_on"]),
            ends_on=date.fromisoformat(rule["ends_on"]) if rule.get("ends_on") else None,
            start_time=time.fromisoformat(rule["start_time"]),
            end_time=time.fromisoformat(rule["end_time"]),
        )
        for rule in spec["schedules"]
    ]
    activity.breaks = [
        ScheduleBreak(
            starts_on=date.fromisoformat(pause["starts_on"]),
            ends_on=date.fromisoformat(pause["ends_on"]),
            reason=pause.get("reason", ""),
        )
        for pause in spec.get("breaks", [])
    ]
    return activity


def ensure_organisation(index, spec):
    organisation = child(index, spec["slug"])
    if organisation is None:
        organisation = OrganisationPage(
            slug=spec["slug"],
            title=spec["title"],
            description=spec["description"],
            website=spec.get("website", ""),
            email=spec.get("email", ""),
            phone=spec.get("phone", ""),
        )
        index.add_child(instance=organisation)
        publish(organisation)
    venues = {venue["slug"]: ensure_venue(organisation, venue) for venue in spec["venues"]}
    for activity_spec in spec["activities"]:
        if child(organisation, activity_spec["slug"]) is None:
            activity = build_activity(activity_spec, venues)
            unchecked_for = UNCHECKED_FOR_DAYS.get((spec["slug"], activity_spec["slug"]))
            if unchecked_for:
                activity.last_checked = timezone.localdate() - timedelta(days=unchecked_for)
            organisation.add_child(instance=activity)
            publish(activity)
    return organisation


def ensure_activity_translations():
    for code, translations in TRANSLATIONS.items():
        locale = Locale.objects.get(language_code=code)
        for (organisation_slug, activity_slug), fields in translations.items():
            source = ActivityPage.objects.get(
                locale=Locale.get_default(),
                slug=activity_slug,
                url_path__contains=f"/{organisation_slug}/",
            )
            if source.get_translation_or_none(locale) is not None:
                continue
            translation = source.copy_for_translation(locale, copy_parents=True)
            for name in TRANSLATED_FIELDS:
                setattr(translation, name, fields.get(name) or getattr(source, name))
            publish(translation)
            parent = translation.get_parent()
            if not parent.live:
                publish(parent.specific)


def ensure_zero_result_searches():
    """Recent searches that found nothing, for the gap report. Loaded into an
    empty table only: the days are relative to today, so a later run would
    otherwise add them again."""
    if ZeroResultSearch.objects.exists():
        return
    today = timezone.localdate()
    ZeroResultSearch.objects.bulk_create(
        ZeroResultSearch(
            day=today - timedelta(days=days_ago),
            language=language,
            query=query,
            filters=filters,
            postcode_district=district,
            count=count,
        )
        for days_ago, language, query, filters, district, count in ZERO_RESULT_SEARCHES
    )


def load_directory(index):
    """Everything beneath the find page; the home page's translations must exist."""
    ensure_areas()
    ensure_find_page_translations(index)
    organisations = [ensure_organisation(index, spec) for spec in ORGANISATIONS]
    ensure_activity_translations()
    ensure_zero_result_searches()
    ensure_directory_review(index)
    for organisation in organisations:
        ensure_editors_group(organisation)
