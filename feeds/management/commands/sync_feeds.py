from django.core.management.base import BaseCommand, CommandError

from feeds.models import Source
from feeds.sync import sync_due_sources, sync_source


class Command(BaseCommand):
    help = (
        "Sync every feed source that is due (see each source's 'sync every'), or one "
        "source with --source. A source that fails keeps its listings and shows the error."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, help="Sync this source now, due or not.")

    def handle(self, *args, source=None, **options):
        if source is not None:
            found = Source.objects.filter(pk=source).first()
            if found is None:
                raise CommandError(f"No feed source has the id {source}.")
            results = [(found, sync_source(found))]
        else:
            results = sync_due_sources()
        for found, outcome in results:
            if outcome is None:
                self.stdout.write(f"{found.pk} {found}: failed: {found.last_error}")
            elif outcome.unchanged_source:
                self.stdout.write(f"{found.pk} {found}: unchanged")
            else:
                self.stdout.write(
                    f"{found.pk} {found}: {outcome.added} added, {outcome.changed} changed, "
                    f"{outcome.ended} ended"
                )
