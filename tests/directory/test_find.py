"""The find page, used the way a resident uses it: a GET form and its results."""

import re
from datetime import date, time

import pytest

from django.db import connection

from wagtail.models import PageViewRestriction

from directory.factories import ActivityPageFactory, VenuePageFactory
from directory.models import ActivitySchedule, ZeroResultSearch
from directory.schedules import Frequency
from tests.search.search_nodes import DATABASE_AND_NODE, ActivitiesOnNode

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(
        r'<h3 class="govuk-heading-m site-result__title"><a class="govuk-link" href="[^"]+"'
        r' lang="[^"]+" dir="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def option_count(response, name, value):
    match = re.search(
        rf'name="{name}" type="checkbox" value="{value}"[^>]*>\s*<label[^>]*>[^<]*'
        r'<span class="site-filter__count">\((\d+)\)</span>',
        response.content.decode(),
    )
    return int(match.group(1))


def find(client, **params):
    return client.get("/en/things-to-do/", params)


def test_text_search_finds_activities_by_their_words_and_organiser(client, organisation):
    ActivityPageFactory(parent=organisation, title="Community choir", summary="Sing with us.")
    ActivityPageFactory(parent=organisation, title="Chess club", summary="Play chess.")

    assert titles(find(client, q="choir")) == ["Community choir"]
    assert sorted(titles(find(client, q="Ashgrove Friends"))) == ["Chess club", "Community choir"]


def test_text_search_puts_the_closest_matches_first(client, organisation):
    ActivityPageFactory(
        parent=organisation, title="Winter concert", summary="Our choir sings carols."
    )
    ActivityPageFactory(parent=organisation, title="Choir for all", summary="Sing together.")

    assert titles(find(client, q="choir")) == ["Choir for all", "Winter concert"]


@pytest.fixture(params=DATABASE_AND_NODE)
def word_search(request, settings):
    """Indexes the activities made so far in the backend the finder's words go
    through: the database's own (SQLite or PostgreSQL), or a search node."""
    if request.param == "database":
        yield lambda: None
        return
    node = ActivitiesOnNode(settings)
    yield node.backend
    node.close()


def test_an_organisations_new_name_finds_its_activities_at_once(client, organisation, word_search):
    ActivityPageFactory(parent=organisation, title="Knit and natter")
    word_search()

    organisation.title = "Zephyr Lane Neighbours"
    organisation.save_revision().publish()

    assert titles(find(client, q="Zephyr")) == ["Knit and natter"]


def test_counts_describe_every_match_past_a_hundred(client, organisation, word_search):
    # More matches than the finder once kept (100), with filters that leave most.
    for number in range(103):
        ActivityPageFactory(
            parent=organisation, title=f"Walking group {number}", weekday=4, cost_band="free"
        )
    ActivityPageFactory(parent=organisation, title="Walking paid", weekday=4, cost_band="paid")
    ActivityPageFactory(parent=organisation, title="Walking Monday", weekday=0, cost_band="free")
    ActivityPageFactory(parent=organisation, title="Chess club", weekday=4, cost_band="free")
    word_search()

    response = find(client, q="walking", day="4", cost="free")
    page = response.content.decode()

    assert "103 activities found" in page
    assert option_count(response, "cost", "paid") == 1
    assert option_count(response, "day", "0") == 1
    assert option_count(response, "day", "4") == 103
    # Filters are already applied: no advice to add one, nor any talk of a cut-off.
    assert "Add another word" not in page
    assert "closest matches" not in page


def test_filters_narrow_results_and_each_option_shows_what_it_would_find(client, organisation):
    ActivityPageFactory(parent=organisation, title="Choir", terms={"interests": ["music"]})
    ActivityPageFactory(parent=organisation, title="Ukulele", terms={"interests": ["music"]})
    ActivityPageFactory(parent=organisation, title="Walk", terms={"interests": ["being-active"]})

    everything = find(client)
    music = find(client, interest="music")

    assert option_count(everything, "interest", "music") == 2
    assert option_count(everything, "interest", "being-active") == 1
    assert sorted(titles(music)) == ["Choir", "Ukulele"]
    # Another interest adds to the choice rather than narrowing it.
    assert option_count(music, "interest", "being-active") == 1
    assert len(titles(find(client, interest=["music", "being-active"]))) == 3


def test_different_filters_must_all_match(client, organisation):
    ActivityPageFactory(
        parent=organisation, title="Free choir", cost_band="free", terms={"interests": ["music"]}
    )
    ActivityPageFactory(
        parent=organisation, title="Paid choir", cost_band="paid", terms={"interests": ["music"]}
    )

    response = find(client, interest="music", cost="free")

    assert titles(response) == ["Free choir"]
    assert option_count(response, "cost", "paid") == 1


def test_every_access_need_ticked_must_be_met(client, organisation):
    ActivityPageFactory(parent=organisation, title="Both", terms={"access": ["step-free", "bsl"]})
    ActivityPageFactory(
        parent=organisation, title="Step-free only", terms={"access": ["step-free"]}
    )

    response = find(client, access=["step-free", "bsl"])

    assert titles(response) == ["Both"]


def test_day_and_time_of_day(client, organisation):
    ActivityPageFactory(parent=organisation, title="Tuesday morning", weekday=1, starts_at=time(10))
    ActivityPageFactory(parent=organisation, title="Friday evening", weekday=4, starts_at=time(19))

    assert titles(find(client, day="4")) == ["Friday evening"]
    assert titles(find(client, time="morning")) == ["Tuesday morning"]
    assert option_count(find(client), "day", "1") == 1


def test_near_a_postcode_sorts_by_distance_and_limits_by_miles(
    client, organisation, fenmoor, millfield
):
    near = VenuePageFactory(parent=organisation, latitude=51.576, longitude=-0.05, area=fenmoor)
    far = VenuePageFactory(parent=organisation, latitude=51.545, longitude=-0.08, area=millfield)
    ActivityPageFactory(parent=organisation, title="Far away", venue=far)
    ActivityPageFactory(parent=organisation, title="Round the corner", venue=near)

    nearest = find(client, postcode="KB3 2XY", sort="distance")
    within_a_mile = find(client, postcode="kb32xy", distance="1")

    assert titles(nearest) == ["Round the corner", "Far away"]
    assert (
        "0 miles away" in nearest.content.decode() or "0.0 miles away" in nearest.content.decode()
    )
    assert titles(within_a_mile) == ["Round the corner"]
    assert titles(find(client, area="millfield")) == ["Far away"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"postcode": "not a postcode"}, "Enter a postcode, like KB3 2XY"),
        ({"postcode": "SW1A 1AA"}, "could not find that postcode in Kellbrook"),
        ({"interest": "skydiving"}, "“skydiving” was not understood"),
        ({"day": "9"}, "Day: “9” was not understood"),
        ({"sort": "distance"}, "Enter a postcode to see the nearest activities first"),
        ({"q": "x" * 201}, "Search for 200 characters or fewer"),
    ],
)
def test_bad_input_gets_a_clear_message_not_an_error(client, organisation, params, message):
    ActivityPageFactory(parent=organisation, title="Choir")

    response = find(client, **params)

    assert response.status_code == 400
    content = response.content.decode()
    assert "There is a problem" in content
    assert message in content
    assert "<title>Error:" in content


