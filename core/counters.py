"""Daily counters kept without personal data (entry-point scans, searches that found nothing)."""

from django.db import models
from django.utils import timezone


def count_today(model, **keys):
    """Add one to today's row, safely when two requests come at once."""
    row, _created = model.objects.get_or_create(day=timezone.localdate(), **keys)
    model.objects.filter(pk=row.pk).update(count=models.F("count") + 1)
