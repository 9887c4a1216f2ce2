"""Turns the find page's filters into results and per-option counts.

Text goes through Wagtail's search API (database backend or search node, the
same code); the filters then work on the matching activities' own data, so
every backend supports them. Within one filter any ticked option matches;
across filters all must (access needs: all ticked must be met).
"""

import contextlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import time, timedelta
from functools import lru_cache

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils import timezone

from modelsearch.backends.database.postgres.postgres import PostgresSearchResults
from wagtail import hooks
from wagtail.models import Locale
from wagtail.search.query import Fuzzy

from core.pagecache import remember
from directory.closures import all_closed_days, closure_breaks
from directory.forms import DATE_RANGE, FILTER_NAMES, Sort
from directory.freshness import in_search
from directory.geocoding import miles_between
from directory.models import (
    ActivityPage,
    ActivitySchedule,
    RoomForNewcomers,
    ScheduleBreak,
    SessionDate,
    VenuePage,
)
from directory.schedules import (
    RULE_FIELDS,
    SESSION_DATE_DAYS,
    Frequency,
    Session,
    local_zone,
    rule_sessions,
    without_breaks,
)
from directory.taxonomy import TimeOfDay

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
# Through this Wagtail hook another app offers a finder for a search (finder_for).
FIND_ACTIVITIES_HOOK = "find_activities"
# Hooks called with no arguments once the daily job (update_next_sessions) has
# moved every activity's next session and dated sessions on.
SESSIONS_MOVED_ON_HOOK = "after_sessions_moved_on"
# The agenda without chosen dates: the coming week. Of a long range: its first month
# of days with sessions.
AGENDA_DAYS = 7
MAX_AGENDA_DAYS = 31


def when_windows(today):
    """The first and last day each "when" option covers (the week starts on Monday)."""
    monday = today - timedelta(days=today.weekday())
    return {
        "today": (today, today),
        "tomorrow": (today + timedelta(days=1), today + timedelta(days=1)),
        "weekend": (max(today, monday + timedelta(days=5)), monday + timedelta(days=6)),
        "this-week": (today, monday + timedelta(days=6)),
        "next-week": (monday + timedelta(days=7), monday + timedelta(days=13)),
    }


def time_period():
    """The TIME_RANGES period a schedule starts in, as a database expression."""
    return Case(
        *(
            When(start_time__gte=start, start_time__lt=end, then=Value(str(period)))
            for period, (start, end) in TIME_RANGES.items()
        ),
        output_field=CharField(),
    )


def on_days(windows):
    """Dated sessions on the days of any of these (first, last) windows."""
    condition = Q()
    for first, last in windows:
        condition |= Q(day__range=(first, last))
    return condition


def welcoming_newcomers(today=None):
    """True for an activity whose group said this week there is room for newcomers."""
    said = RoomForNewcomers.current(today).filter(answer=RoomForNewcomers.Answer.YES)
    return Exists(said.filter(listing=OuterRef("translation_key")))


def ranking(results):
    """PostgreSQL's own search as a queryset of the matches, best first, which
    the finder filters further so that only the matches left are ranked; None
    for a backend that answers elsewhere."""
    if isinstance(results, PostgresSearchResults):
        return results.get_queryset()
    return None


def ids_of(results):
    """The matches' ids, best first. PostgreSQL's own search gives them without
    making a page of each: 0.1 s rather than 0.9 s for 10,500 matches."""
    matches = ranking(results)
    if matches is None:
        return [page.pk for page in results]
    return list(matches.values_list("pk", flat=True))


def unranked(results):
    """The matches for a statement to apply as a condition, unranked: on
    PostgreSQL's own search a subquery, so that the index on title and body
    (directory/0014) finds them inside the statement that filters and counts
    them, rather than 10,500 ids sent back and forth; elsewhere their ids."""
    matches = ranking(results)
    if matches is None:
        return ids_of(results)
    return matches.order_by().values("pk")


