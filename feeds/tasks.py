from django_tasks import task

from feeds.models import Source
from feeds.sync import sync_source


@task()
def sync_source_now(source_id):
    """ "Sync now" from the admin: a full read, even if the source looks unchanged.
    Runs in the task worker, so a large source never holds up the editor's request."""
    source = Source.objects.filter(pk=source_id).first()
    if source is not None:
        Source.objects.filter(pk=source_id).update(sync_status=Source.SyncStatus.RUNNING)
        sync_source(source, force=True)


def request_sync(source):
    """Queue a sync of `source`; its state reads "waiting to start" until a worker takes it."""
    Source.objects.filter(pk=source.pk).update(sync_status=Source.SyncStatus.QUEUED)
    sync_source_now.enqueue(source.pk)
