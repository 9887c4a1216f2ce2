"""One listing per group: whether a new feed item is a listing the directory has already.

First by identifier: a service whose id is one of our activities' Open Referral
ids, or an organisation named by a charity, company or other number that one of
ours holds and an activity of it with the same name, is a sure match. Otherwise
by a score from 0 to 1: how alike the names are (needed for any match), the
same organisation, the same postcode and the same days and times. A sure match
joins the listing; a likely one waits for the directory team.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.models import Locale, Page

from directory.identifiers import identifier_key
from directory.models import (
    ActivityPage,
    ActivitySchedule,
    OrganisationIdentifier,
    OrganisationPage,
)
from feeds.models import FeedItem

WEIGHTS = {"name": 0.4, "organisation": 0.2, "postcode": 0.2, "schedule": 0.2}
SURE, LIKELY = 0.8, 0.5
# Names less alike than this never match, whatever else they share.
LEAST_NAME = 0.75
# Names this alike, in an organisation known by its identifier, are the same activity.
SAME_NAME = 0.9
NUMBER = re.compile(r"\d+")
POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b")


def folded(text):
    """`text` in one case, without accents or compatibility forms."""
    text = unicodedata.normalize("NFKD", text.upper().casefold())
    return "".join(char for char in text if not unicodedata.combining(char))


def normalised_name(text):
    """A name without what varies between sources: case, accents, punctuation,
    "&" for "and", a leading "The", spacing."""
    text = str(text)
    # Folding can uncover more to fold (a mark that is a letter in capitals, a
    # mathematical dotless i), so it repeats until nothing changes.
    while (once_more := folded(text)) != text:
        text = once_more
    words = re.sub(r"\W+", " ", text.replace("&", " and ").replace("_", " ")).split()
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def name_likeness(first, second):
    """0 to 1: how alike two normalised names are, in either word order."""
    if not first or not second:
        return 0.0
    if first == second:
        return 1.0
    if NUMBER.findall(first) != NUMBER.findall(second):
        return 0.0  # "Year 7 club" and "Year 8 club" are two activities
    in_order = SequenceMatcher(None, first, second).ratio()
    by_word = SequenceMatcher(None, sorted(first.split()), sorted(second.split())).ratio()
    return max(in_order, by_word)


def postcode_in(text):
    """The first full UK postcode in `text`, written "KB3 2XY"; "" if none."""
    match = POSTCODE.search(str(text).upper())
    return f"{match[1]} {match[2]}" if match else ""


def times_of(sessions):
    """When something meets, as comparable (day, start) pairs."""
    return frozenset(
        (session.weekday, session.start_time.strftime("%H:%M")) for session in sessions
    )


def schedule_likeness(first, second):
    """0 to 1: the share of day-and-time pairs the two have in common."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


@dataclass(frozen=True)
class Facts:
    """What matching compares, of a feed's listing or of an activity."""

    name: str
    organisations: frozenset = frozenset()
    postcode: str = ""
    times: frozenset = frozenset()


@dataclass
class Match:
    activity_id: int
    score: float
    sure: bool
    # Why, for the directory team: "identifier", "name", "organisation", "postcode", "schedule".
    reasons: list = field(default_factory=list)


def score(incoming, existing):
    """(score from 0 to 1, reasons) for two listings' facts."""
    name = name_likeness(incoming.name, existing.name)
    if name < LEAST_NAME:
        return 0.0, []
    parts = {
        "name": name,
        "organisation": 1.0 if incoming.organisations & existing.organisations else 0.0,
        "postcode": 1.0 if incoming.postcode and incoming.postcode == existing.postcode else 0.0,
        "schedule": schedule_likeness(incoming.times, existing.times),
    }
    total = sum(WEIGHTS[part] * value for part, value in parts.items())
    return round(total, 3), [part for part, value in parts.items() if value]


def identifier_keys(listing):
    """The listing's organisation identifiers, each in its one written form."""
    keys = (identifier_key(scheme, number) for scheme, number in listing.organisation_identifiers)
    return {key for key in keys if key}


def the_one_organisation(source, page_ids):
    """The one organisation among `page_ids` in the feed's language; None if none or several."""
    if not page_ids:
        return None
    locale_id = source.organisation.locale_id
    pages = list(OrganisationPage.objects.filter(pk__in=page_ids, locale_id=locale_id)[:2])
    return pages[0] if len(pages) == 1 else None


