import pytest

from django.test import RequestFactory
from django.utils.translation import override

from wagtail.models import Locale, Page

from core.views import server_error
from directory.freshness import confirm_token
from tests.browser.accessibility import (
    assert_accessible_html,
    assert_accessible_with_and_without_javascript,
)


@pytest.mark.parametrize("code", ["en", "ar", "bn"])
def test_every_public_page_type_passes_axe_at_wcag_22_aa(page, no_js_page, site_url, code):
    urls = [
        f"{site_url}/{code}/",  # home page
        f"{site_url}/{code}/get-a-hand/",  # standard page
        f"{site_url}/{code}/search/?q=Kellbrook",  # search with results
        f"{site_url}/{code}/search/?q=" + "x" * 201,  # search with an error
        f"{site_url}/{code}/no-such-page/",  # not found
    ]
    for url in urls:
        assert_accessible_with_and_without_javascript(page, no_js_page, url)

    with override(code):
        error_page = server_error(RequestFactory().get(f"/{code}/")).content.decode()
    assert_accessible_html(page, f"{site_url}/{code}/", error_page)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_directory_pages_pass_axe_at_wcag_22_aa(page, no_js_page, site_url, code):
    find = f"{site_url}/{code}/things-to-do/"
    # It has room for newcomers this week; the venue lists its opening times.
    activity = Page.objects.get(slug="bengali-lunch-club", locale__language_code=code)
    venue = Page.objects.get(slug="shapla-centre", locale__language_code=code)
    check = confirm_token(activity.get_translation(Locale.get_default()).specific)
    urls = [
        find,  # the find page, every activity listed
        f"{find}?interest=music&postcode=KB3&sort=distance",  # results near a postcode
        f"{find}?q=underwater+hockey",  # nothing found
        f"{find}?postcode=nowhere",  # an error
        f"{find}browse/nature-and-gardening/",  # browse by interest
        f"{site_url}{activity.url}",  # an activity
        f"{site_url}{activity.get_parent().url}",  # its organisation
        f"{site_url}{venue.url}",  # a venue
        f"{site_url}/{code}/listing-check/{check}/",  # a check reminder's link
        f"{site_url}/{code}/get-a-hand/who/",  # asking for a hand: the first question
        f"{site_url}/{code}/get-a-hand/privacy/",  # and its privacy notice
    ]
    for url in urls:
        assert_accessible_with_and_without_javascript(page, no_js_page, url)
