"""A volunteer publishes a new activity through the directory team's review, in
Wagtail's admin, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group

from wagtail.models import Locale

from directory.models import ActivityPage, OrganisationPage
from directory.permissions import DIRECTORY_TEAM, editors_group


def organisation(number):
    """The demo directory's organisations in the order they are listed."""
    return OrganisationPage.objects.filter(locale=Locale.get_default()).order_by("path")[number]


@pytest.fixture
def people(django_user_model):
    ours = organisation(0)
    volunteer = django_user_model.objects.create_user("sam", password="volunteer-pass")
    volunteer.groups.add(editors_group(ours))
    team = django_user_model.objects.create_user("priya", password="team-pass")
    team.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    return ours, organisation(1)


def log_in(page, site_url, username, password):
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign in").click()


def more_actions(page):
    page.locator('footer [data-w-dropdown-target="toggle"]').click()


def test_volunteer_submits_an_activity_and_the_directory_team_publishes_it(
    browser, site_url, people
):
    ours, theirs = people
    public_url = f"{site_url}{ours.url}sunday-stroll/"

    volunteer = browser.new_context().new_page()
    log_in(volunteer, site_url, "sam", "volunteer-pass")
    volunteer.goto(f"{site_url}/admin/pages/add/directory/activitypage/{ours.pk}/")
    volunteer.fill("#id_title", "Sunday stroll")
    volunteer.fill("#id_summary", "A gentle walk for everyone, with tea after.")
    volunteer.locator('[data-contentpath="description"] [contenteditable="true"]').fill(
        "We walk slowly and stop for tea."
    )
    # The rich text editor copies its text into the form asynchronously; a draft
    # sent before that is saved without a description and fails at approval.
    expect(volunteer.locator("#id_description")).to_have_value(re.compile("stop for tea"))
    volunteer.select_option("#id_schedules-0-frequency", "weekly")
    volunteer.select_option("#id_schedules-0-weekday", "6")
    volunteer.fill("#id_schedules-0-starts_on", "2026-11-01")
    volunteer.fill("#id_schedules-0-start_time", "10:00")
    volunteer.fill("#id_schedules-0-end_time", "11:30")
    more_actions(volunteer)
    # A volunteer can submit for review but has no "Publish" of their own.
    assert volunteer.locator("footer").get_by_role("button", name="Publish").count() == 0
    volunteer.get_by_role("button", name="Submit to Directory review").click()
    assert "submitted for moderation" in volunteer.locator(".messages").inner_text()
    assert volunteer.request.get(public_url).status == 404

    # Another group's listings are out of reach.
    volunteer.goto(f"{site_url}/admin/pages/add/directory/activitypage/{theirs.pk}/")
    assert "do not have permission" in volunteer.locator(".messages").inner_text()

    team = browser.new_context().new_page()
    log_in(team, site_url, "priya", "team-pass")
    activity_id = ours.get_children().get(slug="sunday-stroll").pk
    # The editor's scripts must have settled before the form is sent.
    team.goto(f"{site_url}/admin/pages/{activity_id}/edit/", wait_until="networkidle")
    more_actions(team)
    team.get_by_role("button", name="Approve and Publish", exact=True).click()
    team.wait_for_load_state()
    problems = team.locator(".error-message, .w-field__errors").all_inner_texts()
    assert "has been updated" in team.locator(".messages").inner_text(), problems

    volunteer.goto(public_url)
    assert volunteer.locator("h1").inner_text() == "Sunday stroll"


def test_a_volunteer_writing_labelling_words_on_an_activity_sees_a_suggestion(
    page, site_url, people
):
    ours, _theirs = people
    activity = ActivityPage.objects.child_of(ours).first()
    log_in(page, site_url, "sam", "volunteer-pass")
    page.goto(f"{site_url}/admin/pages/{activity.pk}/edit/", wait_until="networkidle")
    page.fill("#id_summary", "For the elderly and isolated")
    page.get_by_role("button", name="Save draft").click()

    messages = page.locator(".messages")
    expect(messages).to_contain_text("Language guidance: “the elderly and isolated”")
    expect(messages).to_contain_text("people who would like to meet others")
    # It warns and never blocks: the draft holds the words.
    activity.refresh_from_db()
    assert activity.get_latest_revision_as_object().summary == "For the elderly and isolated"
