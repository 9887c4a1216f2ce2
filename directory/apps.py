from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_terms(sender, using="default", **kwargs):
    """Keep the Term table in step with taxonomy.py after every migrate
    (and after the test runner's flushes)."""
    from directory.models import Term
    from directory.taxonomy import TERMS

    for vocabulary, terms in TERMS.items():
        for order, (code, _label) in enumerate(terms):
            Term.objects.using(using).update_or_create(
                vocabulary=vocabulary, code=code, defaults={"sort_order": order}
            )


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Activity directory")

    def ready(self):
        post_migrate.connect(sync_terms, sender=self)
