"""An organisation's editor adds its iCalendar feed and syncs it, in a real browser."""

import pytest
from playwright.sync_api import expect

from directory.models import ActivityPage
from directory.permissions import editors_group
from feeds.models import Source
from tests.browser.test_editor_journey import log_in, organisation
from tests.feeds import feed_server


@pytest.fixture
def calendar_url(settings):
    settings.FEEDS_ALLOW_LOOPBACK = True
    server = feed_server.start()
    yield server.serve_file("/ramblers.ics", "google.ics")
    server.shutdown()
    server.server_close()


def test_an_editor_adds_a_calendar_and_syncs_it(browser, site_url, calendar_url, django_user_model):
    ours = organisation(0)
    editor = django_user_model.objects.create_user("sam", password="volunteer-pass")
    editor.groups.add(editors_group(ours))
    page = browser.new_context().new_page()
    log_in(page, site_url, "sam", "volunteer-pass")

    page.goto(f"{site_url}/admin/snippets/feeds/source/add/")
    page.select_option("#id_organisation", str(ours.pk))
    page.fill("#id_name", "Our walks calendar")
    page.select_option("#id_kind", "ical")
    page.fill("#id_url", calendar_url)
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_load_state()

    source = Source.objects.get(name="Our walks calendar")
    page.goto(f"{site_url}/admin/snippets/feeds/source/edit/{source.pk}/")
    expect(page.get_by_text("Not synced yet.")).to_be_visible()
    page.get_by_role("button", name="Sync now").click()
    page.wait_for_load_state()

    expect(page.get_by_text("4 added, 0 changed, 0 ended.").first).to_be_visible()
    # From an editor's source, so the new listings wait for the directory team.
    walks = ActivityPage.objects.child_of(ours).filter(title="Tuesday health walk")
    assert walks.get().workflow_in_progress
