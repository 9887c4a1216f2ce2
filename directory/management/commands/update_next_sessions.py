from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from directory.models import ActivityPage, ActivitySchedule, SessionDate


class Command(BaseCommand):
    help = (
        "Move every activity's next session date on, so 'soonest first' stays right, "
        "and date its sessions afresh for the coming months (date searches on PostgreSQL). "
        "Run daily (cron or a systemd timer); results never show a past date either way."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        changed = []
        activities = ActivityPage.objects.live().prefetch_related("schedules", "breaks")
        for activity in activities:
            sessions = activity.upcoming_sessions(count=1, after=now)
            next_start = sessions[0].start if sessions else None
            if next_start != activity.next_session_start:
                activity.next_session_start = next_start
                changed.append(activity)
        # A plain column update: no new revision, nothing for editors to review.
        ActivityPage.objects.bulk_update(changed, ["next_session_start"], batch_size=500)
        self.stdout.write(f"Updated the next session of {len(changed)} activities.")
        today = timezone.localdate(now)
        SessionDate.write(
            ActivitySchedule.objects.filter(page__live=True)
            .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
            .iterator(chunk_size=2000)
        )
