"""Personal data encrypted at rest: a text field that stores Fernet tokens.

Keys come from settings.REFERRALS_ENCRYPTION_KEYS (the environment in
production), newest first. MultiFernet encrypts with the first and decrypts
with any, so a key is rotated by putting a new one in front, running
`manage.py rotate_encryption_keys`, then dropping the old one.
"""

from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@cache
def _fernet(keys):
    if not keys:
        raise ImproperlyConfigured("REFERRALS_ENCRYPTION_KEYS is empty: referrals cannot be kept.")
    return MultiFernet([Fernet(key) for key in keys])


def fernet():
    return _fernet(tuple(settings.REFERRALS_ENCRYPTION_KEYS))


def encrypt(text):
    return fernet().encrypt(text.encode()).decode()


def decrypt(token):
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise ImproperlyConfigured(
            "A referral field cannot be decrypted with REFERRALS_ENCRYPTION_KEYS: is a key missing?"
        ) from error


def rotate(token):
    return fernet().rotate(token.encode()).decode()


class EncryptedTextField(models.TextField):
    """Text stored encrypted; the empty string stays empty (nothing to hide).

    It cannot be searched or filtered on in the database, by design."""

    def from_db_value(self, value, expression, connection):
        if not value:
            return ""
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return ""
        return encrypt(value)
