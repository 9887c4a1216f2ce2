"""Guessing admin passwords: failures counted per username and client address,
in the database, and a clear translated page once signing in is paused."""

from axes.models import AccessAttempt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from tests.accounts.conftest import sign_in

LOCKED = "Too many tries to sign in with this username failed."


def fail_until_locked(client, username, **extra):
    from django.conf import settings

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, username, "wrong-password", **extra)
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    return sign_in(client, username, "wrong-password", **extra)


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_wrong_passwords_pause_signing_in_and_then_the_right_one_is_refused(client, connector):
    response = fail_until_locked(client, "casey")
    assert response.status_code == 429
    page = response.content.decode()
    assert LOCKED in page
    assert "Wait 15 minutes, then try again." in page
    assert 'href="/admin/login/"' in page

    response = sign_in(client, "casey")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert not signed_in(client)


def test_the_lockout_page_speaks_the_readers_language(client, connector):
    fail_until_locked(client, "casey")
    response = sign_in(client, "casey", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 429
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    assert LOCKED not in page
    assert "15" in page


def test_the_pause_is_kept_in_the_database_for_every_server_process(client, connector):
    fail_until_locked(client, "casey")
    assert AccessAttempt.objects.filter(username="casey", ip_address="127.0.0.1").exists()
    cache.clear()  # another process shares no memory with this one
    assert sign_in(Client(), "casey").status_code == 429


def test_a_different_username_from_the_same_address_is_not_paused(client, connector, staff):
    staff("robin")
    fail_until_locked(client, "casey")
    assert sign_in(client, "robin").status_code == 302


def test_behind_a_trusted_proxy_each_client_address_is_counted_on_its_own(settings, connector):
    settings.REFERRALS_TRUSTED_PROXY_COUNT = 1
    guesser = Client(HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert fail_until_locked(guesser, "casey").status_code == 429
    assert sign_in(guesser, "casey").status_code == 429

    colleague = Client(HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert sign_in(colleague, "casey").status_code == 302
    assert signed_in(colleague)


def test_without_trusted_proxies_a_forged_forwarded_address_does_not_escape(settings, connector):
    settings.REFERRALS_TRUSTED_PROXY_COUNT = 0
    assert fail_until_locked(Client(), "casey").status_code == 429
    forger = Client(HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert sign_in(forger, "casey").status_code == 429


def test_a_right_password_before_the_limit_starts_the_count_again(client, connector):
    from django.conf import settings

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "casey", "wrong-password")
    assert sign_in(client, "casey").status_code == 302
    client.post("/admin/logout/")
    assert fail_until_locked(client, "casey").status_code == 429


def test_an_administrator_unlocks_someone_with_a_command(client, connector):
    fail_until_locked(client, "casey")
    call_command("axes_reset_username", "casey")
    assert sign_in(client, "casey").status_code == 302
    assert signed_in(client)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(forwarded=st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60))
def test_any_forwarded_address_gets_the_sign_in_page_not_an_error(connector, forwarded):
    from django.test import override_settings

    with override_settings(REFERRALS_TRUSTED_PROXY_COUNT=2):
        response = sign_in(Client(HTTP_X_FORWARDED_FOR=forwarded), "casey", "wrong-password")
    assert response.status_code in (200, 429)


def test_a_request_without_a_client_address_still_signs_in(connector):
    assert sign_in(Client(REMOTE_ADDR=""), "casey").status_code == 302
