"""A feed item matching a hand-made listing waits as a likely duplicate, and the
directory team merges it, in a real browser."""

from datetime import time

from playwright.sync_api import expect

from django.contrib.auth.models import Group

from directory.models import ActivityPage, OrganisationPage
from directory.permissions import DIRECTORY_TEAM
from feeds.models import LikelyDuplicate, Source
from feeds.sync import sync_source
from tests.browser.accessibility import assert_accessible
from tests.browser.test_editor_journey import log_in


def test_a_likely_duplicate_waits_and_the_team_merges_it(browser, site_url, django_user_model):
    hand_made = ActivityPage.objects.get(slug="knit-and-natter", locale__language_code="en")
    other = OrganisationPage.objects.filter(locale__language_code="en").exclude(
        pk=hand_made.get_parent().pk
    )[0]
    # Another organisation's calendar lists it by name at the same hall, on Sunday evenings.
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:knit-1\r\nDTSTART:20301201T190000\r\nDTEND:20301201T210000\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:Knit & Natter\r\n"
        f"LOCATION:The hall\\, {hand_made.venue.postcode}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    source = Source.objects.create(organisation=other, name="Their calendar", kind="ical")
    assert sync_source(source, body=calendar.encode()).waiting == 1
    team = django_user_model.objects.create_user("priya", password="team-pass")
    team.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    page = browser.new_context().new_page()
    log_in(page, site_url, "priya", "team-pass")

    # Everything waiting for the team is in one list, with its age.
    page.get_by_role("link", name="Waiting for the team").click()
    expect(page.locator("main")).to_contain_text("Likely duplicate")
    assert_accessible(page)
    page.get_by_role("link", name="Knit & Natter").click()
    expect(page.get_by_text("the same postcode")).to_be_visible()
    expect(page.get_by_role("cell", name="Knit and natter")).to_be_visible()
    page.locator('input[name="sessions"][value="feed"]').check()
    page.get_by_role("button", name="Merge into this listing").click()

    expect(page.get_by_text("Merged: the feed now keeps this listing up to date.")).to_be_visible()
    assert LikelyDuplicate.objects.get(item__source=source).status == "merged"
    # The calendar's source is not trusted: its times wait in the review workflow.
    hand_made.refresh_from_db()
    assert hand_made.workflow_in_progress
    draft = hand_made.get_latest_revision_as_object()
    assert draft.title == "Knit and natter"
    assert [(rule.weekday, rule.start_time) for rule in draft.schedules.all()] == [(6, time(19, 0))]
    assert not ActivityPage.objects.filter(title="Knit & Natter").exists()
