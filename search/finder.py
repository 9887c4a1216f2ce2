"""The find page's search on the search node, in one query.

Words, every filter, each option's count (against the other filters, as
`directory.finder.ActivityFinder` counts), distance and the order: one request
to the node, whatever the number of matches. The search app offers it to the
find page through directory.finder's FIND_ACTIVITIES_HOOK (wagtail_hooks.py);
where the node fails, the database finder answers. See docs/search-engine.md.
"""

import itertools
import json
from datetime import datetime, time, timedelta

from opensearchpy.exceptions import OpenSearchException

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction
from wagtail.search.index import FilterField
from wagtail.search.query import MATCH_ALL, Fuzzy, PlainText

from directory.closures import all_closed_days
from directory.finder import (
    ALL_OF,
    TERM_FILTERS,
    ActivityFinder,
    Finding,
    beneath,
    venue_distances,
)
from directory.forms import FILTER_NAMES, FindForm, Sort, View
from directory.freshness import in_search
from directory.models import ActivityPage, RoomForNewcomers
from directory.schedules import local_zone
from directory.views import RESULTS_PER_PAGE, areas
from search.backends.words import Synonyms, plain_query, with_synonyms

# OpenSearch's index.max_result_window: how deep `from` + `size` may reach.
NODE_RESULT_WINDOW = 10_000
# Filter name -> the indexed field holding its options, for those that are one value.
FIELDS = {
    **dict.fromkeys(TERM_FILTERS, "find_terms"),
    "area": "find_area",
    "day": "find_days",
    "time": "find_times",
    "cost": "cost_band",
}
# The aggregation counting every term filter's options at once.
TERMS = "terms"


