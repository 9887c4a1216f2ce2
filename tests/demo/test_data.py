"""The demo borough comes from the data files in demo/data/: every record of every
file ends up on the site, and the values written relative to today mean what they say."""

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model

from wagtail.models import Site

from campaign.models import (
    AudiencePage,
    CampaignPage,
    ConnectedPlace,
    EasyReadPage,
    EntryPoint,
    PartnerPack,
    StoryPage,
)
from core.models import CouncilText, StandardPage
from demo import data
from demo.problem_reports import load_demo_problem_reports
from demo.referrals import ensure_demo_users, load_demo_referrals
from directory.models import (
    ActivityPage,
    Area,
    ClosureDay,
    DirectoryIndexPage,
    OrganisationPage,
    ProblemReport,
    VenuePage,
    ZeroResultSearch,
)
from feeds.models import Source
from home.models import HomePage
from referrals.models import Referral
from search.models import Synonym

LANGUAGE_CODES = {code for code, _name in django_settings.LANGUAGES}


def titles(pages):
    return set(pages.values_list("locale__language_code", "title"))


def titles_in_data(records):
    """(language, title) of each record and of each of its translations."""
    found = set()
    for record in records:
        found.add((django_settings.LANGUAGE_CODE, record["title"]))
        for code, fields in record.get("translations", {}).items():
            found.add((code, fields.get("title", record["title"])))
    return found


def values(model, field):
    return set(model.objects.values_list(field, flat=True))


def each(kind, field):
    return {record[field] for record in data.read(kind)}


COUNCIL = data.read("council")
LOADED = {
    "activities": lambda: titles_in_data(data.read("activities")) <= titles(ActivityPage.objects),
    "areas": lambda: each("areas", "slug") <= values(Area, "slug"),
    "audience_pages": lambda: each("audience_pages", "slug") <= values(AudiencePage, "slug"),
    "closure_days": lambda: (
        {date.fromisoformat(closure["day"]) for closure in data.read("closure_days")}
        <= values(ClosureDay, "day")
    ),
    "campaign": lambda: titles_in_data([data.read("campaign")]) == titles(CampaignPage.objects),
    "campaign_events": lambda: (
        each("campaign_events", "slug")
        <= set(ActivityPage.objects.filter(campaign_event=True).values_list("slug", flat=True))
    ),
    "campaign_phases": lambda: (
        [phase.name for phase in CampaignPage.objects.first().phases.all()]
        == [phase["name"] for phase in data.read("campaign_phases")]
    ),
    "council": lambda: (
        {(code, fields["council_name"]) for code, fields in COUNCIL["translations"].items()}
        | {(django_settings.LANGUAGE_CODE, COUNCIL["council_name"])}
        == set(CouncilText.objects.values_list("locale__language_code", "council_name"))
    ),
    "connected_places": lambda: each("connected_places", "name") <= values(ConnectedPlace, "name"),
    "easy_read": lambda: EasyReadPage.objects.filter(
        title=data.read("easy_read")["title"]
    ).exists(),
    "entry_points": lambda: each("entry_points", "code") <= values(EntryPoint, "code"),
    "feed_sources": lambda: each("feed_sources", "name") <= values(Source, "name"),
    "find_page": lambda: (
        titles_in_data([data.read("find_page")]) == titles(DirectoryIndexPage.objects)
    ),
    "home": lambda: (
        titles_in_data([data.read("home")]) == titles(HomePage.objects)
        and Site.objects.get(is_default_site=True).site_name == data.read("home")["site_name"]
    ),
    "organisations": lambda: each("organisations", "slug") <= values(OrganisationPage, "slug"),
    "pages": lambda: titles_in_data(data.read("pages")) <= titles(StandardPage.objects),
    "partner_packs": lambda: each("partner_packs", "title") <= values(PartnerPack, "title"),
    "problem_reports": lambda: (
        each("problem_reports", "details") <= values(ProblemReport, "details")
    ),
    "referrals": lambda: (
        {referral["reference"] for referral in data.read("referrals")["referrals"]}
        <= values(Referral, "reference")
    ),
    "synonyms": lambda: (
        {(synonym["language"], synonym["words"]) for synonym in data.read("synonyms")}
        <= set(Synonym.objects.values_list("locale__language_code", "words"))
    ),
    "stories": lambda: (
        {story["slug"] for story in data.read("stories")["stories"]} <= values(StoryPage, "slug")
    ),
    "users": lambda: each("users", "username") <= values(get_user_model(), "username"),
    "venues": lambda: each("venues", "slug") <= values(VenuePage, "slug"),
    "zero_result_searches": lambda: (
        len(data.read("zero_result_searches")) == ZeroResultSearch.objects.count()
    ),
}


@pytest.mark.django_db
def test_every_record_of_every_data_file_is_on_the_demo_site(demo_site):
    # What `make run` adds with DEBUG on.
    ensure_demo_users()
    load_demo_referrals()
    load_demo_problem_reports()

    assert sorted(LOADED) == data.kinds(), "a data file the loader does not read, or no check"
    assert [kind for kind, loaded in LOADED.items() if not loaded()] == []


def walk(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


@pytest.mark.parametrize("kind", data.kinds())
def test_data_files_name_site_languages_and_quote_their_times(kind):
    for key, value in walk(data.read(kind)):
        if key == "translations":
            assert set(value) <= LANGUAGE_CODES, kind
        if key.endswith("_time"):
            # YAML reads an unquoted 10:00 as the number 600.
            assert isinstance(value, str) and re.fullmatch(r"\d\d:\d\d", value), (kind, value)


@given(st.integers(min_value=-3000, max_value=3000), st.dates(date(2000, 1, 1), date(2090, 1, 1)))
def test_days_from_today_count_from_today(days, today):
    written = f"{days:+d}d"

    assert data.day(written, today) == today + timedelta(days=days)
    assert data.days_from_today(written) == days


@given(st.text(max_size=12))
def test_anything_else_is_refused_with_a_value_error(text):
    if re.fullmatch(r"[+-]\d+d", text):
        return
    with pytest.raises(ValueError):
        data.days_from_today(text)


@given(st.dates(date(2000, 1, 1), date(2090, 1, 1)))
def test_the_campaign_year_running_today_holds_today(today):
    start = data.campaign_day("06-01", today)
    end = data.campaign_day("05-31", today)

    assert start <= today <= end
    assert (end - start).days in (364, 365)
