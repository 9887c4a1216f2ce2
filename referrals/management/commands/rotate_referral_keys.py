from django.core.management.base import BaseCommand
from django.db import transaction

from directory.models import ProblemReport
from referrals.crypto import EncryptedTextField
from referrals.models import Note, Notification, Referral


class Command(BaseCommand):
    help = (
        "Re-encrypt every referral field (and problem reports' contact details) with the "
        "first key in REFERRALS_ENCRYPTION_KEYS, so older keys can then be removed."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        count = 0
        for model in (Referral, Note, Notification, ProblemReport):
            fields = [f.name for f in model._meta.fields if isinstance(f, EncryptedTextField)]
            for row in model.objects.values("pk", *fields).iterator():
                # Reading decrypts with any key; writing encrypts with the first.
                model.objects.filter(pk=row["pk"]).update(**{f: row[f] for f in fields})
                count += 1
        self.stdout.write(f"Rows re-encrypted: {count}.")
