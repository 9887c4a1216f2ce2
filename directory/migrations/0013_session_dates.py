import itertools

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Q
from django.utils import timezone

from directory.schedules import dated_sessions


def date_sessions(apps, schema_editor):
    """The live activities' sessions from today, as the daily job dates them."""
    ActivitySchedule = apps.get_model("directory", "ActivitySchedule")
    SessionDate = apps.get_model("directory", "SessionDate")
    today = timezone.localdate()
    schedules = ActivitySchedule.objects.filter(page__live=True).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=today)
    )
    rows = (
        SessionDate(
            page_id=schedule.page_id,
            day=session.start.date(),
            start=session.start,
            end=session.end,
        )
        for schedule, session in dated_sessions(schedules.iterator(), today)
    )
    # 5,000 at a time: bulk_create would hold every row (700,000 at 50,000 activities).
    while batch := list(itertools.islice(rows, 5000)):
        SessionDate.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0012_organisation_identifiers"),
    ]

    operations = [
        migrations.CreateModel(
            name="SessionDate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("start", models.DateTimeField()),
                ("end", models.DateTimeField()),
                (
                    "page",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="directory.activitypage",
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["page", "day"], name="session_date_page_day")],
            },
        ),
        migrations.RunPython(date_sessions, migrations.RunPython.noop),
    ]
