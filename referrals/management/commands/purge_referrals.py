import logging

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_datetime

from referrals.retention import purge

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Anonymise referrals that ended (connected, closed or declined) more than "
        "REFERRALS_RETENTION_MONTHS ago, keeping only what statistics need. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            help="Act as if it were this moment (ISO 8601), for checking what would go.",
        )
        parser.add_argument("--months", type=int, help="Override REFERRALS_RETENTION_MONTHS.")

    def handle(self, *args, **options):
        now = None
        if options["now"]:
            now = parse_datetime(options["now"])
            if now is None:
                raise CommandError("--now must be an ISO 8601 date and time.")
        count = purge(now=now, months=options["months"])
        logger.info("Referrals anonymised: %s", count)
        self.stdout.write(f"Referrals anonymised: {count}.")
