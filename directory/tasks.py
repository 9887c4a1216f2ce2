from django_tasks import task

from directory.notices import send_notice


@task()
def send_review_notice(notice_id):
    """Send one listing-check email; a failure leaves it for the next check_listings run."""
    return send_notice(notice_id)
