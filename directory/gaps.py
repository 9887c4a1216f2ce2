"""Mapping and gapping: what residents looked for and did not find, where the
directory has activities and where it has none, and which listings need a check.

Counts only. Searches that found nothing are already stored without personal
data (ZeroResultSearch); nothing here adds any.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Sum
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from core.charts import bars
from directory.finder import current_schedules
from directory.forms import FILTER_NAMES, FindForm
from directory.freshness import ListingState, in_search, listing_state
from directory.models import ActivityPage, Area, OrganisationPage, Term, ZeroResultSearch
from directory.taxonomy import Vocabulary

HEAT_LEVELS = 4  # shades of the area-by-interest table besides "gap"


@dataclass
class CountTable:
    """One breakdown: (label, count) rows, largest first, drawn as a bar chart."""

    slug: str
    caption: str
    heading: str
    rows: list = field(default_factory=list)  # core.charts.Bar

    @classmethod
    def from_counter(cls, slug, caption, heading, counter, top=None):
        ranked = sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))
        return cls(slug, caption, heading, bars(ranked[:top]))


def normalised_words(query):
    """Searches differing only in capitals or spacing count as one."""
    return " ".join(query.lower().split())


def filter_labels():
    """(filter name, value) -> readable label, from the find page's own form."""
    form = FindForm(areas=Area.objects.all())
    labels = {}
    for name in FILTER_NAMES:
        form_field = form.fields[name]
        # The interest filter's label is a question; a heading reads better here.
        heading = _("Interest") if name == "interest" else form_field.label
        for value, label in form_field.choices:
            labels[(name, str(value))] = _("%(filter)s: %(option)s") % {
                "filter": heading,
                "option": label,
            }
    return labels


def chosen_filters(filters):
    """Parse ZeroResultSearch.filters ("interest=food,music;area=fenmoor")."""
    for part in filters.split(";"):
        name, _sep, values = part.partition("=")
        for value in filter(None, values.split(",")):
            yield name, value


def zero_result_search_total(first_day, last_day):
    searches = ZeroResultSearch.objects.filter(day__range=(first_day, last_day))
    return searches.aggregate(total=Sum("count"))["total"] or 0


def zero_result_searches(first_day, last_day, top):
    """Tables of searches that found nothing between two days, inclusive."""
    rows = (
        ZeroResultSearch.objects.filter(day__range=(first_day, last_day))
        .values("query", "filters", "postcode_district", "language")
        .annotate(searches=Sum("count"))
    )
    labels = filter_labels()
    areas = dict(Area.objects.values_list("slug", "name"))
    languages = dict(settings.LANGUAGES)
    words, filters, places, by_language = Counter(), Counter(), Counter(), Counter()
    for row in rows:
        count = row["searches"]
        words[normalised_words(row["query"]) or str(_("(no words, filters only)"))] += count
        chosen = list(chosen_filters(row["filters"]))
        for name, value in chosen:
            filters[labels.get((name, value), f"{name}: {value}")] += count
        chosen_areas = [areas.get(value, value) for name, value in chosen if name == "area"]
        for area in chosen_areas:
            places[_("Area: %(area)s") % {"area": area}] += count
        if row["postcode_district"]:
            places[
                _("Postcode district: %(district)s") % {"district": row["postcode_district"]}
            ] += count
        if not chosen_areas and not row["postcode_district"]:
            places[str(_("No area or postcode given"))] += count
        by_language[str(languages.get(row["language"], row["language"]))] += count
    return [
        CountTable.from_counter("words", _("By words searched for"), _("Words"), words, top),
        CountTable.from_counter("filters", _("By filter chosen"), _("Filter"), filters, top),
        CountTable.from_counter(
            "places", _("By area or postcode district"), _("Place"), places, top
        ),
        CountTable.from_counter(
            "languages", _("By language of the site"), _("Language"), by_language, top
        ),
    ]


def listed_activities():
    """Activities a resident can find: live, in the site's main language (so a
    translation does not count twice), still in search, with a session to come."""
    return (
        ActivityPage.objects.live()
        .filter(locale=Locale.get_default())
        .filter(in_search())
        .filter(Exists(current_schedules().filter(page=OuterRef("pk"))))
    )


@dataclass
class Cell:
    count: int
    level: int  # 0 is a gap, then 1 to HEAT_LEVELS

    @property
    def is_gap(self):
        return self.count == 0


@dataclass
class AreaInterestTable:
    interests: list  # column labels
    rows: list  # (area label, [Cell per interest])


def area_by_interest():
    """Listed activities per area (rows) and interest (columns). Activities with
    no venue run online or by phone: they have their own row."""
    interests = list(Term.objects.filter(vocabulary=Vocabulary.INTEREST))
    areas = [(area.pk, area.name) for area in Area.objects.all()]
    areas.append((None, _("Online or by phone (no venue)")))
    triples = set(listed_activities().values_list("pk", "venue__area", "interests"))
    counts = Counter((area, interest) for _pk, area, interest in triples if interest is not None)
    largest = max(counts.values(), default=0) or 1
    rows = []
    for area_pk, area_name in areas:
        cells = []
        for interest in interests:
            count = counts[(area_pk, interest.pk)]
            level = -(-count * HEAT_LEVELS // largest)  # ceiling: any activity shows
            cells.append(Cell(count, level))
        rows.append((area_name, cells))
    return AreaInterestTable([interest.label for interest in interests], rows)


def by_audience():
    """Listed activities per "who it's for"; none ticked means everyone is welcome."""
    activities = listed_activities()
    pairs = set(activities.values_list("pk", "audiences"))
    counts = Counter(audience for _pk, audience in pairs if audience is not None)
    everyone = len({pk for pk, audience in pairs if audience is None})
    rows = [
        (term.label, counts[term.pk])
        for term in Term.objects.filter(vocabulary=Vocabulary.AUDIENCE)
    ]
    rows.append((_("Everyone (no group chosen)"), everyone))
    return CountTable(
        "audiences", _("Activities by who they are for"), _("Who it's for"), bars(rows)
    )


@dataclass
class OrganisationListings:
    organisation: OrganisationPage
    due_soon: int = 0
    overdue: int = 0
    out_of_search: int = 0

    @property
    def total(self):
        return self.due_soon + self.overdue + self.out_of_search


STATE_COUNTERS = {
    ListingState.DUE_SOON: "due_soon",
    ListingState.OVERDUE: "overdue",
    ListingState.WITHDRAWN: "out_of_search",
}


def stale_by_organisation(today=None):
    """Per organisation, its live listings due a check soon, overdue, and so long
    overdue they are out of search; organisations with none are left out."""
    organisations = {
        organisation.path: OrganisationListings(organisation)
        for organisation in OrganisationPage.objects.filter(locale=Locale.get_default())
    }
    activities = (
        ActivityPage.objects.live()
        .filter(locale=Locale.get_default(), review_due_on__isnull=False)
        .only("path", "review_due_on")
    )
    for activity in activities:
        state = listing_state(activity, today)
        listings = organisations.get(activity.path[: -Page.steplen])
        if state in STATE_COUNTERS and listings is not None:
            setattr(listings, STATE_COUNTERS[state], getattr(listings, STATE_COUNTERS[state]) + 1)
    found = [listings for listings in organisations.values() if listings.total]
    return sorted(found, key=lambda listings: (-listings.total, listings.organisation.title))
