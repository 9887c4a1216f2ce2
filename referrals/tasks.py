from django_tasks import task

from referrals.notifications import deliver


@task()
def send_notification(notification_id):
    """Send one outbox notification; a failure leaves it for send_pending_notifications."""
    return deliver(notification_id)
