from django.core.management.base import BaseCommand

from campaign.models import stories_past_consent


class Command(BaseCommand):
    help = (
        "Unpublish stories whose consent has expired or been withdrawn. Run daily "
        "(cron: 10 0 * * *); the stories are hidden at serve time in the meantime."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Change nothing: list the stories a run now would unpublish.",
        )

    def handle(self, *args, **options):
        if options["dry_run"]:
            stories = list(stories_past_consent())
            for story in stories:
                self.stdout.write(f"{story.title} ({story.url_path})")
            self.stdout.write(f"Dry run: {len(stories)} stories would be unpublished.")
            return
        count = 0
        for story in stories_past_consent():
            story.unpublish(log_action="wagtail.unpublish")
            count += 1
        self.stdout.write(f"Unpublished {count} stories whose consent has ended.")
