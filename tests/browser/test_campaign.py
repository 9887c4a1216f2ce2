"""The campaign's public pages pass axe in English and Arabic, with and without JavaScript."""

import pytest

from tests.browser.accessibility import assert_accessible_with_and_without_javascript


@pytest.mark.parametrize("code", ["en", "ar"])
def test_campaign_pages_pass_axe_at_wcag_22_aa(page, no_js_page, site_url, code):
    campaign = f"{site_url}/{code}/getting-connected/"
    # The demo translates the campaign home into Arabic; its other pages are in English.
    english = f"{site_url}/en/getting-connected/"
    urls = [
        campaign,  # campaign home, today's phase
        f"{english}older-men/",  # an audience page
        f"{english}learning-disabilities/easy-read/",  # Easy Read
        f"{english}stories/?audience=age-16-24",  # stories, filtered
        f"{english}stories/keiths-story/",  # a story
        f"{campaign}partners/",  # partner packs
        f"{campaign}connected-places/",  # connected places
        f"{campaign}connected-places/join/",  # the sign-up form
        f"{site_url}/go/no-such-code",  # an unknown QR code
    ]
    for url in urls:
        assert_accessible_with_and_without_javascript(page, no_js_page, url)
