"""Demo feed sources (demo/data/feed_sources.yaml), read from files shipped in
demo/feeds/ rather than fetched.

Their addresses are example ones: a scheduled sync of them fails and shows
that failure on the source, leaving the listings loaded here as they are.
"""

from pathlib import Path

from django.core.files.base import ContentFile

from wagtail.models import Locale

from demo import data
from directory.models import OrganisationPage
from feeds.models import Source
from feeds.sync import sync_source

FILES = Path(__file__).parent / "feeds"


def load_feeds():
    """Adds each source once, with its first sync; safe to run again."""
    for spec in data.read("feed_sources"):
        organisation = OrganisationPage.objects.filter(
            slug=spec["organisation"], locale=Locale.get_default()
        ).first()
        if organisation is None or organisation.feed_sources.filter(name=spec["name"]).exists():
            continue
        body = (FILES / spec["file"]).read_bytes()
        source = Source(
            organisation=organisation,
            name=spec["name"],
            kind=Source.Kind(spec["kind"]),
            url=spec.get("url", ""),
            trusted=spec["trusted"],
        )
        if source.kind == Source.Kind.CSV:
            source.upload.save(spec["file"], ContentFile(body), save=False)
        source.save()
        sync_source(source, body=body)
