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
def test_untranslated_menu_pages_still_appear_in_other_languages(client, home):
    StandardPageFactory(
        parent=home, title="Volunteer with us", slug="volunteer", show_in_menus=True
    )
    StandardPageFactory(parent=home, title="Cookies", slug="cookies", show_in_footer=True)

    content = client.get("/ar/").content.decode()

    # Not yet translated: the Arabic menu still offers them, marked as English
    # for screen readers.
    assert 'href="/en/volunteer/" lang="en"' in content
    assert 'href="/en/cookies/" lang="en"' in content


@pytest.mark.django_db
def test_translated_menu_pages_appear_in_the_readers_language(client, demo_site):
    content = client.get("/ar/").content.decode()

    assert 'href="/ar/get-a-hand/"' in content
    assert 'href="/ar/privacy/"' in content
    assert 'href="/en/get-a-hand/"' not in content


@pytest.mark.django_db
def test_the_current_page_is_marked_in_the_menu(client, demo_site):
    content = client.get("/en/get-a-hand/").content.decode()

    assert 'href="/en/get-a-hand/" aria-current="page"' in content
