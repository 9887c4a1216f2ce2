from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from directory.models import ProblemReportNotice
from directory.tasks import send_problem_report_notice

# After this long an email about a report is given up on (and its address may be erased).
GIVE_UP_AFTER = timedelta(days=30)


class Command(BaseCommand):
    help = "Send problem-report emails that have not gone yet (a mail server was down). Run daily."

    def handle(self, *args, **options):
        pending = list(
            ProblemReportNotice.objects.filter(
                sent_at__isnull=True, created_at__gte=timezone.now() - GIVE_UP_AFTER
            ).values_list("pk", flat=True)
        )
        for notice_id in pending:
            send_problem_report_notice.enqueue(notice_id)
        self.stdout.write(f"{len(pending)} problem-report emails queued to send.")
