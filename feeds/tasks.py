from django_tasks import task

from feeds.models import Source
from feeds.sync import sync_source


@task()
def sync_source_now(source_id):
    """ "Sync now" from the admin: a full read, even if the source looks unchanged."""
    source = Source.objects.filter(pk=source_id).first()
    if source is not None:
        sync_source(source, force=True)
