from django.db import migrations, models


def fan_out_waiting_emails(apps, schema_editor):
    """Emails waiting to go when each editor got their own: a listing check's
    is queued again, per editor, by the next daily check (those already sent
    stay, so nobody is reminded twice); a new problem report's goes to each of
    the directory team, who see every report."""
    ReviewNotice = apps.get_model("directory", "ReviewNotice")
    ProblemReportNotice = apps.get_model("directory", "ProblemReportNotice")
    User = apps.get_model("auth", "User")
    ReviewNotice.objects.filter(recipient="", state="pending").delete()
    team = list(
        User.objects.filter(is_active=True, groups__name="Directory team")
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    for notice in ProblemReportNotice.objects.filter(
        kind="new", recipient="", state="pending"
    ):
        for email in team:
            ProblemReportNotice.objects.create(
                report=notice.report, kind="new", recipient=email, language=notice.language
            )
        notice.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("directory", "0009_subject_access"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="reviewnotice", name="unique_review_notice"),
        migrations.RemoveConstraint(
            model_name="problemreportnotice", name="unique_problem_report_notice"
        ),
        migrations.AddField(
            model_name="reviewnotice",
            name="recipient",
            field=models.EmailField(default="", max_length=254),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="problemreportnotice",
            name="recipient",
            field=models.EmailField(blank=True, max_length=254),
        ),
        migrations.RunPython(fan_out_waiting_emails, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="reviewnotice",
            constraint=models.UniqueConstraint(
                fields=("activity", "kind", "due_on", "recipient"),
                name="unique_review_notice_per_recipient",
            ),
        ),
        migrations.AddConstraint(
            model_name="problemreportnotice",
            constraint=models.UniqueConstraint(
                fields=("report", "kind", "recipient"),
                name="unique_problem_report_notice_per_recipient",
            ),
        ),
    ]