def found_any(matches):
    """Whether there is a match, without fetching every one of a subquery's."""
    return matches.exists() if isinstance(matches, QuerySet) else bool(matches)


def among(ids, field="pk"):
    """Rows whose `field` is one of `ids`: on PostgreSQL one array parameter
    rather than one for each id, which the finder's queries would each compile
    and send again for every one of 10,000 text matches."""
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__in": RawSQL("SELECT unnest(%s::integer[])", (ids,))})
    return Q(**{f"{field}__in": ids})


def current_schedules(today=None):
    """Schedules with a session still to come (ActivitySchedule.is_current):
    past one-off dates drop out by themselves."""
    today = today or timezone.localdate()
    return ActivitySchedule.objects.filter(
        Q(frequency=Frequency.ONCE, starts_on__gte=today)
        | (~Q(frequency=Frequency.ONCE) & (Q(ends_on__isnull=True) | Q(ends_on__gte=today)))
    )


def beneath(index_page):
    """Pages beneath this find page, in any of its languages."""
    paths = remember(
        f"translation-paths:{index_page.pk}",
        lambda: list(index_page.get_translations(inclusive=True).values_list("path", flat=True)),
    )
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def listed_activities(index_page):
    """Live activities beneath this find page, in the reader's language, or in
    the site's main language where not translated yet."""
    active, default = Locale.get_active(), Locale.get_default()
    activities = (
        ActivityPage.objects.live().public().filter(beneath(index_page)).filter(in_search())
    )
    if active == default:
        return activities.filter(locale=active)
    translated = activities.filter(locale=active).values("translation_key")
    return activities.filter(
        Q(locale=active) | (Q(locale=default) & ~Q(translation_key__in=translated))
    )


def venue_distances(location, distance=None):
    """Venue id -> miles from `location`, of the venues within `distance` miles
    (all of them without one); None without a location. Venues are few."""
    if location is None:
        return None
    limit = float(distance) if distance else None
    distances = {}
    for venue_id, latitude, longitude in VenuePage.objects.values_list(
        "pk", "latitude", "longitude"
    ):
        miles = miles_between(location.latitude, location.longitude, latitude, longitude)
        if limit is None or miles <= limit:
            distances[venue_id] = miles
    return distances


def finder_for(index_page, criteria, location=None):
    """The finder for one search: the first a search app offers through the
    FIND_ACTIVITIES_HOOK (the search node's, where one is set up and can answer
    it), else ActivityFinder. Each offer is called as
    `offer(index_page, criteria, location)` and returns a finder or None."""
    for offer in hooks.get_hooks(FIND_ACTIVITIES_HOOK):
        finder = offer(index_page, criteria, location)
        if finder is not None:
            return finder
    return ActivityFinder(index_page, criteria, location)


@dataclass
class Result:
    activity: ActivityPage
    next_session: object
    distance: float | None


@dataclass
class Candidate:
    """One activity that could be shown, with what each filter needs to know."""

    pk: int
    venue_id: int | None
    next_session_start: object
    options: dict = field(default_factory=lambda: defaultdict(set))  # filter -> its values
    sessions: list = field(default_factory=list)  # its sessions on the days the finder looks at


@dataclass
class Finding:
    ids: list = field(default_factory=list)  # matching activities, in order
    counts: dict = field(default_factory=dict)  # filter -> option -> count
    distances: dict | None = None  # venue id -> miles, when a postcode was given
    sessions: dict = field(default_factory=dict)  # matching id -> its sessions on the chosen days


