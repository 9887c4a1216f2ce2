from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from core.demo.loader import load_demo_content

DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "getconnected-dev"


class Command(BaseCommand):
    help = "Load the fictional borough's demo site. Safe to run again: it changes nothing then."

    def handle(self, *args, **options):
        home = load_demo_content()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {home.title} in every language.")
        )
        if settings.DEBUG:
            self.ensure_dev_admin()

    def ensure_dev_admin(self):
        """A known login for `make run` only; never created when DEBUG is off."""
        User = get_user_model()
        if not User.objects.filter(username=DEV_ADMIN_USERNAME).exists():
            User.objects.create_superuser(
                DEV_ADMIN_USERNAME, "admin@kellbrook.example", DEV_ADMIN_PASSWORD
            )
        self.stdout.write(
            f"Admin (development only): http://127.0.0.1:8000/admin/ "
            f"user {DEV_ADMIN_USERNAME!r}, password {DEV_ADMIN_PASSWORD!r}"
        )
