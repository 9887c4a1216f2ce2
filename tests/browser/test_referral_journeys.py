"""Asking for a hand, and following it up, in a real browser; axe on every step."""

from datetime import timedelta
from io import StringIO

import time_machine
from playwright.sync_api import expect

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from directory.models import ActivityPage, Area
from directory.permissions import ensure_editors_group
from referrals.factories import ReferralFactory
from referrals.models import Notification, Referral
from referrals.routing import CONNECTORS
from tests.browser.accessibility import assert_accessible, assert_accessible_html
from tests.smtp_server import SMTPServer

ENGLISH_ANSWERS = [
    ("who", {"radio": ("for_whom", "self")}),
    ("interests", {"check": [("interests", "music")], "fill": {"interests_other": "Dominoes"}}),
    ("support", {"check": [("support", "companion")]}),
    (
        "contact",
        {
            "radio": ("contact_method", "phone"),
            "fill": {"phone": "020 7946 0123"},
            "radio2": ("leave_message", "yes"),
        },
    ),
    ("name", {"fill": {"name": "Sam Okafor"}}),
    ("postcode", {"fill": {"postcode": "KB3 2XY"}}),
    ("age", {"radio": ("age_band", "65-79")}),
    ("language", {"radio": ("language", "en")}),
    ("sharing", {"check": [("share_with_organiser", "on")]}),
]


def answer(page, data):
    for key in ("radio", "radio2"):
        if key in data:
            name, value = data[key]
            page.check(f'input[name="{name}"][value="{value}"]')
    for name, value in data.get("check", []):
        page.check(f'input[name="{name}"][value="{value}"]')
    for name, value in data.get("fill", {}).items():
        page.fill(f'[name="{name}"]', value)
    page.locator("main form .govuk-button").click()
    # The next page must have loaded before its title or content is read.
    page.wait_for_load_state()


def test_a_resident_asks_to_try_an_activity_in_english_with_javascript(page, site_url):
    activity = ActivityPage.objects.get(slug="bengali-lunch-club", locale__language_code="en")
    page.goto(f"{site_url}{activity.url}")
    page.get_by_role("link", name="I'd like to try this").click()
    assert page.url.split("?")[0].endswith("/en/get-a-hand/who/")  # ?start= carries the way in
    assert page.locator("main .govuk-caption-l").text_content() == f"Trying {activity.title}"
    assert_accessible(page)

    # An empty answer: the error summary, linked to the field, and "Error:" in the title.
    page.locator("main form .govuk-button").click()
    assert page.title().startswith("Error: ")
    summary_link = page.locator(".govuk-error-summary a")
    assert summary_link.get_attribute("href") == "#f-for_whom-0"
    assert_accessible(page)

    for _slug, data in ENGLISH_ANSWERS:
        answer(page, data)
        assert_accessible(page)

    assert page.url.endswith("/en/get-a-hand/check/")
    assert "Sam Okafor" in page.text_content("main")
    page.get_by_role("link", name="Change name").click()
    page.fill('[name="name"]', "Sam O")
    page.locator("main form .govuk-button").click()
    assert page.url.endswith("/en/get-a-hand/check/")
    assert "Sam O" in page.text_content("main")

    page.get_by_role("button", name="Send my request").click()
    assert page.url.endswith("/en/get-a-hand/done/")
    referral = Referral.objects.get()
    assert referral.reference in page.text_content(".govuk-panel")
    assert "organiser will contact you within 5 working days" in page.text_content("main")
    assert referral.organisation.slug == activity.organisation.slug
    assert_accessible(page)

    # Too many tries from one connection: a clear, translated 429 page.
    with override_settings(REFERRALS_STEP_LIMIT=0):
        page.goto(f"{site_url}/en/get-a-hand/start/")
        page.check('input[name="for_whom"][value="self"]')
        page.locator("main form .govuk-button").click()
        assert page.locator("h1").text_content() == "Too many requests"
        assert_accessible(page)


def test_someone_asks_for_another_person_in_arabic_without_javascript(no_js_page, page, site_url):
    answers = dict(ENGLISH_ANSWERS)
    answers["who"] = {"radio": ("for_whom", "someone-else")}
    answers["language"] = {"radio": ("language", "ar")}
    answers["sharing"] = {}
    no_js_page.goto(f"{site_url}/ar/get-a-hand/start/?from=qr:library-leaflet")
    assert no_js_page.get_attribute("html", "dir") == "rtl"
    assert_accessible_html(page, no_js_page.url, no_js_page.content())
    for slug, _data in ENGLISH_ANSWERS:
        assert no_js_page.url.split("?")[0].endswith(f"/ar/get-a-hand/{slug}/")
        if slug == "postcode":
            # A wrong postcode first: the error page is checked too.
            answer(no_js_page, {"fill": {"postcode": "nowhere"}})
            assert no_js_page.title().startswith("خطأ: ")
            assert_accessible_html(page, no_js_page.url, no_js_page.content())
        answer(no_js_page, answers[slug])
        assert_accessible_html(page, no_js_page.url, no_js_page.content())
    assert no_js_page.url.endswith("/ar/get-a-hand/check/")
    no_js_page.locator("main form .govuk-button").click()
    assert no_js_page.url.endswith("/ar/get-a-hand/done/")
    assert_accessible_html(page, no_js_page.url, no_js_page.content())
    referral = Referral.objects.get()
    assert referral.reference in no_js_page.text_content(".govuk-panel")
    assert (referral.for_whom, referral.language) == ("someone-else", "ar")
    assert (referral.source_kind, referral.source_ref) == ("qr", "library-leaflet")
    assert referral.organisation is None


def log_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.locator("form button[type=submit]").click()


