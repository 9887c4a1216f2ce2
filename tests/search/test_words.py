"""Search understands words on every backend: stems in each language, synonyms
the directory team edits, spelling forgiven on PostgreSQL, and the find page's
hint examples finding something in every language.

The database backend is the one the tests run on (SQLite, or PostgreSQL with
DATABASE_URL); the search node's cases run when TEST_SEARCH_URL names a node.
"""

import io
import re
import uuid

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation

from wagtail.search.backends import get_search_backend

from directory.forms import FindForm
from directory.permissions import DIRECTORY_TEAM
from search.models import Synonym
from tests.search.search_nodes import SEARCH_NODE, node_backends

# The examples the find page's hint gives, in each language's own words.
HINT_EXAMPLES = {
    "en": ["walking", "choir", "coffee morning"],
    "ar": ["المشي", "جوقة غناء", "لقاء قهوة صباحي"],
    "bn": ["হাঁটা", "গানের দল", "সকালের কফি আড্ডা"],
    "es": ["paseos", "coro", "café y charla"],
    "pl": ["spacery", "chór", "spotkanie przy kawie"],
    "pt": ["caminhadas", "coro", "encontro para um café"],
    "so": ["socod", "koox heeseed", "kulan kafee subaxnimo"],
    "tr": ["yürüyüş", "koro", "sabah kahvesi buluşması"],  # noqa: RUF001 (Turkish dotless i)
    "uk": ["прогулянки", "хор", "ранкова кава"],  # noqa: RUF001 (Cyrillic)
    "ur": ["پیدل چلنا", "کوئر", "صبح کی کافی پر ملاقات"],
    "zh-hans": ["散步", "合唱", "咖啡早茶会"],
}


@pytest.fixture(params=["database", "search node"])
def backend(request, settings, demo_site):
    """Each backend the site can search with, the demo borough indexed in it."""
    if request.param == "database":
        yield
        return
    if not SEARCH_NODE:
        pytest.skip("needs a search node: bin/search-node start; TEST_SEARCH_URL=...")
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.SEARCH_URL = SEARCH_NODE
    settings.WAGTAILSEARCH_BACKENDS = node_backends(SEARCH_NODE, prefix)
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    yield
    get_search_backend().es.indices.delete(index=f"{prefix}*")


def activity_titles(client, language, words):
    response = client.get(f"/{language}/things-to-do/", {"q": words})
    assert response.status_code == 200
    return re.findall(
        r'site-result__title"><a class="govuk-link" href="[^"]+" lang="[^"]+"'
        r'(?: dir="[^"]+")?>([^<]+)</a>',
        response.content.decode(),
    )


def test_every_example_in_the_search_hint_finds_an_activity_in_every_language(client, backend):
    assert sorted(HINT_EXAMPLES) == sorted(code for code, _name in settings.LANGUAGES)
    finding_nothing = []
    for language, examples in HINT_EXAMPLES.items():
        with translation.override(language):
            hint = str(FindForm().fields["q"].help_text)
        for example in examples:
            assert example in hint, (language, example, hint)
            if not activity_titles(client, language, example):
                finding_nothing.append((language, example))
    assert finding_nothing == []


def test_a_word_finds_what_its_other_forms_find(client, demo_site):
    walks = activity_titles(client, "en", "walk")

    assert len(walks) >= 6
    assert sorted(activity_titles(client, "en", "walking")) == sorted(walks)
    assert sorted(activity_titles(client, "en", "walks")) == sorted(walks)
    # Portuguese stems as Portuguese: "caminhar" (to walk) finds the "Caminhada".
    assert "Caminhada de sábado no parque" in activity_titles(client, "pt", "caminhar")


def test_a_synonym_the_directory_team_saves_takes_effect_at_once(
    client, demo_site, django_user_model
):
    member = django_user_model.objects.create_user("priya", password="x")
    member.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    team = client.__class__()
    team.force_login(member)
    walks = sorted(activity_titles(client, "en", "walk"))
    # Before: no walks ("trek" is in no listing; PostgreSQL's trigrams find other words).
    assert sorted(activity_titles(client, "en", "trek")) != walks

    response = team.post(
        reverse("wagtailsnippets_search_synonym:add") + "?locale=en", {"words": "walk, trek"}
    )
    assert response.status_code == 302
    assert sorted(activity_titles(client, "en", "trek")) == walks

    synonym = Synonym.objects.get(words="walk, trek")
    response = team.post(
        reverse("wagtailsnippets_search_synonym:edit", args=[synonym.pk]), {"words": "walk, hike"}
    )
    assert response.status_code == 302
    assert sorted(activity_titles(client, "en", "trek")) != walks


def test_a_synonym_needs_two_words(client, demo_site, admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_search_synonym:add") + "?locale=en", {"words": "walk,"}
    )

    assert response.status_code == 200
    assert "Give at least two words, separated by commas." in response.content.decode()
    assert not Synonym.objects.filter(words="walk,").exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigrams are PostgreSQL's")
def test_one_wrong_letter_still_finds_the_page_on_postgresql(client, demo_site):
    assert "Privacy notice" in re.findall(
        r'<a class="govuk-link" href="[^"]+">([^<]+)</a></h3>',
        client.get("/en/search/", {"q": "privasy"}).content.decode(),
    )
