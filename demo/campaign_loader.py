"""Loads the campaign's demo content (core/demo/campaign.py) beneath the home page."""

# Demo text (Arabic included) reads better unbroken.
# ruff: noqa: E501

import hashlib
import io
from datetime import date, time, timedelta

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
from demo import campaign as demo
from directory.models import ActivityPage, ActivitySchedule, Area, OrganisationPage, Term
from directory.schedules import Frequency
from directory.taxonomy import Vocabulary

ARABIC = {
    "title": "لنتواصل في Kellbrook",
    "introduction": "كلنا نشعر بالوحدة في وقت ما من حياتنا. لا عيب في ذلك، وهناك طرق كثيرة للتعرّف على أناس قريبين منك.",
    "phases": [
        (
            "أسبوع التوعية بالوحدة",
            "كلنا نشعر بها في وقت ما. لنتحدث عنها.",
            "في يونيو تفتح مجموعات في أنحاء Kellbrook أبوابها لجلسات تجريبية ونزهات ووجبات مشتركة. تعال، الجميع مرحَّب بهم.",
        ),
        (
            "الطلاب",
            "جديد في Kellbrook؟ ستجد من يشبهك.",
            "بداية الدراسة في الكلية أو الجامعة مثيرة، وقد يستغرق الشعور بالانتماء بعض الوقت. النوادي ومقاهي اللغات والتطوع طرق جيدة للبدء.",
        ),
        (
            "الشتاء",
            "أماكن دافئة ووجوه ودودة هذا الشتاء",
            "الأيام القصيرة قد تصعّب الخروج. نوادي الغداء والأماكن الدافئة والمكالمات الهاتفية متاحة طوال الشتاء.",
        ),
    ],
}


def illustration(title, colour, seed, size=(800, 600)):
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
        image.file = ImageFile(io.BytesIO(illustration(title, colour, seed)), name=f"{seed}.png")
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


