from django.core.management.base import BaseCommand

from referrals.notifications import send_pending


class Command(BaseCommand):
    help = (
        "Send referral notifications that are waiting (for example after the mail server "
        "was down). Run every few minutes from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Try every waiting notification now, not only those due for a retry.",
        )

    def handle(self, *args, **options):
        sent, waiting = send_pending(everything=options["all"])
        self.stdout.write(f"Notifications sent: {sent}; still waiting: {waiting}.")
