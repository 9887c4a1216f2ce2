"""A new group asks to be listed in Bengali, the directory team approves, the
group's volunteer sets a password from the invitation, lands on their own
dashboard and sends their first activity for review. axe on the public form
and the dashboard."""

import re

from playwright.sync_api import expect

from django.contrib.auth.models import Group

from directory.models import ActivityPage
from directory.permissions import DIRECTORY_TEAM
from onboarding.models import ListingRequest
from tests.browser.accessibility import assert_accessible

PASSWORD = "Kellbrook sewing circle 2026"


def test_a_new_group_joins_in_bengali_and_sends_its_first_activity_for_review(
    browser, no_js_page, page, site_url, django_user_model, smtp
):
    # No JavaScript needed to ask.
    form = no_js_page
    form.goto(f"{site_url}/bn/add-your-group/")
    form.fill('[name="organisation_name"]', "Kellbrook Sewing Circle")
    form.fill('[name="what_it_runs"]', "সেলাইয়ের আড্ডা, প্রতি মঙ্গলবার")
    form.fill('[name="charity_number"]', "12")
    form.fill('[name="contact_name"]', "Rina Begum")
    form.fill('[name="email"]', "rina@example.org")
    form.locator("main form .govuk-button").click()
    assert form.locator(".govuk-error-summary a").first.get_attribute("href") == "#f-charity_number"
    form.fill('[name="charity_number"]', "1123456")
    form.locator("main form .govuk-button").click()
    assert form.locator("h1").text_content() == "অনুরোধ পাঠানো হয়েছে"  # "Request sent"
    page.goto(f"{site_url}/bn/add-your-group/")
    assert_accessible(page)

    team_user = django_user_model.objects.create_user("priya", password="team-pass")
    team_user.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    team = browser.new_context().new_page()
    team.goto(f"{site_url}/admin/login/")
    team.fill("#id_username", "priya")
    team.fill("#id_password", "team-pass")
    team.get_by_role("button", name="Sign in").click()
    team.get_by_role("link", name="Groups asking to join").click()
    team.get_by_role("link", name="Kellbrook Sewing Circle").click()
    team.get_by_role("button", name="Approve and invite").click()
    expect(team.locator(".messages")).to_contain_text("Approved")

    (invitation,) = smtp.inbox.messages
    assert invitation["to"] == ["rina@example.org"]
    link = re.search(r"https?://\S+/bn/add-your-group/welcome/\S+/", invitation["body"]).group(0)
    page.goto(site_url + re.sub(r"^https?://[^/]+", "", link))
    page.fill('[name="new_password1"]', PASSWORD)
    page.fill('[name="new_password2"]', PASSWORD)
    page.locator("main form .govuk-button").click()
    page.wait_for_load_state()

    organisation = ListingRequest.objects.get().organisation
    assert page.url == f"{site_url}/admin/"
    expect(page.locator("main")).to_contain_text("Kellbrook Sewing Circle")
    assert_accessible(page)
    page.get_by_role("link", name="Add an activity").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/admin/pages/add/directory/activitypage/{organisation.pk}/")
    page.fill("#id_title", "Tuesday sewing circle")
    page.fill("#id_summary", "Bring something to mend, or learn to sew.")
    page.locator('[data-contentpath="description"] [contenteditable="true"]').fill(
        "We sew, talk and share tea."
    )
    expect(page.locator("#id_description")).to_have_value(re.compile("share tea"))
    page.select_option("#id_schedules-0-frequency", "weekly")
    page.select_option("#id_schedules-0-weekday", "1")
    page.fill("#id_schedules-0-starts_on", "2026-11-03")
    page.fill("#id_schedules-0-start_time", "10:00")
    page.fill("#id_schedules-0-end_time", "12:00")
    page.locator('footer [data-w-dropdown-target="toggle"]').click()
    assert page.locator("footer").get_by_role("button", name="Publish").count() == 0
    page.get_by_role("button", name="Submit to Directory review").click()
    expect(page.locator(".messages")).to_contain_text("submitted for moderation")
    activity = ActivityPage.objects.child_of(organisation).get()
    assert activity.title == "Tuesday sewing circle"
    assert not activity.live  # it waits for the directory team
    assert activity.current_workflow_state.status == "in_progress"

    # From the dashboard, one click tells residents there is room for newcomers.
    page.goto(f"{site_url}/admin/")
    page.get_by_role(
        "button", name=re.compile(r"^Room for newcomers this week\W+Tuesday sewing circle$")
    ).click()
    expect(page.locator(".messages")).to_contain_text("for the next seven days")
    assert_accessible(page)
