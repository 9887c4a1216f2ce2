import pytest

from core.factories import StandardPageFactory


@pytest.mark.django_db
def test_pages_chosen_for_menus_and_footer_appear_there(client, home):
    StandardPageFactory(
        parent=home, title="Volunteer with us", slug="volunteer", show_in_menus=True
    )
    StandardPageFactory(parent=home, title="Cookies", slug="cookies", show_in_footer=True)
    StandardPageFactory(parent=home, title="Hidden page", slug="hidden")

    content = client.get("/en/").content.decode()

    assert 'class="govuk-service-navigation__link" href="/en/volunteer/"' in content
    assert 'class="govuk-footer__link" href="/en/cookies/"' in content
    assert "Hidden page" not in content


@pytest.mark.django_db
def test_untranslated_menu_pages_still_appear_in_other_languages(client, demo_site):
    content = client.get("/ar/").content.decode()

    # The demo information pages are English only: the Arabic menu still offers
    # them, marked as English for screen readers.
    assert 'href="/en/get-a-hand/" lang="en"' in content
    assert 'href="/en/privacy/" lang="en"' in content


@pytest.mark.django_db
def test_the_current_page_is_marked_in_the_menu(client, demo_site):
    content = client.get("/en/get-a-hand/").content.decode()

    assert 'href="/en/get-a-hand/" aria-current="page"' in content