class ActivityFinder:
    """Finds the matches, every option's count and their order.

    On PostgreSQL the database does it: each filter becomes a condition, the
    counts of every filter's options come in one statement (the candidates
    worked out once, then each filter's options grouped for those it counts)
    and dates are read from SessionDate, so nothing is loaded per candidate.
    Elsewhere (SQLite at demo size), and for a date range beyond SessionDate's
    months, three queries fetch every candidate's filter values and the rest
    happens in memory; both give the same answers."""

    def __init__(self, index_page, criteria, location=None, in_database=None):
        self.in_database = connection.vendor == "postgresql" if in_database is None else in_database
        self.index_page = index_page
        self.criteria = criteria
        self.location = location
        self.chosen = {
            name: {str(value) for value in criteria.get(name) or []} for name in FILTER_NAMES
        }
        self.now = timezone.now()
        self.today = timezone.localdate(self.now)
        self.windows = when_windows(self.today)
        if criteria.get("date_range"):
            self.windows[DATE_RANGE] = criteria["date_range"]
            self.chosen["when"].add(DATE_RANGE)

    def find(self):
        # EXISTS lets the database look up only the candidates' schedules.
        base = listed_activities(self.index_page).filter(
            Exists(current_schedules().filter(page_id=OuterRef("pk")))
        )
        in_sql = self.in_database and self.dates_are_held()
        # In SQL the matches are ranked once filtered (self._ranking), not all of them.
        text_matches = self._text_matches(ranked=not in_sql)
        if isinstance(text_matches, QuerySet):
            base = base.filter(pk__in=text_matches)
        elif text_matches is not None:
            base = base.filter(among(text_matches))
        distances = self._venue_distances()
        if distances is not None:
            base = base.filter(venue_id__in=distances)

        if in_sql:
            return self._find_in_database(base, text_matches, distances)
        matching, counts = self._filter_and_count(self._candidates(base))
        days = {
            first + timedelta(days=offset)
            for first, last in self._chosen_windows()
            for offset in range((last - first).days + 1)
        }
        return Finding(
            ids=self._sort(matching, text_matches, distances),
            counts=counts,
            distances=distances,
            sessions={
                candidate.pk: [s for s in candidate.sessions if s.start.date() in days]
                for candidate in matching
            },
        )

    def dates_are_held(self):
        """Whether SessionDate holds every day the finder looks at; a date range
        further ahead is answered in memory."""
        horizon = timezone.localdate(self.now) + timedelta(days=SESSION_DATE_DAYS)
        return all(last <= horizon for _first, last in self.windows.values())

    def _find_in_database(self, base, text_matches, distances):
        """Filters, counts, order and the agenda's sessions in SQL."""
        counts, matches = self._count_in_database(base)
        ids = self._sort_in_database(matches, text_matches, distances)
        found = defaultdict(list)
        zone = local_zone()
        for pk, start, end in (
            self._sessions()
            .filter(on_days(self._chosen_windows()), among(ids, "page_id"))
            .order_by("start", "end")
            .values_list("page_id", "start", "end")
        ):
            found[pk].append(Session(start.astimezone(zone), end.astimezone(zone)))
        return Finding(
            ids=ids,
            counts=counts,
            distances=distances,
            sessions={pk: found[pk] for pk in ids},
        )

    def _sessions(self):
        """Dated sessions still to come, less those in a break or a pause, or on a
        closure day unless the activity meets on closure days."""
        day = OuterRef("day")
        in_a_break = ScheduleBreak.objects.filter(
            page_id=OuterRef("page_id"), starts_on__lte=day, ends_on__gte=day
        )
        return (
            SessionDate.objects.filter(start__gte=self.now)
            .exclude(Exists(in_a_break))
            .exclude(page__paused_until__gte=F("day"))
            .exclude(day__in=all_closed_days(), page__meets_on_closure_days=False)
        )

    def _chosen_windows(self):
        """The first and last days of the chosen "when" options; none chosen, the coming week."""
        today = timezone.localdate(self.now)
        return [self.windows[name] for name in self.chosen["when"]] or [
            (today, today + timedelta(days=AGENDA_DAYS - 1))
        ]

    def _text_matches(self, ranked=True):
        """Every text match, None without words: their ids, best first, if
        `ranked`; otherwise as `unranked` gives them."""
        self._ranking = None
        query = self.criteria.get("q")
        if not query:
            return None
        # Filtered by place and language inside the search, as every backend supports.
        locales = {Locale.get_active().pk, Locale.get_default().pk}
        searchable = (
            ActivityPage.objects.live()
            .filter(beneath(self.index_page))
            .filter(locale_id__in=locales)
        )
        # Every match, so that the counts describe them all; a search node
        # hands over more than one page of hits by scrolling.
        words = query
        results = searchable.search(words)
        matches_of = ids_of if ranked else unranked
        matches = matches_of(results)
        if not found_any(matches):
            # Forgive spelling where the backend can (PostgreSQL trigrams, a search
            # node); SQLite cannot, and says so.
            with contextlib.suppress(NotImplementedError):
                fuzzy = Fuzzy(query)
                results = searchable.search(fuzzy)
                words = fuzzy  # once the backend took it
                matches = matches_of(results)
        if ranked or ranking(results) is None:
            return matches
        # The statement these go into keeps only the live activities here, in the
        # reader's language: searched again unfiltered, the subquery spares looking
        # up the page of each of 10,800 matches (13% of that statement's time at
        # 50,000 activities).
        results = ActivityPage.objects.search(words)
        self._ranking = ranking(results)
        return unranked(results)

    def _venue_distances(self):
        return venue_distances(self.location, self.criteria.get("distance"))

    def _candidates(self, base):
        """Every activity in `base`, in tree order, with its value for each filter."""
        candidates, pauses = {}, {}  # pauses: id -> (paused until, meets on closure days)
        rows = base.annotate(welcoming=welcoming_newcomers()).values_list(
            "pk",
            "venue_id",
            "venue__area__slug",
            "cost_band",
            "welcoming",
            "next_session_start",
            "paused_until",
            "meets_on_closure_days",
        )
        for pk, venue_id, area, cost, welcoming, next_start, *pause in rows:
            candidate = candidates[pk] = Candidate(pk, venue_id, next_start)
            pauses[pk] = pause
            if area:
                candidate.options["area"].add(area)
            candidate.options["cost"].add(cost)
            if welcoming:
                candidate.options["newcomers"].add(RoomForNewcomers.Answer.YES)

        pks = base.values("pk")
        terms = [
            getattr(ActivityPage, relation)
            .through.objects.filter(activitypage_id__in=pks)
            .annotate(filter_name=Value(name))
            .values_list("activitypage_id", "filter_name", "term__code")
            for name, relation in TERM_FILTERS.items()
        ]
        for pk, name, code in terms[0].union(*terms[1:], all=True):
            candidates[pk].options[name].add(code)

        rules = defaultdict(list)
        for schedule in current_schedules().filter(page_id__in=pks):
            rules[schedule.page_id].append(schedule)
            if schedule.weekday is not None:
                candidates[schedule.page_id].options["day"].add(str(schedule.weekday))
            candidates[schedule.page_id].options["time"].update(
                period
                for period, (start, end) in TIME_RANGES.items()
                if start <= schedule.start_time < end
            )
        self._add_dates(candidates, pauses, rules, pks)
        return candidates.values()

    def _add_dates(self, candidates, pauses, rules, pks):
        """Each candidate's sessions over every "when" option's days, and the
        options they fall in: breaks, pauses and closure days respected."""
        breaks = defaultdict(list)
        for pause in ScheduleBreak.objects.filter(page_id__in=pks):
            breaks[pause.page_id].append(pause)
        closures = closure_breaks()
        first = min(first for first, _last in self.windows.values())
        last = max(last for _first, last in self.windows.values())
        expanded = {}  # many activities share a rule: each is expanded once

        def sessions(rule):
            key = tuple(getattr(rule, name) for name in RULE_FIELDS)
            if key not in expanded:
                expanded[key] = rule_sessions(rule, first, last, after=self.now)
            return expanded[key]

        for pk, (paused_until, meets_on_closure_days) in pauses.items():
            candidate = candidates[pk]
            candidate.sessions = without_breaks(
                [session for rule in rules[pk] for session in sessions(rule)],
                breaks[pk] if meets_on_closure_days else breaks[pk] + closures,
                paused_until,
            )
            for session in candidate.sessions:
                day = session.start.date()
                candidate.options["when"].update(
                    name for name, (start, end) in self.windows.items() if start <= day <= end
                )

    def _fails(self, candidate, name):
        chosen, has = self.chosen[name], candidate.options[name]
        if name in ALL_OF:
            return not chosen <= has
        return chosen.isdisjoint(has)

    def _filter_and_count(self, candidates):
        """The candidates that pass every filter, and for every option how many
        results there would be with it ticked too."""
        active = [name for name in FILTER_NAMES if self.chosen[name]]
        counts = {name: Counter() for name in FILTER_NAMES}
        matching = []
        for candidate in candidates:
            failed = [name for name in active if self._fails(candidate, name)]
            if not failed:
                matching.append(candidate)
            if len(failed) > 1:
                continue
            for name in FILTER_NAMES:
                # An "any of" filter counts against the other filters only; an
                # "all of" filter narrows further with each option ticked.
                if not failed or (failed == [name] and name not in ALL_OF):
                    counts[name].update(candidate.options[name])
        return matching, {name: dict(counter) for name, counter in counts.items()}

    def _condition(self, name):
        """The activities that pass one filter, as a condition the database applies."""
        chosen = self.chosen[name]
        if name in TERM_FILTERS:
            through = getattr(ActivityPage, TERM_FILTERS[name]).through.objects
            if name in ALL_OF:
                condition = Q()
                for code in chosen:
                    condition &= Q(
                        Exists(through.filter(activitypage_id=OuterRef("pk"), term__code=code))
                    )
                return condition
            return Q(Exists(through.filter(activitypage_id=OuterRef("pk"), term__code__in=chosen)))
        if name == "area":
            return Q(venue__area__slug__in=chosen)
        if name == "cost":
            return Q(cost_band__in=chosen)
        if name == "newcomers":
            return Q(welcoming_newcomers())
        if name == "when":
            windows = [self.windows[option] for option in chosen]
            return Q(Exists(self._sessions().filter(on_days(windows), page_id=OuterRef("pk"))))
        sessions = current_schedules().filter(page_id=OuterRef("pk"))
        if name == "day":
            return Q(Exists(sessions.filter(weekday__in=[int(day) for day in chosen])))
        return Q(Exists(sessions.filter(self._starts_within(chosen))))

    @staticmethod
    def _starts_within(periods):
        condition = Q()
        for period in periods:
            start, end = TIME_RANGES[period]
            condition |= Q(start_time__gte=start, start_time__lt=end)
        return condition

    def _count_in_database(self, base):
        """Per option, how many results there would be with it ticked too: an
        "any of" filter counts against the other filters only, an "all of"
        filter against all of them. One statement: the candidates are worked
        out once (materialized CTEs: which ticked filters each passes, then how
        many it fails and which), then each filter's options are read for the
        candidates it counts and grouped once. The same statement gives the
        matches (those passing every filter) with their venues, soonest first,
        so that they are not worked out again."""
        active = [name for name in FILTER_NAMES if self.chosen[name]]
        passes = [f"passes_{number}" for number in range(len(active))]
        scored = (
            base.annotate(
                **{
                    column: Case(
                        When(self._condition(name), then=Value(True)),
                        default=Value(False),
                        output_field=BooleanField(),
                    )
                    for column, name in zip(passes, active, strict=True)
                }
            )
            .order_by()
            .values("pk", "venue_id", "next_session_start", "path", *passes)
        )
        try:
            scored_sql, scored_params = scored.query.sql_with_params()
        except EmptyResultSet:  # Django writes no statement for "none of no ids"
            return {name: {} for name in FILTER_NAMES}, []
        failed = " + ".join(f"CASE WHEN {column} THEN 0 ELSE 1 END" for column in passes) or "0"
        failing = (
            " ".join(f"WHEN NOT {column} THEN %s" for column in passes) or "WHEN FALSE THEN ''"
        )
        options_sql, options_params = options_statement(connection.vendor, self.today)
        dated_sql, dated_params = self._dated().query.sql_with_params()
        windows = list(self.windows.items())
        when_rows = " ".join(
            "UNION ALL SELECT DISTINCT pk, 'when', %s FROM dated WHERE day BETWEEN %s AND %s"
            for _window in windows
        )
        scored_passes = "".join(f", {column}" for column in passes)
        # Standard SQL that SQLite runs too, so that the tests compare both ways there.
        sql = f"""
            WITH scored (pk, venue_id, next_session_start, path{scored_passes}) AS MATERIALIZED (
                {scored_sql}
            ),
            candidates AS MATERIALIZED (
                SELECT pk, {failed} AS failed, CASE {failing} END AS failing
                FROM scored WHERE {failed} <= 1
            ),
            options (pk, filter_name, option) AS ({options_sql}),
            dated (pk, day) AS MATERIALIZED ({dated_sql})
            SELECT filter_name, option, COUNT(*), NULL FROM (
                SELECT * FROM options {when_rows}
            ) AS counted
            GROUP BY filter_name, option
            UNION ALL
            SELECT '', CAST(pk AS varchar(20)), ROW_NUMBER() OVER (
                ORDER BY CASE WHEN next_session_start IS NULL THEN 1 ELSE 0 END,
                         next_session_start, path
            ), venue_id
            FROM scored WHERE {failed} = 0
        """
        params = [*scored_params, *active, *options_params, *dated_params]
        for option, (first, last) in windows:
            params += [option, first, last]
        counts = {name: {} for name in FILTER_NAMES}
        matches = []
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for name, option, n, venue in cursor.fetchall():
                if name:
                    counts[name][option] = n
                else:
                    matches.append((n, int(option), venue))
        return counts, [(pk, venue) for _position, pk, venue in sorted(matches)]

    def _dated(self):
        """(activity, day) of the sessions on any "when" option's days of the
        candidates counted for "when": read once for every option."""
        return (
            self._sessions()
            .filter(
                on_days(window for _option, window in self.windows.items()),
                page_id__in=counted("when"),
            )
            .order_by()
            .values_list("page_id", "day")
        )

    def _sort_in_database(self, matches, text_matches, distances):
        """The ids of the matches, (id, venue) soonest first, in the order asked for."""
        searched = text_matches is not None
        sort = self.criteria.get("sort") or (Sort.RELEVANCE if searched else Sort.SOONEST)
        if sort == Sort.DISTANCE and distances is not None:
            # Venues are few: their distances are known.
            far = float("inf")
            return [pk for pk, venue in sorted(matches, key=lambda row: distances.get(row[1], far))]
        ids = [pk for pk, _venue in matches]
        if sort == Sort.RELEVANCE and searched:
            if self._ranking is not None:
                # Only the matches left are ranked, by id: a subquery would have the
                # database work every text match out again to rank them.
                return list(self._ranking.filter(among(ids)).values_list("pk", flat=True))
            rank = {pk: position for position, pk in enumerate(text_matches)}
            return sorted(ids, key=rank.__getitem__)
        return ids

    def _sort(self, matching, ranked_ids, distances):
        sort = self.criteria.get("sort") or (Sort.RELEVANCE if ranked_ids else Sort.SOONEST)
        far = float("inf")
        latest = timezone.now().replace(year=9999)
        # Soonest, then tree order (stable sorts), breaks any tie, as in SQL.
        matching.sort(key=lambda candidate: candidate.next_session_start or latest)
        if sort == Sort.DISTANCE and distances is not None:
            matching.sort(key=lambda candidate: distances.get(candidate.venue_id, far))
        elif sort == Sort.RELEVANCE and ranked_ids:
            rank = {pk: position for position, pk in enumerate(ranked_ids)}
            matching.sort(key=lambda candidate: rank.get(candidate.pk, far))
        return [candidate.pk for candidate in matching]


