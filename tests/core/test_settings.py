"""Production settings, checked the way a deployment would run them: in a new process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The configuration docs/operations.md documents, with a Fernet key made for this test only.
PRODUCTION = {
    "SECRET_KEY": "a-long-random-production-key-" + "x7Gq2" * 10,
    "ALLOWED_HOSTS": "getconnected.kellbrook.example",
    "REFERRALS_ENCRYPTION_KEYS": "cHJvZHVjdGlvbi10ZXN0LWtleS0wMTIzNDU2Nzg5YWI=",
    "CACHE_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://getconnected.kellbrook.example",
    "REFERRALS_TRUSTED_PROXY_COUNT": "1",
}


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {*PRODUCTION, "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_without(name):
    return {key: value for key, value in PRODUCTION.items() if key != name}


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", **production_without("SECRET_KEY"))
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable." in result.stderr


def test_production_passes_the_deployment_checklist_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_referrals_key():
    result = manage("check", **production_without("REFERRALS_ENCRYPTION_KEYS"))
    assert result.returncode != 0
    assert "Set the REFERRALS_ENCRYPTION_KEYS environment variable" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    # Each worker counting on its own would let several times the rate limit through.
    result = manage("check", **production_without("CACHE_URL"))
    assert result.returncode != 0
    assert "Set the CACHE_URL environment variable to a Redis server" in result.stderr


def test_the_deployment_checklist_flags_a_proxy_that_is_not_counted():
    result = manage("check", "--deploy", **PRODUCTION | {"REFERRALS_TRUSTED_PROXY_COUNT": "0"})
    assert "core.W001" in result.stderr
    assert "rate limits would count every resident as the proxy" in result.stderr


def test_the_deployment_checklist_flags_links_that_would_not_reach_the_site():
    result = manage("check", "--deploy", **production_without("WAGTAILADMIN_BASE_URL"))
    assert "core.W002" in result.stderr
    assert "WAGTAILADMIN_BASE_URL is not an https:// address" in result.stderr


def test_an_address_wagtail_cannot_link_to_stops_the_site():
    result = manage(
        "check", **PRODUCTION | {"WAGTAILADMIN_BASE_URL": "https://getconnected.example:8443"}
    )
    assert result.returncode != 0
    assert "core.E001" in result.stderr
