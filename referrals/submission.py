"""Turning a finished set of answers into a stored, routed referral."""

from django.db import IntegrityError, transaction

from core.languages import in_default_language
from referrals.models import Action, ContactMethod, Kind, Referral, audit
from referrals.notifications import queue_notifications
from referrals.routing import place_postcode


def create_referral(flow, activity):
    answers, source = flow["answers"], flow["source"]
    contact = answers["contact"]
    method = contact["contact_method"]
    share = answers["sharing"]["share_with_organiser"]
    district, area = place_postcode(answers["postcode"]["postcode"])
    kind = source["kind"]
    referral = Referral(
        kind=kind,
        for_whom=answers["who"]["for_whom"],
        interests=answers["interests"]["interests"],
        interests_other=answers["interests"]["interests_other"],
        support=",".join(answers["support"]["support"]),
        support_details=answers["support"]["support_details"],
        contact_method=method,
        phone=contact["phone"] if method in (ContactMethod.PHONE, ContactMethod.TEXT) else "",
        leave_message=contact["leave_message"] == "yes",
        email=contact["email"] if method == ContactMethod.EMAIL else "",
        address=contact["address"] if method == ContactMethod.LETTER else "",
        best_times=contact["best_times"],
        name=answers["name"]["name"],
        postcode=answers["postcode"]["postcode"],
        postcode_district=district,
        area=area,
        age_band=answers["age"]["age_band"],
        language=answers["language"]["language"],
        share_with_organiser=share,
        source_kind=source["source_kind"],
        source_ref=source["source_ref"],
        activity=activity,
        journey=flow["journey"],
    )
    # "I'd like to try this" goes to the organiser only with the person's agreement;
    # without it, a connector takes it on.
    if kind == Kind.TRY and activity is not None and share:
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
