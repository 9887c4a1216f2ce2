"""Where listings come from when an organisation already keeps them elsewhere.

A Source is a calendar feed, another directory's Open Referral UK API or an
uploaded CSV file; each item it holds becomes an ActivityPage beneath the
source's organisation, linked through a FeedItem so a re-sync finds it again.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Source(models.Model):
    class Kind(models.TextChoices):
        ICALENDAR = "ical", _("iCalendar feed (Google, Outlook and other calendars)")
        OPEN_REFERRAL = "oruk", _("Open Referral UK 3.0 API (another directory)")
        CSV = "csv", _("CSV file upload")

    organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="feed_sources",
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("type"), max_length=4, choices=Kind.choices)
    url = models.URLField(
        _("address"),
        blank=True,
        max_length=500,
        help_text=_(
            "For a calendar or another directory: the address to fetch, starting https://."
        ),
    )
    upload = models.FileField(
        _("CSV file"),
        blank=True,
        upload_to="feeds/",
        help_text=_("For a CSV source: a file made from the template."),
    )
    venue = models.ForeignKey(
        "directory.VenuePage",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the source's activities meet, unless the feed says otherwise."),
    )
    trusted = models.BooleanField(
        _("publish without review"),
        default=False,
        help_text=_("Only the directory team can set this. Otherwise changes wait for review."),
    )
    sync_every_hours = models.PositiveSmallIntegerField(_("sync every (hours)"), default=24)

    class SyncStatus(models.TextChoices):
        # Shown through state_in_words, never by these labels.
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    # The state of the last syncs, shown to the source's editors.
    sync_status = models.CharField(
        _("sync status"), max_length=10, choices=SyncStatus.choices, blank=True, editable=False
    )
    last_attempt_at = models.DateTimeField(_("last sync attempt"), null=True, editable=False)
    last_success_at = models.DateTimeField(_("last successful sync"), null=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    # What the last successful sync had to leave out (unreadable events, invalid fields).
    last_problems = models.TextField(_("left out by the last sync"), blank=True, editable=False)
    items_added = models.PositiveIntegerField(default=0, editable=False)
    items_changed = models.PositiveIntegerField(default=0, editable=False)
    items_ended = models.PositiveIntegerField(default=0, editable=False)
    # New items found to be listings the directory has already (feeds/matching.py).
    items_joined = models.PositiveIntegerField(default=0, editable=False)
    items_waiting = models.PositiveIntegerField(default=0, editable=False)
    # What makes an unchanged source cheap to skip.
    etag = models.CharField(max_length=200, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    body_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["organisation__title", "name"]
        verbose_name = _("feed source")
        verbose_name_plural = _("feed sources")

    def __str__(self):
        return self.name

    def state_in_words(self):
        if self.sync_status == self.SyncStatus.QUEUED:
            return gettext("A sync is waiting to start. Reload this page to see how it went.")
        if self.sync_status == self.SyncStatus.RUNNING:
            return gettext("Syncing now. Reload this page to see how it went.")
        if self.last_attempt_at is None:
            return gettext("Not synced yet.")
        if self.last_error:
            if self.last_success_at is None:
                return gettext("The sync failed: %(error)s") % {"error": self.last_error}
            return gettext(
                "The last sync failed: %(error)s\nListings are as they were after the last "
                "successful sync, on %(date)s."
            ) % {"error": self.last_error, "date": moment(self.last_success_at)}
        synced = gettext(
            "Last synced on %(date)s: %(added)s added, %(changed)s changed, %(ended)s ended."
        ) % {
            "date": moment(self.last_success_at),
            "added": self.items_added,
            "changed": self.items_changed,
            "ended": self.items_ended,
        }
        duplicates = ""
        if self.items_joined or self.items_waiting:
            duplicates = gettext(
                "Already in the directory: %(joined)s joined the listing there, %(waiting)s "
                "wait for the directory team as likely duplicates."
            ) % {"joined": self.items_joined, "waiting": self.items_waiting}
        return "\n".join(filter(None, [synced, duplicates, self.last_problems]))

    state_in_words.short_description = _("state")

    def is_due(self, now=None):
        if self.last_attempt_at is None:
            return True
        now = now or timezone.now()
        return now - self.last_attempt_at >= timedelta(hours=self.sync_every_hours)


def moment(value):
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")


class FeedItem(models.Model):
    """One item of a source, found again by its identifier in that source."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="items")
    external_id = models.CharField(max_length=500)
    activity = models.ForeignKey(
        "directory.ActivityPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    content_hash = models.CharField(max_length=64)
    last_seen_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True)
    # None: the item's page is its own, and the source keeps every field of it. A list:
    # the item joined a listing made elsewhere and keeps only these fields (OWNABLE).
    owned_fields = models.JSONField(null=True, editable=False)
    # A likely duplicate waiting for the directory team: nothing is made from it yet.
    held = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "external_id"], name="unique_feed_item")
        ]

    def __str__(self):
        return f"{self.source}: {self.external_id}"


# What a source can keep up to date on a listing it joined; "sessions" are its
# session times and breaks.
OWNABLE = [
    ("title", _("Title")),
    ("summary", _("Summary")),
    ("description", _("Description")),
    ("how_to_join", _("How to join")),
    ("contact_email", _("Contact email")),
    ("contact_phone", _("Contact phone")),
    ("cost_details", _("Cost details")),
    ("sessions", _("Session times and breaks")),
]
# A sure match keeps the listing's words and the source keeps its dates current.
OWNED_WHEN_SURE = ["sessions"]


class LikelyDuplicate(models.Model):
    """A new feed item that looks like a listing the directory has, waiting for the
    directory team to merge the two or keep them apart."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        MERGED = "merged", _("Merged")
        KEPT_APART = "apart", _("Kept apart")

    item = models.OneToOneField(FeedItem, on_delete=models.CASCADE, related_name="duplicate")
    activity = models.ForeignKey(
        "directory.ActivityPage",
        verbose_name=_("listing"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    score = models.FloatField(_("score"))
    # Why they matched: "identifier", "name", "organisation", "postcode", "schedule".
    reasons = models.JSONField(default=list)
    # The item as read from the source (feeds.listings.Listing.as_json), kept up to date.
    listing = models.JSONField()
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING, db_index=True
    )
    created_at = models.DateTimeField(_("found"), default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("likely duplicate")
        verbose_name_plural = _("likely duplicates")

    def __str__(self):
        return self.listing.get("title", "")
