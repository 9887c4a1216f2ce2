"""Blind indexes: finding encrypted personal data by an exact value.

Encrypted fields (core/crypto.py) cannot be searched in the database. Beside
each one a record may keep a BlindIndexField: a keyed HMAC-SHA256 of the value
normalised, so "07700 900982", "+44 7700 900 982" and "00447700900982" give the
same index, and an administrator's search (core/subjectaccess.py) compares
indexes, never values. The key (settings.BLIND_INDEX_KEY) is not the
encryption key: with the database and without it, an index reveals nothing and
cannot be tested against guesses.
"""

import hashlib
import hmac
import re
import unicodedata

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


def normalise_name(value):
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def normalise_email(value):
    return unicodedata.normalize("NFKC", value).strip().casefold()


def normalise_postcode(value):
    return "".join(unicodedata.normalize("NFKC", value).upper().split())


def normalise_phone(value):
    """E.164 for UK numbers however written ("+44 (0)7700 900982", "07700-900982",
    "0044 7700 900982", "447700900982"); others keep their country code. Anything
    but digits and a leading "+" is layout."""
    cleaned = re.sub(r"[^\d+]", "", unicodedata.normalize("NFKC", value))
    digits = cleaned.replace("+", "")
    if not digits:
        return ""
    if cleaned.startswith("+") or digits.startswith("00"):
        digits = digits.removeprefix("00")
        if digits.startswith("440"):
            digits = "44" + digits[3:]  # "+44 (0)20 …": the 0 is dialled only at home
    elif digits.startswith("0"):
        digits = "44" + digits[1:]
    elif not (digits.startswith("44") and len(digits) == 12):
        digits = "44" + digits  # typed without its leading 0
    return "+" + digits if digits else ""


NORMALISERS = {
    "name": normalise_name,
    "email": normalise_email,
    "phone": normalise_phone,
    "postcode": normalise_postcode,
}
KINDS = list(NORMALISERS)


def blind_index(kind, value):
    """The index of a value of a kind ("name", "email", "phone" or "postcode");
    the empty string for an empty value, so that empty never matches."""
    normalised = NORMALISERS[kind](value or "")
    if not normalised:
        return ""
    return keyed_hash(f"{kind}:{normalised}")


def keyed_hash(message):
    key = settings.BLIND_INDEX_KEY
    if not key:
        raise ImproperlyConfigured("BLIND_INDEX_KEY is empty: personal data cannot be indexed.")
    return hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()


def pseudonym(kind, value):
    """A stable id for a record in an extract (the evaluation export): keyed like
    the indexes but in its own namespace, so it matches no index, stays the same
    from one extract to the next, and cannot be traced back without the key."""
    return keyed_hash(f"pseudonym:{kind}:{value}")[:20]


class BlindIndexField(models.CharField):
    """The blind index of another field of the record, computed on every save
    that writes it. A queryset .update() of the source must set it too."""

    def __init__(self, *args, source, kind, **kwargs):
        self.source, self.kind = source, kind
        kwargs.update(max_length=64, blank=True, editable=False, db_index=True, default="")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for fixed in ("max_length", "blank", "editable", "db_index", "default"):
            kwargs.pop(fixed, None)
        return name, path, args, {**kwargs, "source": self.source, "kind": self.kind}

    def pre_save(self, model_instance, add):
        value = blind_index(self.kind, getattr(model_instance, self.source))
        setattr(model_instance, self.attname, value)
        return value


def index_fields(model):
    return [field for field in model._meta.fields if isinstance(field, BlindIndexField)]


def reindex(model):
    """Fills every blind index of a model's rows (a data migration's step)."""
    fields = index_fields(model)
    for record in model._default_manager.iterator():
        for field in fields:
            field.pre_save(record, add=False)
        model._default_manager.filter(pk=record.pk).update(
            **{field.attname: getattr(record, field.attname) for field in fields}
        )


def reindex_in_migration(app_label, model_name):
    def run(apps, schema_editor):
        reindex(apps.get_model(app_label, model_name))

    return run
