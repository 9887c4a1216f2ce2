from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from wagtail import hooks

from directory.finder import SESSIONS_MOVED_ON_HOOK
from directory.models import ActivityPage, ActivitySchedule, SessionDate

BATCH = 2000


class Command(BaseCommand):
    help = (
        "Move every activity's next session date on, so 'soonest first' stays right, "
        "and date its sessions afresh for the coming months (date searches on PostgreSQL). "
        "Run daily (cron or a systemd timer); results never show a past date either way."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        updated, changed = 0, []
        # A few thousand activities at a time, so memory stays the same at any size.
        activities = (
            ActivityPage.objects.live()
            .prefetch_related("schedules", "breaks")
            .iterator(chunk_size=BATCH)
        )
        for activity in activities:
            sessions = activity.upcoming_sessions(count=1, after=now)
            next_start = sessions[0].start if sessions else None
            if next_start != activity.next_session_start:
                activity.next_session_start = next_start
                changed.append(activity)
            if len(changed) == BATCH:
                updated += self.update(changed)
        updated += self.update(changed)
        self.stdout.write(f"Updated the next session of {updated} activities.")
        today = timezone.localdate(now)
        SessionDate.write(
            ActivitySchedule.objects.filter(page__live=True)
            .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
            .iterator(chunk_size=BATCH)
        )
        for moved_on in hooks.get_hooks(SESSIONS_MOVED_ON_HOOK):
            moved_on()

    @staticmethod
    def update(changed):
        """Writes the changed activities' next sessions and empties the list."""
        # A plain column update: no new revision, nothing for editors to review.
        ActivityPage.objects.bulk_update(changed, ["next_session_start"], batch_size=500)
        count = len(changed)
        changed.clear()
        return count
