"""Fast at any size: each page downloads only its own script's fonts, nothing
moves once painted, and on a phone the find page shows results first."""

import gzip

import brotli
import pytest
from playwright.sync_api import expect

from tests.core.test_query_budget import address

# Sums every layout shift not caused by the reader, from the start of the page.
RECORD_LAYOUT_SHIFTS = """
window.layoutShift = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""
PHONE = {"width": 375, "height": 812}


def font_files_of(page, url):
    fonts = []
    page.on("request", lambda request: fonts.append(request.url.rsplit("/", 1)[-1]))
    page.goto(url, wait_until="networkidle")
    return [name for name in fonts if name.endswith(".woff2")]


def test_english_home_page_downloads_no_other_scripts_fonts(page, site_url):
    fonts = font_files_of(page, f"{site_url}/en/")
    assert fonts, "the page should use its web font"
    assert all("noto-sans-latin" in font for font in fonts), fonts
    assert page.locator(".site-language-navigation a[lang=ar]").is_visible()


def test_arabic_home_page_gets_the_arabic_font_only(page, site_url):
    fonts = font_files_of(page, f"{site_url}/ar/")
    assert any("noto-sans-arabic-arabic" in font for font in fonts), fonts
    assert not [font for font in fonts if any(s in font for s in ("bengali", "-sc-", "cyrillic"))]


def test_chinese_pages_use_the_readers_own_chinese_font(page, site_url):
    # A Chinese web font spreads over about a hundred subsets: their rules alone
    # would be 17 KB of the page's stylesheets, and the files 95 KB more.
    fonts = font_files_of(page, f"{site_url}/zh-hans/")
    assert not [font for font in fonts if "-sc-" in font], fonts
    assert page.evaluate("[...document.fonts].filter(f => f.family.includes('SC')).length") == 0
    heading_font = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert "PingFang SC" in heading_font


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 800}])
def test_home_page_does_not_shift_once_painted(browser, site_url, code, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.add_init_script(RECORD_LAYOUT_SHIFTS)
    page.goto(f"{site_url}/{code}/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert page.evaluate("window.layoutShift") < 0.05
    context.close()


# Fonts load with font-display: optional, so a phone on a slow connection shows
# the page in its own fallback font, which is wider and wraps more lines.
@pytest.mark.parametrize("web_font", [True, False], ids=["web font", "fallback font"])
@pytest.mark.parametrize("javascript", [True, False])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_on_a_phone_the_first_result_is_on_the_first_screen(
    browser, site_url, code, javascript, web_font
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    if not web_font:
        page.route("**/*.woff2", lambda route: route.abort())
    page.goto(f"{site_url}/{code}/things-to-do/")
    first_result = page.locator(".site-result").first.bounding_box()
    assert first_result["y"] < PHONE["height"]

    # The filters are one tap away, and the link is reachable by keyboard.
    to_filters = page.locator(".site-find__to-filters a")
    assert to_filters.bounding_box()["y"] < PHONE["height"]
    to_filters.focus()
    page.keyboard.press("Enter")
    # The jump can land after the key press returns: wait for it, within bounds.
    expect(page.locator("#filters")).to_be_in_viewport(timeout=5000)
    assert page.locator("#f-postcode").is_visible()
    context.close()


# Issue 15: at most 40 KB of HTML, CSS and JavaScript, compressed, per page.
MAX_COMPRESSED_BYTES = 40 * 1024


def compressed_sizes(page, url):
    """{address: bytes as production sends them} for the page, its CSS and its scripts,
    and the page's own response. The test server sends static files as they are;
    production's WhiteNoise sends Chromium their brotli files, made at level 11."""
    sent = {}

    def note(response):
        if response.request.resource_type in ("document", "stylesheet", "script"):
            sent[response.url] = response

    page.on("response", note)
    page.goto(url, wait_until="networkidle")
    html = next(r for r in sent.values() if r.request.resource_type == "document")
    sizes = {
        address: len(gzip.compress(response.body(), compresslevel=6))
        if response is html  # compressed by the site itself, as Django does
        else len(brotli.compress(response.body(), quality=11))
        for address, response in sent.items()
    }
    return sizes, html


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("which", ["home", "find", "activity"])
def test_the_page_itself_comes_compressed(page, site_url, which, code):
    sizes, html = compressed_sizes(page, f"{site_url}{address(which, code)}")
    assert html.header_value("content-encoding") == "gzip"
    assert sizes[html.url] < 10 * 1024


# One language of each script the site's fonts and stylesheets differ by.
@pytest.mark.parametrize("code", ["en", "ar", "bn", "zh-hans"])
@pytest.mark.parametrize("which", ["home", "find", "activity"])
def test_a_page_sends_at_most_40_kb_of_html_css_and_script(page, site_url, which, code):
    sizes, _html = compressed_sizes(page, f"{site_url}{address(which, code)}")
    assert sum(sizes.values()) <= MAX_COMPRESSED_BYTES, sizes
