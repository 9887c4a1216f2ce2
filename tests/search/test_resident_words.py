"""A resident's words are searched as words on every backend: quotes, brackets,
operators and control characters never reach the query syntax of SQLite FTS5,
PostgreSQL or the search node, so no search can fail (issue 14 §9)."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import Client

from search.backends.words import plain_words

pytestmark = pytest.mark.django_db

# Every page and API that searches a resident's words, and its parameter.
SEARCHES = [
    ("/en/things-to-do/", "q"),
    ("/en/search/", "q"),
    ("/en/things-to-do/calendar/", "q"),
    ("/openreferral/services", "search"),
]
# Query syntax of one backend or another, mixed into arbitrary text.
SYNTAX = [
    '"',
    "'",
    "\\",
    "\x00",
    "*",
    ":",
    ":*",
    "^",
    "(",
    ")",
    "-",
    "+",
    "<->",
    ">",
    "&",
    "|",
    "!",
    "~",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "{",
    "}",
    "[",
    "]",
    "/",
    "?",
    "\u200c",
]
resident_words = st.lists(
    st.one_of(st.text(max_size=20), st.sampled_from(SYNTAX)), max_size=40
).map(" ".join) | st.text(min_size=190, max_size=400)


def find_titles(response):
    return re.findall(
        r'site-result__title"><a class="govuk-link" href="[^"]+"'
        r' lang="[^"]+" dir="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def page_titles(response):
    return re.findall(
        r'<h3 class="govuk-heading-s"><a class="govuk-link" href="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def service_names(response):
    return sorted(service["name"] for service in response.json()["contents"])


@pytest.mark.parametrize("words", ['"coffee', 'coffee"', '">coffee', 'coffee AND "'])
def test_quotes_and_operators_around_words_find_what_the_words_find(client, demo_site, words):
    assert find_titles(client.get("/en/things-to-do/", {"q": words})) == find_titles(
        client.get("/en/things-to-do/", {"q": "coffee"})
    )
    assert "Monday coffee morning" in find_titles(client.get("/en/things-to-do/", {"q": words}))
    assert page_titles(client.get("/en/search/", {"q": words})) == page_titles(
        client.get("/en/search/", {"q": "coffee"})
    )
    calendar = client.get("/en/things-to-do/calendar/", {"q": words})
    assert calendar.status_code == 200
    assert "Monday coffee morning" in calendar.content.decode()
    assert service_names(client.get("/openreferral/services", {"search": words})) == (
        service_names(client.get("/openreferral/services", {"search": "coffee"}))
    )


def test_only_punctuation_finds_nothing_rather_than_failing(client, demo_site):
    response = client.get("/en/things-to-do/", {"q": '">'})

    assert response.status_code == 200
    assert find_titles(response) == []
    assert client.get("/openreferral/services", {"search": '"'}).json()["total_items"] == 0


def test_a_null_character_in_the_api_search_is_dropped(client, demo_site):
    # core.middleware removes NULs from every query string before a view sees it.
    response = client.get("/openreferral/services", {"search": "coffee\x00 morning"})

    assert response.status_code == 200
    assert "Monday coffee morning" in service_names(response)


@pytest.mark.usefixtures("demo_site")
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(words=resident_words)
def test_no_words_make_a_search_fail(words):
    client = Client(raise_request_exception=False)
    for path, parameter in SEARCHES:
        response = client.get(path, {parameter: words})
        assert response.status_code < 500, (path, words)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text() | resident_words)
def test_plain_words_are_words_and_spaces_only(text):
    words = plain_words(text)

    assert plain_words(words) == words
    assert not set(words) & set('"*:()<>^\\\x00&|!~{}[]')
    assert all(word.strip("'\u2019") == word for word in words.split())