@pytest.mark.parametrize("page", ["999999", "-1", "abc", "1e9"])
def test_odd_page_numbers_still_show_results(client, organisation, page):
    ActivityPageFactory(parent=organisation, title="Choir")

    response = find(client, page=page)

    assert response.status_code == 200
    assert titles(response) == ["Choir"]


def test_activities_behind_a_password_are_not_listed_until_it_is_lifted(client, organisation):
    ActivityPageFactory(parent=organisation, title="Community choir", summary="Sing with us.")
    assert titles(find(client, q="choir")) == ["Community choir"]

    restriction = PageViewRestriction.objects.create(
        page=organisation, restriction_type=PageViewRestriction.PASSWORD, password="kellbrook"
    )
    assert titles(find(client, q="choir")) == titles(find(client)) == []

    restriction.delete()
    assert titles(find(client, q="choir")) == ["Community choir"]


def test_nothing_found_offers_next_steps_and_is_counted_without_personal_data(client, organisation):
    ActivityPageFactory(parent=organisation, title="Choir", terms={"interests": ["music"]})

    find(client, q="Underwater Hockey", postcode="KB3 2XY", interest="music")
    response = find(client, q="Underwater Hockey", postcode="KB3 2XY", interest="music")

    content = response.content.decode()
    assert "0 activities found" in content
    assert "remove a filter or two" in content
    gap = ZeroResultSearch.objects.get(query="underwater hockey")
    assert (gap.query, gap.filters, gap.postcode_district, gap.count) == (
        "underwater hockey",
        "interest=music",
        "KB3",
        2,
    )


def test_past_one_off_events_drop_out_and_coming_ones_stay(client, organisation):
    def one_off(day):
        return [
            ActivitySchedule(
                frequency=Frequency.ONCE,
                starts_on=day,
                start_time=time(14),
                end_time=time(16),
            )
        ]

    ActivityPageFactory(
        parent=organisation, title="Autumn fair", schedules=one_off(date(2026, 10, 10))
    )
    ActivityPageFactory(
        parent=organisation, title="Winter fair", schedules=one_off(date(2027, 12, 5))
    )

    assert titles(find(client)) == ["Winter fair"]


def test_paused_activities_say_so_and_why(client, organisation):
    ActivityPageFactory(
        parent=organisation,
        title="Lunch club",
        paused_until=date(2099, 1, 15),
        pause_reason="Our hall is being refurbished",
    )

    content = find(client).content.decode()

    assert (
        'Paused until 15 January: <span lang="en" dir="ltr">Our hall is being refurbished</span>'
        in content
    )


def test_browse_by_interest_pages_invite_and_filter(client, organisation):
    ActivityPageFactory(
        parent=organisation, title="Allotment", terms={"interests": ["nature-and-gardening"]}
    )
    ActivityPageFactory(parent=organisation, title="Chess", terms={"interests": ["games"]})

    response = client.get("/en/things-to-do/browse/nature-and-gardening/")

    assert (
        '<h1 class="govuk-heading-xl site-find__heading">Get outdoors and grow things</h1>'
        in response.content.decode()
    )
    assert titles(response) == ["Allotment"]
    assert client.get("/en/things-to-do/browse/base-jumping/").status_code == 404


def test_results_show_the_facts_people_decide_by(client, organisation, fenmoor):
    venue = VenuePageFactory(parent=organisation, title="Fenmoor Hall", area=fenmoor)
    ActivityPageFactory(
        parent=organisation,
        title="Tea dance",
        venue=venue,
        cost_band="low",
        cost_details="£2 including tea",
        terms={"access": ["hearing-loop"], "expectations": ["come-alone"]},
    )

    content = find(client).content.decode()

    assert "Run by Ashgrove Friends" in content
    assert "Fenmoor Hall, Fenmoor" in content
    assert 'Low cost (up to £5): <span lang="en" dir="ltr">£2 including tea</span>' in content
    assert "Hearing loop" in content
    assert "You can come on your own" in content
    assert re.search(r"Tuesday \d+ \w+, 10:00 am to 11:00 am", content)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="fuzzy matching needs PostgreSQL's pg_trgm"
)
def test_a_misspelt_search_still_finds_things_on_postgresql(client, organisation):
    ActivityPageFactory(parent=organisation, title="Community choir", summary="Sing with us.")

    assert titles(find(client, q="comunity chior")) == ["Community choir"]


def test_untranslated_activities_are_marked_as_english_in_other_languages(client, demo_site):
    content = client.get("/ar/things-to-do/").content.decode()

    assert re.search(r'<a class="govuk-link" href="/en/[^"]+" lang="en" dir="ltr">', content)
    assert re.search(r'<a class="govuk-link" href="/ar/[^"]+" lang="ar" dir="rtl">', content)
