from django.conf import settings
from django.core.management.base import BaseCommand

from directory.problems import erase_contact_details


class Command(BaseCommand):
    help = (
        "Erase the reporter's name and email from problem reports closed more than "
        "DIRECTORY_PROBLEM_CONTACT_DAYS ago. Run daily."
    )

    def handle(self, *args, **options):
        count = erase_contact_details()
        self.stdout.write(
            f"Contact details erased from {count} problem reports closed over "
            f"{settings.DIRECTORY_PROBLEM_CONTACT_DAYS} days ago."
        )
