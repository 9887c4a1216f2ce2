"""Packs made before drafts: a pack that was live is published, one that was not is
a draft; each is in the default language with a translation key of its own."""

import uuid

from django.conf import settings
from django.db import migrations
from django.utils import timezone


def forwards(apps, schema_editor):
    PartnerPack = apps.get_model("campaign", "PartnerPack")
    PartnerPackAsset = apps.get_model("campaign", "PartnerPackAsset")
    if not PartnerPack.objects.exists():
        return
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
        or Locale.objects.create(language_code=settings.LANGUAGE_CODE)
    )
    now = timezone.now()
    for pack in PartnerPack.objects.all():
        pack.locale = locale
        pack.translation_key = uuid.uuid4()
        if pack.live:
            pack.first_published_at = pack.last_published_at = now
        else:
            pack.has_unpublished_changes = True
        pack.save()
    for asset in PartnerPackAsset.objects.all():
        asset.locale = locale
        asset.translation_key = uuid.uuid4()
        asset.save()


class Migration(migrations.Migration):
    dependencies = [
        ("campaign", "0002_partner_pack_drafts"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
