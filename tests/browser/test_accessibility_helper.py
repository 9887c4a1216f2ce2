import pytest

from tests.browser.accessibility import assert_accessible_html


def test_the_accessibility_check_catches_a_real_violation(page, site_url):
    unlabelled_field = (
        '<!DOCTYPE html><html lang="en"><head><title>Form</title></head>'
        '<body><main><input type="text"></main></body></html>'
    )

    with pytest.raises(AssertionError, match="label"):
        assert_accessible_html(page, f"{site_url}/en/", unlabelled_field)
