from django.conf import settings
from django.core.management.base import BaseCommand

from directory.problems import contact_details_due, erase_contact_details


class Command(BaseCommand):
    help = (
        "Erase the reporter's name and email from problem reports closed more than "
        "DIRECTORY_PROBLEM_CONTACT_DAYS ago. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Change nothing: list the reports a run now would erase contact details from.",
        )

    def handle(self, *args, **options):
        if options["dry_run"]:
            due = contact_details_due().order_by("closed_at")
            for report in due:
                self.stdout.write(f"Problem report {report.pk} closed {report.closed_at:%Y-%m-%d}")
            self.stdout.write(
                f"Dry run: contact details would be erased from {due.count()} problem reports."
            )
            return
        count = erase_contact_details()
        self.stdout.write(
            f"Contact details erased from {count} problem reports closed over "
            f"{settings.DIRECTORY_PROBLEM_CONTACT_DAYS} days ago."
        )
