"""Settings for a developer's machine: `make run`."""

import contextlib
import os

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine here: nothing served by `make run` is meant to be secure.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-not-for-production")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# A fixed, public key: referrals made with `make run` are demo data only.
REFERRALS_ENCRYPTION_KEYS = env_list(  # noqa: F405
    "REFERRALS_ENCRYPTION_KEYS", "ZGV2LW9ubHktcmVmZXJyYWxzLWtleS1ub3QtcmVhbCE="
)
BLIND_INDEX_KEY = os.environ.get("BLIND_INDEX_KEY", "dev-only-blind-index-key")
# `make run`'s demo logins sign in with a password alone; ADMIN_TWO_FACTOR=true asks.
ADMIN_TWO_FACTOR = os.environ.get("ADMIN_TWO_FACTOR", "false") == "true"
# Tasks run in the request, so `make run` needs no worker (TASKS_BACKEND=database for one).
TASKS = tasks_setting("immediate")  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

# Personal overrides, never committed.
with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403

# Serve static files straight from the finders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
