from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from wagtail.models.i18n import LocaleManager

        from core import checks  # noqa: F401  (registers the system checks)
        from core.locales import get_for_language
        from core.pagecache import connect_signals

        # Wagtail's own lookups (`localized`, `pageurl`) go through this method;
        # answering it per request removes their repeated queries (core/locales.py).
        LocaleManager.get_for_language = get_for_language
        connect_signals()
