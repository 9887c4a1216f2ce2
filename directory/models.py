"""Activities, the organisations that run them and the venues they meet at.

The shape follows Open Referral UK: an organisation (OrganisationPage) offers
services (ActivityPage) at locations (VenuePage) on a schedule
(ActivitySchedule), described by taxonomy terms (Term).
"""

import itertools
import uuid
from datetime import timedelta
from html import unescape

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Subquery, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.log_actions import log
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blindindex import BlindIndexField
from core.crypto import EncryptedTextField
from core.languages import in_default_language
from core.models import BasePage
from core.outbox import Message, Outbox
from core.pagecache import content_changed
from directory.calendar import activities_calendar, activity_calendar, calendar_response
from directory.closures import closure_breaks
from directory.freshness import ListingState, listing_state, next_check_due
from directory.identifiers import (
    COMPANIES_HOUSE,
    charity_number,
    charity_scheme,
    company_number,
    other_identifier,
)
from directory.schedules import (
    Frequency,
    WeekOfMonth,
    dated_sessions,
    upcoming_sessions,
    without_breaks,
)
from directory.structured_data import activity_json_ld
from directory.taxonomy import INTEREST_INVITATIONS, LABELS, TERMS, CostBand, Vocabulary

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class Term(models.Model):
    """One value of a fixed vocabulary (taxonomy.py); rows mirror that file."""

    vocabulary = models.CharField(max_length=20, choices=Vocabulary.choices)
    code = models.SlugField(max_length=50)
    # Stable public identifier, used as the Open Referral taxonomy_term id.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["vocabulary", "sort_order"]
        constraints = [
            models.UniqueConstraint(fields=["vocabulary", "code"], name="unique_term_code")
        ]

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        return LABELS.get((self.vocabulary, self.code), self.code)


class Area(models.Model):
    """A neighbourhood of the borough, for filtering and for gap analysis."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = ["name", "slug"]

    class Meta:
        ordering = ["name"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")

    def __str__(self):
        return self.name


def vocabulary_field(vocabulary, verbose_name, help_text=""):
    return ParentalManyToManyField(
        Term,
        related_name="+",
        blank=True,
        limit_choices_to={"vocabulary": vocabulary},
        verbose_name=verbose_name,
        help_text=help_text,
    )


class DirectoryIndexPage(RoutablePageMixin, BasePage):
    """The find page: search and filters over every activity beneath it, and
    a browse page for each interest."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=400)
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("where to get help"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Offered when a search finds nothing: for example, asking a connector."),
    )

    subpage_types = ["directory.OrganisationPage"]
    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("help_page")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        SynchronizedField("help_page"),
    ]

    class Meta:
        verbose_name = _("directory (find page)")
        verbose_name_plural = _("directories")

    @path("")
    def find_view(self, request):
        # Imported here: the views use the finder, which imports these models.
        from directory.views import find

        return find(request, self)

    @path("calendar/")
    def calendar_view(self, request):
        """A saved search as a calendar: the find page's filters, as .ics."""
        from directory.views import search_calendar

        return search_calendar(request, self)

    @path("browse/<slug:interest>/")
    def browse_view(self, request, interest):
        from directory.views import find

        if (Vocabulary.INTEREST, interest) not in LABELS:
            raise Http404
        return find(request, self, interest=interest)

    def interest_links(self):
        """The browse-by-interest pages, phrased as invitations."""
        return [
            (
                INTEREST_INVITATIONS[code],
                self.url + self.reverse_subpage("browse_view", args=[code]),
            )
            for code, _label in TERMS[Vocabulary.INTEREST]
        ]


