"""Two-step verification in a real browser, in English and Arabic: a connector
sets up an authenticator app, then signs in again with a backup code. axe on
every page."""

from base64 import b32decode

import pytest
from django_otp.oath import totp

from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from referrals.factories import ReferralFactory
from referrals.routing import CONNECTORS
from tests.browser.accessibility import assert_accessible

PASSWORD = "a-long-test-password-9"
JOURNEYS = {
    "en": {
        "setup": "Set up two-step verification",
        "error": "Error: ",
        "wrong": "That code did not work.",
        "saved": "I have saved my backup codes",
        "verify": "Enter your code",
    },
    "ar": {
        "setup": "إعداد التحقق بخطوتين",
        "error": "خطأ: ",
        "wrong": "لم يعمل هذا الرمز.",
        "saved": "لقد حفظت رموز الاحتياط",
        "verify": "أدخل الرمز",
    },
}


def sign_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()


def enter_code(page, code):
    page.fill("#id_code", code)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_connector_sets_up_two_step_verification_and_uses_a_backup_code(
    browser, site_url, settings, django_user_model, language
):
    settings.ADMIN_TWO_FACTOR = True
    text = JOURNEYS[language]
    referral = ReferralFactory(name="Rosa Pemberton")
    connector = django_user_model.objects.create_user("casey", password=PASSWORD)
    connector.groups.add(Group.objects.get(name=CONNECTORS))
    profile = UserProfile.get_for_user(connector)
    profile.preferred_language = language
    profile.save()
    referral_url = f"{site_url}/admin/referrals/{referral.pk}/"

    page = browser.new_context().new_page()
    sign_in(page, site_url, "casey")
    page.goto(referral_url)
    assert "/admin/two-step/setup/" in page.url
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    assert page.text_content("h1").strip() == text["setup"]
    assert page.locator("main img[src^='data:image/svg+xml']").is_visible()
    assert "Rosa Pemberton" not in page.content()
    assert_accessible(page)

    # The key as the page shows it, typed into an "app": this test.
    key = b32decode(page.text_content("main code").replace(" ", ""))
    enter_code(page, f"{(totp(key) + 500_000) % 1_000_000:06d}")
    assert page.title().startswith(text["error"])
    assert text["wrong"] in page.text_content("main")
    assert_accessible(page)

    page.wait_for_timeout(1100)  # the device waits a second after a wrong code
    enter_code(page, f"{totp(key):06d}")
    codes = [code.strip() for code in page.locator("main .backup-codes code").all_text_contents()]
    assert len(codes) == 10
    assert_accessible(page)
    page.get_by_role("link", name=text["saved"]).click()
    page.wait_for_load_state()
    assert page.url == referral_url
    assert "Rosa Pemberton" in page.text_content("main")

    # Another day, without the phone: a backup code.
    again = browser.new_context().new_page()
    sign_in(again, site_url, "casey")
    again.goto(referral_url)
    assert "/admin/two-step/verify/" in again.url
    assert again.text_content("h1").strip() == text["verify"]
    assert_accessible(again)
    enter_code(again, codes[0])
    assert again.url == referral_url
    assert "Rosa Pemberton" in again.text_content("main")
