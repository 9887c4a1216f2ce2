import django_otp

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Remove a person's authenticator app and backup codes (a lost or replaced phone). "
        "At their next sign-in they set up a new one. Check who is asking first."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        removed = 0
        for device in django_otp.devices_for_user(user, confirmed=None):
            device.delete()
            removed += 1
        self.stdout.write(
            f"Removed {removed} device(s) from {username}; they set up a new one at next sign-in."
        )
