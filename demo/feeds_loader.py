"""Demo feed sources, read from files shipped here rather than fetched.

Their addresses are example ones: a scheduled sync of them fails and shows
that failure on the source, leaving the listings loaded here as they are.
"""

from pathlib import Path

from django.core.files.base import ContentFile

from wagtail.models import Locale

from directory.models import OrganisationPage
from feeds.models import Source
from feeds.sync import sync_source

FILES = Path(__file__).parent / "feeds"
SOURCES = [
    {
        "organisation": "Kellbrook Libraries",
        "name": "Libraries events calendar",
        "kind": Source.Kind.ICALENDAR,
        "url": "https://calendar.kellbrook.example/libraries.ics",
        "file": "kellbrook-libraries.ics",
        "trusted": True,
    },
    {
        "organisation": "Millfield Men's Shed",
        "name": "Shed timetable",
        "kind": Source.Kind.CSV,
        "file": "millfield-mens-shed.csv",
        "trusted": False,
    },
    {
        "organisation": "Riverside Allotments and Gardens Association",
        "name": "Riverside partners directory",
        "kind": Source.Kind.OPEN_REFERRAL,
        "url": "https://directory.riverside.example/openreferral/services",
        "file": "riverside-partners.json",
        "trusted": True,
    },
]


def load_feeds():
    """Adds each source once, with its first sync; safe to run again."""
    for spec in SOURCES:
        organisation = OrganisationPage.objects.filter(
            title=spec["organisation"], locale=Locale.get_default()
        ).first()
        if organisation is None or organisation.feed_sources.filter(name=spec["name"]).exists():
            continue
        body = (FILES / spec["file"]).read_bytes()
        source = Source(
            organisation=organisation,
            name=spec["name"],
            kind=spec["kind"],
            url=spec.get("url", ""),
            trusted=spec["trusted"],
        )
        if source.kind == Source.Kind.CSV:
            source.upload.save(spec["file"], ContentFile(body), save=False)
        source.save()
        sync_source(source, body=body)
