"""Loads the campaign's demo content (demo/data: campaign, campaign_phases,
audience_pages, easy_read, stories, campaign_events, partner_packs, entry_points,
connected_places) beneath the home page."""

import hashlib
import io
from datetime import time, timedelta

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale

from campaign.models import (
    AudiencePage,
    CampaignPage,
    CampaignPhase,
    ConnectedPlace,
    EasyReadPage,
    EntryPoint,
    NextStepCount,
    PartnerPack,
    PartnerPackAsset,
    ScanCount,
    StoryIndexPage,
    StoryPage,
)
from demo import data
from demo.pages import add_child, child, new_translation, publish
from directory.models import ActivityPage, ActivitySchedule, Area, OrganisationPage, Term
from directory.schedules import Frequency
from directory.taxonomy import Vocabulary


def illustration(colour, seed, size=(800, 600)):
    """A simple, friendly picture: figures in the campaign's colours (no photos needed)."""
    digest = hashlib.sha256(seed.encode()).digest()
    picture = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    width, height = size
    draw.rectangle([0, height * 0.72, width, height], fill="#f3e9dc")
    figures = 2 + digest[0] % 3
    for number in range(figures):
        x = width * (number + 1) / (figures + 1)
        tone = ["#8d5524", "#c68642", "#e0ac69", "#f1c27d", "#503335"][digest[number + 1] % 5]
        shirt = ["#f6ad55", "#68d391", "#90cdf4", "#fbb6ce", "#faf089"][digest[number + 6] % 5]
        draw.ellipse([x - 70, height * 0.45, x + 70, height * 0.9], fill=shirt)
        draw.ellipse([x - 45, height * 0.22, x + 45, height * 0.22 + 90], fill=tone)
        draw.arc(
            [x - 22, height * 0.22 + 40, x + 22, height * 0.22 + 70],
            20,
            160,
            fill="#1a202c",
            width=5,
        )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def ensure_root_collection():
    # Wagtail's migrations make it; a test database flush removes it.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def ensure_image(title, colour, seed):
    ensure_root_collection()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(illustration(colour, seed)), name=f"{seed}.png")
        image.save()
    return image


def ensure_document(title, text, name):
    ensure_root_collection()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file = ContentFile(text.encode(), name=name)
        document.save()
    return document


def terms(vocabulary, codes):
    return Term.objects.filter(vocabulary=vocabulary, code__in=codes)


def ensure_campaign_home(home):
    spec = data.read("campaign")
    campaign = child(home, spec["slug"])
    if campaign is not None and not isinstance(campaign, CampaignPage):
        # Databases loaded before the campaign existed have a plain page here.
        for old_page in list(campaign.get_translations(inclusive=True)):
            old_page.delete()
        campaign = None
    if campaign is None:
        campaign = add_child(
            home,
            CampaignPage(
                **{name: spec[name] for name in ("slug", "title", "show_in_menus")},
                search_description=spec["search_description"],
                introduction=spec["introduction"],
            ),
        )
    return campaign


def ensure_audience_pages(campaign):
    pages = {}
    for spec in data.read("audience_pages"):
        page = child(campaign, spec["slug"])
        if page is None:
            page = AudiencePage(
                slug=spec["slug"],
                title=spec["title"],
                audience=Term.objects.get(vocabulary=Vocabulary.AUDIENCE, code=spec["audience"]),
                introduction=spec["introduction"],
                search_description=spec["introduction"],
                body=data.stream(spec["body"]),
            )
            add_child(campaign, page)
        pages[spec["audience"]] = page
    spec = data.read("easy_read")
    parent = pages[spec["parent"]]
    if child(parent, spec["slug"]) is None:
        rows = [
            (
                "row",
                {
                    "image": ensure_image(
                        f"Easy Read: {row['image_alt']}", row["colour"], f"easy-read-{number}"
                    ),
                    "image_alt": row["image_alt"],
                    "text": row["text"],
                },
            )
            for number, row in enumerate(spec["rows"])
        ]
        add_child(parent, EasyReadPage(slug=spec["slug"], title=spec["title"], body=rows))
    return pages


def ensure_stories(campaign, today):
    spec = data.read("stories")
    index = child(campaign, spec["index"]["slug"])
    if index is None:
        index = add_child(campaign, StoryIndexPage(**spec["index"]))
    stories = {}
    for story_spec in spec["stories"]:
        story = child(index, story_spec["slug"])
        if story is None:
            story = StoryPage(
                **{
                    name: story_spec[name]
                    for name in ("slug", "title", "person_name", "pull_quote", "summary", "body")
                },
                photo=ensure_image(story_spec["alt"], story_spec["colour"], story_spec["slug"]),
                photo_alt=story_spec["alt"],
                search_description=story_spec["summary"],
                consent_given_on=data.day(story_spec["consent_given_on"], today),
                consent_scope=story_spec["consent_scope"],
                consent_expires_on=data.day(story_spec["consent_expires_on"], today),
            )
            story.audiences.set(terms(Vocabulary.AUDIENCE, story_spec["audiences"]))
            story.interests.set(terms(Vocabulary.INTEREST, story_spec["interests"]))
            add_child(index, story)
        stories[story_spec["slug"]] = story
    return stories


