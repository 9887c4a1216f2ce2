"""Who needs a second factor in the admin, and checking the codes they give.

Deny by default: everyone who signs in to the admin needs one, except people
whose only role is one that sees no personal data (commissioners see
statistics only). Connectors, organisation editors, the directory team and
administrators all read personal data: referrals, problem reports' contacts.
"""

import django_otp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.db import transaction

from referrals.routing import COMMISSIONERS

STATISTICS_ONLY_GROUPS = {COMMISSIONERS}
BACKUP_CODE_COUNT = 10


def needs_two_factor(user):
    if not settings.ADMIN_TWO_FACTOR:
        return False
    if user.is_superuser or user.user_permissions.exists():
        return True
    groups = set(user.groups.values_list("name", flat=True))
    return not groups or not groups <= STATISTICS_ONLY_GROUPS


def has_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def normalise(code):
    return "".join(code.split()).lower()


def check_code(user, code):
    """The device that accepts the code, or None. Six digits are an authenticator
    app's code; anything else can only be a backup code (eight characters). Asking only that kind
    of device keeps a backup code from counting as a wrong app code (each
    device slows down after wrong codes)."""
    code = normalise(code)
    model = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    for device in model.objects.devices_for_user(user, confirmed=True):
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified:
            return verified
    return None


def new_backup_codes(user):
    """Replace the user's backup codes with fresh ones; return them to show once."""
    with transaction.atomic():
        device = StaticDevice.objects.filter(user=user).first() or StaticDevice.objects.create(
            user=user, name="Backup codes"
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _n in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes
