"""What residents do with the site, in a real browser, with and without JavaScript."""

from django.utils.translation import get_language_info


def test_resident_switches_to_arabic_without_javascript(no_js_page, site_url):
    no_js_page.goto(f"{site_url}/en/")

    no_js_page.get_by_role("link", name=get_language_info("ar")["name_local"]).click()

    assert no_js_page.url == f"{site_url}/ar/"
    html = no_js_page.locator("html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ar"
    assert no_js_page.locator(".govuk-skip-link").inner_text() != "Skip to main content"


def test_right_to_left_layout_is_mirrored(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{site_url}/ar/")

    # Where a card's words sit inside its box: against the right-hand edge.
    text = page.locator(".site-action-card__text").first.evaluate(
        """element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const words = range.getBoundingClientRect();
            const box = element.getBoundingClientRect();
            return {left: words.left - box.left, right: box.right - words.right};
        }"""
    )
    assert text["right"] < text["left"]
    arrow = page.locator(".site-action-card__cta").first.evaluate(
        "element => getComputedStyle(element, '::after').content"
    )
    assert "←" in arrow


def test_keyboard_user_can_skip_to_the_content(page, site_url):
    page.goto(f"{site_url}/en/")

    page.keyboard.press("Tab")
    skip_link = page.locator(".govuk-skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    outline = skip_link.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_search_from_the_menu_without_javascript(no_js_page, site_url):
    no_js_page.goto(f"{site_url}/en/")
    no_js_page.get_by_role("link", name="Search", exact=True).click()

    no_js_page.get_by_label("Search this site").fill("privacy")
    no_js_page.get_by_role("button", name="Search").click()

    assert "q=privacy" in no_js_page.url
    assert no_js_page.locator("main").get_by_role("link", name="Privacy notice").is_visible()


def test_search_error_is_announced_and_linked_to_the_field(page, site_url):
    page.goto(f"{site_url}/en/search/")
    page.get_by_label("Search this site").evaluate(
        "element => element.removeAttribute('maxlength')"
    )
    page.get_by_label("Search this site").fill("walk " * 50)
    page.get_by_role("button", name="Search").click()

    assert page.title().startswith("Error:")
    summary = page.locator(".govuk-error-summary")
    # GOV.UK Frontend moves focus to the summary so screen readers announce it.
    assert summary.evaluate("element => element === document.activeElement")
    summary.get_by_role("link").click()
    assert page.evaluate("document.activeElement.id") == "f-q"


def test_menu_collapses_behind_a_button_on_phones_only_with_javascript(page, no_js_page, site_url):
    for browser_page in (page, no_js_page):
        browser_page.set_viewport_size({"width": 375, "height": 800})
        browser_page.goto(f"{site_url}/en/")

    menu_button = page.get_by_role("button", name="Menu")
    assert menu_button.is_visible()
    assert not page.locator("#navigation").is_visible()
    menu_button.click()
    assert page.locator("#navigation").is_visible()

    # Without JavaScript nothing is hidden behind a button that cannot open.
    assert no_js_page.locator("#navigation").is_visible()


def test_pages_load_without_script_errors_or_policy_violations(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))

    for path in ("/en/", "/ar/", "/en/search/?q=walk", "/zh-hans/"):
        page.goto(f"{site_url}{path}")
        page.wait_for_load_state("networkidle")

    context.close()
    assert problems == []


def test_printed_pages_leave_out_navigation(page, site_url):
    page.goto(f"{site_url}/en/get-a-hand/")
    page.emulate_media(media="print")

    assert not page.locator(".govuk-service-navigation").is_visible()
    assert not page.locator(".site-language-navigation").is_visible()
    assert page.locator("main h1").is_visible()
