import re

import pytest

from core.factories import StandardPageFactory
from home.models import HomePage


def result_titles(response):
    return re.findall(
        r'<h3 class="govuk-heading-s"><a class="govuk-link" href="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


@pytest.mark.django_db
def test_search_finds_pages_by_their_words(client, demo_site):
    response = client.get("/en/search/", {"q": "privacy"})

    assert response.status_code == 200
    assert "Privacy notice" in result_titles(response)


@pytest.mark.django_db
def test_search_only_returns_pages_in_the_readers_language(client, demo_site):
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    arabic_heading_word = max(arabic_home.heading.split(), key=len)

    arabic = client.get("/ar/search/", {"q": arabic_heading_word})
    english = client.get("/en/search/", {"q": arabic_heading_word})

    assert arabic_home.title in result_titles(arabic)
    assert result_titles(english) == []


@pytest.mark.django_db
def test_search_leaves_out_unpublished_pages(client, home):
    StandardPageFactory(parent=home, title="Zorbing taster", slug="zorbing", live=False)

    response = client.get("/en/search/", {"q": "zorbing"})

    assert result_titles(response) == []
    assert "0 results" in response.content.decode()


@pytest.mark.django_db
def test_many_results_are_split_into_pages(client, home):
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Zumba class {number}", slug=f"zumba-{number}")

    first = client.get("/en/search/", {"q": "zumba"})
    second = client.get("/en/search/", {"q": "zumba", "page": "2"})

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.django_db
def test_a_nonsense_page_number_still_shows_results(client, home):
    StandardPageFactory(parent=home, title="Ceilidh dancing", slug="ceilidh")

    response = client.get("/en/search/", {"q": "ceilidh", "page": "not-a-number"})

    assert response.status_code == 200
    assert result_titles(response) == ["Ceilidh dancing"]


@pytest.mark.django_db
def test_an_overlong_query_gets_a_clear_message_not_an_error(client, demo_site):
    response = client.get("/en/search/", {"q": "walk " * 100})

    assert response.status_code == 400
    content = response.content.decode()
    assert "There is a problem" in content
    assert "Search for 200 characters or fewer." in content
    assert "<title>Error:" in content


@pytest.mark.django_db
def test_an_empty_search_shows_the_form_without_results(client, demo_site):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert 'id="f-q"' in response.content.decode()
    assert "results" not in response.content.decode().split("</form>")[-1]
