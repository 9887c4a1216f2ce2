import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin

# Commas in the scripts our editors write: Latin, Arabic and Urdu, Chinese.
TERM_SEPARATORS = re.compile(r"[,\u060c\u3001\uff0c]")


class Synonym(TranslatableMixin, models.Model):
    """Words that mean the same in the directory, in one language: a search for
    any of them finds what each of them finds (search/backends/words.py)."""

    words = models.CharField(
        _("words"),
        max_length=500,
        help_text=_(
            "Words or phrases that mean the same, separated by commas, for example: "
            "walk, ramble, hike. A search for any of them finds all of them."
        ),
    )

    panels = ["words"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return self.words

    def terms(self):
        """The words and phrases, lower-cased, each once."""
        terms = (" ".join(term.split()).lower() for term in TERM_SEPARATORS.split(self.words))
        return list(dict.fromkeys(term for term in terms if term))

    def clean(self):
        super().clean()
        if len(self.terms()) < 2:
            raise ValidationError({"words": _("Give at least two words, separated by commas.")})
