from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.sites import update_default_site_address


class Command(BaseCommand):
    help = (
        "Give the default Wagtail Site the address in WAGTAILADMIN_BASE_URL, which every "
        "absolute link (sitemap, calendars, structured data, Open Referral, emails) starts "
        "with. Run it on each deployment; it changes nothing when the address is right."
    )

    def handle(self, *args, **options):
        try:
            site = update_default_site_address()
        except (ValueError, ValidationError) as error:
            raise CommandError(f"WAGTAILADMIN_BASE_URL: {error}") from error
        if site is None:
            raise CommandError("There is no default Site yet: create the home page first.")
        self.stdout.write(f"The site's links start with {site.root_url}.")
