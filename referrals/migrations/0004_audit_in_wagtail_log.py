"""The referral audit log moves into Wagtail's log: ReferralLogEntry, a
Wagtail log entry model written by wagtail.log_actions.log(). Existing
AuditEntry rows are copied, not dropped: an audit trail must outlive the
change, and each keeps its time, user, referral id, reference and detail (which
were written without personal data)."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def copy_to_wagtail_log(apps, schema_editor):
    AuditEntry = apps.get_model("referrals", "AuditEntry")
    ReferralLogEntry = apps.get_model("referrals", "ReferralLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    referral_type, _created = ContentType.objects.get_or_create(
        app_label="referrals", model="referral"
    )
    ReferralLogEntry.objects.bulk_create(
        (
            ReferralLogEntry(
                content_type=referral_type,
                object_id=str(entry.referral_id),
                label=entry.reference,
                action=f"referrals.{entry.action}",
                data={"detail": entry.detail} if entry.detail else {},
                timestamp=entry.at,
                user_id=entry.user_id,
            )
            for entry in AuditEntry.objects.iterator()
        ),
        batch_size=500,
    )


def copy_back(apps, schema_editor):
    AuditEntry = apps.get_model("referrals", "AuditEntry")
    ReferralLogEntry = apps.get_model("referrals", "ReferralLogEntry")
    AuditEntry.objects.bulk_create(
        AuditEntry(
            referral_id=int(entry.object_id),
            reference=entry.label[:12],
            user_id=entry.user_id,
            action=entry.action.removeprefix("referrals."),
            at=entry.timestamp,
            detail=(entry.data or {}).get("detail", ""),
        )
        for entry in ReferralLogEntry.objects.iterator()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("referrals", "0003_outbox"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ReferralLogEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("label", models.TextField()),
                ("action", models.CharField(blank=True, db_index=True, max_length=255)),
                (
                    "data",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        encoder=django.core.serializers.json.DjangoJSONEncoder,
                    ),
                ),
                ("timestamp", models.DateTimeField(db_index=True, verbose_name="timestamp (UTC)")),
                (
                    "uuid",
                    models.UUIDField(
                        blank=True,
                        editable=False,
                        help_text="Log entries that happened as part of the same user action are assigned the same UUID",
                        null=True,
                    ),
                ),
                ("content_changed", models.BooleanField(db_index=True, default=False)),
                ("deleted", models.BooleanField(default=False)),
                ("object_id", models.CharField(db_index=True, max_length=255)),
                (
                    "content_type",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="contenttypes.contenttype",
                        verbose_name="content type",
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="wagtailcore.revision",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "audit entry",
                "verbose_name_plural": "audit log",
                "ordering": ["-timestamp", "-id"],
                "abstract": False,
            },
        ),
        migrations.RunPython(copy_to_wagtail_log, copy_back),
        migrations.DeleteModel(
            name="AuditEntry",
        ),
        migrations.AddIndex(
            model_name="referrallogentry",
            index=models.Index(
                fields=["uuid", "action", "-timestamp"], name="referrals_r_uuid_1c1a5c_idx"
            ),
        ),
    ]
