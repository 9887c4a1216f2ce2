from django.conf import settings
from django.core.management.base import BaseCommand

from onboarding.listing_requests import erase_contact_details


class Command(BaseCommand):
    help = (
        "Erase the contact name, email and phone of groups' requests to be listed that "
        "were decided more than ONBOARDING_CONTACT_DAYS ago. Run daily."
    )

    def handle(self, *args, **options):
        count = erase_contact_details()
        self.stdout.write(
            f"Contact details erased from {count} listing requests decided over "
            f"{settings.ONBOARDING_CONTACT_DAYS} days ago."
        )
