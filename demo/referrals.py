"""Demo referrals and a login for each role, for `make run` only (DEBUG).

The people are invented; phone numbers are from Ofcom's drama range, emails
at example.org, postcodes in the fictional KB districts."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from directory.models import ActivityPage, Area, OrganisationPage
from directory.permissions import ensure_editors_group
from referrals.models import Action, Note, Referral, audit
from referrals.routing import ensure_groups

DEMO_PASSWORD = "getconnected-dev"
DEMO_ORGANISATION = "kellbrook-bangladeshi-womens-association"
DEMO_ACTIVITY = "bengali-lunch-club"

# (username, first name, last name, what they can do)
DEMO_USERS = [
    ("connector", "Priya", "Connector", "community connector: every area's referrals"),
    ("organiser", "Nasrin", "Organiser", "organisation editor: its own expressions of interest"),
    ("commissioner", "Colin", "Commissioner", "statistics only"),
]

DEMO_REFERRALS = [
    {
        "reference": "KB-DEMO01",
        "days_ago": 1,
        "kind": "connector",
        "for_whom": "self",
        "status": "new",
        "name": "Edna Whitfield",
        "contact_method": "phone",
        "phone": "020 7946 0311",
        "leave_message": True,
        "best_times": "Weekday mornings",
        "postcode": "KB3 2XY",
        "interests": ["music", "food"],
        "support": "companion,transport",
        "age_band": "80+",
        "language": "en",
        "source_kind": "qr",
        "source_ref": "library-leaflet",
    },
    {
        "reference": "KB-DEMO02",
        "days_ago": 6,
        "kind": "connector",
        "for_whom": "someone-else",
        "status": "contacted",
        "name": "Yusuf Haddad",
        "contact_method": "email",
        "email": "yusuf.haddad@example.org",
        "postcode": "KB2 5AB",
        "interests": ["being-active", "learning-and-languages"],
        "support": "language",
        "support_details": "Arabic speaker",
        "age_band": "25-49",
        "language": "ar",
        "source_kind": "campaign",
        "source_ref": "getting-connected",
        "note": "Called, left no message as asked. Emailed the Thursday football details.",
    },
    {
        "reference": "KB-DEMO03",
        "days_ago": 40,
        "kind": "try",
        "for_whom": "self",
        "status": "connected",
        "name": "Rahima Begum",
        "contact_method": "text",
        "phone": "020 7946 0422",
        "postcode": "KB1 4CD",
        "interests": ["food", "meeting-people-like-me"],
        "language": "bn",
        "source_kind": "activity",
        "source_ref": DEMO_ACTIVITY,
        "share_with_organiser": True,
        "organisation": True,
    },
    {
        "reference": "KB-DEMO04",
        "days_ago": 90,
        "kind": "connector",
        "for_whom": "self",
        "status": "closed",
        "closed_reason": "Moved out of the borough",
        "name": "Tom Ashby",
        "contact_method": "letter",
        "address": "14 Mill Lane\nKellbrook",
        "postcode": "KB6 1EF",
        "interests": ["nature-and-gardening"],
        "age_band": "65-79",
        "language": "en",
        "source_kind": "direct",
    },
]


def ensure_demo_users():
    """The logins printed by `make run`; never created when DEBUG is off."""
    connectors, commissioners = ensure_groups()
    organisation = OrganisationPage.objects.get(slug=DEMO_ORGANISATION, locale__language_code="en")
    groups = {
        "connector": connectors,
        "organiser": ensure_editors_group(organisation),
        "commissioner": commissioners,
    }
    User = get_user_model()
    for username, first_name, last_name, _role in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@kellbrook.example",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(groups[username])
    return DEMO_USERS


@transaction.atomic
def load_demo_referrals():
    activity = ActivityPage.objects.get(slug=DEMO_ACTIVITY, locale__language_code="en")
    organisation = OrganisationPage.objects.get(slug=DEMO_ORGANISATION, locale__language_code="en")
    connector = get_user_model().objects.filter(username="connector").first()
    areas = {
        "KB1": "kellbrook-central",
        "KB2": "ashgrove",
        "KB3": "fenmoor",
        "KB6": "millfield",
    }
    for spec in DEMO_REFERRALS:
        spec = dict(spec)
        if Referral.objects.filter(reference=spec["reference"]).exists():
            continue
        created = timezone.now() - timedelta(days=spec.pop("days_ago"))
        note = spec.pop("note", None)
        for_organisation = spec.pop("organisation", False)
        district = spec["postcode"][:5]
        referral = Referral(
            **spec,
            created_at=created,
            postcode_district=district,
            area=Area.objects.filter(slug=areas.get(district[:3])).first(),
            activity=activity if spec["kind"] == "try" else None,
            organisation=organisation if for_organisation else None,
            assigned_to=connector if spec["status"] != "new" and not for_organisation else None,
        )
        if referral.status in ("connected", "closed", "declined"):
            referral.closed_at = created + timedelta(days=14)
        referral.save()
        audit(referral, Action.CREATE, detail=f"source {referral.source_kind}")
        if note:
            Note.objects.create(referral=referral, author=connector, text=note)
