"""Settings for a public server, behind gunicorn and an HTTPS proxy."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")

if not REFERRALS_ENCRYPTION_KEYS:  # noqa: F405
    raise ImproperlyConfigured(
        "Set the REFERRALS_ENCRYPTION_KEYS environment variable (see docs/referrals.md)."
    )

if not BLIND_INDEX_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "Set the BLIND_INDEX_KEY environment variable (see docs/subject-access.md)."
    )

# Staff who can read personal data always give a second factor here.
ADMIN_TWO_FACTOR = True
if not CACHE_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "Set the CACHE_URL environment variable to a Redis server that every worker "
        "shares, e.g. redis://127.0.0.1:6379/0: rate limits and sessions count on it "
        "(see docs/operations.md)."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
