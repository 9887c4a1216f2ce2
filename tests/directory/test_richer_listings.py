"""Richer listings (issue 18, point 6): an image with its description, how to
book, a venue's opening times, and "room for newcomers this week" said in
one click by the group and found by residents."""

from datetime import time, timedelta

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import Locale, PageLogEntry

from demo.campaign_loader import ensure_image
from directory.freshness import confirm_token
from directory.models import ActivityPage, RoomForNewcomers, VenueOpeningTime, VenuePage
from directory.permissions import ensure_editors_group
from tests.openreferral.conftest import assert_valid  # noqa: F401 (a fixture, shared)

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(demo_site):
    """A demo activity with an Arabic translation, in English."""
    arabic = ActivityPage.objects.live().filter(locale__language_code="ar").first()
    return arabic.get_translation(Locale.get_default()).specific


def arabic_of(page):
    return page.get_translation(Locale.objects.get(language_code="ar")).specific


def test_an_image_needs_its_description_and_a_listing_books_one_way(activity):
    activity.image = ensure_image("Walkers by the river", "#1d70b8", "walkers")
    activity.image_alt = " "
    activity.no_need_to_book = True
    activity.booking_url = "https://tickets.example.org/walk"

    with pytest.raises(ValidationError) as refused:
        activity.full_clean()

    assert set(refused.value.message_dict) == {"image_alt", "booking_url"}
    assert "what the image shows" in refused.value.message_dict["image_alt"][0]


def test_residents_see_the_image_and_how_to_book_in_every_language(client, activity):
    activity.image = ensure_image("Walkers by the river", "#1d70b8", "walkers")
    activity.image_alt = "Six people walking along a river path"
    activity.no_need_to_book = False
    activity.booking_url = "https://tickets.example.org/walk"
    activity.save_revision().publish()

    page = client.get(activity.url).content.decode()
    assert 'alt="Six people walking along a river path"' in page
    assert 'href="https://tickets.example.org/walk"' in page
    assert "Book a place before you go." in page

    # The booking link is a fact: the Arabic page has it at once, and the
    # image with its English description until a translator words it.
    arabic = client.get(arabic_of(activity).url).content.decode()
    assert 'href="https://tickets.example.org/walk"' in arabic
    assert 'alt="Six people walking along a river path"' in arabic

    activity.booking_url = ""
    activity.no_need_to_book = True
    activity.save_revision().publish()
    assert "No need to book: just come along." in client.get(activity.url).content.decode()


def test_a_venue_shows_its_opening_times_in_the_readers_language(client, demo_site):
    venue = VenuePage.objects.live().filter(locale__language_code="en").first()
    VenueOpeningTime.objects.create(venue=venue, weekday=0, opens=time(9), closes=time(17))

    english = client.get(venue.url).content.decode()
    assert "Opening times" in english and "Monday" in english and "9:00 am to 5:00 pm" in english
    with pytest.raises(ValidationError):
        VenueOpeningTime(venue=venue, weekday=1, opens=time(17), closes=time(9)).full_clean()


def test_a_translated_venue_lists_its_activities_in_the_readers_language(client, demo_site):
    shapla = VenuePage.objects.get(slug="shapla-centre", locale__language_code="ar")
    lunch = ActivityPage.objects.get(slug="bengali-lunch-club", locale__language_code="ar")

    page = client.get(shapla.url).content.decode()

    assert "الاثنين" in page  # Monday, in its opening times
    assert lunch.title in page and lunch.url in page


def test_the_check_link_says_there_is_room_for_newcomers_and_residents_filter_by_it(
    client, activity
):
    link = f"/en/listing-check/{confirm_token(activity)}/"
    assert "Room for newcomers this week?" in client.get(link).content.decode()

    def found_with_room():
        results = client.get("/en/things-to-do/?newcomers=yes").content.decode()
        return activity.title in results

    client.post(link, {"newcomers": "full"})
    assert "Full this week" in client.get(activity.url).content.decode()
    assert not found_with_room()

    response = client.post(link, {"newcomers": "yes"})

    assert response.status_code == 200
    assert "Saved: residents see “Room for newcomers this week”" in response.content.decode()
    assert "Room for newcomers this week" in client.get(activity.url).content.decode()
    assert "site-newcomers-tag--yes" in client.get(arabic_of(activity).url).content.decode()
    assert found_with_room()
    # A made-up answer changes nothing.
    assert client.post(link, {"newcomers": "maybe"}).status_code == 400
    assert RoomForNewcomers.objects.get(listing=activity.translation_key).answer == "yes"
    # The group's answers are in the listing's history, as the directory team sees it.
    answers = PageLogEntry.objects.filter(page=activity, action=RoomForNewcomers.LOG_ACTION)
    assert [entry.data["answer"] for entry in answers.order_by("pk")][-2:] == ["full", "yes"]

    # A week later the answer no longer holds.
    room = RoomForNewcomers.objects.get(listing=activity.translation_key)
    room.said_on = timezone.localdate() - timedelta(days=7)
    room.save()
    assert "site-newcomers-tag" not in client.get(activity.url).content.decode()
    assert not found_with_room()


def test_an_editor_answers_from_the_dashboard_and_only_for_their_own_listings(
    client, activity, make_user
):
    editor = make_user("rahima", ensure_editors_group(activity.organisation))
    other = (
        ActivityPage.objects.filter(locale=activity.locale)
        .exclude(path__startswith=activity.organisation.path)
        .first()
    )
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert f'action="/admin/listings/{activity.pk}/newcomers/"' in dashboard

    response = client.post(f"/admin/listings/{activity.pk}/newcomers/", {"newcomers": "full"})
    assert response.status_code == 302
    assert "Full this week" in client.get(activity.url).content.decode()
    # The listing's history says who answered what.
    history = client.get(f"/admin/pages/{activity.pk}/history/").content.decode()
    assert "Room for newcomers answered" in history and "Full this week" in history
    assert "rahima" in history

    refused = client.post(f"/admin/listings/{other.pk}/newcomers/", {"newcomers": "yes"})
    assert refused.status_code in (302, 403)
    assert not RoomForNewcomers.objects.filter(listing=other.translation_key).exists()
    bad = client.post(f"/admin/listings/{activity.pk}/newcomers/", {"newcomers": "maybe"})
    assert bad.status_code == 400


def test_open_referral_publishes_booking_and_this_weeks_answer(client, activity, assert_valid):  # noqa: F811
    activity.no_need_to_book = False
    activity.booking_url = "https://tickets.example.org/walk"
    activity.save_revision().publish()
    RoomForNewcomers.say(activity, "full")

    service = client.get(f"/openreferral/services/{activity.translation_key}").json()

    assert_valid(service, "service.json")
    assert service["alert"] == "Full this week"
    assert {rule["schedule_link"] for rule in service["schedules"]} == {
        "https://tickets.example.org/walk"
    }
    assert {rule["attending_type"] for rule in service["schedules"]} == {
        "Book a place before you go."
    }
