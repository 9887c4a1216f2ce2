# A shortlist can be sent by text message as well as by email.

import core.crypto
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("shortlist", "0002_outbox_notify_status"),
    ]

    operations = [
        migrations.RenameModel("ShortlistEmail", "ShortlistMessage"),
        migrations.AlterModelOptions(
            name="shortlistmessage",
            options={"verbose_name": "shortlist message"},
        ),
        migrations.AddField(
            model_name="shortlistmessage",
            name="channel",
            field=models.CharField(
                choices=[("email", "email"), ("sms", "text message")], default="email", max_length=5
            ),
        ),
        migrations.AddField(
            model_name="shortlistmessage",
            name="phone",
            field=core.crypto.EncryptedTextField(blank=True),
        ),
    ]
