"""A resident saves three activities, prints the handout and sends it to
themselves; any results page prints without the search form, on few pages."""

import re
import subprocess

import pytest
from playwright.sync_api import expect

from wagtail.models import Site

from directory.models import ActivityPage
from tests.browser.accessibility import assert_accessible, assert_accessible_html


def page_count(pdf_bytes, tmp_path):
    source = tmp_path / "count.pdf"
    source.write_bytes(pdf_bytes)
    info = subprocess.run(["pdfinfo", source], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)[1])


def printed(page, tmp_path):
    """What the page prints on A4, as Chromium prints it: (pages, text)."""
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    page.emulate_media(media="screen")
    source = tmp_path / "printed.pdf"
    source.write_bytes(pdf)
    text = subprocess.run(["pdftotext", source, "-"], capture_output=True, text=True).stdout
    return page_count(pdf, tmp_path), text


@pytest.mark.parametrize(("language", "javascript"), [("en", True), ("ar", False)])
def test_save_three_print_the_handout_and_send_it_by_email(
    browser, page, site_url, smtp, tmp_path, language, javascript
):
    context = browser.new_context(java_script_enabled=javascript)
    resident = context.new_page()
    resident.goto(f"{site_url}/{language}/things-to-do/?q=walk")
    titles = []
    for _ in range(3):
        save = resident.locator(".site-result .site-save__link").first
        titles.append(save.locator("xpath=ancestor::li").locator("h3").inner_text())
        save.click()
        resident.wait_for_load_state()
        assert resident.locator(".govuk-notification-banner").is_visible()
        resident.locator(".site-shortlist__continue a").click()
        resident.wait_for_load_state()
    # Back on the results, the saved ones say so and link to the list.
    resident.locator(".site-save a").first.click()
    resident.wait_for_load_state()
    assert resident.get_attribute("html", "lang") == language
    assert resident.locator(".site-shortlist__item h2").all_inner_texts() == titles
    shortlist_url = resident.url
    if javascript:
        assert_accessible(resident)
    else:
        assert_accessible_html(page, shortlist_url, resident.content())

    # Printing the page gives the handout, with the code back to the list (on PostgreSQL
    # "walk" finds longer listings first, and three of them can run onto a second sheet).
    assert printed(resident, tmp_path)[0] <= 2
    resident.emulate_media(media="print")
    assert resident.locator(".site-shortlist__code svg").is_visible()
    assert not resident.locator(".site-shortlist__send").is_visible()
    resident.emulate_media(media="screen")
    handout = resident.request.get(
        site_url + resident.locator(".site-shortlist__pdf").get_attribute("href")
    )
    assert handout.headers["content-type"] == "application/pdf"
    assert page_count(handout.body(), tmp_path) == 1

    resident.locator(".site-shortlist__send").click()
    resident.wait_for_load_state()
    if javascript:
        assert_accessible(resident)
    resident.fill("#f-email", "sam.okafor@example.org")
    resident.locator("main form button[type=submit]").click()
    resident.wait_for_load_state()
    assert resident.locator(".govuk-panel--confirmation").is_visible()
    (email,) = smtp.inbox.messages
    assert email["to"] == ["sam.okafor@example.org"]
    for title in titles:
        assert title.upper() in email["body"]
    context.close()


def test_nine_results_print_on_two_pages_without_the_search_form(page, site_url, tmp_path):
    page.goto(f"{site_url}/en/things-to-do/?area=fenmoor")
    assert page.locator(".site-result").count() == 9
    pages, text = printed(page, tmp_path)
    assert pages <= 2, pages  # five before: the search form and every filter printed too
    assert "Apply filters" not in text and "Search for an activity" not in text
    # Each activity's link is printed as a whole address, not a bare path.
    root = Site.objects.get(is_default_site=True).root_url
    assert "".join(text.split()).count(f"({root}/en/things-to-do/") == 9


@pytest.mark.parametrize("code", ["en", "ar"])
def test_send_it_by_text_shows_only_the_phone_number(page, site_url, notify, code):
    walk = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    page.goto(f"{site_url}/{code}/shortlist/send/?a={walk.pk}")
    phone, email = page.locator("#f-phone"), page.locator("#f-email")
    expect(phone).to_be_hidden()
    page.check('input[name="method"][value="sms"]')
    expect(phone).to_be_visible()
    expect(email).to_be_hidden()
    assert_accessible(page)
    phone.fill("07700 900 982")
    page.locator("main form .govuk-button").click()
    page.wait_for_load_state()
    (text,) = notify.state.sent("sms")
    assert text["phone_number"] == "+447700900982"
