"""Requests for a hand to get connected, who may see them, and what was done.

Personal fields are EncryptedTextFields: a database dump alone shows no names,
contact details or free text. What stays in clear is what routing and
statistics need and what identifies nobody: the postcode district or sector,
the area, interests, age band, source, status and dates.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

from core.blindindex import BlindIndexField
from core.crypto import EncryptedTextField
from core.outbox import Outbox
from directory.models import ActivityPage, Area, OrganisationPage
from directory.taxonomy import LABELS, Vocabulary

# No 0/O or 1/I: references are read out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def new_reference():
    return "KB-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


class Kind(models.TextChoices):
    CONNECTOR = "connector", _("Talk to a community connector")
    TRY = "try", _("Try an activity")
    COMPANION = "companion", _("Someone to go along with them")


class ForWhom(models.TextChoices):
    SELF = "self", _("For me")
    SOMEONE_ELSE = "someone-else", _("For someone else, who has agreed")
    PROFESSIONAL = "professional", _("I'm referring someone as part of my job")


class Support(models.TextChoices):
    COMPANION = "companion", _("Someone to go with me the first time")
    TRANSPORT = "transport", _("Help with transport")
    COST = "cost", _("Help with the cost")
    LANGUAGE = "language", _("An interpreter, or someone who speaks my language")
    ACCESS = "access", _("Help with access needs")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    TEXT = "text", _("Text message")
    EMAIL = "email", _("Email")
    LETTER = "letter", _("Letter")


class AgeBand(models.TextChoices):
    UNDER_25 = "16-24", _("16 to 24")
    FROM_25 = "25-49", _("25 to 49")
    FROM_50 = "50-64", _("50 to 64")
    FROM_65 = "65-79", _("65 to 79")
    FROM_80 = "80+", _("80 or over")
    NOT_SAID = "", _("I'd rather not say")


class SourceKind(models.TextChoices):
    DIRECT = "direct", _("Direct")
    QR = "qr", _("QR code")
    CAMPAIGN = "campaign", _("Campaign page")
    ACTIVITY = "activity", _("Activity page")


class Status(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    CONNECTED = "connected", _("Connected")
    CLOSED = "closed", _("Closed")
    DECLINED = "declined", _("Declined")


# Where a request may go next; the last three end it.
NEXT_STATUSES = {
    Status.NEW: [Status.CONTACTED, Status.CLOSED, Status.DECLINED],
    Status.CONTACTED: [Status.CONNECTED, Status.CLOSED, Status.DECLINED],
    Status.CONNECTED: [],
    Status.CLOSED: [],
    Status.DECLINED: [],
}
FINAL_STATUSES = [Status.CONNECTED, Status.CLOSED, Status.DECLINED]


class Referral(models.Model):
    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    kind = models.CharField(_("request"), max_length=12, choices=Kind.choices)
    for_whom = models.CharField(_("for"), max_length=12, choices=ForWhom.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    closed_at = models.DateTimeField(_("ended"), null=True, blank=True)
    # When a connector first recorded contact; the next action's date counts from it.
    contacted_at = models.DateTimeField(_("contacted"), null=True, blank=True)
    # Interest codes from directory.taxonomy: routing and statistics, no one's identity.
    interests = models.JSONField(_("interests"), default=list, blank=True)
    age_band = models.CharField(_("age band"), max_length=5, choices=AgeBand.choices, blank=True)
    language = models.CharField(_("preferred language"), max_length=10)
    contact_method = models.CharField(_("contact by"), max_length=10, choices=ContactMethod.choices)
    leave_message = models.BooleanField(_("safe to leave a message"), default=False)
    share_with_organiser = models.BooleanField(_("may share with organiser"), default=False)
    postcode_district = models.CharField(_("postcode district"), max_length=6, blank=True)
    area = models.ForeignKey(
        Area, verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL
    )
    source_kind = models.CharField(
        _("source"), max_length=10, choices=SourceKind.choices, default=SourceKind.DIRECT
    )
    source_ref = models.CharField(_("source reference"), max_length=60, blank=True)
    activity = models.ForeignKey(
        ActivityPage,
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set only when the request is for the organisation's own inbox.
    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("connector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The journey this request came from: unique, so pressing Send twice stores it once.
    journey = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    # Personal data, encrypted.
    name = EncryptedTextField(_("name"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    email = EncryptedTextField(_("email"), blank=True)
    address = EncryptedTextField(_("address"), blank=True)
    postcode = EncryptedTextField(_("postcode"), blank=True)
    best_times = EncryptedTextField(_("best times"), blank=True)
    interests_other = EncryptedTextField(_("other interests"), blank=True)
    # Support codes (Support) as a comma-separated list, and free text: may be health data.
    support = EncryptedTextField(_("what would make it easier"), blank=True)
    support_details = EncryptedTextField(_("more about what would help"), blank=True)
    closed_reason = EncryptedTextField(_("reason"), blank=True)
    # A professional referring someone (for_whom "professional"): who they are, and
    # where the reference and status updates go. Never the resident's answers.
    referrer_name = EncryptedTextField(_("referrer's name"), blank=True)
    referrer_organisation = EncryptedTextField(_("referrer's organisation"), blank=True)
    referrer_role = EncryptedTextField(_("referrer's role"), blank=True)
    referrer_email = EncryptedTextField(_("referrer's email"), blank=True)
    referrer_phone = EncryptedTextField(_("referrer's phone"), blank=True)
    referrer_consent = models.BooleanField(_("referrer confirmed the person agreed"), default=False)
    # Follow-up and outcomes (referrals/outcomes.py). The date a connector sets on
    # closing as connected; when its message was queued; when it was answered (once).
    follow_up_on = models.DateField(_("follow-up date"), null=True, blank=True)
    follow_up_queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    follow_up_answered_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The resident's answers, encrypted like the rest: the 3-item measure as item
    # scores ("1,2,3") at referral and at follow-up, "yes"/"no" went, and how it was.
    measure_at_referral = EncryptedTextField(_("feeling connected, at referral"), blank=True)
    measure_at_follow_up = EncryptedTextField(_("feeling connected, at follow-up"), blank=True)
    attended = EncryptedTextField(_("went"), blank=True)
    follow_up_comment = EncryptedTextField(_("how it was"), blank=True)
    # Blind indexes: an administrator finds the person's records (core/subjectaccess.py).
    name_index = BlindIndexField(source="name", kind="name")
    email_index = BlindIndexField(source="email", kind="email")
    phone_index = BlindIndexField(source="phone", kind="phone")
    postcode_index = BlindIndexField(source="postcode", kind="postcode")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        permissions = [
            ("view_referral_statistics", _("Can see referral statistics")),
            ("view_referral_audit", _("Can see the referral audit log")),
            ("export_referral_evaluation", _("Can download the evaluation export")),
        ]

    def __str__(self):
        return self.reference

    @classproperty
    def PERSONAL_FIELDS(cls):
        """Personal data is what is encrypted."""
        return [f.name for f in cls._meta.fields if isinstance(f, EncryptedTextField)]

    @property
    def support_codes(self):
        return [code for code in self.support.split(",") if code]

    def get_support_display(self):
        labels = dict(Support.choices)
        return [labels.get(code, code) for code in self.support_codes]

    def get_interests_display(self):
        return [LABELS.get((Vocabulary.INTEREST, code), code) for code in self.interests]

    @property
    def next_statuses(self):
        return NEXT_STATUSES[Status(self.status)]

    @property
    def is_final(self):
        return self.status in FINAL_STATUSES


class Note(models.Model):
    """A line in the referral's timeline: a connector's note, or the reason for a
    reassignment. Encrypted, and deleted with the referral's personal data."""

    class Kind(models.TextChoices):
        NOTE = "note", _("Note")
        REASSIGNED = "reassigned", _("Reassigned")

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    text = EncryptedTextField(_("note"))
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.NOTE)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.referral} note {self.pk}"