def child(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def publish(page):
    page.save_revision().publish()
    return page


def ensure_campaign_home(home):
    campaign = child(home, "getting-connected")
    if campaign is not None and not isinstance(campaign, CampaignPage):
        # Databases loaded before the campaign existed have a plain page here.
        for old_page in list(campaign.get_translations(inclusive=True)):
            old_page.delete()
        campaign = None
    if campaign is None:
        campaign = CampaignPage(
            slug="getting-connected",
            title="Getting connected in Kellbrook",
            show_in_menus=True,
            search_description="Our campaign: talking about loneliness, and finding ways to connect.",
            introduction=demo.INTRODUCTION,
        )
        home.add_child(instance=campaign)
        publish(campaign)
    return campaign


def phase_dates(today):
    """Launch in June, students from September, winter from mid-December to May:
    the demo always has a phase on."""
    year = today.year if today >= date(today.year, 6, 1) else today.year - 1
    return {
        "launch": (date(year, 6, 1), date(year, 8, 31)),
        "students": (date(year, 9, 1), date(year, 12, 14)),
        "winter": (date(year, 12, 15), date(year + 1, 5, 31)),
    }


def term(vocabulary, code):
    return Term.objects.get(vocabulary=vocabulary, code=code)


def ensure_audience_pages(campaign, images):
    pages = {}
    for spec in demo.AUDIENCES:
        page = child(campaign, spec["slug"])
        if page is None:
            page = AudiencePage(
                slug=spec["slug"],
                title=spec["title"],
                audience=term(Vocabulary.AUDIENCE, spec["audience"]),
                introduction=spec["introduction"],
                search_description=spec["introduction"],
                body=[("paragraph", spec["body"])],
            )
            campaign.add_child(instance=page)
            publish(page)
        pages[spec["audience"]] = page
    learning = pages["learning-disabilities"]
    if child(learning, "easy-read") is None:
        rows = [
            (
                "row",
                {
                    "image": ensure_image(f"Easy Read: {alt}", colour, f"easy-read-{number}"),
                    "image_alt": alt,
                    "text": text,
                },
            )
            for number, (alt, colour, text) in enumerate(demo.EASY_READ["rows"])
        ]
        easy_read = EasyReadPage(slug="easy-read", title=demo.EASY_READ["title"], body=rows)
        learning.add_child(instance=easy_read)
        publish(easy_read)
    return pages


def ensure_stories(campaign, today):
    index = child(campaign, "stories")
    if index is None:
        index = StoryIndexPage(
            slug="stories",
            title="Local people's stories",
            introduction="Kellbrook residents on how they got connected. Names and details are shared with their agreement.",
        )
        campaign.add_child(instance=index)
        publish(index)
    stories = {}
    for spec in demo.STORIES:
        story = child(index, spec["slug"])
        if story is None:
            story = StoryPage(
                slug=spec["slug"],
                title=spec["title"],
                person_name=spec["person_name"],
                photo=ensure_image(spec["alt"], spec["colour"], spec["slug"]),
                photo_alt=spec["alt"],
                pull_quote=spec["pull_quote"],
                summary=spec["summary"],
                search_description=spec["summary"],
                body=spec["body"],
                consent_given_on=today - timedelta(days=60),
                consent_scope="Story, first name and photo on the website, posters and social media.",
                consent_expires_on=today + timedelta(days=700),
            )
            story.audiences.set(
                Term.objects.filter(vocabulary=Vocabulary.AUDIENCE, code__in=spec["audiences"])
            )
            story.interests.set(
                Term.objects.filter(vocabulary=Vocabulary.INTEREST, code__in=spec["interests"])
            )
            index.add_child(instance=story)
            publish(story)
        stories[spec["slug"]] = story
    return stories


def ensure_events(today):
    organisation = OrganisationPage.objects.filter(
        slug="ashgrove-community-centre-trust", locale=Locale.get_default()
    ).first()
    if organisation is None:
        return []
    venue = organisation.get_children().filter(slug="ashgrove-community-centre").specific().first()
    events = []
    for slug, title, summary, days, interests in demo.EVENTS:
        event = child(organisation, slug)
        if event is None:
            event = ActivityPage(
                slug=slug,
                title=title,
                summary=summary,
                description=f"<p>{summary}</p>",
                venue=venue,
                campaign_event=True,
            )
            event.interests.set(
                Term.objects.filter(vocabulary=Vocabulary.INTEREST, code__in=interests)
            )
            event.schedules = [
                ActivitySchedule(
                    frequency=Frequency.ONCE,
                    starts_on=today + timedelta(days=days),
                    start_time=time(11, 0),
                    end_time=time(14, 0),
                )
            ]
            organisation.add_child(instance=event)
            publish(event)
        events.append(event)
    return events


def ensure_phases(campaign, today, audiences, stories, events):
    if campaign.phases.exists():
        keys = {spec["name"]: spec["key"] for spec in demo.PHASES}
        return {keys.get(phase.name, phase.name): phase for phase in campaign.phases.all()}
    dates = phase_dates(today)
    story_keys = {
        "launch": ["keiths-story", "priyas-story", "amaras-story"],
        "students": ["amaras-story", "deans-story", "sams-story"],
        "winter": ["georges-story", "keiths-story", "priyas-story"],
    }
    audience_keys = {
        "launch": ["age-16-24", "age-65-plus", "learning-disabilities"],
        "students": ["age-16-24"],
        "winter": ["age-65-plus", "learning-disabilities"],
    }
    campaign.phases = [
        CampaignPhase(
            name=spec["name"],
            starts_on=dates[spec["key"]][0],
            ends_on=dates[spec["key"]][1],
            hero_heading=spec["hero_heading"],
            hero_text=spec["hero_text"],
            messages=[("message", message) for message in spec["messages"]],
            audiences=[("audience", audiences[key]) for key in audience_keys[spec["key"]]],
            featured_stories=[("story", stories[key]) for key in story_keys[spec["key"]]],
            featured_activities=[("activity", event) for event in events[:2]],
        )
        for spec in demo.PHASES
    ]
    publish(campaign)
    saved = CampaignPage.objects.get(pk=campaign.pk).phases.all()
    return {spec["key"]: phase for spec, phase in zip(demo.PHASES, saved, strict=True)}


def ensure_partner_packs(phases):
    for spec in demo.PARTNER_PACKS:
        if PartnerPack.objects.filter(title=spec["title"]).exists():
            continue
        pack = PartnerPack(
            title=spec["title"],
            partner_type=spec["partner_type"],
            audience=term(Vocabulary.AUDIENCE, spec["audience"]),
            phase=phases.get(spec["phase"]),
            introduction=spec["introduction"],
            ready_to_use_text=spec["text"],
        )
        assets = []
        for number, (kind, description) in enumerate(spec["assets"]):
            seed = f"pack-{spec['partner_type']}-{number}"
            if kind == "leaflet":
                document = ensure_document(
                    f"{spec['title']}: leaflet",
                    f"{spec['title']}\n\n{spec['text']}\n",
                    f"{seed}.txt",
                )
                assets.append(
                    PartnerPackAsset(kind=kind, document=document, description=description)
                )
            else:
                image = ensure_image(f"{spec['title']}: {kind}", "#7a2e4d", seed)
                assets.append(PartnerPackAsset(kind=kind, image=image, description=description))
        pack.assets = assets
        pack.save()
        pack.save_revision().publish()


def ensure_entry_points(phases, campaign, today):
    areas = {area.slug: area for area in Area.objects.all()}
    for code, placement, place, area, destination, search, phase_key in demo.ENTRY_POINTS:
        entry_point, created = EntryPoint.objects.get_or_create(
            code=code,
            defaults={
                "placement": placement,
                "place": place,
                "area": areas.get(area),
                "phase": phases.get(phase_key),
                "destination": destination,
                "destination_search": search,
                "destination_page": campaign if destination == "page" else None,
            },
        )
        if not created:
            continue
        digest = hashlib.sha256(code.encode()).digest()
        for offset in range(14):
            day = today - timedelta(days=offset)
            scans = digest[offset] % 9
            if scans:
                ScanCount.objects.create(entry_point=entry_point, day=day, count=scans)
                if destination == "search":
                    NextStepCount.objects.create(
                        entry_point=entry_point, day=day, step="search", count=max(1, scans // 2)
                    )
                    NextStepCount.objects.create(
                        entry_point=entry_point, day=day, step="activity", count=max(1, scans // 3)
                    )


def ensure_connected_places():
    areas = {area.slug: area for area in Area.objects.all()}
    for name, kind, address, area, offer, status in demo.CONNECTED_PLACES:
        ConnectedPlace.objects.get_or_create(
            name=name,
            defaults={
                "kind": kind,
                "address": address,
                "area": areas.get(area),
                "offer": offer,
                "contact_name": "Alex Morgan",
                "contact_email": "places@example.org",
                "status": status,
            },
        )


def ensure_arabic_campaign_home(campaign):
    locale = Locale.objects.filter(language_code="ar").first()
    if locale is None or campaign.get_translation_or_none(locale) is not None:
        return
    translation = campaign.copy_for_translation(locale)
    translation.title = ARABIC["title"]
    translation.introduction = translation.search_description = ARABIC["introduction"]
    for phase, (name, heading, text) in zip(
        translation.phases.all(), ARABIC["phases"], strict=False
    ):
        phase.name, phase.hero_heading, phase.hero_text = name, heading, text
        phase.messages = []
        phase.save()
    publish(translation)


def load_campaign(campaign):
    today = timezone.localdate()
    hero = ensure_image("People chatting at a community cafe", "#7a2e4d", "campaign-hero")
    if campaign.hero_image_id is None:
        campaign.hero_image = hero
        campaign.hero_image_alt = (
            "Neighbours of different ages chatting over tea at a community cafe"
        )
        publish(campaign)
    audiences = ensure_audience_pages(campaign, {})
    stories = ensure_stories(campaign, today)
    events = ensure_events(today)
    phases = ensure_phases(campaign, today, audiences, stories, events)
    ensure_partner_packs(phases)
    ensure_entry_points(phases, campaign, today)
    ensure_connected_places()
    ensure_arabic_campaign_home(CampaignPage.objects.get(pk=campaign.pk))
