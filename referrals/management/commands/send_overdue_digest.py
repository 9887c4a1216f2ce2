from django.core.management.base import BaseCommand

from directory.closures import is_working_day
from referrals.casework import today
from referrals.digest import queue_digests


class Command(BaseCommand):
    help = (
        "Email each connector (and REFERRALS_FALLBACK_EMAIL) the referrals waiting past "
        "their first-contact date: references and days overdue only. Once per recipient "
        "per day however often it runs; nothing on weekends and closure days. Run daily."
    )

    def handle(self, *args, **options):
        if not is_working_day(today()):
            self.stdout.write("Not a working day: no overdue digest.")
            return
        self.stdout.write(f"Overdue digests queued: {queue_digests()}.")
