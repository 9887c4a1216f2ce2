"""The find page's search on the search node, in one query.

Words, every filter, each option's count (against the other filters, as
`directory.finder.ActivityFinder` counts), distance and the order: one request
to the node, whatever the number of matches. What it cannot do ("when" and
date ranges, newcomers, the agenda) stays with ActivityFinder; see
docs/search-engine.md.
"""

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.index import FilterField
from wagtail.search.query import MATCH_ALL, Fuzzy, PlainText

from directory.finder import ALL_OF, TERM_FILTERS, Finding, beneath
from directory.forms import Sort
from directory.freshness import in_search
from directory.models import ActivityPage

# Filter name -> the indexed field holding its values.
FIELDS = {
    **dict.fromkeys(TERM_FILTERS, "find_terms"),
    "area": "find_area",
    "day": "find_days",
    "time": "find_times",
    "cost": "cost_band",
}
NOT_OPTIONS = {"none", "any"}  # find_days markers, never an option
MAX_OPTIONS = 500


class EngineFinder:
    def __init__(self, index_page, criteria, location=None, backend=None):
        self.index_page, self.criteria, self.location = index_page, criteria, location
        self.backend = backend or get_search_backend()
        self.mapping = self.backend.mapping_class(ActivityPage)
        # Fixed now: a later page may be fetched outside this request's language.
        self.active, self.default = Locale.get_active(), Locale.get_default()
        self.chosen = {
            name: sorted({str(value) for value in criteria.get(name) or []}) for name in FIELDS
        }

    def column(self, name):
        return self.mapping.get_field_column_name(FilterField(name))

    def _value(self, name, value):
        return f"{name}:{value}" if name in TERM_FILTERS else value

    def _clauses(self, name):
        """The bool filter clauses for one filter's ticked options."""
        values = [self._value(name, value) for value in self.chosen[name]]
        if not values:
            return []
        column = self.column(FIELDS[name])
        if name in ALL_OF:
            return [{"term": {column: value}} for value in values]
        return [{"terms": {column: values}}]

    def _listed(self, text):
        """Live, public-enough activities beneath this page in the reader's language
        (or the main one), still in search, with a session to come: compiled by
        Wagtail's own query compiler, with the words and their analyzers."""
        active, default = self.active, self.default
        queryset = ActivityPage.objects.live().filter(beneath(self.index_page))
        if active == default:
            queryset = queryset.filter(locale=active)
            translated = []
        else:
            queryset = queryset.filter(locale__in=[active, default])
            keys = (
                ActivityPage.objects.live()
                .filter(locale=active)
                .values_list("translation_key", flat=True)
            )
            translated = [
                {"term": {self.column("locale"): default.pk}},
                {"terms": {self.column("find_listing"): [str(key) for key in keys]}},
            ]
        compiler = self.backend.query_compiler_class(queryset.filter(in_search()), text)
        compiler.check()
        return {
            "bool": {
                "must": [compiler.get_query()],
                "must_not": [
                    {"term": {self.column("find_days"): "none"}},
                    # The main language's page where the reader's own is published.
                    *([{"bool": {"filter": translated}}] if translated else []),
                ],
            }
        }

    def _distance(self):
        """With a postcode only activities with a venue; within the distance if given."""
        if self.location is None:
            return []
        if not self.criteria.get("distance"):
            return [{"exists": {"field": self.column("find_place")}}]
        return [
            {
                "geo_distance": {
                    "distance": f"{float(self.criteria['distance'])}mi",
                    self.column("find_place"): {
                        "lat": self.location.latitude,
                        "lon": self.location.longitude,
                    },
                }
            }
        ]

    def _body(self, text, start, size):
        active = [name for name in FIELDS if self.chosen[name]]
        aggregations = {}
        for name in FIELDS:
            others = [
                c
                for other in active
                if other != name or other in ALL_OF
                for c in self._clauses(other)
            ]
            aggregations[name] = {
                "filter": {"bool": {"filter": others or [{"match_all": {}}]}},
                "aggs": {
                    "options": {"terms": {"field": self.column(FIELDS[name]), "size": MAX_OPTIONS}}
                },
            }
        body = {
            "query": {"bool": {"must": [self._listed(text)], "filter": self._distance()}},
            "post_filter": {
                "bool": {"filter": [c for name in active for c in self._clauses(name)]}
            },
            "aggs": aggregations,
            "from": start,
            "size": size,
            "track_total_hits": True,
            "_source": False,
            "sort": self._sort(text),
        }
        return body

    def _sort(self, text):
        sort = self.criteria.get("sort") or (
            Sort.RELEVANCE if self.criteria.get("q") else Sort.SOONEST
        )
        if sort == Sort.DISTANCE and self.location is not None:
            return [
                {
                    "_geo_distance": {
                        self.column("find_place"): {
                            "lat": self.location.latitude,
                            "lon": self.location.longitude,
                        },
                        "order": "asc",
                        "unit": "mi",
                    }
                },
                # Ties (one venue) soonest first, as the database breaks them.
                *self._soonest(),
            ]
        if sort == Sort.RELEVANCE and self.criteria.get("q"):
            return ["_score", {"path_filter": "asc"}]
        return self._soonest()

    def _soonest(self):
        return [
            {self.column("next_session_start"): {"order": "asc", "missing": "_last"}},
            {"path_filter": "asc"},
        ]

    def search(self, text, start, size):
        index = self.backend.get_index_for_model(ActivityPage).name
        return self.backend.es.search(index=index, body=self._body(text, start, size))

    def find(self, size=10):
        words = self.criteria.get("q")
        text = PlainText(words) if words else MATCH_ALL
        answer = self.search(text, 0, size)
        if words and not answer["hits"]["total"]["value"]:
            text = Fuzzy(words)
            answer = self.search(text, 0, size)
        counts = {
            name: {
                self._option(name, bucket["key"]): bucket["doc_count"]
                for bucket in answer["aggregations"][name]["options"]["buckets"]
                if self._option(name, bucket["key"]) is not None
            }
            for name in FIELDS
        }
        return Finding(ids=Hits(self, text, answer, size), counts=counts)

    def _option(self, name, key):
        if name in TERM_FILTERS:
            prefix = f"{name}:"
            return key[len(prefix) :] if key.startswith(prefix) else None
        return None if key in NOT_OPTIONS else key


class Hits:
    """Every matching id for the Paginator: its length is the node's total, and
    a slice comes from the page already fetched or from one more request."""

    def __init__(self, finder, text, answer, size):
        self.finder, self.text = finder, text
        self.total = answer["hits"]["total"]["value"]
        self.pages = {(0, size): pks(answer)}

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, _step = index.indices(self.total)
            size = max(stop - start, 0)
            if (start, size) not in self.pages:
                answer = self.finder.search(self.text, start, size)
                self.pages[(start, size)] = pks(answer)
            return self.pages[(start, size)]
        return self[index : index + 1][0]

    def __iter__(self):
        return iter(self[0 : self.total])


def pks(answer):
    return [int(hit["_id"]) for hit in answer["hits"]["hits"]]
