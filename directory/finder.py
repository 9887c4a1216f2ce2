"""Turns the find page's filters into results and per-option counts.

Text goes through Wagtail's search API (database backend or search node, the
same code); filters are plain ORM queries on the matching ids, so every
backend supports them. Within one filter any ticked option matches; across
filters all must (access needs: all ticked must be met).
"""

import contextlib
from dataclasses import dataclass, field
from datetime import time

from django.db.models import Count, Q
from django.utils import timezone

from wagtail.models import Locale
from wagtail.search.query import Fuzzy

from directory.forms import FILTER_NAMES, Sort
from directory.geocoding import miles_between
from directory.models import ActivityPage, ActivitySchedule, VenuePage
from directory.schedules import Frequency
from directory.taxonomy import TimeOfDay

# Search matches beyond this many are too loose to be worth ranking.
MAX_TEXT_MATCHES = 5000

TIME_RANGES = {
    TimeOfDay.MORNING: (time.min, time(12)),
    TimeOfDay.AFTERNOON: (time(12), time(17)),
    TimeOfDay.EVENING: (time(17), time.max),
}

# Filter name -> the ActivityPage relation it filters on.
TERM_FILTERS = {
    "interest": "interests",
    "mode": "modes",
    "audience": "audiences",
    "language": "languages",
    "access": "access",
    "expect": "expectations",
}
ALL_OF = {"access"}


def current_schedules():
    """Schedules with a session still to come: past one-off dates drop out by themselves."""
    today = timezone.localdate()
    return ActivitySchedule.objects.filter(
        Q(frequency=Frequency.ONCE, starts_on__gte=today)
        | (~Q(frequency=Frequency.ONCE) & (Q(ends_on__isnull=True) | Q(ends_on__gte=today)))
    )


def listed_activities(index_page):
    """Live activities beneath this find page (in any of its languages), in the
    reader's language, or in the site's main language where not translated yet."""
    active, default = Locale.get_active(), Locale.get_default()
    beneath = Q()
    for translation in index_page.get_translations(inclusive=True):
        beneath |= Q(path__startswith=translation.path)
    activities = ActivityPage.objects.live().public().filter(beneath)
    if active == default:
        return activities.filter(locale=active)
    translated = activities.filter(locale=active).values("translation_key")
    return activities.filter(
        Q(locale=active) | (Q(locale=default) & ~Q(translation_key__in=translated))
    )


@dataclass
class Result:
    activity: ActivityPage
    next_session: object
    distance: float | None


@dataclass
class Finding:
    ids: list = field(default_factory=list)  # matching activities, in order
    counts: dict = field(default_factory=dict)  # filter -> option -> count
    distances: dict | None = None  # venue id -> miles, when a postcode was given


