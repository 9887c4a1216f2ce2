from django.core.management.base import BaseCommand

from campaign.models import stories_past_consent


class Command(BaseCommand):
    help = (
        "Unpublish stories whose consent has expired or been withdrawn. Run daily "
        "(cron: 10 0 * * *); the stories are hidden at serve time in the meantime."
    )

    def handle(self, *args, **options):
        count = 0
        for story in stories_past_consent():
            story.unpublish(log_action="wagtail.unpublish")
            count += 1
        self.stdout.write(f"Unpublished {count} stories whose consent has ended.")