def organisation_named(source, listing):
    """The one organisation of ours that the listing names by identifier, where its
    new activity belongs; None if it names none, or several."""
    keys = identifier_keys(listing)
    if not keys:
        return None
    numbers = OrganisationIdentifier.objects.filter(
        reduce(or_, (Q(scheme=scheme, identifier=number) for scheme, number in keys))
    )
    return the_one_organisation(source, set(numbers.values_list("page_id", flat=True)))


class Matcher:
    """The directory's activities, read once per sync, and the best match for a listing."""

    def __init__(self, source):
        self.source = source
        activities = list(
            ActivityPage.objects.filter(locale=Locale.get_default())
            .exclude(pk__in=FeedItem.objects.filter(source=source).values("activity_id"))
            .select_related("venue")
            .only("pk", "path", "title", "translation_key", "venue__postcode")
        )
        times = {}
        for schedule in ActivitySchedule.objects.filter(
            page__in=[activity.pk for activity in activities]
        ).only("page_id", "weekday", "start_time"):
            times.setdefault(schedule.page_id, []).append(schedule)
        self.by_identifier, self.owners = {}, {}
        for number in OrganisationIdentifier.objects.only("scheme", "identifier", "page_id"):
            self.by_identifier.setdefault(number.key, set()).add(number.page_id)
        parents = dict(
            Page.objects.filter(
                path__in={activity.path[: -ActivityPage.steplen] for activity in activities}
            ).values_list("path", "pk")
        )
        self.facts, self.by_key = {}, {}
        self.by_name, self.by_place, self.by_organisation = {}, {}, {}
        for activity in activities:
            organisation = parents[activity.path[: -ActivityPage.steplen]]
            facts = Facts(
                name=normalised_name(activity.title),
                organisations=frozenset([organisation]),
                postcode=postcode_in(activity.venue.postcode) if activity.venue else "",
                times=times_of(times.get(activity.pk, [])),
            )
            self.facts[activity.pk] = facts
            self.by_key[str(activity.translation_key)] = activity.pk
            self.by_name.setdefault(facts.name, []).append(activity.pk)
            self.by_place.setdefault(facts.postcode, []).append(activity.pk)
            self.by_organisation.setdefault(organisation, []).append(activity.pk)

    def named(self, listing):
        """The ids of our organisation pages (any language) the listing names by identifier."""
        named = set()
        for key in identifier_keys(listing):
            named |= self.by_identifier.get(key, set())
        return named

    def organisation_named(self, listing):
        """organisation_named() for a sync's many listings, from the identifiers read once."""
        named = frozenset(self.named(listing))
        if named not in self.owners:
            self.owners[named] = the_one_organisation(self.source, named)
        return self.owners[named]

    def facts_of(self, listing):
        """The listing's facts; its organisation is one ours named by its identifiers,
        else the source's own."""
        named = self.named(listing)
        organisations = named or {self.source.organisation_id}
        venue = self.source.venue
        facts = Facts(
            name=normalised_name(listing.title),
            organisations=frozenset(organisations),
            postcode=postcode_in(listing.place) or (postcode_in(venue.postcode) if venue else ""),
            times=times_of(listing.sessions),
        )
        return facts, bool(named)

    def match(self, listing):
        """The best Match for a new feed item, or None if it is a new activity."""
        if listing.external_id in self.by_key:
            return Match(self.by_key[listing.external_id], 1.0, True, ["identifier"])
        facts, identified = self.facts_of(listing)
        # Scored only against activities sharing the exact name, the postcode or an
        # organisation named by identifier: a large calendar's thousands of events are
        # not each compared with every activity.
        candidates = set(self.by_name.get(facts.name, []))
        if facts.postcode:
            candidates.update(self.by_place.get(facts.postcode, []))
        for organisation in facts.organisations if identified else []:
            candidates.update(self.by_organisation.get(organisation, []))
        best = None
        for activity_id in sorted(candidates):
            existing = self.facts[activity_id]
            total, reasons = score(facts, existing)
            if total < LIKELY:
                continue
            sure = total >= SURE
            same_name = name_likeness(facts.name, existing.name) >= SAME_NAME
            if identified and "organisation" in reasons and same_name:
                sure, reasons = True, ["identifier", *reasons]
            candidate = Match(activity_id, total, sure, reasons)
            if best is None or (candidate.sure, candidate.score) > (best.sure, best.score):
                best = candidate
        return best
