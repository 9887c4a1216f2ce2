"""Settings for a real background worker the tests start (`manage.py db_worker`
and the retry command in processes of their own): the test settings, on the
test database, with the database task queue and a real mail server."""

import os

from config.settings.test import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["TEST_DATABASE_NAME"]  # noqa: F405
TASKS = tasks_setting("database")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "5"))
