"""A second factor before any admin page, for staff who can read personal data."""

import os
import subprocess
import sys
from io import StringIO

from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import call_command
from django.test import Client

from accounts.two_factor import new_backup_codes
from tests.accounts.conftest import code_for, sign_in
from tests.core.deployment import ROOT, manage, production_environment

PRINT_TWO_FACTOR = "from django.conf import settings; print(settings.ADMIN_TWO_FACTOR)"
SETUP = "/admin/two-step/setup/"
VERIFY = "/admin/two-step/verify/"


def referral_url(referral):
    return f"/admin/referrals/{referral.pk}/"


def test_a_connector_without_an_authenticator_is_sent_to_set_one_up(
    client, two_factor, connector, referral
):
    assert sign_in(client, "casey").status_code == 302
    for url in (referral_url(referral), "/admin/referrals/", "/admin/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(f"{SETUP}?next=")
        assert "Rosa Pemberton" not in response.content.decode()

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'src="data:image/svg+xml' in page.content.decode()


def test_with_a_code_from_the_key_they_get_in_and_get_backup_codes(
    client, two_factor, connector, referral
):
    sign_in(client, "casey")
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=connector, confirmed=False)

    response = client.post(SETUP, {"code": code_for(device), "next": referral_url(referral)})
    assert response.status_code == 200
    assert response.context["next"] == referral_url(referral)
    codes = response.context["codes"]
    assert len(codes) == 10
    assert all(code in response.content.decode() for code in codes)
    assert TOTPDevice.objects.get(pk=device.pk).confirmed

    page = client.get(referral_url(referral))
    assert page.status_code == 200
    assert "Rosa Pemberton" in page.content.decode()


def wrong(code):
    return f"{(int(code) + 500_000) % 1_000_000:06d}"


def test_a_wrong_code_is_refused_at_setup(client, two_factor, connector, referral):
    sign_in(client, "casey")
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=connector, confirmed=False)
    response = client.post(SETUP, {"code": wrong(code_for(device))})
    assert response.status_code == 400
    assert "That code did not work." in response.content.decode()
    assert response.context["title"] == "Set up two-step verification"
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get(referral_url(referral))["Location"].startswith(SETUP)


def test_a_wrong_code_is_refused_at_sign_in(
    client, two_factor, connector, referral, with_authenticator
):
    device = with_authenticator(connector)
    sign_in(client, "casey")
    response = client.post(VERIFY, {"code": wrong(code_for(device))})
    assert response.status_code == 400
    assert "That code did not work." in response.content.decode()
    # Straight after a wrong code the device waits; the page says so.
    response = client.post(VERIFY, {"code": code_for(device)})
    assert response.status_code == 400
    assert "Too many wrong codes." in response.content.decode()
    assert client.get(referral_url(referral))["Location"].startswith(VERIFY)


def test_signing_in_again_asks_for_the_code_and_a_code_works_only_once(
    client, two_factor, connector, referral, with_authenticator
):
    device = with_authenticator(connector)
    sign_in(client, "casey")
    response = client.get(referral_url(referral))
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Freferrals%2F{referral.pk}%2F"

    code = code_for(device)
    response = client.post(VERIFY, {"code": code, "next": referral_url(referral)})
    assert response.status_code == 302
    assert response["Location"] == referral_url(referral)
    assert "Rosa Pemberton" in client.get(referral_url(referral)).content.decode()

    # Someone who saw the code over a shoulder, signing in elsewhere with the password.
    other = Client()
    sign_in(other, "casey")
    assert other.post(VERIFY, {"code": code}).status_code == 400
    assert other.get(referral_url(referral)).status_code == 302


def test_a_backup_code_works_once(client, two_factor, connector, referral, with_authenticator):
    with_authenticator(connector)
    code = new_backup_codes(connector)[0]

    sign_in(client, "casey")
    response = client.post(VERIFY, {"code": f" {code.upper()} ", "next": referral_url(referral)})
    assert response["Location"] == referral_url(referral)
    assert client.get(referral_url(referral)).status_code == 200
    assert StaticDevice.objects.get(user=connector).token_set.count() == 9

    other = Client()
    sign_in(other, "casey")
    assert other.post(VERIFY, {"code": code}).status_code == 400
    assert other.get(referral_url(referral)).status_code == 302


def test_a_password_alone_cannot_add_another_authenticator(
    client, two_factor, connector, with_authenticator
):
    with_authenticator(connector)
    sign_in(client, "casey")
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response["Location"] == VERIFY
    assert client.post(SETUP, {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=connector).count() == 1


def test_every_role_that_reads_personal_data_is_asked(client, two_factor, staff):
    from directory.permissions import DIRECTORY_TEAM
    from referrals.routing import CONNECTORS

    for user in (
        staff("ada", superuser=True),
        staff("dee", DIRECTORY_TEAM),
        staff("con", CONNECTORS),
    ):
        browser = Client()
        sign_in(browser, user.username)
        assert browser.get("/admin/")["Location"].startswith(SETUP), user


def test_an_organisations_editors_are_asked(client, two_factor, staff, demo_site):
    from directory.models import OrganisationPage
    from directory.permissions import ensure_editors_group

    group = ensure_editors_group(OrganisationPage.objects.filter(locale__language_code="en")[0])
    staff("oli", group.name)
    sign_in(client, "oli")
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_commissioners_see_statistics_with_a_password_alone(client, two_factor, commissioner):
    sign_in(client, "morgan")
    assert client.get("/admin/referrals/statistics/").status_code == 200


def test_without_the_requirement_a_password_is_enough(client, connector, referral):
    sign_in(client, "casey")
    assert client.get(referral_url(referral)).status_code == 200


def test_the_next_address_never_leads_to_another_site(
    client, two_factor, connector, with_authenticator
):
    device = with_authenticator(connector)
    sign_in(client, "casey")
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_a_lost_phone_is_reset_with_a_command(client, two_factor, connector, with_authenticator):
    with_authenticator(connector)
    new_backup_codes(connector)
    output = StringIO()
    call_command("reset_two_factor", "casey", stdout=output)
    assert "Removed 2 device(s) from casey" in output.getvalue()
    assert not TOTPDevice.objects.filter(user=connector).exists()
    assert not StaticDevice.objects.filter(user=connector).exists()
    sign_in(client, "casey")
    assert client.get("/admin/")["Location"].startswith(SETUP)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(code=st.text(max_size=60))
def test_any_typed_code_gets_a_clear_answer_and_no_way_in(
    client, two_factor, connector, with_authenticator, code
):
    if not TOTPDevice.objects.filter(user=connector).exists():
        with_authenticator(connector)
        new_backup_codes(connector)
        sign_in(client, "casey")
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 400
    assert client.get("/admin/").status_code == 302


def test_production_always_asks_for_a_second_factor():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        PRINT_TWO_FACTOR,
        **production_environment() | {"ADMIN_TWO_FACTOR": "false"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_development_signs_in_with_a_password_unless_asked():
    def two_factor_in_dev(**env):
        environment = {k: v for k, v in os.environ.items() if k != "ADMIN_TWO_FACTOR"}
        environment.update(DJANGO_SETTINGS_MODULE="config.settings.dev", **env)
        return subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", PRINT_TWO_FACTOR],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout.strip()

    assert two_factor_in_dev() == "False"
    assert two_factor_in_dev(ADMIN_TWO_FACTOR="true") == "True"