class ConnectorArea(models.Model):
    """Limits a connector to some areas; a connector with none sees every area."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="connector_areas"
    )
    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "area"], name="unique_connector_area")
        ]

    def __str__(self):
        return f"{self.user} in {self.area}"


class Action(models.TextChoices):
    CREATE = "create", _("Received")
    VIEW = "view", _("Viewed")
    STATUS = "status", _("Status changed")
    NOTE = "note", _("Note added")
    ASSIGN = "assign", _("Assigned")
    EXPORT = "export", _("Exported")
    ERASE = "erase", _("Erased")
    ANONYMISE = "anonymise", _("Anonymised")
    SHORTLIST = "shortlist", _("Shortlist sent")
    FOLLOW_UP = "follow_up", _("Follow-up answered")


class ReferralLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        # Wagtail's rule (any permission on the model) would show the entries in
        # Reports > Site history to commissioners, who may see statistics only.
        if user.has_perm("referrals.view_referral_audit"):
            return self.all()
        return self.none()


class ReferralLogEntry(BaseLogEntry):
    """Wagtail's log for referrals: who did what to which referral, and when.
    The label is the reference; entries outlive the referral; the detail
    (data["detail"]) never holds personal data."""

    object_id = models.CharField(max_length=255, db_index=True)

    objects = ReferralLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")


def audit(referral, action, user=None, detail=""):
    """Write a ReferralLogEntry through Wagtail's log(), as "referrals.<action>"."""
    if user is not None and not user.is_authenticated:
        user = None
    return log(
        referral,
        f"referrals.{action}",
        user=user,
        title=referral.reference,
        data={"detail": detail[:200]} if detail else None,
    )


