from django.core.management.base import BaseCommand

from core.outbox import refresh_delivery_statuses, send_pending


class Command(BaseCommand):
    help = (
        "Send the outbox's emails that are due again after a failure (mail server down "
        "or slow), and give up on any older than 30 days; with GOV.UK Notify, read "
        "back the delivery status of recent messages. Run every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Try every waiting email now, not only those due for a retry.",
        )

    def handle(self, *args, **options):
        sent, not_sent = send_pending(everything=options["all"])
        self.stdout.write(f"Messages sent: {sent}; not sent this time: {not_sent}.")
        changed = refresh_delivery_statuses()
        if changed:
            self.stdout.write(f"Delivery statuses changed: {changed}.")