def test_a_connector_progresses_a_referral_and_an_organisation_sees_only_its_own(
    browser, site_url, django_user_model
):
    fenmoor = Area.objects.get(slug="fenmoor")
    activity = ActivityPage.objects.get(slug="bengali-lunch-club", locale__language_code="en")
    ours = ReferralFactory(name="Edna Whitfield", area=fenmoor)
    theirs = ReferralFactory(name="Rahima Begum", kind="try", organisation=activity.organisation)
    connector = django_user_model.objects.create_user("priya", password="pw")
    connector.groups.add(Group.objects.get(name=CONNECTORS))
    editor = django_user_model.objects.create_user("nasrin", password="pw")
    editor.groups.add(ensure_editors_group(activity.organisation))

    page = browser.new_context().new_page()
    log_in(page, site_url, "priya")
    page.goto(f"{site_url}/admin/referrals/?status=new&area={fenmoor.pk}")
    assert ours.reference in page.text_content("main")
    assert theirs.reference not in page.text_content("main")
    page.get_by_role("link", name=ours.reference).click()
    assert "Edna Whitfield" in page.text_content("main")
    page.select_option("#id_assigned_to", str(connector.pk))
    page.get_by_role("button", name="Save assignment").click()
    page.select_option("#id_status", "contacted")
    page.get_by_role("button", name="Save status").click()
    page.fill("#id_text", "Rang; going to the choir on Tuesday together.")
    page.get_by_role("button", name="Add note").click()
    page.select_option("#id_status", "connected")
    page.get_by_role("button", name="Save status").click()
    # Waits for the page the button leads to; reading at once could catch it loading.
    expect(page.locator("main")).to_contain_text("Rang; going to the choir")
    ours.refresh_from_db()
    assert (ours.status, ours.assigned_to) == ("connected", connector)

    organiser = browser.new_context().new_page()
    log_in(organiser, site_url, "nasrin")
    organiser.goto(f"{site_url}/admin/referrals/")
    assert theirs.reference in organiser.text_content("main")
    assert ours.reference not in organiser.text_content("main")
    organiser.goto(f"{site_url}/admin/referrals/{ours.pk}/")
    assert "Edna Whitfield" not in organiser.content()

    # Time travel: 25 months after it ended, the purge leaves only what statistics need.
    with time_machine.travel(timezone.now() + timedelta(days=31 * 25)):
        call_command("purge_referrals", stdout=StringIO())
    page.goto(f"{site_url}/admin/referrals/{ours.pk}/")
    assert "Edna Whitfield" not in page.content()
    assert "Rang; going to the choir" not in page.content()
    assert ours.reference in page.text_content("main")


def test_with_the_mail_server_stopped_the_request_is_kept_and_the_notice_goes_later(
    no_js_page, site_url, django_user_model
):
    connector = django_user_model.objects.create_user(
        "priya", email="priya@kellbrook.example", password="pw"
    )
    connector.groups.add(Group.objects.get(name=CONNECTORS))
    smtp = SMTPServer()
    with override_settings(**smtp.settings()):
        # The mail server is down while the resident sends their request.
        no_js_page.goto(f"{site_url}/en/get-a-hand/start/")
        for _slug, data in ENGLISH_ANSWERS:
            answer(no_js_page, data)
        no_js_page.get_by_role("button", name="Send my request").click()
        assert no_js_page.url.endswith("/en/get-a-hand/done/")
        referral = Referral.objects.get()
        assert referral.reference in no_js_page.text_content(".govuk-panel")
        pending = Notification.objects.get(state=Notification.State.PENDING)
        assert pending.attempts == 1

        smtp.start()
        try:
            call_command("send_pending_messages", "--all", stdout=StringIO())
        finally:
            smtp.stop()
    assert not Notification.objects.filter(state=Notification.State.PENDING).exists()
    [message] = smtp.inbox.messages
    assert message["to"] == ["priya@kellbrook.example"]
    assert referral.reference in message["body"]
    for personal in ["Sam", "Okafor", "020 7946 0123", "KB3", "Dominoes"]:
        assert personal not in message["subject"] + message["body"]


def reach_the_contact_step(page, site_url, code):
    page.goto(f"{site_url}/{code}/get-a-hand/start/")
    for _slug, data in ENGLISH_ANSWERS[:3]:
        answer(page, data)
    assert page.url.endswith(f"/{code}/get-a-hand/contact/")


def test_each_way_of_contact_shows_only_its_own_details_with_javascript(page, site_url):
    for code in ["en", "ar"]:
        reach_the_contact_step(page, site_url, code)
        phone, email, address = (
            page.locator("#f-phone"),
            page.locator("#f-email"),
            page.locator("#f-address"),
        )
        for hidden in (phone, email, address):
            expect(hidden).to_be_hidden()

        page.check('input[name="contact_method"][value="email"]')
        expect(email).to_be_visible()
        expect(phone).to_be_hidden()
        # A call and a text share the one phone number, with its question.
        for method in ["text", "phone"]:
            page.check(f'input[name="contact_method"][value="{method}"]')
            expect(phone).to_be_visible()
            expect(page.locator('input[name="leave_message"]').first).to_be_visible()
            expect(email).to_be_hidden()
        assert_accessible(page)


def test_without_javascript_every_way_of_contact_shows_its_details(no_js_page, site_url):
    reach_the_contact_step(no_js_page, site_url, "ar")
    for field in ["#f-phone", "#f-email", "#f-address"]:
        expect(no_js_page.locator(field)).to_be_visible()
    answer(no_js_page, {"radio": ("contact_method", "email"), "fill": {"email": "sam@example.org"}})
    assert no_js_page.url.endswith("/ar/get-a-hand/name/")
