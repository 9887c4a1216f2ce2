"""Settings for the test suite: cheap and deterministic, on the database CI runs."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Fixed, public keys: the second is an "old" key, for the rotation tests.
REFERRALS_ENCRYPTION_KEYS = [
    "dGVzdC1vbmx5LXJlZmVycmFscy1rZXktbm90LXJlYWw=",
    "ZGV2LW9ubHktcmVmZXJyYWxzLWtleS1ub3QtcmVhbCE=",
]
BLIND_INDEX_KEY = "test-only-blind-index-key"
REFERRALS_MIN_FILL_SECONDS = 0
# Admin tests sign in with force_login; tests of the second factor turn it on.
ADMIN_TWO_FACTOR = False
# Never the developer's CACHE_URL: tests clear the cache. The Redis tests use TEST_CACHE_URL.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
TASKS = tasks_setting("immediate")  # noqa: F405
TEST_RESULTS_DIR = BASE_DIR / "test-results"  # noqa: F405
TEST_RESULTS_DIR.mkdir(exist_ok=True)
MEDIA_ROOT = TEST_RESULTS_DIR / "media"
ALLOWED_HOSTS = ["*"]

# On SQLite, a test database in a file rather than in memory behaves like a
# server database: connections really close and other threads see the data.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(TEST_RESULTS_DIR / "test.sqlite3")}  # noqa: F405

# Serve static files straight from the finders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
