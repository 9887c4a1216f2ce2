"""Where a request goes, and who may see it.

- "I'd like to try this", with the person's agreement to share their details,
  goes to the activity's organisation: its editors group sees it.
- Everything else goes to the community connectors: members of the
  "Connectors" group, each limited to some areas (ConnectorArea) or to none
  (every area). Requests with no area are seen by every connector.
- Administrators (superusers) see everything. Nobody else sees any.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from directory.geocoding import (
    PostcodeError,
    get_geocoder,
    miles_between,
    postcode_table,
    split_postcode,
)
from directory.models import Area, VenuePage
from directory.permissions import organisation_editors, organisations_edited_by
from referrals.models import ConnectorArea, Referral

CONNECTORS = "Connectors"
COMMISSIONERS = "Commissioners"
EVALUATORS = "Evaluators"


def place_postcode(postcode):
    """(district or sector kept in clear, Area or None). Raises PostcodeError for
    a postcode that is not one."""
    district, sector = split_postcode(postcode)
    places = postcode_table()
    for key in (sector, district):
        if key and places.get(key, {}).get("area"):
            return sector or district, Area.objects.filter(slug=places[key]["area"]).first()
    # Not in the shipped table: the area of the nearest venue, when the geocoder knows it.
    try:
        location = get_geocoder().locate(postcode)
    except PostcodeError:
        return sector or district, None
    venues = VenuePage.objects.live().select_related("area")
    nearest = min(
        venues,
        key=lambda venue: miles_between(
            location.latitude, location.longitude, venue.latitude, venue.longitude
        ),
        default=None,
    )
    return sector or district, nearest.area if nearest else None


def ensure_groups():
    """The connectors', commissioners' and evaluators' groups, with admin access
    and each its own permission. Safe to repeat."""
    access_admin = Permission.objects.get(codename="access_admin")
    connectors, _created = Group.objects.get_or_create(name=CONNECTORS)
    connectors.permissions.add(access_admin)
    commissioners, _created = Group.objects.get_or_create(name=COMMISSIONERS)
    commissioners.permissions.add(access_admin, referrals_permission("view_referral_statistics"))
    evaluators, _created = Group.objects.get_or_create(name=EVALUATORS)
    evaluators.permissions.add(access_admin, referrals_permission("export_referral_evaluation"))
    return connectors, commissioners, evaluators


def referrals_permission(codename):
    return Permission.objects.get(content_type__app_label="referrals", codename=codename)


def is_connector(user):
    return user.is_active and user.groups.filter(name=CONNECTORS).exists()


def visible_referrals(user):
    if not user.is_active or not user.is_authenticated:
        return Referral.objects.none()
    if user.is_superuser:
        return Referral.objects.all()
    rule = Q(pk__in=[])
    if is_connector(user):
        area_ids = list(ConnectorArea.objects.filter(user=user).values_list("area_id", flat=True))
        connectors_own = Q(organisation__isnull=True)
        if area_ids:
            connectors_own &= Q(area_id__in=area_ids) | Q(area__isnull=True)
        rule |= connectors_own
    organisations = organisations_edited_by(user)
    if organisations.exists():
        source_ids = [
            page.pk for org in organisations for page in org.get_translations(inclusive=True)
        ]
        rule |= Q(organisation_id__in=source_ids)
    return Referral.objects.filter(rule)


def can_use_inbox(user):
    return user.is_active and (
        user.is_superuser or is_connector(user) or organisations_edited_by(user).exists()
    )


def connectors_for(area_id):
    """Active connectors covering an area: theirs, or every area; all of them for none."""
    connectors = get_user_model().objects.filter(is_active=True, groups__name=CONNECTORS)
    if area_id:
        everywhere = connectors.exclude(pk__in=ConnectorArea.objects.values("user_id"))
        here = connectors.filter(connector_areas__area_id=area_id)
        connectors = everywhere | here
    return connectors.distinct()


def can_work_on(user, referral):
    """Assign, reassign and send a shortlist: a connector who sees the referral
    (their area's), or an administrator; not an organisation's own request."""
    return referral.organisation_id is None and (user.is_superuser or is_connector(user))


def staff_recipients(referral):
    """The users a new request should be announced to."""
    if referral.organisation_id:
        return list(organisation_editors(referral.organisation).exclude(email=""))
    return list(connectors_for(referral.area_id).exclude(email=""))
