"""A resident finding something to do, in a real browser without JavaScript
(everything must work without it) and with it (downloads)."""

from pathlib import Path

from icalendar import Calendar


def results(browser_page):
    return browser_page.locator(".site-result__title a").all_inner_texts()


def test_resident_searches_filters_and_opens_an_activity_without_javascript(no_js_page, site_url):
    no_js_page.goto(f"{site_url}/en/")
    no_js_page.get_by_role("link", name="Find something to do near you").click()

    no_js_page.get_by_label("Search for an activity").fill("choir")
    no_js_page.get_by_role("button", name="Search", exact=True).click()
    found = results(no_js_page)
    # The words narrow the list (a full page holds 20) to the choirs and the like.
    assert 0 < len(found) < 20
    assert sum("choir" in title.lower() for title in found) >= 2

    # Narrow to free activities with the filter's checkbox, as a keyboard user would.
    no_js_page.locator("#find-cost summary").click()
    free = no_js_page.get_by_label("Free", exact=False).first
    free.check()
    no_js_page.get_by_role("button", name="Apply filters").click()
    assert "cost=free" in no_js_page.url
    assert no_js_page.get_by_label("Free", exact=False).first.is_checked()

    first = no_js_page.locator(".site-result__title a").first
    title = first.inner_text()
    first.click()
    assert no_js_page.locator("h1").inner_text() == title
    assert no_js_page.get_by_role("heading", name="Next dates").is_visible()


def test_resident_finds_the_nearest_activities_by_postcode(no_js_page, site_url):
    no_js_page.goto(f"{site_url}/en/things-to-do/")

    no_js_page.get_by_label("Near a postcode").fill("kb2 4lt")
    no_js_page.get_by_label("Sort by").select_option("distance")
    no_js_page.get_by_label("Distance").select_option("1")
    no_js_page.get_by_role("button", name="Search", exact=True).click()

    distances = [
        float(text.split("(")[-1].split(" ")[0])
        for text in no_js_page.locator(".site-result__facts dd").all_inner_texts()
        if "miles away" in text
    ]
    assert distances == sorted(distances)
    assert distances and max(distances) <= 1.0


def test_a_mistyped_postcode_is_explained_and_linked_to_the_field(page, site_url):
    page.goto(f"{site_url}/en/things-to-do/?postcode=nowhere")

    assert page.title().startswith("Error:")
    page.locator(".govuk-error-summary").get_by_role("link").click()
    assert page.evaluate("document.activeElement.id") == "f-postcode"


def test_resident_adds_an_activity_to_their_calendar(page, site_url):
    page.goto(f"{site_url}/en/things-to-do/?q=lunch+club")
    page.locator(".site-result__title a").first.click()
    title = page.locator("h1").inner_text()

    with page.expect_download() as download:
        page.get_by_role("link", name="Add to your calendar").click()

    calendar = Calendar.from_ical(Path(download.value.path()).read_bytes())
    events = calendar.walk("VEVENT")
    assert events and all(str(event["SUMMARY"]) == title for event in events)