def counted(name):
    """In ActivityFinder's counting statement, the candidates whose options count
    for this filter: those passing every filter, and for an "any of" filter
    those failing only it."""
    if name in ALL_OF:
        return RawSQL("SELECT pk FROM candidates WHERE failed = 0", ())
    return RawSQL("SELECT pk FROM candidates WHERE failed = 0 OR failing = %s", (name,))


def counted_options(today):
    """Each filter's (activity, filter, option) rows, "when" apart, as one
    UNION ALL; one row per activity and option."""
    groups = []
    for name in FILTER_NAMES:
        if name == "when":
            continue  # its options overlap: counted from ActivityFinder._dated's rows
        rows, option, page = options_of(name, counted(name), today)
        groups.append(
            rows.annotate(filter_name=Value(name, CharField()), option=option)
            .filter(option__isnull=False)
            .order_by()
            .values_list(page, "filter_name", "option")
            .distinct()  # an activity can have two schedules on one day
        )
    return groups[0].union(*groups[1:], all=True)


@lru_cache(maxsize=4)
def options_statement(vendor, today):
    """counted_options as (SQL, parameters): only the day changes it, and
    compiling it took a tenth of a find page's time, so once a day per process."""
    return counted_options(today).query.sql_with_params()


def options_of(name, pks, today):
    """(rows, each row's option, its activity's column) for one filter's
    options among the activities `pks`."""
    if name in TERM_FILTERS:
        through = getattr(ActivityPage, TERM_FILTERS[name]).through.objects
        return through.filter(activitypage_id__in=pks), F("term__code"), "activitypage_id"
    if name in ("area", "cost"):
        option = F("venue__area__slug" if name == "area" else "cost_band")
        return ActivityPage.objects.filter(pk__in=pks), option, "pk"
    if name == "newcomers":
        rows = ActivityPage.objects.filter(welcoming_newcomers(today), pk__in=pks)
        return rows, Value(RoomForNewcomers.Answer.YES.value, CharField()), "pk"
    option = Cast("weekday", CharField()) if name == "day" else time_period()
    return current_schedules(today).filter(page_id__in=pks), option, "page_id"


def results_for(ids, distances):
    """The activities behind one page of result ids, ready to show."""
    activities = (
        ActivityPage.with_organisation_names(ActivityPage.objects.filter(pk__in=ids))
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


@dataclass
class AgendaEntry:
    session: object
    activity: ActivityPage
    distance: float | None


def agenda_for(finding):
    """The found sessions grouped by day, in time order: [(day, [AgendaEntry])],
    the first MAX_AGENDA_DAYS days with sessions only, and whether days were left out."""
    activities = (
        ActivityPage.objects.filter(pk__in=[pk for pk, found in finding.sessions.items() if found])
        .select_related("locale", "venue", "venue__area")
        .prefetch_related("modes")
        .in_bulk()
    )
    by_day = defaultdict(list)
    for pk, activity in activities.items():
        distance = (finding.distances or {}).get(activity.venue_id)
        for session in finding.sessions[pk]:
            by_day[session.start.date()].append(AgendaEntry(session, activity, distance))
    days = sorted(by_day)
    return [
        (day, sorted(by_day[day], key=lambda entry: (entry.session, entry.activity.title)))
        for day in days[:MAX_AGENDA_DAYS]
    ], len(days) > MAX_AGENDA_DAYS
