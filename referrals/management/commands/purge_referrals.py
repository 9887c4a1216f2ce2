import logging

from django.core.management.base import BaseCommand

from referrals.retention import due_for_purge, old_digests, purge

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Anonymise referrals that ended (connected, closed or declined) more than "
        "REFERRALS_RETENTION_MONTHS ago, keeping only what statistics need, and delete "
        "overdue digests older than REFERRALS_DIGEST_DAYS. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Change nothing: list the referrals a run now would anonymise.",
        )
        parser.add_argument("--months", type=int, help="Override REFERRALS_RETENTION_MONTHS.")

    def handle(self, *args, **options):
        if options["dry_run"]:
            due = due_for_purge(months=options["months"]).order_by("closed_at")
            for referral in due:
                self.stdout.write(f"{referral.reference} ended {referral.closed_at:%Y-%m-%d}")
            self.stdout.write(f"Dry run: {due.count()} referrals would be anonymised.")
            self.stdout.write(f"Dry run: {old_digests().count()} overdue digests would be deleted.")
            return
        count = purge(months=options["months"])
        logger.info("Referrals anonymised: %s", count)
        self.stdout.write(f"Referrals anonymised: {count}.")
        digests, _by_model = old_digests().delete()
        logger.info("Overdue digests deleted: %s", digests)
        self.stdout.write(f"Overdue digests deleted: {digests}.")
