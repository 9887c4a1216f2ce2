"""The directory team's queue: requests from groups, and what approving one does.

Approving a request for a new group makes its organisation as a draft (nothing
is published without review); a claim attaches the organisation it names. The
person becomes a member of that organisation's editors group
(directory.permissions) and is told by email, through the outbox. A new user
is invited to set a password with Django's password-reset tokens: single use
(the token changes once the password does) and expiring after
PASSWORD_RESET_TIMEOUT. An existing user keeps their password and is sent a
sign-in link.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale

from directory.models import DirectoryIndexPage, OrganisationIdentifier, OrganisationPage
from directory.permissions import ensure_editors_group
from onboarding.models import InvitationNotice, ListingRequest


def create_request(*, submission, organisation=None, language, **fields):
    """Store a group's request once, however often the same form is sent."""
    kind = ListingRequest.Kind.CLAIM if organisation else ListingRequest.Kind.NEW
    try:
        with transaction.atomic():
            return ListingRequest.objects.create(
                kind=kind,
                organisation=organisation,
                submission=submission,
                language=language,
                **fields,
            )
    except IntegrityError:  # the same form sent twice: the first is the request
        return ListingRequest.objects.get(submission=submission)


def _new_organisation(request):
    find_page = DirectoryIndexPage.objects.filter(locale=Locale.get_default()).first()
    slug = slugify(request.organisation_name)[:200] or "group"
    taken = set(find_page.get_children().values_list("slug", flat=True))
    base, number = slug, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    organisation = OrganisationPage(
        title=request.organisation_name,
        slug=slug,
        description=f"<p>{escape(request.what_it_runs)}</p>" if request.what_it_runs else "",
        live=False,
    )
    # The numbers the form took, as the organisation's identifiers (feeds match by them).
    numbers = [
        OrganisationIdentifier(kind=kind, identifier=number)
        for kind, number in (
            (OrganisationIdentifier.Kind.CHARITY, request.charity_number),
            (OrganisationIdentifier.Kind.COMPANY, request.company_number),
        )
        if number
    ]
    for number in numbers:
        number.clean()
    organisation.identifiers = numbers
    find_page.add_child(instance=organisation)
    organisation.save_revision()
    return organisation


def _invitee(email):
    users = get_user_model().objects
    user = users.filter(email__iexact=email).order_by("pk").first()
    if user is None:
        user = users.create_user(username=email.lower()[:150], email=email)
        user.set_unusable_password()
        user.save()
    return user


def approve(request, by):
    """Create or attach the organisation and invite the person; False if it was
    decided already (two of the team pressing Approve approve it once)."""
    with transaction.atomic():
        request = ListingRequest.objects.select_for_update().get(pk=request.pk)
        if request.status != ListingRequest.Status.WAITING:
            return False
        organisation = request.organisation or _new_organisation(request)
        user = _invitee(request.email)
        user.groups.add(ensure_editors_group(organisation))
        request.organisation, request.user = organisation, user
        request.status = ListingRequest.Status.APPROVED
        request.decided_at, request.decided_by = timezone.now(), by
        request.save()
        notice = InvitationNotice.objects.create(request=request, language=request.language)
        notice.send_after_commit()
    return True


def decline(request, by):
    updated = ListingRequest.objects.filter(
        pk=request.pk, status=ListingRequest.Status.WAITING
    ).update(status=ListingRequest.Status.DECLINED, decided_at=timezone.now(), decided_by=by)
    return bool(updated)


def erase_contact_details():
    """Erase the contact details of requests decided long enough ago; how many."""
    return ListingRequest.objects.filter(
        contact_erased_at__isnull=True,
        decided_at__lt=timezone.now() - timedelta(days=settings.ONBOARDING_CONTACT_DAYS),
    ).update(contact_name="", email="", phone="", contact_erased_at=timezone.now())
