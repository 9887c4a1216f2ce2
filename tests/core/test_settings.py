"""Production settings, checked the way a deployment would run them: in a new
process, with the settings deploy/getconnected.env documents."""

import pytest

from tests.core.deployment import manage, production_environment


def production_without(name):
    return {key: value for key, value in production_environment().items() if key != name}


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", **production_without("SECRET_KEY"))
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable." in result.stderr


def test_the_documented_configuration_passes_the_deployment_checklist_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("key", ["REFERRALS_ENCRYPTION_KEYS", "BLIND_INDEX_KEY"])
def test_production_refuses_to_start_without_a_referrals_key(key):
    result = manage("check", **production_without(key))
    assert result.returncode != 0
    assert f"Set the {key} environment variable" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    # Each worker counting on its own would let several times the rate limit through.
    result = manage("check", **production_without("CACHE_URL"))
    assert result.returncode != 0
    assert "Set the CACHE_URL environment variable to a Redis server" in result.stderr


def test_the_deployment_checklist_flags_a_proxy_that_is_not_counted():
    settings = production_environment() | {"REFERRALS_TRUSTED_PROXY_COUNT": "0"}
    result = manage("check", "--deploy", **settings)
    assert "core.W001" in result.stderr
    assert "rate limits would count every resident as the proxy" in result.stderr


def test_the_deployment_checklist_flags_links_that_would_not_reach_the_site():
    result = manage("check", "--deploy", **production_without("WAGTAILADMIN_BASE_URL"))
    assert "core.W002" in result.stderr
    assert "WAGTAILADMIN_BASE_URL is not an https:// address" in result.stderr


def test_an_address_wagtail_cannot_link_to_stops_the_site():
    settings = production_environment() | {
        "WAGTAILADMIN_BASE_URL": "https://getconnected.example.gov.uk:8443"
    }
    result = manage("check", **settings)
    assert result.returncode != 0
    assert "core.E001" in result.stderr


def test_notify_without_its_key_and_templates_stops_the_site():
    result = manage("check", **production_environment() | {"MESSAGE_SENDER": "notify"})
    assert result.returncode != 0
    assert "core.E003" in result.stderr and "core.E004" in result.stderr
    configured = production_environment() | {
        "MESSAGE_SENDER": "notify",
        "NOTIFY_API_KEY": "council-" + "1" * 36 + "-" + "2" * 36,
        "NOTIFY_TEMPLATES": '{"email": "a", "sms": "b"}',
    }
    assert manage("check", **configured).returncode == 0
