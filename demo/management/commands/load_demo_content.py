from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.loader import load_demo_content
from demo.problem_reports import load_demo_problem_reports
from demo.referrals import DEMO_PASSWORD, ensure_demo_users, load_demo_referrals

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
            self.ensure_demo_referrals()
            load_demo_problem_reports()

    def ensure_dev_admin(self):
        """A known login for `make run` only; never created when DEBUG is off."""
        User = get_user_model()
        if not User.objects.filter(username=DEV_ADMIN_USERNAME).exists():
            User.objects.create_superuser(
                DEV_ADMIN_USERNAME, "admin@kellbrook.example", DEV_ADMIN_PASSWORD
            )
        self.stdout.write(
            f"Admin (development only): {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/ "
            f"user {DEV_ADMIN_USERNAME!r}, password {DEV_ADMIN_PASSWORD!r}"
        )

    def ensure_demo_referrals(self):
        """A login for each referrals role, and a few invented referrals: `make run` only."""
        users = ensure_demo_users()
        load_demo_referrals()
        for user in users:
            self.stdout.write(
                f"  {user['role']} (development only): user {user['username']!r}, "
                f"password {DEMO_PASSWORD!r}"
            )
