import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group

from referrals.factories import ReferralFactory
from referrals.routing import COMMISSIONERS, CONNECTORS

PASSWORD = "a-long-test-password-9"


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


def code_for(device):
    """The code an authenticator app holding the device's key shows now."""
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{code:0{device.digits}d}"


@pytest.fixture
def staff(db, django_user_model):
    def make(username, *groups, superuser=False):
        user = django_user_model.objects.create_user(
            username, f"{username}@kellbrook.example", PASSWORD, is_superuser=superuser
        )
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make


@pytest.fixture
def connector(staff):
    return staff("casey", CONNECTORS)


@pytest.fixture
def commissioner(staff):
    return staff("morgan", COMMISSIONERS)


@pytest.fixture
def referral(db):
    return ReferralFactory(name="Rosa Pemberton")


@pytest.fixture
def two_factor(settings):
    settings.ADMIN_TWO_FACTOR = True


@pytest.fixture
def with_authenticator():
    def add(user):
        return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)

    return add
