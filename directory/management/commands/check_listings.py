from datetime import date, timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.models import Locale

from directory.freshness import ListingState, listing_state, reminder_window
from directory.models import ActivityPage, ReviewNotice
from directory.tasks import send_review_notice


class Command(BaseCommand):
    help = (
        "Remind organisations of listings due a check, tell them when one leaves "
        "search, and retry emails that failed. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--today", type=date.fromisoformat, help="Act as if on this date.")

    def handle(self, *args, today=None, **options):
        today = today or timezone.localdate()
        created = 0
        # Translations share their source's check, so only the source is looked at.
        candidates = ActivityPage.objects.live().filter(
            locale=Locale.get_default(), review_due_on__lte=today + reminder_window()
        )
        for activity in candidates:
            state = listing_state(activity, today)
            kind = {
                ListingState.DUE_SOON: ReviewNotice.Kind.REMINDER,
                ListingState.OVERDUE: ReviewNotice.Kind.REMINDER,
                ListingState.WITHDRAWN: ReviewNotice.Kind.WITHDRAWN,
            }.get(state)
            if kind:
                _notice, new = ReviewNotice.objects.get_or_create(
                    activity=activity, kind=kind, due_on=activity.review_due_on
                )
                created += new
        pending = list(
            ReviewNotice.objects.filter(
                sent_at__isnull=True, created_at__gte=timezone.now() - timedelta(days=30)
            ).values_list("pk", flat=True)
        )
        for notice_id in pending:
            send_review_notice.enqueue(notice_id)
        self.stdout.write(f"{created} new listing-check emails; {len(pending)} queued to send.")
