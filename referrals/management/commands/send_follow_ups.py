from django.core.management.base import BaseCommand

from referrals.outcomes import queue_follow_ups


class Command(BaseCommand):
    help = (
        'Send residents whose follow-up date has come "Did you go? How was it?" with a '
        "signed, single-use link, by email or text message. Once per referral however "
        "often it runs. Run daily."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Follow-ups queued: {queue_follow_ups()}.")
