"""System checks for how the site is deployed (`manage.py check`, `check --deploy`)."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from core.sites import site_address


@register()
def check_site_address(app_configs, **kwargs):
    """WAGTAILADMIN_BASE_URL becomes the Site's address (set_site_address)."""
    try:
        site_address(settings.WAGTAILADMIN_BASE_URL)
    except ValueError as error:
        return [
            Error(
                f"WAGTAILADMIN_BASE_URL cannot be the site's address: {error}.",
                hint="Use the origin residents visit, e.g. https://getconnected.example.gov.uk.",
                id="core.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_deployment_addresses(app_configs, **kwargs):
    warnings = []
    # Behind a proxy every request arrives from the proxy's address: counted as
    # one client, the whole borough would share a single rate-limit allowance.
    if settings.SECURE_PROXY_SSL_HEADER and settings.REFERRALS_TRUSTED_PROXY_COUNT == 0:
        warnings.append(
            Warning(
                "The site trusts a proxy's X-Forwarded-Proto header, but "
                "REFERRALS_TRUSTED_PROXY_COUNT is 0: rate limits would count every "
                "resident as the proxy.",
                hint="Set REFERRALS_TRUSTED_PROXY_COUNT to the number of proxies that "
                "append to X-Forwarded-For (1 for one nginx): see docs/operations.md.",
                id="core.W001",
            )
        )
    if settings.SECURE_SSL_REDIRECT and not settings.WAGTAILADMIN_BASE_URL.startswith("https://"):
        warnings.append(
            Warning(
                "WAGTAILADMIN_BASE_URL is not an https:// address, so links in emails, "
                "calendars and the sitemap would not reach the site.",
                hint="Set it to the public address, e.g. https://getconnected.example.gov.uk.",
                id="core.W002",
            )
        )
    return warnings


@register()
def check_message_sender(app_configs, **kwargs):
    """GOV.UK Notify needs a key and the general templates every message can fall back to."""
    if settings.MESSAGE_SENDER not in ("email", "notify"):
        return [Error("MESSAGE_SENDER must be email or notify.", id="core.E002")]
    if settings.MESSAGE_SENDER == "email":
        return []
    problems = []
    # A Notify key is "name-" + the service id (36) + "-" + the secret (36).
    if len(settings.NOTIFY_API_KEY) < 74:
        problems.append(Error("NOTIFY_API_KEY is missing or too short.", id="core.E003"))
    if not all(settings.NOTIFY_TEMPLATES.get(channel) for channel in ("email", "sms")):
        problems.append(
            Error(
                'NOTIFY_TEMPLATES needs "email" and "sms" template ids.',
                hint="General templates showing ((subject)) and ((body)): see docs/notify.md.",
                id="core.E004",
            )
        )
    return problems