class OrganisationPage(RoutablePageMixin, BasePage):
    """A group or organisation; its editors look after everything beneath it."""

    description = RichTextField(_("about the organisation"), features=RICH_TEXT_FEATURES)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(
        _("check listings every (months)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("How often someone should confirm each activity's details are still right."),
    )

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = ["directory.ActivityPage", "directory.VenuePage"]
    wording_fields = ["title", "description"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact"),
        ),
        InlinePanel(
            "identifiers",
            label=_("Identifiers"),
            heading=_("Charity and company numbers"),
            help_text=_("They tell this organisation apart from others with similar names."),
        ),
        FieldPanel("review_interval_months"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("description")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("description"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("identifiers"),
        SynchronizedField("review_interval_months"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["activities"] = self.activities().order_by("title")
        return context

    def activities(self):
        return ActivityPage.objects.child_of(self).live().public()

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A new interval moves every listing's next check.
        for activity in ActivityPage.objects.child_of(self):
            ActivityPage.objects.filter(pk=activity.pk).update(
                review_due_on=next_check_due(activity.last_checked, self.review_interval_months)
            )

    @path("")
    def organisation_view(self, request):
        return self.render(request)

    @path("calendar/")
    def calendar_view(self, request):
        """Every activity of the organisation, for a calendar app to subscribe to."""
        activities = (
            self.activities().select_related("venue").prefetch_related("schedules", "breaks")
        )
        return calendar_response(activities_calendar(self.title, activities, request), self.slug)


class OrganisationIdentifier(Orderable):
    """A number that names the organisation elsewhere: a charity register, Companies
    House, or another scheme (Open Referral's organization_identifier)."""

    class Kind(models.TextChoices):
        CHARITY = "charity", _("Charity number")
        COMPANY = "company", _("Company number")
        OTHER = "other", _("Other identifier")

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="identifiers")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    identifier = models.CharField(_("number or identifier"), max_length=100)
    scheme = models.CharField(
        _("scheme"),
        max_length=40,
        blank=True,
        help_text=_(
            "For another identifier only: its org-id.guide code, for example GB-EDU. "
            "Charity and company numbers get theirs from the number."
        ),
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("identifier")]), FieldPanel("scheme")]

    class Meta(Orderable.Meta):
        verbose_name = _("identifier")
        verbose_name_plural = _("identifiers")

    def __str__(self):
        return f"{self.scheme} {self.identifier}"

    def clean(self):
        """Each number in its one written form, so the same number always matches."""
        if self.kind == self.Kind.CHARITY:
            number = charity_number(self.identifier or "")
            if number is None:
                raise ValidationError(
                    {"identifier": _("Enter a charity number, like 1123456 or SC012345.")}
                )
            self.identifier, self.scheme = number, charity_scheme(number)
        elif self.kind == self.Kind.COMPANY:
            number = company_number(self.identifier or "")
            if number is None:
                raise ValidationError(
                    {"identifier": _("Enter a company number, like 01234567 or SC123456.")}
                )
            self.identifier, self.scheme = number, COMPANIES_HOUSE
        else:
            self.identifier = other_identifier(self.identifier or "")
            self.scheme = other_identifier(self.scheme or "")
            if not self.scheme:
                raise ValidationError({"scheme": _("Enter the identifier's scheme.")})

    @property
    def key(self):
        """What two identifiers share when they name the same organisation."""
        return (self.scheme, self.identifier)


# Python's numbering (Monday is 0), as date.weekday() gives it.
WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class VenuePage(BasePage):
    """Where activities meet: an address, a map position and how to get in."""

    address_line_1 = models.CharField(_("address line 1"), max_length=120)
    address_line_2 = models.CharField(_("address line 2"), max_length=120, blank=True)
    town = models.CharField(_("town"), max_length=60, default="Kellbrook")
    postcode = models.CharField(_("postcode"), max_length=8)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="venues"
    )
    access_notes = models.TextField(
        _("getting in and around"),
        blank=True,
        help_text=_("Entrances, steps, lifts, parking, toilets: what a visitor needs to know."),
    )

    parent_page_types = ["directory.OrganisationPage"]
    subpage_types = []
    wording_fields = ["title", "access_notes"]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("address_line_1"),
                FieldPanel("address_line_2"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
                FieldPanel("area"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        FieldPanel("access_notes"),
        InlinePanel("opening_times", label=_("Opening times"), heading=_("Opening times")),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("access_notes"),
        SynchronizedField("opening_times"),
        SynchronizedField("address_line_1"),
        SynchronizedField("address_line_2"),
        SynchronizedField("town"),
        SynchronizedField("postcode"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("area"),
    ]

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    @property
    def address_lines(self):
        return [
            line
            for line in (self.title, self.address_line_1, self.address_line_2, self.town)
            if line
        ] + [self.postcode]

    def clean(self):
        super().clean()
        self.postcode = " ".join(self.postcode.upper().split())

    def activities_here(self):
        """The live activities meeting here, in this page's language. A translated
        activity may name the venue in another language (it was translated first)."""
        return ActivityPage.objects.live().filter(
            venue__translation_key=self.translation_key, locale_id=self.locale_id
        )


class VenueOpeningTime(Orderable):
    """When a venue is open on one day of the week, e.g. Monday 9am to 5pm."""

    venue = ParentalKey(VenuePage, on_delete=models.CASCADE, related_name="opening_times")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens at"))
    closes = models.TimeField(_("closes at"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening time")
        verbose_name_plural = _("opening times")

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


# What an activity's own page shows besides its fields.
SHOWN_RELATIONS = [
    "schedules",
    "breaks",
    "audiences",
    "access",
    "expectations",
    "modes",
    "languages",
]


# An activity indexed in a chunk carries, for each locale's id after this,
# whether its translation there is live (ActivityPage.find_translated_into).
LIVE_IN = "indexed_live_in_"


class ActivityPage(RoutablePageMixin, BasePage):
    """Something residents can go to: a group, a club, a class, an event."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences, shown in search results."),
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    what_to_expect = RichTextField(
        _("what to expect"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What happens on the day, so a newcomer knows what they are walking into."),
    )
    how_to_join = models.TextField(_("how to join"), blank=True)
    no_need_to_book = models.BooleanField(
        _("no need to book"), default=False, help_text=_("Tick if people can just come along.")
    )
    booking_url = models.URLField(
        _("booking link"), blank=True, help_text=_("Where people book a place, if they must.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("what the image shows"),
        max_length=200,
        blank=True,
        help_text=_("For people who cannot see it. Needed when there is an image."),
    )
    venue = models.ForeignKey(
        VenuePage,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
        help_text=_("Leave empty for activities that run only online or by phone."),
    )
    cost_band = models.CharField(
        _("cost"), max_length=10, choices=CostBand.choices, default=CostBand.FREE
    )
    cost_details = models.CharField(_("cost details"), max_length=200, blank=True)
    contact_name = models.CharField(_("contact name"), max_length=80, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    interests = vocabulary_field(Vocabulary.INTEREST, _("interests"))
    audiences = vocabulary_field(
        Vocabulary.AUDIENCE,
        _("who it's for"),
        _("Leave empty if everyone is welcome."),
    )
    access = vocabulary_field(Vocabulary.ACCESS, _("access"))
    expectations = vocabulary_field(Vocabulary.EXPECT, _("what to expect"))
    modes = vocabulary_field(Vocabulary.MODE, _("how it runs"))
    languages = vocabulary_field(Vocabulary.LANGUAGE, _("languages spoken"), _("Besides English."))

    paused_until = models.DateField(
        _("paused until"),
        null=True,
        blank=True,
        help_text=_("Sessions start again the day after this date."),
    )
    pause_reason = models.CharField(_("why it is paused"), max_length=200, blank=True)
    meets_on_closure_days = models.BooleanField(
        _("meets on closure days"),
        default=False,
        help_text=_(
            "Tick if this group still meets on bank holidays and the other closure days "
            "the directory team lists."
        ),
    )
    last_checked = models.DateField(
        _("last checked"),
        default=timezone.localdate,
        help_text=_("When someone last confirmed these details are right."),
    )
    campaign_event = models.BooleanField(
        _("part of the getting-connected campaign"),
        default=False,
        help_text=_(
            "Shown as a campaign event on the campaign's pages while it has dates to come."
        ),
    )
    # Kept up to date on save and daily (manage.py update_next_sessions), for sorting.
    next_session_start = models.DateTimeField(null=True, blank=True, editable=False)
    # last_checked plus the organisation's review interval, kept on save.
    review_due_on = models.DateField(null=True, blank=True, editable=False)

    parent_page_types = ["directory.OrganisationPage"]
    subpage_types = []
    # What the wording guidance (core.wording) reads when an editor saves.
    wording_fields = [
        "title",
        "summary",
        "description",
        "what_to_expect",
        "how_to_join",
        "cost_details",
        "pause_reason",
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("what_to_expect"),
        FieldPanel("expectations", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("how_to_join"), FieldPanel("no_need_to_book"), FieldPanel("booking_url")],
            heading=_("How to join"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        MultiFieldPanel(
            [InlinePanel("schedules", min_num=1, label=_("Session times"))],
            heading=_("When it meets"),
        ),
        InlinePanel("breaks", label=_("Breaks"), heading=_("Breaks (holidays, closures)")),
        FieldPanel("meets_on_closure_days"),
        MultiFieldPanel(
            [FieldPanel("paused_until"), FieldPanel("pause_reason")],
            heading=_("Paused"),
        ),
        FieldPanel("venue"),
        MultiFieldPanel(
            [FieldPanel("cost_band"), FieldPanel("cost_details")],
            heading=_("Cost"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("interests", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("access", widget=forms.CheckboxSelectMultiple),
                FieldPanel("modes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Helping people find it"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("last_checked"),
        FieldPanel("campaign_event"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("what_to_expect"),
        index.SearchField("organisation_name"),
        # What the search node's finder filters, counts and sorts on (docs/search-engine.md).
        index.FilterField("cost_band"),
        index.FilterField("next_session_start"),
        index.FilterField("review_due_on"),
        index.FilterField("meets_on_closure_days"),
        index.FilterField("find_terms"),
        index.FilterField("find_area"),
        index.FilterField("find_days"),
        index.FilterField("find_times"),
        index.FilterField("find_session_starts"),
        index.FilterField("find_welcomed_on"),
        index.FilterField("find_place"),
        index.FilterField("find_translated_into"),
    ]

    # The find_* methods give the search node what the database finder works out
    # from rows; they read the schedules and breaks the page holds. A page being
    # published is indexed before its new schedules are written, and again once
    # they are (search/wagtail_hooks.py).

    def find_terms(self):
        """The filter codes as "filter:code", for the search node (one keyword field)."""
        from directory.finder import TERM_FILTERS  # the finder imports this module

        return [
            f"{name}:{term.code}"
            for name, relation in TERM_FILTERS.items()
            for term in getattr(self, relation).all()
        ]

    def find_translated_into(self):
        """The locales of its other live translations, whose readers see those instead."""
        live_in = {
            int(name.removeprefix(LIVE_IN)): live
            for name, live in vars(self).items()
            if name.startswith(LIVE_IN)
        }
        if not live_in:  # indexed on its own, not in a chunk of get_indexed_objects
            translations = ActivityPage.objects.live().filter(translation_key=self.translation_key)
            return list(translations.exclude(pk=self.pk).values_list("locale_id", flat=True))
        return [locale for locale, live in live_in.items() if live and locale != self.locale_id]

    def find_area(self):
        return self.venue.area.slug if self.venue_id and self.venue.area_id else None

    def _current_schedules(self):
        today = timezone.localdate()
        return [schedule for schedule in self.schedules.all() if schedule.is_current(today)]

    def find_days(self):
        """Weekdays of the schedules with a session to come; ["none"] when there is
        no such schedule, so that the node can leave the activity out."""
        schedules = self._current_schedules()
        if not schedules:
            return ["none"]
        # A one-off date's weekday is stored when the schedule is saved, maybe after this.
        weekdays = {
            schedule.starts_on.weekday()
            if schedule.frequency == Frequency.ONCE
            else schedule.weekday
            for schedule in schedules
        }
        return sorted(str(day) for day in weekdays if day is not None) or ["any"]

    def find_times(self):
        from directory.finder import TIME_RANGES

        return sorted(
            {
                str(period)
                for schedule in self._current_schedules()
                for period, (start, end) in TIME_RANGES.items()
                if start <= schedule.start_time < end
            }
        )

    def find_session_starts(self):
        """When its sessions start, from today over the months SessionDate holds,
        less its breaks and pause. Closure days stay in: the node's query leaves
        them out, so that a closure day entered later counts at once."""
        today = timezone.localdate()
        sessions = [session for _rule, session in dated_sessions(self.schedules.all(), today)]
        return [
            session.start
            for session in without_breaks(sessions, self.breaks.all(), self.paused_until)
        ]

    def find_welcomed_on(self):
        """The day its group said there is room for newcomers, if that is its answer."""
        if hasattr(self, "indexed_welcomed_on"):
            return self.indexed_welcomed_on
        said = RoomForNewcomers.said_yes(self.translation_key)
        return said.values_list("said_on", flat=True).first()

    def find_place(self):
        """The venue as an OpenSearch geo_point."""
        if not self.venue_id:
            return None
        return {"lat": self.venue.latitude, "lon": self.venue.longitude}

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("what_to_expect"),
        TranslatableField("how_to_join"),
        TranslatableField("cost_details"),
        TranslatableField("pause_reason"),
        TranslatableField("image_alt"),
        SynchronizedField("image"),
        SynchronizedField("no_need_to_book"),
        SynchronizedField("booking_url"),
        SynchronizedField("venue"),
        SynchronizedField("cost_band"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_phone"),
        SynchronizedField("contact_email"),
        SynchronizedField("interests"),
        SynchronizedField("audiences"),
        SynchronizedField("access"),
        SynchronizedField("expectations"),
        SynchronizedField("modes"),
        SynchronizedField("languages"),
        SynchronizedField("paused_until"),
        SynchronizedField("last_checked"),
        SynchronizedField("schedules"),
        SynchronizedField("breaks"),
        SynchronizedField("meets_on_closure_days"),
        SynchronizedField("campaign_event"),
    ]

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    @cached_property
    def organisation(self):
        return self.get_parent().specific

    def organisation_name(self):
        return getattr(self, "indexed_organisation_name", None) or self.organisation.title

    @classmethod
    def with_organisation_names(cls, activities):
        """Each activity with its organisation's name: one query for them all,
        rather than two per activity (the find page's results, a feed's thousands)."""
        parent = Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - cls.steplen)
        )
        return activities.annotate(indexed_organisation_name=Subquery(parent.values("title")[:1]))

    @classmethod
    def get_indexed_objects(cls):
        # The organisation's name, the newcomers answer and what the find_*
        # methods read, for a chunk of activities at once.
        from directory.finder import TERM_FILTERS

        activities = cls.with_organisation_names(super().get_indexed_objects())
        said_on = RoomForNewcomers.said_yes(OuterRef("translation_key")).values("said_on")
        translations = Page.objects.filter(translation_key=OuterRef("translation_key"), live=True)
        live_in = {
            f"{LIVE_IN}{locale}": Exists(translations.filter(locale_id=locale))
            for locale in Locale.objects.values_list("pk", flat=True)
        }
        return (
            activities.annotate(indexed_welcomed_on=Subquery(said_on[:1]), **live_in)
            .select_related("venue__area")
            .prefetch_related("schedules", "breaks", *TERM_FILTERS.values())
        )

    def session_breaks(self):
        """Its own breaks, and the directory's closure days unless it meets on them."""
        breaks = list(self.breaks.all())
        return breaks if self.meets_on_closure_days else breaks + closure_breaks()

    def upcoming_sessions(self, count=5, after=None):
        return upcoming_sessions(
            list(self.schedules.all()),
            self.session_breaks(),
            after=after or timezone.now(),
            count=count,
            paused_until=self.paused_until,
        )

    @property
    def is_paused(self):
        return bool(self.paused_until and self.paused_until >= timezone.localdate())

    @path("")
    def activity_view(self, request):
        # The page, its structured data and its session times read these
        # several times each: once each instead.
        prefetch_related_objects([self], *SHOWN_RELATIONS)
        return self.render(request)

    @path("calendar/")
    def calendar_view(self, request):
        """ "Add to calendar": every session time, with breaks left out."""
        return calendar_response(activity_calendar(self, self.get_full_url(request)), self.slug)

    @path("report-a-problem/")
    def report_problem_view(self, request):
        from directory.problem_views import report_problem

        return report_problem(request, self)

    @path("report-a-problem/sent/")
    def problem_reported_view(self, request):
        from directory.problem_views import problem_reported

        return problem_reported(request, self)

    def structured_data(self, request):
        return activity_json_ld(self, request)

    def clean(self):
        super().clean()
        errors = {}
        # Asked where the image is chosen; a translation shows its source's
        # description until a translator words it (image_description).
        if (
            self.image_id
            and not self.image_alt.strip()
            and self.locale_id == Locale.get_default().pk
        ):
            errors["image_alt"] = _("Say what the image shows, for people who cannot see it.")
        if self.no_need_to_book and self.booking_url:
            errors["booking_url"] = _(
                "Leave the booking link empty when there is no need to book, or untick "
                "“no need to book”."
            )
        if errors:
            raise ValidationError(errors)

    @cached_property
    def image_description(self):
        if self.image_alt or not self.image_id:
            return self.image_alt
        return in_default_language(self).image_alt

    @cached_property
    def room_for_newcomers(self):
        """This week's answer, in every language (RoomForNewcomers), or None."""
        return RoomForNewcomers.current().filter(listing=self.translation_key).first()

    @property
    def may_be_out_of_date(self):
        return listing_state(self) in (ListingState.OVERDUE, ListingState.WITHDRAWN)

    @property
    def cost_details_add(self):
        """Whether the cost details say more than the band: a feed's "Free" under
        "Free" would read "Free: Free"."""
        if not self.cost_details.strip():
            return False  # most listings: no need to look the band up in English
        with translation.override(settings.LANGUAGE_CODE):
            source_label = str(self.get_cost_band_display())
        band = {
            self.cost_band,
            source_label.casefold(),
            str(self.get_cost_band_display()).casefold(),
        }
        return self.cost_details.strip().casefold() not in {"", *band}

    @property
    def description_adds(self):
        """Whether the description says more than the summary: an imported listing's
        summary is often its whole description, and a page should not say it twice."""
        description = " ".join(unescape(strip_tags(self.description)).split())
        return description.casefold() != " ".join(self.summary.split()).casefold()

    def save(self, *args, **kwargs):
        next_sessions = self.upcoming_sessions(count=1)
        self.next_session_start = next_sessions[0].start if next_sessions else None
        if self.pk:
            # A check confirmed by email link while a draft was open must not be
            # undone when that draft is published.
            stored = type(self).objects.filter(pk=self.pk).values_list("last_checked", flat=True)
            self.last_checked = max([self.last_checked, *filter(None, stored)])
        parent = self.organisation if self.path else None
        interval = getattr(parent, "review_interval_months", None)
        if interval:
            self.review_due_on = next_check_due(self.last_checked, interval)
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "schedules" in update_fields:
            SessionDate.write(self.schedules.all(), pages=[self.pk])


class ActivitySchedule(Orderable):
    """One rule for when an activity meets, e.g. every Tuesday 10am to 12pm."""

    page = ParentalKey(ActivityPage, on_delete=models.CASCADE, related_name="schedules")
    frequency = models.CharField(
        _("how often"), max_length=12, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    weekday = models.PositiveSmallIntegerField(_("day"), null=True, blank=True, choices=WEEKDAYS)
    week_of_month = models.SmallIntegerField(
        _("which week of the month"), null=True, blank=True, choices=WeekOfMonth.choices
    )
    starts_on = models.DateField(_("first date"), help_text=_("For a one-off event, its date."))
    ends_on = models.DateField(_("last date"), null=True, blank=True)
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))

    panels = [
        FieldRowPanel(
            [FieldPanel("frequency"), FieldPanel("weekday"), FieldPanel("week_of_month")]
        ),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session time")
        verbose_name_plural = _("session times")

    def clean(self):
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be after the start time.")
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The last date must be on or after the first date.")
        if self.frequency == Frequency.MONTHLY and self.week_of_month is None:
            errors["week_of_month"] = _("Choose which week of the month it meets.")
        if self.frequency != Frequency.ONCE and self.weekday is None:
            errors["weekday"] = _("Choose the day it meets.")
        if errors:
            raise ValidationError(errors)

    def is_current(self, today):
        """Whether a session is still to come (as finder.current_schedules asks the database)."""
        if self.frequency == Frequency.ONCE:
            return self.starts_on >= today
        return self.ends_on is None or self.ends_on >= today

    def save(self, *args, **kwargs):
        # A one-off date falls on a day too; storing it lets day filters use one column.
        if self.frequency == Frequency.ONCE and self.starts_on:
            self.weekday = self.starts_on.weekday()
        super().save(*args, **kwargs)


class SessionDate(models.Model):
    """One dated session of an activity's schedules, from today to a few months
    ahead (schedules.SESSION_DATE_DAYS), so that the finder filters and counts
    date searches in SQL. Only the schedules make them: breaks, pauses and
    closure days change on their own and the finder's query leaves their days
    out. Written when an activity is saved or a feed adds listings, and made
    afresh each day (manage.py update_next_sessions)."""

    page = models.ForeignKey(
        ActivityPage, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    day = models.DateField()  # the local day it starts on
    start = models.DateTimeField()
    end = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["page", "day"], name="session_date_page_day")]

    def __str__(self):
        return f"{self.page_id}: {self.start.isoformat()}"

    @classmethod
    def write(cls, schedules, pages=None):
        """Replaces the dated sessions of `pages` (every activity's when None) with
        those of `schedules`, a few thousand rows per insert."""
        rows = (
            cls(page_id=schedule.page_id, day=session.start.date(), **vars(session))
            for schedule, session in dated_sessions(schedules, timezone.localdate())
        )
        with transaction.atomic():
            stale = cls.objects.all() if pages is None else cls.objects.filter(page_id__in=pages)
            # One DELETE: delete() would load every row for the page cache's
            # post_delete signal (700,000 at 50,000 activities); it is told once below.
            stale._raw_delete(stale.db)
            while batch := list(itertools.islice(rows, 5000)):
                cls.objects.bulk_create(batch)
            content_changed()


class ScheduleBreak(Orderable):
    """Dates an activity does not meet: term breaks, bank holidays, closures."""

    page = ParentalKey(ActivityPage, on_delete=models.CASCADE, related_name="breaks")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    reason = models.CharField(_("reason"), max_length=100, blank=True)

    panels = [FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("break")
        verbose_name_plural = _("breaks")

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The break must end on or after its first day.")})


class ClosureDay(models.Model):
    """A day the borough closes (a bank holiday, Christmas Day): no activity
    meets on it unless it says it does (ActivityPage.meets_on_closure_days)."""

    day = models.DateField(_("day"), unique=True)
    name = models.CharField(_("name"), max_length=100, help_text=_("For example, Christmas Day."))

    panels = ["day", "name"]

    class Meta:
        ordering = ["day"]
        verbose_name = _("closure day")
        verbose_name_plural = _("closure days")

    def __str__(self):
        return f"{self.name} ({self.day.isoformat()})"


class ZeroResultSearch(models.Model):
    """A search that found nothing, counted per day for gap analysis.

    Holds no personal data: no address, no time of day, no session; a postcode
    is cut to its district and the words are shortened.
    """

    day = models.DateField()
    language = models.CharField(max_length=10)
    query = models.CharField(max_length=100, blank=True)
    filters = models.CharField(max_length=500, blank=True)
    postcode_district = models.CharField(max_length=4, blank=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query", "filters", "postcode_district"],
                name="unique_zero_result_search_per_day",
            )
        ]

    def __str__(self):
        return f"{self.day}: {self.query or self.filters} ({self.count})"


class ReviewNotice(Outbox):
    """An email to an organisation's editors about checking a listing."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", _("Check reminder")
        WITHDRAWN = "withdrawn", _("Taken out of search")

    activity = models.ForeignKey(
        ActivityPage, on_delete=models.CASCADE, related_name="review_notices"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    due_on = models.DateField()
    # One editor's address: each gets the email in the language they chose.
    recipient = models.EmailField()

    class Meta:
        constraints = [
            # One of each kind per check that falls due, to each editor.
            models.UniqueConstraint(
                fields=["activity", "kind", "due_on", "recipient"],
                name="unique_review_notice_per_recipient",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.activity} ({self.due_on})"

    def message(self):
        # The wording lives in directory.notices, which imports this module.
        from directory.notices import message

        return Message(*message(self), [self.recipient])


class RoomForNewcomers(models.Model):
    """An editor's one-click answer: is there room for newcomers this week?

    Kept beside the listing, not in it, so answering needs no publishing and
    no draft published later brings back an old answer. One row per listing
    (its translation key, so every language shows it); it holds for a week.
    """

    class Answer(models.TextChoices):
        YES = "yes", _("Room for newcomers this week")
        NO = "no", _("Not taking newcomers this week")
        FULL = "full", _("Full this week")

    DAYS_VALID = 7
    LOG_ACTION = "directory.room_for_newcomers"

    listing = models.UUIDField(unique=True)
    answer = models.CharField(_("room for newcomers"), max_length=4, choices=Answer.choices)
    said_on = models.DateField(_("said on"))

    class Meta:
        verbose_name = _("room for newcomers")
        verbose_name_plural = _("room for newcomers")

    def __str__(self):
        return f"{self.listing}: {self.answer} ({self.said_on})"

    @classmethod
    def current(cls, today=None):
        """The answers still holding today."""
        today = today or timezone.localdate()
        return cls.objects.filter(said_on__gt=today - timedelta(days=cls.DAYS_VALID))

    @classmethod
    def said_yes(cls, listing):
        return cls.objects.filter(listing=listing, answer=cls.Answer.YES)

    @classmethod
    def say(cls, activity, answer, user=None):
        """Record the answer, and who gave it in the listing's history (no user:
        the group's own check link); the same answer again the same day changes nothing."""
        today = timezone.localdate()
        said = cls.objects.filter(listing=activity.translation_key, answer=answer, said_on=today)
        if said.exists():
            return
        cls.objects.update_or_create(
            listing=activity.translation_key, defaults={"answer": answer, "said_on": today}
        )
        log(activity, cls.LOG_ACTION, user=user, data={"answer": answer})
        # The search node keeps the answer with each translation of the listing.
        for page in ActivityPage.objects.filter(translation_key=activity.translation_key):
            index.insert_or_update_object(page)


class ProblemReport(models.Model):
    """A resident saying a listing has changed or is wrong.

    The name and email are optional, encrypted, used only to reply, and erased
    DIRECTORY_PROBLEM_CONTACT_DAYS after the report is closed.
    """

    class Kind(models.TextChoices):
        CHANGED = "changed", _("It has changed (day, time, place or cost)")
        STOPPED = "stopped", _("It has stopped running")
        WRONG = "wrong", _("Some details are wrong")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    class Reply(models.TextChoices):
        NOT_ASKED = "not-asked", _("No reply asked for")
        WAITING = "waiting", _("Waiting to be closed")
        QUEUED = "queued", _("Reply waiting to be sent")
        SENT = "sent", _("Reply sent")

    # The listing in the site's default language, which editors change.
    activity = models.ForeignKey(
        ActivityPage,
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="problem_reports",
    )
    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="problem_reports",
    )
    kind = models.CharField(_("problem"), max_length=10, choices=Kind.choices)
    details = models.TextField(_("what is wrong"), max_length=1000)
    name = EncryptedTextField(blank=True)
    email = EncryptedTextField(blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    closing_note = models.TextField(_("closing note"), blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    reply = models.CharField(
        _("reply"), max_length=10, choices=Reply.choices, default=Reply.NOT_ASKED
    )
    contact_erased_at = models.DateTimeField(null=True, blank=True)
    # Blind indexes: an administrator finds the person's records (core/subjectaccess.py).
    name_index = BlindIndexField(source="name", kind="name")
    email_index = BlindIndexField(source="email", kind="email")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.activity}"


class ProblemReportNotice(Outbox):
    """An email about a problem report: to each of the editors and the directory
    team when it comes in, to the reporter when it is closed. The reporter's
    address stays on the report, encrypted, and is read when sending."""

    class Kind(models.TextChoices):
        NEW_REPORT = "new", _("New report")
        REPLY = "reply", _("Reply to the reporter")

    report = models.ForeignKey(ProblemReport, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    # A member of staff's address; blank for the reply, which goes to the reporter.
    recipient = models.EmailField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["report", "kind", "recipient"],
                name="unique_problem_report_notice_per_recipient",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.report_id}"

    def message(self):
        # The wording lives in directory.problems, which imports this module.
        from directory.problems import message

        if self.kind == self.Kind.NEW_REPORT:
            to = [self.recipient]
        else:
            to = [self.report.email] if self.report.email else []
        return Message(*message(self), to)

    def after_sent(self):
        if self.kind == self.Kind.REPLY:
            self.report.reply = ProblemReport.Reply.SENT
            self.report.save(update_fields=["reply"])
