from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def ensure_referral_groups(sender, app_config=None, using="default", apps=None, **kwargs):
    """The Connectors and Commissioners groups exist in every installation."""
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    from referrals.routing import ensure_groups

    # Receivers run in the order apps are listed, and auth's (which makes the
    # permissions, also after a flush) comes after ours: make the two we need now.
    for label in ("wagtailadmin", "referrals"):
        create_permissions(installed_apps.get_app_config(label), verbosity=0, using=using)
    ensure_groups()


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = _("Referrals")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(ensure_referral_groups, sender=self)
