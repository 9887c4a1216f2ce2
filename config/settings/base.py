"""Settings shared by every environment.

Safe by default: DEBUG is off and no secret lives here. Everything that differs
between a laptop and a server comes from the environment (see the README's table).
"""

import json
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _


def gettext_noop(message):
    """Marks a message for the catalogues. Django's own would read the settings
    while they are still being made, and hide an error in them (no SECRET_KEY)."""
    return message


BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def tile_origin(url):
    """The scheme://host[:port] a map tile URL template loads from, or "" (no map)
    when it is unset or not a plain http(s) host: CSP must name exactly one host,
    so a "{s}" subdomain template is refused rather than widened to a wildcard."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    host = parts.hostname or ""
    if (
        parts.scheme not in ("http", "https")
        or not host
        or not all(c.isalnum() or c in ".-" for c in host)
    ):
        return ""
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def env_list(name, default=""):
    """A comma-separated environment variable as a list, without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "directory",
    "campaign",
    "referrals",
    "onboarding",
    "shortlist",
    "search",
    "openreferral",
    "feeds",
    "demo",
    "accounts",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.NulMiddleware",
    # Compresses what carries no secret; then public pages from the shared
    # cache, before anything looks at a session (core/pagecache.py).
    "core.pagecache.SafeGZipMiddleware",
    "core.pagecache.PageCacheMiddleware",
    "core.locales.RequestLocalesMiddleware",
    "core.routes.SiteRoutesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.PageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "wagtail.contrib.settings.context_processors.settings",
                "campaign.context_processors.campaign_source",
            ],
        },
    },
]

