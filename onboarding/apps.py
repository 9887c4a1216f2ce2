from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnboardingConfig(AppConfig):
    name = "onboarding"
    verbose_name = _("Groups joining the directory")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from onboarding.explorer import page_policy

        register_permission_policy(Page, page_policy)
