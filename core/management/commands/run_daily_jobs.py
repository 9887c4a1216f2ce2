import logging

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger(__name__)

# In order: dates first, so the checks and reminders see today's sessions.
DAILY_JOBS = [
    "update_next_sessions",  # directory: "soonest first" and past one-offs
    "sync_feeds",  # feeds: calendars, other directories and CSV files due a sync
    "check_listings",  # directory: check reminders, long-overdue listings
    "purge_problem_reports",  # directory: reporters' contact details, retention
    "purge_listing_requests",  # onboarding: groups' contact details, once decided
    "expire_story_consent",  # campaign: stories whose consent has ended
    "purge_referrals",  # referrals: retention
    "send_overdue_digest",  # referrals: first contact overdue, to connectors
    "send_follow_ups",  # referrals: "Did you go? How was it?" on the follow-up date
    "send_pending_messages",  # core: the outbox's emails a mail server missed (also every 5 min)
    "prune_db_task_results",  # the task queue: finished tasks older than 14 days
    "clearsessions",  # Django: expired sessions (answers left half done) deleted
]


class Command(BaseCommand):
    help = (
        "Run every daily job in turn (one cron entry or systemd timer for the whole "
        "site). A job that fails does not stop the others; the command then exits "
        "with an error naming it."
    )

    def handle(self, *args, **options):
        failed = []
        # Only the database queue keeps finished tasks to prune.
        queued = isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)
        for job in DAILY_JOBS:
            if job == "prune_db_task_results" and not queued:
                self.stdout.write(f"== {job}: skipped, tasks run in the request")
                continue
            self.stdout.write(f"== {job}")
            try:
                call_command(job, stdout=self.stdout, stderr=self.stderr)
            except Exception:  # Any failure: logged, named in the exit status below.
                logger.exception("Daily job %s failed", job)
                failed.append(job)
        if failed:
            raise CommandError(f"Daily jobs failed: {', '.join(failed)}")
