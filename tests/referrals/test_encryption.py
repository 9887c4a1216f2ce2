"""Personal data is encrypted at rest: the raw table holds no names, contacts or free text."""

from io import StringIO

import pytest
from cryptography.fernet import Fernet

from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from core.crypto import _fernet
from referrals.models import Note, Referral
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db

SECRETS = ["Sam Okafor", "sam.okafor@example.org", "Dominoes", "Lift to the hall", "KB3 2XY"]


def raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


def test_a_database_dump_reveals_no_personal_details(client, demo_site):
    send(client)
    referral = Referral.objects.get()
    Note.objects.create(referral=referral, text="Prefers the hall with the ramp")
    dump = raw_rows("referrals_referral") + raw_rows("referrals_note")
    dump += raw_rows("referrals_notification")
    for secret in [*SECRETS, "Prefers the hall"]:
        assert secret not in dump
        assert secret.lower() not in dump.lower()
    # What routing and statistics need stays readable.
    assert "KB3 2" in dump
    assert "music" in dump
    # And the application reads it back.
    assert referral.name == "Sam Okafor"


def test_keys_rotate_without_losing_anything(demo_site):
    old_key = Fernet.generate_key().decode()
    new_key = Fernet.generate_key().decode()
    with override_settings(REFERRALS_ENCRYPTION_KEYS=[old_key]):
        referral = Referral.objects.create(
            kind="connector",
            for_whom="self",
            contact_method="email",
            language="en",
            name="Rotating Rita",
        )
    with override_settings(REFERRALS_ENCRYPTION_KEYS=[new_key, old_key]):
        call_command("rotate_encryption_keys", stdout=StringIO())
    with override_settings(REFERRALS_ENCRYPTION_KEYS=[new_key]):
        assert Referral.objects.get(pk=referral.pk).name == "Rotating Rita"
    _fernet.cache_clear()
