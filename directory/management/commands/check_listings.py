from datetime import date

from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.models import Locale

from directory.freshness import ListingState, listing_state, reminder_window
from directory.models import ActivityPage, ReviewNotice
from directory.permissions import staff_addresses


class Command(BaseCommand):
    help = (
        "Remind organisations of listings due a check and tell them when one leaves "
        "search. Run daily; emails that fail are retried by send_pending_messages."
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
            if not kind:
                continue
            notices = ReviewNotice.objects.filter(
                activity=activity, kind=kind, due_on=activity.review_due_on
            )
            if notices.exists():  # told already: an editor who joins since waits for the next
                continue
            for recipient, language in staff_addresses(activity.organisation):
                notice, new = ReviewNotice.objects.get_or_create(
                    activity=activity,
                    kind=kind,
                    due_on=activity.review_due_on,
                    recipient=recipient,
                    defaults={"language": language},
                )
                if new:
                    notice.send_after_commit()
                    created += 1
        self.stdout.write(f"{created} new listing-check emails queued to send.")
