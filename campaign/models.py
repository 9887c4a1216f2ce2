"""The getting-connected campaign: its home page and phases, audience and Easy Read
pages, residents' stories, partner packs, connected places and QR-coded entry points."""

from datetime import timedelta

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    Page,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaign import blocks
from core.blindindex import BlindIndexField
from core.blocks import BodyStreamBlock
from core.models import BasePage
from directory.models import ActivityPage, Area, DirectoryIndexPage, Term
from directory.taxonomy import Vocabulary

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def localised(queryset, locale):
    """Pages in the reader's language where translated, else in the default language."""
    pages = list(queryset)
    by_key = {}
    for page in pages:
        if page.locale_id == locale.pk or page.translation_key not in by_key:
            by_key[page.translation_key] = page
    return [page for page in pages if by_key.get(page.translation_key) is page]


def upcoming_campaign_events(locale, count=6):
    """The directory's activities marked for the campaign that have a date to come,
    soonest first, each with its next session."""
    now = timezone.now()
    activities = (
        ActivityPage.objects.live()
        .public()
        .filter(campaign_event=True, next_session_start__isnull=False)
        .filter(locale__in=[locale.pk, *_default_locale_ids()])
        .select_related("venue", "venue__area")
        .order_by("next_session_start")
    )
    events = []
    for activity in localised(activities, locale):
        sessions = activity.upcoming_sessions(count=1, after=now)
        if sessions:
            events.append((activity, sessions[0]))
    events.sort(key=lambda event: event[1].start)
    return events[:count]


def _default_locale_ids():
    return [Locale.get_default().pk]


# Campaign home and phases


