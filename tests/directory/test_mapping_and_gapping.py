"""The directory team's "Mapping and gapping" report: searches that found
nothing, activities by area and interest and by audience, listings to check by
organisation; tables, charts and CSV, for the team only."""

import csv
import io
from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from demo.loader import load_demo_content
from directory.factories import (
    ActivityPageFactory,
    AreaFactory,
    OrganisationPageFactory,
    VenuePageFactory,
)
from directory.models import ZeroResultSearch
from directory.permissions import DIRECTORY_TEAM, ensure_directory_review, ensure_editors_group

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/mapping-and-gapping/"


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def checked_days_ago(days):
    return timezone.localdate() - timedelta(days=days)


@pytest.fixture
def team_member(django_user_model, find_page):
    ensure_directory_review(find_page)
    user = django_user_model.objects.create_user("priya", password="x")
    user.groups.add(Group.objects.get(name=DIRECTORY_TEAM))
    return user


@pytest.fixture
def team_client(client, team_member):
    client.force_login(team_member)
    return client


@pytest.fixture
def testmoor():
    return AreaFactory(name="Testmoor", slug="testmoor")


def test_only_the_directory_team_and_administrators_see_the_report(
    client, django_user_model, organisation, team_member
):
    editor = django_user_model.objects.create_user("sam", password="x")
    editor.groups.add(ensure_editors_group(organisation))
    client.force_login(editor)
    refused = client.get(REPORT, follow=True)
    assert refused.redirect_chain[0][1] == 302
    assert "Searches that found nothing" not in refused.content.decode()
    assert client.get(f"{REPORT}audience.csv").status_code == 302
    assert "Mapping and gapping" not in client.get("/admin/").content.decode()

    client.force_login(team_member)
    assert "Searches that found nothing" in client.get(REPORT).content.decode()
    admin = django_user_model.objects.create_superuser("root", password="x")
    client.force_login(admin)
    page = client.get("/admin/reports/").content.decode() + client.get(REPORT).content.decode()
    assert "Mapping and gapping" in page


def counts(rows):
    """{(first column, ..., last but one): last column as a number} for a CSV's rows."""
    return {tuple(row[:-1]): int(row[-1]) for row in rows[1:]}


def change(before, after):
    return {key: after[key] - before.get(key, 0) for key in after if after[key] != before.get(key)}


def test_searches_that_found_nothing_add_up_across_days_within_the_period(team_client, testmoor):
    def searched(days_ago, count, query, **kwargs):
        ZeroResultSearch.objects.create(
            day=checked_days_ago(days_ago), query=query, count=count, **{"language": "en", **kwargs}
        )

    before = counts(csv_rows(team_client.get(f"{REPORT}searches.csv")))
    searched(1, 2, "Underwater  basket", filters="interest=music;area=testmoor")
    searched(5, 3, "underwater basket", postcode_district="KB3", language="ar")
    searched(200, 7, "underwater basket")  # before the default 90 days

    rows = csv_rows(team_client.get(f"{REPORT}searches.csv"))
    assert rows[0] == ["Breakdown", "Value", "Searches"]
    assert change(before, counts(rows)) == {
        ("By words searched for", "underwater basket"): 5,
        ("By filter chosen", "Interest: Music"): 2,
        ("By filter chosen", "Area: Testmoor"): 2,
        ("By area or postcode district", "Area: Testmoor"): 2,
        ("By area or postcode district", "Postcode district: KB3"): 3,
        ("By language of the site", "English"): 2,
        ("By language of the site", "Arabic"): 3,
    }
    page = team_client.get(REPORT).content.decode()
    assert "underwater basket</th>\n        <td>5</td>" in page
    # The period used is the last 90 days, shown in the form to change it.
    assert f'name="first_day" value="{checked_days_ago(89)}"' in page
    assert f'name="last_day" value="{timezone.localdate()}"' in page

    first_day = checked_days_ago(250).isoformat()
    response = team_client.get(f"{REPORT}searches.csv", {"first_day": first_day})
    assert ("By words searched for", "underwater basket") in counts(csv_rows(response))
    assert counts(csv_rows(response))[("By words searched for", "underwater basket")] == 12
    assert response["Content-Disposition"] == (
        f'attachment; filename="zero-result-searches-{first_day}-{timezone.localdate()}.csv"'
    )


@pytest.mark.parametrize(
    "query, message",
    [
        ({"first_day": "last tuesday"}, "Enter the first day as a date, like 2026-08-25."),
        ({"last_day": "2026-02-30"}, "Enter the last day as a date, like 2026-11-23."),
        ({"first_day": "2026-11-01", "last_day": "2026-10-01"}, "must be on or before the last"),
        ({"top": "1000000"}, "Choose 10, 20 or 50."),
    ],
)
def test_a_period_that_makes_no_sense_is_explained_not_an_error(team_client, query, message):
    for url in [REPORT, f"{REPORT}searches.csv"]:
        response = team_client.get(url, query)
        assert response.status_code == 400
        page = response.content.decode()
        assert message in page
        assert "Correct the period above" in page
        assert "Activities by area and interest" in page  # the rest of the report still shows


