"""Closing the loop in a real browser: a connector closes a referral as connected
with a follow-up date; on that day the resident's link, answered in Arabic; the
statistics show the outcome. The clock moves with time-machine, mail goes to a
real SMTP server."""

import re
from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import time_machine
from playwright.sync_api import expect

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from directory.models import Area
from referrals.factories import ReferralFactory
from referrals.models import Referral
from referrals.routing import COMMISSIONERS, CONNECTORS
from tests.browser.accessibility import assert_accessible

LONDON = ZoneInfo("Europe/London")


def log_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.locator("form button[type=submit]").click()


def test_a_follow_up_is_answered_in_arabic_and_the_statistics_show_it(
    page, site_url, django_user_model, smtp
):
    fenmoor = Area.objects.get(slug="fenmoor")
    for role, group in (("priya", CONNECTORS), ("cam", COMMISSIONERS)):
        django_user_model.objects.create_user(role, password="pw").groups.add(
            Group.objects.get(name=group)
        )
    # Four others in the area answered already: with this one, five, enough to show.
    for _ in range(4):
        ReferralFactory(
            status="connected",
            area=fenmoor,
            attended="yes",
            measure_at_referral="3,3,2",
            measure_at_follow_up="2,2,1",
            follow_up_answered_at=timezone.now(),
        )
    referral = ReferralFactory(
        status="contacted",
        area=fenmoor,
        contact_method="email",
        email="amira@example.org",
        language="ar",
        measure_at_referral="3,3,2",
    )

    with time_machine.travel(datetime(2027, 1, 4, 10, tzinfo=LONDON)):
        log_in(page, site_url, "priya")
        page.goto(f"{site_url}/admin/referrals/{referral.pk}/")
        page.select_option("#id_status", "connected")
        page.fill("#id_follow_up_on", "2027-02-01")
        page.get_by_role("button", name="Save status").click()
        expect(page.locator(".referral-details")).to_contain_text("Follow-up")

    with time_machine.travel(datetime(2027, 2, 1, 9, tzinfo=LONDON)):
        call_command("send_follow_ups", stdout=StringIO())
        [message] = smtp.inbox.messages
        path = re.search(r"https?://[^/\s]+(/ar/get-a-hand/follow-up/\S+/)", message["body"])[1]
        page.goto(f"{site_url}{path}")
        assert page.get_attribute("html", "dir") == "rtl"
        expect(page.locator("h1")).to_have_text("هل ذهبت؟ كيف كانت التجربة؟")
        assert_accessible(page)
        page.check('input[name="attended"][value="yes"]')
        page.fill('[name="follow_up_comment"]', "جميل جدًا")
        for item in ("companionship", "left_out", "isolated"):
            page.check(f'input[name="{item}"][value="1"]')
        page.locator("main form .govuk-button").click()
        expect(page.locator("h1")).not_to_have_text("Thank you")
        assert_accessible(page)
        # The same link again: a plain "already answered", in Arabic.
        page.goto(f"{site_url}{path}")
        expect(page.locator("h1")).to_have_text("لقد أجبت من قبل")

        log_in(page, site_url, "cam")
        page.goto(f"{site_url}/admin/referrals/statistics/")
        went = page.locator("#stats-went-area + table")
        expect(went).to_contain_text("Fenmoor")
        expect(went).to_contain_text("100% of 5")
        # 8 at referral, 3 at follow-up for this one (-5); 8 to 5 for the others (-3).
        expect(page.locator("#stats-change-area + table")).to_contain_text("-3.4 (5 people)")
        assert_accessible(page)

    referral = Referral.objects.get(pk=referral.pk)
    assert (referral.attended, referral.measure_at_follow_up) == ("yes", "1,1,1")
