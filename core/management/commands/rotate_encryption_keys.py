from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from core.crypto import EncryptedTextField


def encrypted_fields():
    """Each model with encrypted fields, and their names: every app's, found, not listed."""
    for model in apps.get_models():
        fields = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if fields:
            yield model, fields


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted field of every model with the first key in "
        "REFERRALS_ENCRYPTION_KEYS, so older keys can then be removed."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        count = 0
        for model, fields in encrypted_fields():
            for row in model.objects.values("pk", *fields).iterator():
                # Reading decrypts with any key; writing encrypts with the first.
                model.objects.filter(pk=row["pk"]).update(**{f: row[f] for f in fields})
                count += 1
        self.stdout.write(f"Rows re-encrypted: {count}.")