def test_an_unknown_download_is_not_found(team_client):
    assert team_client.get(f"{REPORT}everything.csv").status_code == 404


def translate(activity, language_code):
    translation = activity.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    translation.save_revision().publish()


def listed(organisation, area, **kwargs):
    venue = VenuePageFactory(parent=organisation, area=area)
    return ActivityPageFactory(parent=organisation, venue=venue, **kwargs)


def test_area_by_interest_counts_each_listed_activity_once_and_marks_gaps(
    team_client, organisation, testmoor
):
    music_and_food = {"interests": ["music", "food"]}
    choir = listed(organisation, testmoor, title="Choir", terms=music_and_food)
    translate(choir, "ar")  # counted once, in English
    listed(organisation, testmoor, terms={"interests": ["music"]})
    draft = listed(organisation, testmoor, terms={"interests": ["music"]})
    draft.unpublish()
    # Long overdue for a check: out of search, so not on the map.
    listed(
        organisation, testmoor, terms={"interests": ["music"]}, last_checked=checked_days_ago(200)
    )

    rows = csv_rows(team_client.get(f"{REPORT}area-interest.csv"))
    header = rows[0]
    testmoor_row = dict(zip(header, next(row for row in rows if row[0] == "Testmoor"), strict=True))
    assert (testmoor_row["Music"], testmoor_row["Food"], testmoor_row["Games"]) == ("2", "1", "0")

    page = team_client.get(REPORT).content.decode()
    row = page[page.index('<th scope="row">Testmoor</th>') :].split("</tr>")[0]
    assert row.count(">gap</span>") == len(header) - 1 - 2  # every interest but music and food
    assert ">2</td>" in row and ">1</td>" in row


def test_audiences_count_listed_activities_and_everyone_welcome(
    team_client, organisation, testmoor
):
    before = counts(csv_rows(team_client.get(f"{REPORT}audience.csv")))
    carers = listed(organisation, testmoor, terms={"audiences": ["carers", "age-65-plus"]})
    translate(carers, "bn")
    listed(organisation, testmoor)
    listed(
        organisation, testmoor, terms={"audiences": ["carers"]}, last_checked=checked_days_ago(200)
    )

    rows = csv_rows(team_client.get(f"{REPORT}audience.csv"))
    assert rows[0] == ["Who it's for", "Activities"]
    assert change(before, counts(rows)) == {
        ("Carers",): 1,
        ("Ages 65 and over",): 1,
        ("Everyone (no group chosen)",): 1,
    }
    assert "Activities by who they are for" in team_client.get(REPORT).content.decode()


def test_listings_to_check_are_counted_per_organisation_and_link_to_the_list(
    team_client, find_page, organisation, testmoor
):
    elsewhere = OrganisationPageFactory(parent=find_page, title="Elsewhere Club")
    listed(elsewhere, testmoor, last_checked=checked_days_ago(120), title="Other walk")
    for days in [10, 85, 120, 130, 200]:
        listed(organisation, testmoor, last_checked=checked_days_ago(days))
    overdue = listed(organisation, testmoor, last_checked=checked_days_ago(120), title="Old walk")
    translate(overdue, "ar")
    listed(organisation, testmoor, last_checked=checked_days_ago(120)).unpublish()

    rows = csv_rows(team_client.get(f"{REPORT}listings-to-check.csv"))
    assert rows[0] == ["Organisation", "Due soon", "Overdue", "Out of search", "Total"]
    assert ["Ashgrove Friends", "1", "3", "1", "5"] in rows

    page = team_client.get(REPORT).content.decode()
    link = f"/admin/reports/listings-to-check/?organisation={organisation.pk}"
    assert f'href="{link}"' in page
    listings = team_client.get(link).content.decode()
    assert "Old walk" in listings
    assert "Other walk" not in listings
    assert ["Elsewhere Club", "0", "1", "0", "1"] in rows


def test_charts_grow_from_the_right_in_right_to_left_admin_languages(team_client, team_member):
    ltr = team_client.get(REPORT).content.decode()
    assert '<rect x="0"' in ltr
    profile = UserProfile.get_for_user(team_member)
    profile.preferred_language = "ar"
    profile.save()
    rtl = team_client.get(REPORT).content.decode()
    assert 'dir="rtl"' in rtl
    assert '<rect x="0"' not in rtl.replace('<rect x="0%"', "")


def test_the_demo_borough_has_searches_that_found_nothing_and_listings_to_check(admin_client):
    load_demo_content()  # a second run adds nothing
    searches = csv_rows(admin_client.get(f"{REPORT}searches.csv"))
    demo_total = sum(int(row[2]) for row in searches if row[0] == "By language of the site")
    assert demo_total > 0
    stale = csv_rows(admin_client.get(f"{REPORT}listings-to-check.csv"))
    assert len(stale) > 2
    assert {column for row in stale[1:] for column in row[1:4]} - {"0"}

    load_demo_content()
    again = csv_rows(admin_client.get(f"{REPORT}searches.csv"))
    assert again == searches
