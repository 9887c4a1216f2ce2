"""Turning a finished set of answers into a stored, routed referral."""

from django.db import IntegrityError, transaction

from core.languages import in_default_language
from referrals.models import Action, Kind, Referral, audit
from referrals.notifications import queue_notifications
from referrals.questions import referral_fields


def create_referral(flow, activity):
    source = flow["source"]
    kind = source["kind"]
    referral = Referral(
        **referral_fields(flow["answers"]),
        kind=kind,
        source_kind=source["source_kind"],
        source_ref=source["source_ref"],
        activity=activity,
        journey=flow["journey"],
    )
    # "I'd like to try this" goes to the organiser only with the person's agreement;
    # without it, a connector takes it on.
    if kind == Kind.TRY and activity is not None and referral.share_with_organiser:
        referral.organisation = in_default_language(activity.organisation)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                referral.save()
                audit(referral, Action.CREATE, detail=f"source {referral.source_kind}")
                queue_notifications(referral)
            return referral
        except IntegrityError:
            # Sent twice at once: the other request stored this journey (it waited
            # for that one's transaction to end), so this one stores nothing.
            sent = Referral.objects.filter(journey=referral.journey).first()
            if sent is not None:
                return sent
            # Otherwise the reference was taken: draw another.
            referral.pk = None
            referral.reference = Referral._meta.get_field("reference").get_default()
    raise IntegrityError("Could not find a free referral reference.")
