"""What's on this weekend near KB3: the find page's dates and its agenda, by
keyboard alone, in English and Arabic, with JavaScript and without."""

from datetime import date, datetime

import pytest
import time_machine

from directory.schedules import local_zone
from tests.browser.accessibility import assert_accessible_with_and_without_javascript

# A Thursday: this weekend is Saturday 12 and Sunday 13 December 2026.
THURSDAY = datetime(2026, 12, 10, 12, 0, tzinfo=local_zone())
WEEKEND = {date(2026, 12, 12).isoformat(), date(2026, 12, 13).isoformat()}


def tab_to(browser_page, selector, limit=80):
    """Press Tab until the element is focused, as a keyboard user moves through the page."""
    target = browser_page.locator(selector)
    for _press in range(limit):
        browser_page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{selector} never took the focus")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_this_weekend_near_kb3_by_date_with_the_keyboard_only(
    page, no_js_page, site_url, code, javascript
):
    browser_page = page if javascript else no_js_page
    with time_machine.travel(THURSDAY):
        browser_page.goto(f"{site_url}/{code}/things-to-do/")

        tab_to(browser_page, "#f-postcode")
        browser_page.keyboard.type("KB3")
        tab_to(browser_page, "#find-when summary")
        browser_page.keyboard.press("Enter")
        tab_to(browser_page, "#f-when-2")  # This weekend
        browser_page.keyboard.press("Space")
        tab_to(browser_page, ".site-find__filters button[type=submit]")
        browser_page.keyboard.press("Enter")
        browser_page.wait_for_url("**when=weekend**")

        tab_to(browser_page, ".site-find__views a[href*='view=agenda']")
        browser_page.keyboard.press("Enter")
        browser_page.wait_for_url("**view=agenda**")

        days = browser_page.locator(".site-agenda__day time")
        places = browser_page.locator(".site-agenda__place").all_inner_texts()
        assert set(days.evaluate_all("times => times.map(time => time.dateTime)")) == WEEKEND
        # Every session says how far it is, in the reader's language.
        assert places and all("(" in place for place in places)
        assert browser_page.locator("#f-when-2").is_checked()

        if javascript:
            assert_accessible_with_and_without_javascript(page, no_js_page, browser_page.url)