class Notification(Outbox):
    """An email about a referral, to its connectors or to the resident."""

    # Never shown to anyone: no translated labels.
    class Audience(models.TextChoices):
        STAFF = "staff"
        RESIDENT = "resident"
        REFERRER = "referrer"  # the professional who referred the resident

    referral = models.ForeignKey(
        Referral, null=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    audience = models.CharField(max_length=10, choices=Audience.choices)
    # "sms" only when the site sends through GOV.UK Notify.
    channel = models.CharField(max_length=5, default="email")
    recipient = EncryptedTextField()
    reference = models.CharField(max_length=12)
    # A shortlist a connector sent from the referral: activity page ids ("12,34").
    shortlist = models.CharField(max_length=400, blank=True)
    # To the referrer: the status it announces; empty for the reference on receipt.
    status = models.CharField(max_length=10, choices=Status.choices, blank=True)
    # To the resident: "Did you go? How was it?", with a link to answer.
    follow_up = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.reference} to {self.audience}: {self.state}"

    def message(self):
        # The wording lives with the rest of the notification code, which imports this module.
        from referrals.notifications import message

        return message(self)

    def after_sent(self):
        self.recipient = ""  # not needed any more
        self.save(update_fields=["recipient"])


class OverdueDigest(Outbox):
    """One day's list of overdue referrals for one recipient: references and
    working days overdue, nothing else. One per recipient per day."""

    day = models.DateField()
    # "user-<id>" or "fallback": who it is for, without an address.
    recipient_key = models.CharField(max_length=40)
    recipient = EncryptedTextField()
    # [[reference, working days overdue], ...]
    overdue = models.JSONField(default=list)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "recipient_key"], name="one_digest_a_day")
        ]

    def __str__(self):
        return f"Overdue digest {self.day} for {self.recipient_key}: {self.state}"

    def message(self):
        from referrals.digest import message

        return message(self)

    def after_sent(self):
        type(self).objects.filter(pk=self.pk).update(recipient="")
