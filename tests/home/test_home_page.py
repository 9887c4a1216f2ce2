import re

import pytest

from django.core.exceptions import ValidationError

from wagtail.blocks import StructBlockValidationError

from core.blocks import LinkBlock
from home.factories import HomePageFactory


@pytest.mark.django_db
def test_home_page_leads_with_what_people_can_do(client, demo_site):
    content = client.get("/en/").content.decode()

    headings = re.findall(
        r'class="govuk-link site-action-card__link" href="([^"]+)">([^<]+)<', content
    )
    assert headings == [
        ("/en/things-to-do/", "Find something to do near you"),
        ("/en/get-a-hand/", "Get a hand to get connected"),
        ("/en/getting-connected/", "Getting connected in Kellbrook"),
    ]
    assert '<h1 class="govuk-heading-xl">Find people and things to do near you</h1>' in content


@pytest.mark.django_db
def test_translated_home_page_shows_its_own_words(client, demo_site):
    content = client.get("/bn/").content.decode()

    assert "Find people and things to do near you" not in content
    assert 'href="/bn/get-a-hand/"' in content  # the card leads to the page in Bengali


def test_a_link_needs_a_page_or_an_address_but_not_both():
    block = LinkBlock()

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "text": "Go"}))
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(block.to_python({"page": None, "url": "not a web address", "text": "Go"}))
    assert block.clean(block.to_python({"url": "https://example.org/", "text": "Go"}))


@pytest.mark.django_db
def test_home_page_without_cards_cannot_be_published(home):
    page = HomePageFactory.build(title="Second home", slug="second-home")
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(
        data={
            "title": "Second home",
            "slug": "second-home",
            "heading": "Hello",
            "introduction": "Hi",
            "actions-count": "0",
        },
        instance=page,
        for_user=None,
    )

    assert not form.is_valid()
    assert "actions" in form.errors


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_page_has_a_search_box_for_things_to_do(client, demo_site, language):
    content = client.get(f"/{language}/").content.decode()

    form = re.search(
        r'<form method="get" action="([^"]+)"[^>]*role="search">(.*?)</form>', content, re.S
    )
    assert form, "a search form on the home page"
    assert form.group(1) == f"/{language}/things-to-do/"
    assert 'name="q" type="search"' in form.group(2)
    assert '<label class="govuk-label govuk-label--m" for="f-q">' in form.group(2)
