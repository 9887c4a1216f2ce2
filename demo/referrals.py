"""Demo referrals and a login for each role (demo/data/referrals.yaml and
users.yaml), for `make run` only (DEBUG)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from demo import data
from directory.models import ActivityPage, Area, OrganisationPage
from directory.permissions import ensure_editors_group
from referrals.models import Action, Note, Referral, audit
from referrals.routing import ensure_groups

DEMO_PASSWORD = "getconnected-dev"


def ensure_demo_users():
    """The logins printed by `make run`; never created when DEBUG is off."""
    connectors, commissioners, _evaluators = ensure_groups()
    organisation = OrganisationPage.objects.get(
        slug=data.read("referrals")["organisation"], locale__language_code="en"
    )
    groups = {
        "connector": connectors,
        "organiser": ensure_editors_group(organisation),
        "commissioner": commissioners,
    }
    User = get_user_model()
    users = data.read("users")
    for spec in users:
        user, created = User.objects.get_or_create(
            username=spec["username"],
            defaults={
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
                "email": f"{spec['username']}@kellbrook.example",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(groups[spec["group"]])
    return users


@transaction.atomic
def load_demo_referrals():
    spec = data.read("referrals")
    activity = ActivityPage.objects.get(slug=spec["activity"], locale__language_code="en")
    organisation = OrganisationPage.objects.get(
        slug=spec["organisation"], locale__language_code="en"
    )
    connector = get_user_model().objects.filter(username="connector").first()
    for fields in spec["referrals"]:
        fields = dict(fields)
        if Referral.objects.filter(reference=fields["reference"]).exists():
            continue
        created = timezone.now() + timedelta(days=data.days_from_today(fields.pop("created")))
        note = fields.pop("note", None)
        for_organisation = fields.pop("organisation", False)
        area = Area.objects.filter(slug=fields.pop("area", None)).first()
        referral = Referral(
            **fields,
            created_at=created,
            postcode_district=fields["postcode"][:5],
            area=area,
            activity=activity if fields["kind"] == "try" else None,
            organisation=organisation if for_organisation else None,
            assigned_to=connector if fields["status"] != "new" and not for_organisation else None,
        )
        if referral.status != "new":
            referral.contacted_at = created + timedelta(days=2)
        if referral.status in ("connected", "closed", "declined"):
            referral.closed_at = created + timedelta(days=14)
        referral.save()
        audit(referral, Action.CREATE, detail=f"source {referral.source_kind}")
        if note:
            Note.objects.create(referral=referral, author=connector, text=note)