class CampaignPage(RoutablePageMixin, BasePage):
    """The campaign's home: what the public sees follows the phase that is on today."""

    introduction = models.TextField(_("introduction"), max_length=400)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(_("what the hero image shows"), max_length=200, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True)

    subpage_types = ["campaign.AudiencePage", "campaign.StoryIndexPage", "core.StandardPage"]
    # What the wording guidance (core.wording) reads when an editor saves.
    wording_fields = ["title", "introduction", "body", "phases"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
        InlinePanel("phases", label=_("Phases"), heading=_("Phases")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("hero_image_alt"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
        TranslatableField("phases"),
    ]

    class Meta:
        verbose_name = _("campaign home")
        verbose_name_plural = _("campaign homes")

    @property
    def preview_modes(self):
        """'As it is today', then one mode for each phase, so editors can check any phase."""
        return [
            ("", _("As it is today")),
            *((f"phase-{number}", phase.name) for number, phase in enumerate(self.phases.all())),
        ]

    def current_phase(self, on=None):
        """The phase whose dates include the day (today, in the borough), if any."""
        day = on or timezone.localdate()
        for phase in self.phases.all():
            if phase.starts_on <= day <= phase.ends_on:
                return phase
        return None

    def phase_for(self, request):
        mode = getattr(request, "preview_mode", None) or ""
        if getattr(request, "is_preview", False) and mode.startswith("phase-"):
            phases = list(self.phases.all())
            number = mode.removeprefix("phase-")
            if number.isdigit() and int(number) < len(phases):
                return phases[int(number)]
        return self.current_phase()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        phase = self.phase_for(request)
        context["phase"] = phase
        context["events"] = upcoming_campaign_events(self.locale)
        context["audience_pages"] = (
            phase.audience_pages() if phase else self.audience_pages()
        ) or self.audience_pages()
        context["stories"] = phase.stories() if phase else []
        context["featured_activities"] = phase.activities() if phase else []
        context["story_index"] = StoryIndexPage.objects.child_of(self).live().first()
        context["find_url"] = find_url(self.locale)
        return context

    def audience_pages(self):
        return list(AudiencePage.objects.child_of(self).live().public())

    @path("")
    def campaign_view(self, request):
        return self.render(request)

    @path("partners/")
    def partner_packs_view(self, request):
        from campaign.views import partner_packs

        return partner_packs(request, self)

    @path("partners/<int:pack_id>/download/")
    def partner_pack_download_view(self, request, pack_id):
        from campaign.packs import pack_zip_response

        pack = PartnerPack.objects.filter(pk=pack_id, live=True).first()
        if pack is None:
            raise Http404
        return pack_zip_response(pack)

    @path("connected-places/")
    def connected_places_view(self, request):
        from campaign.views import connected_places

        return connected_places(request, self)

    @path("connected-places/join/")
    def connected_place_join_view(self, request):
        from campaign.views import connected_place_join

        return connected_place_join(request, self)


class CampaignPhase(TranslatableMixin, Orderable):
    """One phase of the campaign: its dates, audiences and what it says."""

    wording_fields = ["name", "hero_heading", "hero_text", "messages"]

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("name"), max_length=80)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400)
    messages = StreamField(blocks.PhaseMessagesBlock(), blank=True, verbose_name=_("key messages"))
    audiences = StreamField(
        blocks.PhaseAudiencesBlock(), blank=True, verbose_name=_("priority audiences")
    )
    featured_stories = StreamField(
        blocks.FeaturedStoriesBlock(), blank=True, verbose_name=_("featured stories")
    )
    featured_activities = StreamField(
        blocks.FeaturedActivitiesBlock(), blank=True, verbose_name=_("featured activities")
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        FieldPanel("messages"),
        FieldPanel("audiences"),
        FieldPanel("featured_stories"),
        FieldPanel("featured_activities"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        TranslatableField("messages"),
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
        SynchronizedField("audiences"),
        SynchronizedField("featured_stories"),
        SynchronizedField("featured_activities"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def __str__(self):
        return f"{self.page.title}: {self.name}" if self.page_id else self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day must be on or after the first.")})

    @property
    def poster_message(self):
        messages = [block.value for block in self.messages]
        return messages[0] if messages else self.hero_heading

    def _pages(self, stream):
        # Chosen in the source language; shown in the reader's where translated.
        pages = [block.value.specific.localized for block in stream if block.value]
        return [page for page in pages if page.live]

    def audience_pages(self):
        return self._pages(self.audiences)

    def stories(self):
        return [story for story in self._pages(self.featured_stories) if story.consent_is_valid()]

    def activities(self):
        return self._pages(self.featured_activities)


# Audience and Easy Read pages


def audience_field(verbose_name, **kwargs):
    return models.ForeignKey(
        Term,
        verbose_name=verbose_name,
        limit_choices_to={"vocabulary": Vocabulary.AUDIENCE},
        on_delete=models.PROTECT,
        related_name="+",
        **kwargs,
    )


class AudiencePage(BasePage):
    """A page written for one of the campaign's priority audiences."""

    audience = audience_field(_("audience"))
    introduction = models.TextField(_("introduction"), max_length=400)
    body = StreamField(BodyStreamBlock(), blank=True)

    parent_page_types = ["campaign.CampaignPage"]
    subpage_types = ["campaign.EasyReadPage"]
    wording_fields = ["title", "introduction", "body"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("audience"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
        SynchronizedField("audience"),
    ]

    class Meta:
        verbose_name = _("campaign audience page")
        verbose_name_plural = _("campaign audience pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["easy_read"] = EasyReadPage.objects.child_of(self).live().public().first()
        context["stories"] = [
            story
            for story in StoryPage.objects.live()
            .public()
            .filter(locale=self.locale, audiences=self.audience)
            .order_by("-first_published_at")[:3]
            if story.consent_is_valid()
        ]
        context["events"] = upcoming_campaign_events(self.locale)
        context["find_url"] = find_url(self.locale, f"audience={self.audience.code}")
        return context


def find_url(locale, query=""):
    find = DirectoryIndexPage.objects.live().filter(locale=locale).first()
    find = find or DirectoryIndexPage.objects.live().first()
    if find is None:
        return ""
    return find.url + (f"?{query}" if query else "")


class EasyReadPage(RoutablePageMixin, BasePage):
    """The Easy Read version of an audience page: a picture beside every block of
    short sentences, large text, and a printable PDF."""

    body = StreamField(blocks.EasyReadStreamBlock())

    parent_page_types = ["campaign.AudiencePage"]
    subpage_types = []
    wording_fields = ["title", "body"]

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]

    class Meta:
        verbose_name = _("Easy Read page")
        verbose_name_plural = _("Easy Read pages")

    @path("")
    def easy_read_view(self, request):
        return self.render(request)

    @path("print/")
    def pdf_view(self, request):
        from campaign.pdf import easy_read_pdf_response

        return easy_read_pdf_response(self)


# Stories


class StoryIndexPage(BasePage):
    """Residents' stories, filterable by audience (a plain GET form)."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["campaign.CampaignPage"]
    subpage_types = ["campaign.StoryPage"]
    wording_fields = ["title", "introduction"]

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]

    class Meta:
        verbose_name = _("story list")
        verbose_name_plural = _("story lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = StoryPage.objects.child_of(self).live().public().order_by("-first_published_at")
        stories = [story for story in stories if story.consent_is_valid()]
        audience_ids = {term.pk for story in stories for term in story.audiences.all()}
        audiences = [
            term
            for term in Term.objects.filter(vocabulary=Vocabulary.AUDIENCE)
            if term.pk in audience_ids
        ]
        chosen = request.GET.get("audience", "")
        chosen_term = next((term for term in audiences if term.code == chosen), None)
        if chosen_term is not None:
            stories = [story for story in stories if chosen_term in list(story.audiences.all())]
        context.update(stories=stories, audiences=audiences, chosen_audience=chosen_term)
        return context


class StoryPage(BasePage):
    """A resident's story, shown only while the resident's consent lasts."""

    person_name = models.CharField(
        _("name shown"), max_length=60, help_text=_("First name only, as the resident agreed.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    photo_alt = models.CharField(_("what the photo shows"), max_length=200)
    pull_quote = models.CharField(_("pull quote"), max_length=200)
    summary = models.TextField(_("summary"), max_length=300)
    body = RichTextField(_("story"), features=RICH_TEXT_FEATURES)
    audiences = ParentalManyToManyField(
        Term,
        related_name="+",
        blank=True,
        limit_choices_to={"vocabulary": Vocabulary.AUDIENCE},
        verbose_name=_("audiences"),
    )
    interests = ParentalManyToManyField(
        Term,
        related_name="+",
        blank=True,
        limit_choices_to={"vocabulary": Vocabulary.INTEREST},
        verbose_name=_("interests"),
        help_text=_("Used for 'Try something like this'."),
    )
    consent_given_on = models.DateField(_("consent given on"))
    consent_scope = models.TextField(
        _("what was agreed"),
        help_text=_("For example: story, first name and photo on the website and posters."),
    )
    consent_expires_on = models.DateField(_("consent ends on"), null=True, blank=True)
    consent_withdrawn_on = models.DateField(_("consent withdrawn on"), null=True, blank=True)

    parent_page_types = ["campaign.StoryIndexPage"]
    subpage_types = []
    wording_fields = ["title", "pull_quote", "summary", "body"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("person_name"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("pull_quote"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("interests", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("consent_given_on"),
                FieldPanel("consent_scope"),
                FieldRowPanel(
                    [FieldPanel("consent_expires_on"), FieldPanel("consent_withdrawn_on")]
                ),
            ],
            heading=_("Consent"),
            help_text=_(
                "The story is unpublished automatically when consent ends or is withdrawn."
            ),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("pull_quote"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("photo_alt"),
        TranslatableField("pull_quote"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("person_name"),
        SynchronizedField("photo"),
        SynchronizedField("audiences"),
        SynchronizedField("interests"),
        SynchronizedField("consent_given_on"),
        SynchronizedField("consent_scope"),
        SynchronizedField("consent_expires_on"),
        SynchronizedField("consent_withdrawn_on"),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def consent_is_valid(self, on=None):
        day = on or timezone.localdate()
        if self.consent_withdrawn_on and self.consent_withdrawn_on <= day:
            return False
        return not (self.consent_expires_on and self.consent_expires_on < day)

    def serve(self, request, *args, **kwargs):
        # Never shown once consent has ended, even before the daily command unpublishes it.
        if not self.consent_is_valid():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def similar_activities(self, count=3):
        """Live directory activities that share the story's interests, soonest first."""
        interests = list(self.interests.all())
        if not interests:
            return []
        activities = (
            ActivityPage.objects.live()
            .public()
            .filter(interests__in=interests, next_session_start__isnull=False)
            .filter(locale__in=[self.locale_id, *_default_locale_ids()])
            .distinct()
            .order_by("next_session_start")
        )
        return localised(activities[: count * 4], self.locale)[:count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["similar_activities"] = self.similar_activities()
        return context


def stories_past_consent(on=None):
    """Live stories whose consent has expired or been withdrawn."""
    day = on or timezone.localdate()
    return StoryPage.objects.live().filter(
        models.Q(consent_withdrawn_on__lte=day) | models.Q(consent_expires_on__lt=day)
    )


# Partner packs


class PartnerType(models.TextChoices):
    GP = "gp", _("GP practices")
    UNIVERSITY = "university", _("Universities and colleges")
    TENANTS = "tenants", _("Tenants' and residents' associations")
    VCSE = "vcse", _("Voluntary and community groups")
    BUSINESS = "business", _("Businesses")


class PartnerPack(
    TranslatableMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel
):
    """Posters, leaflets, social media images and ready-to-use text for partners
    to share with one audience during one phase.

    Edited like a page: saving keeps a draft revision and only publishing changes
    what partners see (the row holds the published version). Each language is
    a wagtail-localize translation of the English pack."""

    title = models.CharField(_("title"), max_length=120)
    partner_type = models.CharField(_("for"), max_length=12, choices=PartnerType.choices)
    audience = audience_field(_("audience"), null=True, blank=True)
    phase = models.ForeignKey(
        CampaignPhase,
        verbose_name=_("phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_packs",
    )
    introduction = models.TextField(_("introduction"), max_length=400)
    ready_to_use_text = models.TextField(
        _("ready-to-use text"),
        help_text=_("Text partners can copy into newsletters, websites and social media."),
    )
    # Deleting a pack deletes its revisions (Wagtail's documented pattern).
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="partner_pack")

    wording_fields = ["title", "introduction", "ready_to_use_text"]

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("partner_type"), FieldPanel("audience"), FieldPanel("phase")]),
        FieldPanel("introduction"),
        FieldPanel("ready_to_use_text"),
        InlinePanel("assets", label=_("Files"), heading=_("Files")),
    ]
    # Words are translated; what the pack is for, and its files, stay the source's.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("introduction"),
        TranslatableField("ready_to_use_text"),
        TranslatableField("assets"),
        SynchronizedField("partner_type"),
        SynchronizedField("audience"),
        SynchronizedField("phase"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("partner pack")
        verbose_name_plural = _("partner packs")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions


def published_packs(locale):
    """The published packs in the reader's language, or in the default language where
    a pack has no published translation."""
    packs = (
        PartnerPack.objects.filter(live=True, locale__in=[locale, Locale.get_default()])
        .select_related("audience", "phase")
        .prefetch_related(
            models.Prefetch(
                "assets",
                queryset=PartnerPackAsset.objects.select_related("document", "image"),
            )
        )
    )
    return localised(packs, locale)


class AssetKind(models.TextChoices):
    POSTER = "poster", _("Poster")
    LEAFLET = "leaflet", _("Leaflet")
    SOCIAL = "social", _("Social media image")
    SCREEN = "screen", _("Screen slide")


class PartnerPackAsset(TranslatableMixin, Orderable):
    pack = ParentalKey(PartnerPack, on_delete=models.CASCADE, related_name="assets")
    kind = models.CharField(_("kind"), max_length=10, choices=AssetKind.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.TextField(
        _("text description"),
        max_length=500,
        help_text=_("What the file shows and says, for people who cannot see it."),
    )

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("document"), FieldPanel("image")]),
        FieldPanel("description"),
    ]
    # A translation describes the same file in its own language.
    translatable_fields = [
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("document"),
        SynchronizedField("image"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def clean(self):
        if bool(self.document_id) == bool(self.image_id):
            raise ValidationError(_("Choose a document or an image, not both."))

    @property
    def file(self):
        return (self.document or self.image).file

    @property
    def url(self):
        return self.document.url if self.document_id else self.image.file.url


# Connected places


class PlaceKind(models.TextChoices):
    CAFE = "cafe", _("Cafe")
    PUB = "pub", _("Pub")
    SHOP = "shop", _("Shop")
    LIBRARY = "library", _("Library")
    OTHER = "other", _("Other")


class PlaceStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class ConnectedPlace(models.Model):
    """A cafe, pub, shop or library that pledges to be a welcoming place."""

    name = models.CharField(_("name of the place"), max_length=120)
    kind = models.CharField(_("kind of place"), max_length=10, choices=PlaceKind.choices)
    address = models.CharField(_("address"), max_length=200)
    area = models.ForeignKey(
        Area, verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL
    )
    offer = models.TextField(
        _("what you will offer"),
        max_length=500,
        help_text=_("For example: a table where anyone can join a chat, free tea on Tuesdays."),
    )
    contact_name = models.CharField(_("contact name"), max_length=80)
    contact_email = models.EmailField(_("contact email"))
    status = models.CharField(
        _("status"), max_length=10, choices=PlaceStatus.choices, default=PlaceStatus.PENDING
    )
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    # Blind indexes: an administrator finds the person's records (core/subjectaccess.py).
    contact_name_index = BlindIndexField(source="contact_name", kind="name")
    contact_email_index = BlindIndexField(source="contact_email", kind="email")

    panels = [
        "name",
        "kind",
        "address",
        "area",
        "offer",
        "contact_name",
        "contact_email",
        "status",
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("connected place")
        verbose_name_plural = _("connected places")

    def __str__(self):
        return self.name


# QR-coded entry points

CODE_VALIDATOR = RegexValidator(
    r"^[a-z0-9][a-z0-9-]{0,39}$",
    _("Use letters, numbers and hyphens only, up to 40 characters."),
)


class Placement(models.TextChoices):
    POSTER = "poster", _("Poster")
    BUS_STOP = "bus-stop", _("Bus stop")
    LEAFLET = "leaflet", _("Leaflet")
    GIVEAWAY = "giveaway", _("Giveaway")
    GP_SCREEN = "gp-screen", _("GP screen")


class Destination(models.TextChoices):
    PAGE = "page", _("A page")
    SEARCH = "search", _("A saved directory search")
    GET_A_HAND = "get-a-hand", _("The get-a-hand form")


class EntryPoint(models.Model):
    """A printed way in (a QR code and a short address); where it leads can change
    after printing."""

    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        validators=[CODE_VALIDATOR],
        help_text=_("Letters, numbers and hyphens; not case-sensitive. Printed on the poster."),
    )
    placement = models.CharField(_("placement"), max_length=10, choices=Placement.choices)
    place = models.CharField(_("place"), max_length=120, help_text=_("Where it is put up."))
    area = models.ForeignKey(
        Area, verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL
    )
    phase = models.ForeignKey(
        CampaignPhase,
        verbose_name=_("phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="entry_points",
    )
    destination = models.CharField(
        _("leads to"), max_length=10, choices=Destination.choices, default=Destination.PAGE
    )
    destination_page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    destination_search = models.CharField(
        _("directory search"),
        max_length=300,
        blank=True,
        help_text=_("The find page's filters, for example interest=music&area=fenmoor"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("placement"), FieldPanel("place"), FieldPanel("area")]),
        FieldPanel("phase"),
        MultiFieldPanel(
            [
                FieldPanel("destination"),
                FieldPanel("destination_page"),
                FieldPanel("destination_search"),
            ],
            heading=_("Where it leads"),
        ),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("entry point")
        verbose_name_plural = _("entry points")

    def __str__(self):
        return self.code.upper()

    def save(self, *args, **kwargs):
        self.code = self.code.lower()
        super().save(*args, **kwargs)

    def clean(self):
        self.code = (self.code or "").strip().lower()
        self.destination_search = self.destination_search.strip().lstrip("?")
        if self.destination == Destination.PAGE and not self.destination_page_id:
            raise ValidationError({"destination_page": _("Choose the page it leads to.")})
        if self.destination == Destination.SEARCH and not self.destination_search:
            raise ValidationError({"destination_search": _("Enter the search it leads to.")})

    @property
    def source_marker(self):
        """How the self-referral form learns where someone came in."""
        return f"qr:{self.code}"


class ScanCount(models.Model):
    """Scans of an entry point on one day. No address, no time, no cookie."""

    entry_point = models.ForeignKey(EntryPoint, on_delete=models.CASCADE, related_name="scans")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry_point", "day"], name="unique_scan_day")
        ]

    def __str__(self):
        return f"{self.entry_point}: {self.day} ({self.count})"


class NextStep(models.TextChoices):
    SEARCH = "search", _("Directory searches")
    ACTIVITY = "activity", _("Activity views")


class NextStepCount(models.Model):
    """What people who came in through an entry point did next, counted per day."""

    entry_point = models.ForeignKey(EntryPoint, on_delete=models.CASCADE, related_name="next_steps")
    day = models.DateField()
    step = models.CharField(max_length=10, choices=NextStep.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["entry_point", "day", "step"], name="unique_next_step_day"
            )
        ]

    def __str__(self):
        return f"{self.entry_point}: {self.day} {self.step} ({self.count})"


def days_between(first, last):
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
