"""The find page's search done by the node in one query gives the answers the
database finder gives, on the demo borough (needs TEST_SEARCH_URL)."""

import pytest

from django.utils import translation

from directory.finder import ActivityFinder
from directory.forms import FindForm
from directory.models import DirectoryIndexPage
from directory.views import areas
from search.finder import FIELDS, EngineFinder
from tests.search.conftest import SEARCH_NODE

pytestmark = pytest.mark.skipif(
    not SEARCH_NODE, reason="needs a search node: bin/search-node start; TEST_SEARCH_URL=..."
)

SEARCHES = [
    {},
    {"q": "walk"},
    {"q": "walking", "day": ["1", "3"]},
    {"q": "wlak"},  # one wrong letter: the node forgives spelling
    {"interest": ["music"]},
    {"interest": ["music", "being-active"], "cost": ["free"]},
    {"time": ["morning"], "day": ["0", "1", "2", "3", "4"]},
    {"access": ["step-free"]},
    {"access": ["step-free", "hearing-loop"], "interest": ["being-active"]},
    {"mode": ["in-person"], "audience": ["everyone"]},
    {"postcode": "KB3 2XY", "sort": "distance"},
    {"postcode": "KB3 2XY", "distance": "1", "sort": "distance"},
    {"postcode": "KB3 2XY", "distance": "3", "q": "club"},
    {"sort": "soonest", "language": ["en"]},
]


def both(data, language="en"):
    with translation.override(language):
        form = FindForm(data, areas=areas())
        form.is_valid()
        index_page = DirectoryIndexPage.objects.get(locale__language_code="en")
        database = ActivityFinder(index_page, form.cleaned_data, form.location).find()
        engine = EngineFinder(index_page, form.cleaned_data, form.location).find()
        return form.cleaned_data, database, engine


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_node_finds_and_counts_as_the_database_does(search_engine, language):
    for data in SEARCHES:
        criteria, database, engine = both(data, language)
        assert len(engine.ids) == len(database.ids), data
        if criteria.get("sort") in ("soonest", "distance") or not criteria.get("q"):
            assert list(engine.ids) == database.ids, data
        else:  # ties in relevance may come in either order
            assert sorted(engine.ids) == sorted(database.ids), data
        for name in FIELDS:
            assert engine.counts[name] == database.counts[name], (data, name)
