from django_tasks import task

from directory import problems
from directory.notices import send_notice


@task()
def send_review_notice(notice_id):
    """Send one listing-check email; a failure leaves it for the next check_listings run."""
    return send_notice(notice_id)


@task()
def send_problem_report_notice(notice_id):
    """Send one problem-report email; a failure leaves it for send_problem_report_emails."""
    return problems.send_notice(notice_id)