# Database: SQLite beside the checkout unless DATABASE_URL names another
# (PostgreSQL in production and CI). A kept connection is checked before each
# request reuses it, so one the server has dropped (a restart) is replaced
# rather than failing the request.
DATABASE_CONN_MAX_AGE = int(os.environ.get("DATABASE_CONN_MAX_AGE", "0"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=DATABASE_CONN_MAX_AGE,
        conn_health_checks=DATABASE_CONN_MAX_AGE > 0,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compiling: the finder's counting query passes jit_above_cost on its
    # estimates and compiling took 2.4 s of its 3.3 s at 50,000 activities
    # (docs/benchmarks.md); a web request's queries are too short to gain from it.
    # random_page_cost at the usual figure for SSDs: at the default (4) the planner
    # reads the whole search table rather than the words' index (11 ms, not 54 ms).
    # No parallel workers: under a site's many requests at once they add a second
    # process's CPU to the finder's counting query without finishing it any sooner.
    connect = DATABASES["default"].setdefault("OPTIONS", {})
    connect["options"] = (
        f"{connect.get('options', '')} -c jit=off -c random_page_cost=1.1"
        " -c max_parallel_workers_per_gather=0"
    ).strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Admin sign-in (accounts/, docs/operations.md). Failed attempts are counted per
# username and client address, in the database, so every server process sees
# them; each failure while locked out starts the wait again.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("ADMIN_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("ADMIN_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
# Keep no log of successful sign-ins (addresses are personal data); failures go
# once their wait is over.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False  # there is no Django admin site
# A second factor (authenticator app, backup codes) for everyone in the admin
# who may read personal data (accounts/two_factor.py). Production always asks.
ADMIN_TWO_FACTOR = os.environ.get("ADMIN_TWO_FACTOR", "true") == "true"
# Cache: Redis when CACHE_URL names one, shared by every worker and server, so
# a rate limit counts each client once however many processes serve it. Without
# it each process keeps its own (fine for `make run`; production requires it).
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            # A Redis that stops answering fails a request in seconds, not a worker's timeout.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Sessions are read from Redis and written through to the database, so a
    # Redis restart or eviction signs nobody out and loses no half-sent request.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages for visitors without a session are kept this many seconds in the
# cache above (0: never), and proxies and browsers may keep them PAGE_CACHE_MAX_AGE.
# A publish shows at once on the site; a proxy purged through FRONTEND_CACHE_PURGE_URL
# shows the published page at once and the pages listing it within PAGE_CACHE_MAX_AGE.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. The interface and the content share one list; each name is the
# English name for the admin, while the public switcher shows each language in
# its own script (Django's name_local).
LANG_INFO["so"] = {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"}

LANGUAGE_CODE = "en"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("ur", _("Urdu")),
    ("bn", _("Bengali")),
    ("so", _("Somali")),
    ("tr", _("Turkish")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("es", _("Spanish")),
    ("zh-hans", _("Simplified Chinese")),
    ("uk", _("Ukrainian")),
]
WAGTAIL_I18N_ENABLED = True
# Editors may use the admin in any of the site's languages. Where Wagtail has
# no translation (Somali, Urdu; Bengali in part) its own strings stay English;
# the project's screens, help texts and emails come from locale/.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"

# Static files: the front end is built into site/static/build by `make assets`.
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "true"
# Seconds to wait on the mail server before giving up on one send (it is retried).
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Get connected <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# GOV.UK Notify (core/notify.py) sends the outbox's emails and text messages when
# MESSAGE_SENDER is "notify"; "email" (the default) keeps the email backend above
# and sends no text messages. Templates live in Notify: NOTIFY_TEMPLATES is JSON,
# {"email": ID, "sms": ID} (general templates showing ((subject)) and ((body)),
# the site's own translated wording) and optionally, per message kind, a template
# per language: {"referral-confirmation-sms": {"en": ID, "ar": ID}, ...}.
MESSAGE_SENDER = os.environ.get("MESSAGE_SENDER", "email")
NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY", "")
NOTIFY_BASE_URL = os.environ.get("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
NOTIFY_TEMPLATES = json.loads(os.environ.get("NOTIFY_TEMPLATES") or "{}")
# Seconds to wait on Notify before a send counts as failed (it is retried).
NOTIFY_TIMEOUT = float(os.environ.get("NOTIFY_TIMEOUT", "10"))

# Search: Wagtail's database backend unless SEARCH_URL names OpenSearch 2.x
# nodes (search/backends/opensearch.py); the same queries run on both. With a
# node, the database backend is kept indexed too and answers whenever the node is down,
# slower than SEARCH_TIMEOUT_SECONDS or not a node; after a failure, searches go
# to the database for SEARCH_RETRY_SECONDS before the node is tried again.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_TIMEOUT_SECONDS = float(os.environ.get("SEARCH_TIMEOUT_SECONDS", "2"))
SEARCH_RETRY_SECONDS = int(os.environ.get("SEARCH_RETRY_SECONDS", "30"))
# Wagtail's database backends with one place that makes a resident's words plain
# (search/backends/words.py); on SQLite also one-pass ranking (search/backends/sqlite.py).
DATABASE_SEARCH_BACKEND = {
    "BACKEND": "search.backends.sqlite"
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    else "search.backends.postgres"
}
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch",
            "URLS": [url.strip() for url in SEARCH_URL.split(",")],  # one or more nodes
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "getconnected_"),
            "TIMEOUT": 5,  # for indexing; searches wait SEARCH_TIMEOUT_SECONDS
            "FALLBACK": "database",
        },
        "database": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}

# Directory: where postcodes are placed on the map (see directory/geocoding.py).
DIRECTORY_GEOCODER = os.environ.get("DIRECTORY_GEOCODER", "directory.geocoding.TableGeocoder")
POSTCODE_SERVICE_URL = os.environ.get("POSTCODE_SERVICE_URL", "")
# Listing checks (directory/freshness.py): remind editors this many days before
# a check is due; take a listing out of search this many days after.
DIRECTORY_REVIEW_REMINDER_DAYS = int(os.environ.get("DIRECTORY_REVIEW_REMINDER_DAYS", "14"))
DIRECTORY_WITHDRAW_AFTER_DAYS = int(os.environ.get("DIRECTORY_WITHDRAW_AFTER_DAYS", "90"))
DIRECTORY_CONFIRM_LINK_DAYS = 60
# Problem reports (docs/problem-reports.md): the reporter's name and email are
# erased this many days after a report is closed; reports per client per window
# (REFERRALS_RATE_WINDOW_SECONDS) before a 429.
DIRECTORY_PROBLEM_CONTACT_DAYS = int(os.environ.get("DIRECTORY_PROBLEM_CONTACT_DAYS", "30"))
DIRECTORY_PROBLEM_REPORT_LIMIT = int(os.environ.get("DIRECTORY_PROBLEM_REPORT_LIMIT", "10"))
# Groups asking to be listed (docs/directory.md): contact details erased this many
# days after the request is decided; requests per client per window before a 429.
ONBOARDING_CONTACT_DAYS = int(os.environ.get("ONBOARDING_CONTACT_DAYS", "30"))
ONBOARDING_REQUEST_LIMIT = int(os.environ.get("ONBOARDING_REQUEST_LIMIT", "5"))

# Referrals ("get a hand to get connected"): see docs/referrals.md.
# Fernet keys, comma-separated, newest first; older keys still decrypt (rotation).
REFERRALS_ENCRYPTION_KEYS = env_list("REFERRALS_ENCRYPTION_KEYS")
# The key of the blind indexes that find a person's records (core/blindindex.py):
# not an encryption key, and never the same.
BLIND_INDEX_KEY = os.environ.get("BLIND_INDEX_KEY", "")
# Closed, declined and connected referrals are anonymised this long after they end.
REFERRALS_RETENTION_MONTHS = int(os.environ.get("REFERRALS_RETENTION_MONTHS", "24"))
# Overdue digests (staff addresses, reference numbers) are deleted this long after
# they were written, once sent or given up.
REFERRALS_DIGEST_DAYS = int(os.environ.get("REFERRALS_DIGEST_DAYS", "30"))
# Requests sent per client per window, and steps answered per client per window.
REFERRALS_SUBMIT_LIMIT = int(os.environ.get("REFERRALS_SUBMIT_LIMIT", "5"))
REFERRALS_STEP_LIMIT = int(os.environ.get("REFERRALS_STEP_LIMIT", "200"))
REFERRALS_RATE_WINDOW_SECONDS = int(os.environ.get("REFERRALS_RATE_WINDOW_SECONDS", "3600"))
# How many proxies in front of the site append to X-Forwarded-For (0: use REMOTE_ADDR).
REFERRALS_TRUSTED_PROXY_COUNT = int(os.environ.get("REFERRALS_TRUSTED_PROXY_COUNT", "0"))
# The fewest seconds a person takes from the first question to sending.
REFERRALS_MIN_FILL_SECONDS = int(os.environ.get("REFERRALS_MIN_FILL_SECONDS", "5"))
# Where staff notifications go when no connector or editor has an email address.
REFERRALS_FALLBACK_EMAIL = os.environ.get("REFERRALS_FALLBACK_EMAIL", "")

# Background tasks (emails, search indexing, feed syncs): a queue in the database,
# worked by `manage.py db_worker`. TASKS_BACKEND=immediate runs them inside the
# request instead, the default for `make run` and the tests.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def tasks_setting(default):
    return {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", default)]}}


TASKS = tasks_setting("database")

# The outbox (core/outbox.py): how long one worker holds an email it is sending
# before another may try it, and how old the oldest waiting email may be before
# /healthz says "degraded".
OUTBOX_LEASE_SECONDS = int(os.environ.get("OUTBOX_LEASE_SECONDS", "900"))
OUTBOX_DEGRADED_AFTER_SECONDS = int(os.environ.get("OUTBOX_DEGRADED_AFTER_SECONDS", "900"))

# The council and the service named by the pages that cannot ask the database (the
# 400, 500 and 503 pages); everything else names them from the Site's "Council"
# setting. The default names are in the catalogues, so they are shown in the
# reader's language.
COUNCIL_NAME = os.environ.get("COUNCIL_NAME", gettext_noop("Kellbrook Council"))
COUNCIL_SERVICE_NAME = os.environ.get(
    "COUNCIL_SERVICE_NAME", gettext_noop("Get connected in Kellbrook")
)
COUNCIL_PHONE = os.environ.get("COUNCIL_PHONE", "020 7946 0142")
# The place the directory covers: named when a postcode is not in it, and as the
# addresses' local authority in the Open Referral API.
COUNCIL_AREA = os.environ.get("COUNCIL_AREA", "Kellbrook")

# Wagtail
WAGTAIL_SITE_NAME = COUNCIL_SERVICE_NAME
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name authenticator apps show
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin makes no calls to outside services: no update check, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Campaign: the address printed beside QR codes, as <this>/go/<CODE>.
CAMPAIGN_SHORT_URL_BASE = os.environ.get("CAMPAIGN_SHORT_URL_BASE", WAGTAILADMIN_BASE_URL)
# Connected-place sign-ups per client per window (REFERRALS_RATE_WINDOW_SECONDS) before a 429.
CAMPAIGN_CONNECTED_PLACE_LIMIT = int(os.environ.get("CAMPAIGN_CONNECTED_PLACE_LIMIT", "10"))
# Shortlists sent by email per client per REFERRALS_RATE_WINDOW_SECONDS before a 429.
SHORTLIST_EMAIL_LIMIT = int(os.environ.get("SHORTLIST_EMAIL_LIMIT", "10"))

# Security headers that hold in every environment; production adds HTTPS ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views opt back in to SAMEORIGIN
SESSION_COOKIE_HTTPONLY = True
# Sessions end after this much inactivity (sliding: each request renews them), so
# answers left on a shared computer go; `clearsessions` runs in run_daily_jobs.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
# A form sent without a valid CSRF token gets a translated page saying what to do.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# Map tiles (docs/map.md): off unless MAP_TILE_URL names a tile server; its one
# host is then the only one added to the CSP's img-src.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "").strip()
MAP_TILE_ORIGIN = tile_origin(MAP_TILE_URL)
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "").strip()

# Content-Security-Policy for the public site: no inline code except the one
# script that carries a per-request nonce. Wagtail's admin relies on inline
# styles and scripts it does not nonce, so it is left out of this policy.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *([MAP_TILE_ORIGIN] if MAP_TILE_ORIGIN else [])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": ["'none'"],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
# Feeds in (feeds/fetching.py): limits on what a source may send. Loopback is
# refused unless a test that serves feeds from this machine switches it on.
FEEDS_MAX_BYTES = int(os.environ.get("FEEDS_MAX_BYTES", str(20 * 1024 * 1024)))
FEEDS_TIMEOUT_SECONDS = float(os.environ.get("FEEDS_TIMEOUT_SECONDS", "15"))
# Events, services or CSV rows one source may hold; more is refused with a message.
FEEDS_MAX_ITEMS = int(os.environ.get("FEEDS_MAX_ITEMS", "20000"))
FEEDS_ALLOW_LOOPBACK = False
