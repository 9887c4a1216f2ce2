"""Layouts a resident on a phone sees: the language menu, the filters' arrows in
right-to-left pages and the Easy Read page, in English and Arabic; axe stays clean."""

import pytest

from tests.browser.accessibility import assert_accessible

PHONE = {"width": 360, "height": 740}

# For each item of the language menu: where it starts and ends, its line, and
# whether a bar follows it.
LANGUAGE_MENU = """() => {
  const nav = document.querySelector('.site-language-navigation').getBoundingClientRect();
  const items = [...document.querySelectorAll('.govuk-language-navigation__list-item')];
  return {nav: {left: nav.left, right: nav.right}, items: items.map(item => {
    const box = item.getBoundingClientRect();
    return {left: box.left, right: box.right, top: Math.round(box.top),
            after: getComputedStyle(item, '::after').content};
  })};
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_language_menu_lines_start_and_end_without_a_bar(phone, site_url, code):
    phone.goto(f"{site_url}/{code}/")
    menu = phone.evaluate(LANGUAGE_MENU)
    items, nav = menu["items"], menu["nav"]
    lines = sorted({item["top"] for item in items})
    assert len(lines) > 1, "on a phone the menu wraps"

    for top in lines:
        line = [item for item in items if item["top"] == top]
        line.sort(key=lambda item: item["left"], reverse=code == "ar")
        first, last = line[0], line[-1]
        # The bar before a line's first language lies outside the menu, clipped.
        if code == "ar":
            assert first["right"] > nav["right"]
        else:
            assert first["left"] < nav["left"]
        assert last["after"] in ("none", "normal")  # nothing drawn after a line's last language
    assert_accessible(phone)


@pytest.mark.parametrize(
    ("code", "arrow"),
    [("en", "polygon(0% 0%, 100% 50%, 0% 100%)"), ("ar", "polygon(0% 50%, 100% 100%, 100% 0%)")],
)
def test_closed_filters_arrow_points_along_the_reading_direction(phone, site_url, code, arrow):
    phone.goto(f"{site_url}/{code}/things-to-do/")
    summary = phone.locator("#find-day .govuk-details__summary")
    clip = summary.evaluate("node => getComputedStyle(node, '::before').clipPath")
    assert clip == arrow  # a triangle pointing at the words, never a diamond
    summary.click()
    open_clip = summary.evaluate("node => getComputedStyle(node, '::before').clipPath")
    assert open_clip == "polygon(0% 0%, 50% 100%, 100% 0%)"  # open: pointing down
    assert_accessible(phone)


def test_easy_read_words_take_the_phone_width_in_the_site_font(phone, site_url):
    phone.goto(f"{site_url}/en/getting-connected/learning-disabilities/easy-read/")
    text = phone.locator(".site-easy-read__text").first
    assert text.bounding_box()["width"] > 0.75 * PHONE["width"]
    assert "Noto Sans" in text.evaluate("node => getComputedStyle(node).fontFamily")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(phone)
