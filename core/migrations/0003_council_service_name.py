from django.conf import settings
from django.db import migrations, models


def name_the_service(apps, schema_editor):
    # Existing council texts take the name the site showed until now (in every
    # language: editors translate it as they did the council's name).
    apps.get_model("core", "CouncilText").objects.update(service_name=settings.COUNCIL_SERVICE_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_council_settings"),
    ]

    operations = [
        migrations.AddField(
            model_name="counciltext",
            name="service_name",
            field=models.CharField(
                default="",
                help_text="As page titles, emails, posters and calendars name the service.",
                max_length=80,
                verbose_name="service name",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(name_the_service, migrations.RunPython.noop),
    ]