class EngineFinder:
    """Answers as ActivityFinder does (its criteria, windows and clock are the
    database finder's own, which answers instead when the node fails)."""

    def __init__(self, index_page, criteria, location, backend):
        self.index_page, self.criteria, self.location = index_page, criteria, location
        self.backend = backend
        self.database = ActivityFinder(index_page, criteria, location)
        self.chosen, self.windows, self.now = (
            self.database.chosen,
            self.database.windows,
            self.database.now,
        )
        self.mapping = backend.mapping_class(ActivityPage)
        # Fixed now: a later page of results may be fetched outside this request's language.
        self.active, self.default = Locale.get_active(), Locale.get_default()

    def can_answer(self):
        """The node holds no day-by-day sessions for the agenda, nor sessions
        beyond the months SessionDate holds."""
        return self.criteria.get("view") != View.AGENDA and self.database.dates_are_held()

    def column(self, name):
        return self.mapping.get_field_column_name(FilterField(name))

    def options(self, name):
        """Every option the find page shows for this filter, each counted."""
        if name == "area":
            return [area.slug for area in areas()]
        if name == "when":
            return list(self.windows)
        return [str(value) for value, _label in FindForm.base_fields[name].choices]

    def _option(self, name, option):
        """The query clause for activities with this option."""
        if name == "when":
            return self._in_window(*self.windows[option])
        if name == "newcomers":
            still_holding = timezone.localdate(self.now) - timedelta(
                days=RoomForNewcomers.DAYS_VALID
            )
            return {"range": {self.column("find_welcomed_on"): {"gt": still_holding.isoformat()}}}
        return {"term": {self.column(FIELDS[name]): self._value(name, option)}}

    @staticmethod
    def _value(name, option):
        """The indexed value of a filter's option: term codes carry their filter's name."""
        return f"{name}:{option}" if name in TERM_FILTERS else option

    def _in_window(self, first, last):
        """A session from now on, on the days `first` to `last`, not on a closure
        day unless the activity meets on them (as SessionDate's rows are read)."""
        column, zone = self.column("find_session_starts"), local_zone()

        def midnight(day):
            return datetime.combine(day, time.min, tzinfo=zone)

        def between(start, end):
            return {"range": {column: {"gte": start.isoformat(), "lt": end.isoformat()}}}

        start, end = max(self.now, midnight(first)), midnight(last + timedelta(days=1))
        whole = between(start, end)
        closed = sorted(day for day in all_closed_days() if first <= day <= last)
        if not closed:
            return whole
        open_stretches = []
        for day in closed:
            if start < midnight(day):
                open_stretches.append(between(start, midnight(day)))
            start = max(start, midnight(day + timedelta(days=1)))
        if start < end:
            open_stretches.append(between(start, end))
        meets = self.column("meets_on_closure_days")
        return {
            "bool": {
                "should": [
                    {"bool": {"filter": [{"term": {meets: True}}, whole]}},
                    {
                        "bool": {
                            "filter": [{"term": {meets: False}}],
                            "should": open_stretches or [{"match_none": {}}],
                            "minimum_should_match": 1,
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        }

    def _clauses(self, name):
        """The filter clauses for one filter's ticked options."""
        clauses = [self._option(name, option) for option in sorted(self.chosen[name])]
        if not clauses or name in ALL_OF:
            return clauses
        return [{"bool": {"should": clauses, "minimum_should_match": 1}}]

    def _listed(self, text):
        """Live, public activities beneath this page in the reader's language (or
        the main one where not translated), still in search, with a session to
        come: compiled by Wagtail's own query compiler with the words and their
        analyzers."""
        active, default = self.active, self.default
        queryset = ActivityPage.objects.live().filter(beneath(self.index_page))
        must_not = [{"term": {self.column("find_days"): "none"}}]
        if active == default:
            queryset = queryset.filter(locale=active)
        else:
            queryset = queryset.filter(locale__in=[active, default])
            # The main language's page where the reader's own is published.
            must_not.append(
                {
                    "bool": {
                        "filter": [
                            {"term": {self.column("locale"): default.pk}},
                            {"term": {self.column("find_translated_into"): active.pk}},
                        ]
                    }
                }
            )
        path = self.column("path")
        must_not.extend(
            {"prefix": {path: restricted}}
            for restricted in PageViewRestriction.objects.values_list("page__path", flat=True)
        )
        compiler = self.backend.query_compiler_class(queryset.filter(in_search()), text)
        compiler.check()
        return {"bool": {"must": [compiler.get_query()], "must_not": must_not}}

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
                    self.column("find_place"): self._here(),
                }
            }
        ]

    def _here(self):
        return {"lat": self.location.latitude, "lon": self.location.longitude}

    def _counts(self):
        """Per filter, its options counted over the matches of the OTHER ticked
        filters (an "all of" filter: of all of them), as ActivityFinder counts.
        Filters counted over the same clauses share one aggregation, their term
        options one terms aggregation: the node walks the matches once per set
        of clauses (with two filters ticked, three), not once per filter."""
        active = [name for name in FILTER_NAMES if self.chosen[name]]
        shared = {}
        for name in FILTER_NAMES:
            others = [
                clause
                for other in active
                if other != name or other in ALL_OF
                for clause in self._clauses(other)
            ]
            shared.setdefault(json.dumps(others, sort_keys=True), (others, []))[1].append(name)
        # Each aggregation is named by its filters, so the answer says whose counts it holds.
        return {
            ",".join(names): {
                "filter": {"bool": {"filter": others}},
                "aggs": self._counted_aggs(names),
            }
            for others, names in shared.values()
        }

    def _counted_aggs(self, names):
        """For each filter, a bucket for each option shown: one terms aggregation
        over a field's values where the options are its values (one for every
        term filter: they share a field), else a query per option."""
        aggs, terms = {}, []
        for name in names:
            options = self.options(name)
            if name in TERM_FILTERS:
                terms.extend(self._value(name, option) for option in options)
            elif name in FIELDS:
                values = [self._value(name, option) for option in options]
                aggs[name] = self._terms(FIELDS[name], values)
            else:
                aggs[name] = {
                    "filters": {
                        "filters": {option: self._option(name, option) for option in options}
                    }
                }
        if terms:
            aggs[TERMS] = self._terms("find_terms", terms)
        return aggs

    def _terms(self, field, values):
        return {
            "terms": {"field": self.column(field), "include": values, "size": max(len(values), 1)}
        }

    def _counted(self, aggregations):
        """Filter -> option -> count, of the options that some match has."""
        counts = {}
        for names, counted in aggregations.items():
            for name in names.split(","):
                if name in TERM_FILTERS:
                    prefix = self._value(name, "")
                    buckets = {
                        bucket["key"].removeprefix(prefix): bucket
                        for bucket in counted[TERMS]["buckets"]
                        if bucket["key"].startswith(prefix)
                    }
                elif name in FIELDS:
                    buckets = {bucket["key"]: bucket for bucket in counted[name]["buckets"]}
                else:  # a filters aggregation's buckets are keyed by option
                    buckets = counted[name]["buckets"]
                counts[name] = {
                    option: bucket["doc_count"]
                    for option, bucket in buckets.items()
                    if bucket["doc_count"]
                }
        return counts

    def _body(self, text, start, size, counted):
        body = {
            "query": {"bool": {"must": [self._listed(text)], "filter": self._distance()}},
            "post_filter": {
                "bool": {"filter": [c for name in FILTER_NAMES for c in self._clauses(name)]}
            },
            "from": start,
            "size": size,
            "track_total_hits": True,
            "_source": False,
            "sort": self._sort(text),
        }
        if counted:
            body["aggs"] = self._counts()
        return body

    def _sort(self, text):
        sort = self.criteria.get("sort") or (
            Sort.RELEVANCE if self.criteria.get("q") else Sort.SOONEST
        )
        soonest = [
            {self.column("next_session_start"): {"order": "asc", "missing": "_last"}},
            {self.column("path"): {"order": "asc"}},  # tree order breaks ties, as in SQL
        ]
        if sort == Sort.DISTANCE and self.location is not None:
            distance = {self.column("find_place"): self._here(), "order": "asc", "unit": "mi"}
            return [{"_geo_distance": distance}, *soonest]  # one venue: soonest first
        if sort == Sort.RELEVANCE and self.criteria.get("q"):
            return ["_score", soonest[-1]]
        return soonest

    def search(self, text, start, size, counted=False):
        index = self.backend.get_index_for_model(ActivityPage).name
        return self.backend.es.search(index=index, body=self._body(text, start, size, counted))

    def find(self):
        """The finding from the node; from the database if the node fails."""
        try:
            return self._find()
        except OpenSearchException as error:
            self.backend.node_failed(error)
            return self.database.find()

    def _find(self):
        # The words as every backend takes them (search/backends/words.py):
        # plain, with the team's synonyms; none left, nothing is found.
        typed = self.criteria.get("q")
        words = plain_query(PlainText(typed)) if typed else None
        if typed and words is None:
            return Finding(counts={name: {} for name in FILTER_NAMES})
        text = with_synonyms(words, Synonyms()) if words else MATCH_ALL
        answer = self.search(text, 0, RESULTS_PER_PAGE, counted=True)
        if words and not answer["hits"]["total"]["value"]:
            text = Fuzzy(words.query_string)
            answer = self.search(text, 0, RESULTS_PER_PAGE, counted=True)
        return Finding(
            ids=Hits(self, text, answer),
            counts=self._counted(answer["aggregations"]),
            distances=venue_distances(self.location, self.criteria.get("distance")),
        )


class Hits:
    """Every matching id, for the Paginator: its length is the node's total, and
    a slice comes from the first page fetched or from one more request (from
    the database finder if the node fails by then, or past the node's window)."""

    def __init__(self, finder, text, answer):
        self.finder, self.text = finder, text
        self.total = answer["hits"]["total"]["value"]
        self.pages = {(0, RESULTS_PER_PAGE): pks(answer)}

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self.total)
        size = max(stop - start, 0)
        if (start, size) not in self.pages:
            self.pages[(start, size)] = self._fetch(start, stop)
        return self.pages[(start, size)]

    def _fetch(self, start, stop):
        if stop > NODE_RESULT_WINDOW:
            return self.finder.database.find().ids[start:stop]
        try:
            return pks(self.finder.search(self.text, start, stop - start))
        except OpenSearchException as error:
            self.finder.backend.node_failed(error)
            return self.finder.database.find().ids[start:stop]

    def __iter__(self):
        return iter(self[0 : self.total])


def pks(answer):
    return [int(hit["_id"]) for hit in answer["hits"]["hits"]]


def index_activities(backend, batch=2000, **lookups):
    """Every activity (those matching `lookups`) indexed again on the node, a
    batch at a time."""
    activities = ActivityPage.get_indexed_objects().filter(**lookups).iterator(chunk_size=batch)
    while chunk := list(itertools.islice(activities, batch)):
        backend.add_bulk(ActivityPage, chunk)