def ensure_events(today):
    events = {}
    for spec in data.read("campaign_events"):
        organisation = OrganisationPage.objects.filter(
            slug=spec["organisation"], locale=Locale.get_default()
        ).first()
        if organisation is None:
            continue
        event = child(organisation, spec["slug"])
        if event is None:
            event = ActivityPage(
                slug=spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                description=f"<p>{spec['summary']}</p>",
                venue=child(organisation, spec["venue"]),
                campaign_event=True,
            )
            event.interests.set(terms(Vocabulary.INTEREST, spec["interests"]))
            event.schedules = [
                ActivitySchedule(
                    frequency=Frequency.ONCE,
                    starts_on=data.day(spec["starts_on"], today),
                    start_time=time.fromisoformat(spec["start_time"]),
                    end_time=time.fromisoformat(spec["end_time"]),
                )
            ]
            add_child(organisation, event)
        events[spec["slug"]] = event
    return events


def ensure_phases(campaign, today, audiences, stories, events):
    specs = data.read("campaign_phases")
    if campaign.phases.exists():
        keys = {spec["name"]: spec["key"] for spec in specs}
        return {keys.get(phase.name, phase.name): phase for phase in campaign.phases.all()}
    campaign.phases = [
        CampaignPhase(
            name=spec["name"],
            starts_on=data.campaign_day(spec["starts_on"], today),
            ends_on=data.campaign_day(spec["ends_on"], today),
            hero_heading=spec["hero_heading"],
            hero_text=spec["hero_text"],
            messages=[("message", message) for message in spec["messages"]],
            audiences=[("audience", audiences[key]) for key in spec["audiences"]],
            featured_stories=[("story", stories[key]) for key in spec["stories"]],
            featured_activities=[
                ("activity", events[key]) for key in spec["activities"] if key in events
            ],
        )
        for spec in specs
    ]
    publish(campaign)
    saved = CampaignPage.objects.get(pk=campaign.pk).phases.all()
    return {spec["key"]: phase for spec, phase in zip(specs, saved, strict=True)}


def ensure_partner_packs(phases):
    for spec in data.read("partner_packs"):
        if PartnerPack.objects.filter(title=spec["title"]).exists():
            continue
        pack = PartnerPack(
            title=spec["title"],
            partner_type=spec["partner_type"],
            audience=Term.objects.get(vocabulary=Vocabulary.AUDIENCE, code=spec["audience"]),
            phase=phases.get(spec["phase"]),
            introduction=spec["introduction"],
            ready_to_use_text=spec["text"],
        )
        assets = []
        for number, asset in enumerate(spec["assets"]):
            kind, seed = asset["kind"], f"pack-{spec['partner_type']}-{number}"
            if kind == "leaflet":
                document = ensure_document(
                    f"{spec['title']}: leaflet",
                    f"{spec['title']}\n\n{spec['text']}\n",
                    f"{seed}.txt",
                )
                files = {"document": document}
            else:
                files = {"image": ensure_image(f"{spec['title']}: {kind}", "#7a2e4d", seed)}
            assets.append(PartnerPackAsset(kind=kind, description=asset["description"], **files))
        pack.assets = assets
        pack.save()
        pack.save_revision().publish()


def invent_counts(entry_point, today):
    """Two weeks of scans (and next steps from search), the same on every load."""
    digest = hashlib.sha256(entry_point.code.encode()).digest()
    for offset in range(14):
        day = today - timedelta(days=offset)
        scans = digest[offset] % 9
        if not scans:
            continue
        ScanCount.objects.create(entry_point=entry_point, day=day, count=scans)
        if entry_point.destination == "search":
            for step, share in (("search", 2), ("activity", 3)):
                NextStepCount.objects.create(
                    entry_point=entry_point, day=day, step=step, count=max(1, scans // share)
                )


def ensure_entry_points(phases, campaign, today):
    areas = {area.slug: area for area in Area.objects.all()}
    for spec in data.read("entry_points"):
        entry_point, created = EntryPoint.objects.get_or_create(
            code=spec["code"],
            defaults={
                "placement": spec["placement"],
                "place": spec["place"],
                "area": areas.get(spec.get("area")),
                "phase": phases.get(spec.get("phase")),
                "destination": spec["destination"],
                "destination_search": spec.get("destination_search", ""),
                "destination_page": campaign if spec["destination"] == "page" else None,
            },
        )
        if created:
            invent_counts(entry_point, today)


def ensure_connected_places():
    areas = {area.slug: area for area in Area.objects.all()}
    for spec in data.read("connected_places"):
        ConnectedPlace.objects.get_or_create(
            name=spec["name"],
            defaults={**spec, "area": areas.get(spec.get("area"))},
        )


def ensure_campaign_translations(campaign):
    spec, phases = data.read("campaign"), data.read("campaign_phases")
    for code, _spec, content in data.translations([spec]):
        translation = new_translation(campaign, code)
        if translation is None:
            continue
        translation.title = content["title"]
        translation.introduction = translation.search_description = content["introduction"]
        # Phases are copied with the page; their words are translated here.
        for phase, phase_spec in zip(translation.phases.all(), phases, strict=False):
            for name, value in phase_spec.get("translations", {}).get(code, {}).items():
                setattr(phase, name, value)
            phase.save()
        publish(translation)


def load_campaign(campaign):
    today = timezone.localdate()
    hero = data.read("campaign")["hero_image"]
    image = ensure_image(hero["title"], hero["colour"], hero["seed"])
    if campaign.hero_image_id is None:
        campaign.hero_image, campaign.hero_image_alt = image, hero["alt"]
        publish(campaign)
    audiences = ensure_audience_pages(campaign)
    stories = ensure_stories(campaign, today)
    events = ensure_events(today)
    phases = ensure_phases(campaign, today, audiences, stories, events)
    ensure_partner_packs(phases)
    ensure_entry_points(phases, campaign, today)
    ensure_connected_places()
    ensure_campaign_translations(CampaignPage.objects.get(pk=campaign.pk))