class ActivityFinder:
    def __init__(self, index_page, criteria, location=None):
        self.index_page = index_page
        self.criteria = criteria
        self.location = location

    def find(self):
        base = listed_activities(self.index_page).filter(
            pk__in=current_schedules().values("page_id")
        )
        ranked_ids = self._text_matches()
        if ranked_ids is not None:
            base = base.filter(pk__in=ranked_ids)
        distances = self._venue_distances()
        if distances is not None:
            base = base.filter(venue_id__in=distances)

        filtered = self._apply_filters(base)
        return Finding(
            ids=self._sort(filtered, ranked_ids, distances),
            counts=self._counts(base),
            distances=distances,
        )

    def _text_matches(self):
        query = self.criteria.get("q")
        if not query:
            return None
        # Filtered by language inside the search, as every backend supports.
        locales = {Locale.get_active().pk, Locale.get_default().pk}
        searchable = ActivityPage.objects.live().filter(locale_id__in=locales)
        matches = [page.pk for page in searchable.search(query)[:MAX_TEXT_MATCHES]]
        if not matches:
            # Forgive spelling where the backend can (PostgreSQL trigrams, a search
            # node); SQLite cannot, and says so.
            with contextlib.suppress(NotImplementedError):
                fuzzy = searchable.search(Fuzzy(query))[:MAX_TEXT_MATCHES]
                matches = [page.pk for page in fuzzy]
        return matches

    def _venue_distances(self):
        if self.location is None:
            return None
        limit = float(self.criteria["distance"]) if self.criteria.get("distance") else None
        distances = {}
        for venue_id, latitude, longitude in VenuePage.objects.values_list(
            "pk", "latitude", "longitude"
        ):
            miles = miles_between(
                self.location.latitude, self.location.longitude, latitude, longitude
            )
            if limit is None or miles <= limit:
                distances[venue_id] = miles
        return distances

    def _filter_q(self, name, values):
        if name in TERM_FILTERS:
            return Q(**{f"{TERM_FILTERS[name]}__code__in": values})
        if name == "area":
            return Q(venue__area__slug__in=values)
        if name == "cost":
            return Q(cost_band__in=values)
        if name == "day":
            return Q(pk__in=current_schedules().filter(weekday__in=values).values("page_id"))
        if name == "time":
            in_range = Q()
            for value in values:
                start, end = TIME_RANGES[value]
                in_range |= Q(start_time__gte=start, start_time__lt=end)
            return Q(pk__in=current_schedules().filter(in_range).values("page_id"))
        raise KeyError(name)

    def _apply_filters(self, activities, leave_out=None):
        for name in FILTER_NAMES:
            values = self.criteria.get(name) or []
            if name == leave_out or not values:
                continue
            if name in ALL_OF:
                for value in values:
                    activities = activities.filter(self._filter_q(name, [value]))
            else:
                activities = activities.filter(self._filter_q(name, values))
        return activities

    def _counts(self, base):
        """For every option: how many results there would be with it ticked."""
        counts = {}
        for name in FILTER_NAMES:
            # An "any of" filter counts against the other filters only; an
            # "all of" filter narrows further with each option ticked.
            others = self._apply_filters(base, leave_out=None if name in ALL_OF else name)
            counts[name] = self._option_counts(name, others)
        return counts

    def _option_counts(self, name, activities):
        if name in TERM_FILTERS:
            column = f"{TERM_FILTERS[name]}__code"
        elif name == "area":
            column = "venue__area__slug"
        elif name == "cost":
            column = "cost_band"
        elif name == "day":
            rows = (
                current_schedules()
                .filter(page__in=activities)
                .order_by()
                .values("weekday")
                .annotate(n=Count("page_id", distinct=True))
            )
            return {str(row["weekday"]): row["n"] for row in rows}
        else:
            return {
                value: activities.filter(self._filter_q("time", [value])).count()
                for value in TIME_RANGES
            }
        # order_by() clears the tree ordering, which would otherwise split the groups.
        rows = activities.order_by().values(column).annotate(n=Count("pk", distinct=True))
        return {row[column]: row["n"] for row in rows if row[column] is not None}

    def _sort(self, activities, ranked_ids, distances):
        sort = self.criteria.get("sort") or (Sort.RELEVANCE if ranked_ids else Sort.SOONEST)
        rows = list(activities.values_list("pk", "next_session_start", "venue_id").distinct())
        far = float("inf")
        if sort == Sort.DISTANCE and distances is not None:
            rows.sort(key=lambda row: distances.get(row[2], far))
        elif sort == Sort.RELEVANCE and ranked_ids:
            rank = {pk: position for position, pk in enumerate(ranked_ids)}
            rows.sort(key=lambda row: rank.get(row[0], far))
        else:
            latest = timezone.now().replace(year=9999)
            rows.sort(key=lambda row: row[1] or latest)
        return [row[0] for row in rows]


def results_for(ids, distances):
    """The activities behind one page of result ids, ready to show."""
    activities = (
        ActivityPage.objects.filter(pk__in=ids)
        .select_related("locale", "venue", "venue__area")
        .prefetch_related("schedules", "breaks", "access", "expectations", "modes")
        .in_bulk()
    )
    results = []
    for pk in ids:
        activity = activities[pk]
        sessions = activity.upcoming_sessions(count=1)
        distance = None
        if distances is not None and activity.venue_id in distances:
            distance = distances[activity.venue_id]
        results.append(Result(activity, sessions[0] if sessions else None, distance))
    return results
