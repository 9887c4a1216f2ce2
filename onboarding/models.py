"""Groups asking to be listed, or to look after a listing already there."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from core.council import signature
from core.crypto import EncryptedTextField
from core.outbox import Message, Outbox


class ListingRequest(models.Model):
    """A group's request, waiting for the directory team. The contact details
    are encrypted and erased ONBOARDING_CONTACT_DAYS after it is decided."""

    class Kind(models.TextChoices):
        NEW = "new", _("Add our group")
        CLAIM = "claim", _("This is our group")

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    kind = models.CharField(_("request"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING, db_index=True
    )
    # The listing claimed (in the default language); for a new group, the one
    # made when the request is approved.
    organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_name = models.CharField(_("organisation name"), max_length=200)
    what_it_runs = models.TextField(_("what it runs"), blank=True)
    charity_number = models.CharField(_("charity number"), max_length=12, blank=True)
    company_number = models.CharField(_("company number"), max_length=8, blank=True)
    contact_name = EncryptedTextField(blank=True)
    email = EncryptedTextField(blank=True)
    phone = EncryptedTextField(blank=True)
    language = models.CharField(_("language"), max_length=10)
    # Names the form it came from: sending it twice stores it once.
    submission = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The person invited to look after the organisation.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("listing request")
        verbose_name_plural = _("listing requests")
        ordering = ["created_at"]

    def __str__(self):
        return self.organisation_name


class InvitationNotice(Outbox):
    """The email that the request is approved, sent in the requester's language.
    Someone without a password yet (a new user) gets a link to choose one; someone
    who already signs in keeps their password and gets a sign-in link, so nobody
    is locked out. The link is made when the email is written: no token is stored."""

    request = models.OneToOneField(
        ListingRequest, on_delete=models.CASCADE, related_name="invitation"
    )

    def message(self):
        gettext = translation.gettext
        request = self.request
        user = request.user
        if user is None or not request.email:
            return None
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        if user.has_usable_password():
            start = [
                gettext("The directory team has checked your request. Sign in as usual to start:"),
                base_url + reverse("wagtailadmin_home"),
                gettext("Your username is %(username)s.") % {"username": user.get_username()},
            ]
        else:
            link = base_url + reverse(
                "onboarding_set_password",
                args=[
                    urlsafe_base64_encode(force_bytes(user.pk)),
                    default_token_generator.make_token(user),
                ],
            )
            days = max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
            start = [
                gettext("The directory team has checked your request. Choose a password to start:"),
                link,
                gettext("The link works once and for %(days)s days. Your username is %(email)s.")
                % {"days": days, "email": user.get_username()},
            ]
        subject = gettext("You can now look after “%(name)s” in the directory") % {
            "name": request.organisation_name
        }
        body = "\n\n".join(
            [
                *start,
                gettext(
                    "Anything you add or change is checked by the directory team "
                    "before it is published."
                ),
                signature(),
            ]
        )
        return Message(subject, body, [request.email])
