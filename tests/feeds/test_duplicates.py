"""One listing per group: a feed item the directory already lists joins that listing,
or waits beside it for the directory team, and never makes a second one."""

import json
from datetime import time

import pytest

from django.urls import reverse

from directory.factories import ActivityPageFactory, OrganisationPageFactory, VenuePageFactory
from directory.models import ActivityPage, OrganisationIdentifier
from directory.permissions import ensure_directory_review, ensure_editors_group
from feeds.duplicates import keep_apart
from feeds.models import LikelyDuplicate, Source
from feeds.sync import sync_source

CALENDAR = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:chair-yoga-1
DTSTART:20261125T180000
DTEND:20261125T190000
RRULE:FREQ=WEEKLY
SUMMARY:Chair Yoga!
LOCATION:Church hall, Park Road, kb2 4aa
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def knitters(find_page):
    """A group listed by hand, with its charity number."""
    group = OrganisationPageFactory(parent=find_page, title="Kellbrook Knitters", slug="knitters")
    number = OrganisationIdentifier(page=group, kind="charity", identifier=" 1123 456")
    number.clean()  # as the page editor does: one written form, its scheme from the number
    number.save()
    ActivityPageFactory(parent=group, title="Purls and Plains", weekday=1)
    return group


@pytest.fixture
def chair_yoga(find_page):
    """A hand-made listing at a church hall, Mondays at ten."""
    church = OrganisationPageFactory(parent=find_page, title="St Hilda's", slug="st-hildas")
    hall = VenuePageFactory(parent=church, title="Church hall", postcode="KB2 4AA")
    return ActivityPageFactory(parent=church, title="Chair yoga", venue=hall, weekday=0)


@pytest.fixture
def team_member(django_user_model, find_page):
    user = django_user_model.objects.create_user("priya", password="x")
    user.groups.add(ensure_directory_review(find_page))
    return user


@pytest.fixture
def waiting(feeds, make_source, chair_yoga):
    """A calendar whose one event has the hand-made listing's name and postcode only."""
    source = make_source(feeds.serve("/yoga.ics", CALENDAR))
    outcome = sync_source(source)
    assert (outcome.added, outcome.joined, outcome.waiting) == (0, 0, 1)
    return LikelyDuplicate.objects.get(item__source=source)


def titled(word):
    return ActivityPage.objects.filter(title__icontains=word)


def test_an_item_of_an_organisation_known_by_its_charity_number_joins_its_listing(
    feeds, make_source, knitters
):
    service = {
        "id": "neighbour-42",
        "name": "Purls & plains",
        "description": "Bring your needles.",
        "status": "active",
        "organization": {
            "name": "Knitters of Kellbrook",
            "organization_identifiers": [
                {
                    "identifier_scheme": "GB-CHC",
                    "identifier_type": "Charity",
                    "identifier": "1123 456",
                }
            ],
        },
        "schedules": [
            {
                "freq": "WEEKLY",
                "byday": "TH",
                "opens_at": "14:00",
                "closes_at": "16:00",
                "dtstart": "2026-11-26",
            }
        ],
    }
    body = json.dumps({"contents": [service], "last_page": True}).encode()
    source = make_source(
        feeds.serve("/services", body, content_type="application/json"),
        kind=Source.Kind.OPEN_REFERRAL,
    )

    outcome = sync_source(source)

    assert (outcome.added, outcome.joined, outcome.waiting) == (0, 1, 0)
    [listing] = titled("purl")
    # The words written by hand stay; the feed keeps the dates current.
    assert listing.title == "Purls and Plains"
    assert [(rule.weekday, rule.start_time) for rule in listing.schedules.all()] == [
        (3, time(14, 0))
    ]
    assert "1 joined the listing there" in source.state_in_words()

    again = sync_source(source, force=True)
    assert (again.added, again.changed, again.joined, again.waiting) == (0, 0, 0, 0)
    assert titled("purl").count() == source.items.count() == 1


def test_a_new_activity_of_an_organisation_known_by_its_charity_number_is_listed_under_it(
    feeds, make_source, knitters
):
    def service(number, name=None):
        return {
            "id": f"neighbour-{number}",
            "name": name or f"Crochet corner {number}",
            "status": "active",
            "organization": {
                "name": "Knitters of Kellbrook",
                "organization_identifiers": [
                    {"identifier_scheme": "GB-CHC", "identifier": "1123456"}
                ]
                if number == 1
                else [],
            },
            "schedules": [
                {"freq": "WEEKLY", "byday": "FR", "opens_at": "10:00", "dtstart": "2026-11-27"}
            ],
        }

    # The third is only like the group's own listing: it waits for the directory team.
    services = [service(1), service(2), service(1, "Purls and plains circle")]
    services[2]["id"] = "neighbour-3"  # named by the same charity number as the first
    body = json.dumps({"contents": services, "last_page": True}).encode()
    source = make_source(
        feeds.serve("/services", body, content_type="application/json"),
        kind=Source.Kind.OPEN_REFERRAL,
    )

    outcome = sync_source(source)

    assert (outcome.added, outcome.waiting) == (2, 1)
    named, unnamed = titled("crochet corner 1").get(), titled("crochet corner 2").get()
    assert named.get_parent().specific == knitters
    assert unnamed.get_parent().specific == source.organisation
    assert knitters.get_children().count() == 2  # beside Purls and Plains
    assert sync_source(source, force=True).added == 0
    # Kept apart by the team, it is listed under the group too.
    keep_apart(LikelyDuplicate.objects.get(item__source=source), by=None)
    assert titled("plains circle").get().get_parent().specific == knitters


def test_an_item_alike_only_in_name_and_postcode_waits_and_the_team_merges_it(
    client, feeds, waiting, chair_yoga, team_member
):
    source = waiting.item.source
    assert titled("yoga").get() == chair_yoga
    assert set(waiting.reasons) == {"name", "postcode"}

    # Synced again: still one listing, one question for the team.
    assert sync_source(source, force=True).added == 0
    assert "1 wait for the directory team" in source.state_in_words()
    assert source.items.count() == titled("yoga").count() == 1
    assert LikelyDuplicate.objects.filter(item__source=source).count() == 1

    client.force_login(team_member)
    queue = client.get(reverse("likely_duplicates") + "?status=waiting").content.decode()
    assert "Chair Yoga!" in queue
    # It is also in the one list of everything waiting for the team.
    everything = client.get(reverse("waiting_for_the_team")).content.decode()
    assert "Likely duplicate" in everything and "Chair Yoga!" in everything
    url = reverse("likely_duplicate", args=[waiting.pk])
    page = client.get(url).content.decode()
    assert "the same postcode" in page
    assert "Every week, Monday 10:00" in page and "Every week, Wednesday 18:00" in page

    choices = dict.fromkeys(("title", "summary", "description", "how_to_join"), "listing")
    choices.update(contact_email="listing", contact_phone="listing", cost_details="listing")
    response = client.post(url, {**choices, "sessions": "feed", "decision": "merge"}, follow=True)

    assert "Merged" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == LikelyDuplicate.Status.MERGED and waiting.decided_by == team_member
    chair_yoga.refresh_from_db()
    assert chair_yoga.title == "Chair yoga"
    assert [(rule.weekday, rule.start_time) for rule in chair_yoga.schedules.all()] == [
        (2, time(18, 0))
    ]
    # Merging twice (a second press) changes nothing, and a later sync adds nothing.
    client.post(url, {**choices, "sessions": "listing", "decision": "apart"})
    outcome = sync_source(source, force=True)
    assert (outcome.added, outcome.joined, outcome.waiting) == (0, 0, 0)
    assert titled("yoga").count() == 1


def test_kept_apart_the_item_becomes_a_listing_of_its_own(client, waiting, team_member):
    client.force_login(team_member)

    client.post(reverse("likely_duplicate", args=[waiting.pk]), {"decision": "apart"})

    assert titled("yoga").count() == 2
    assert ActivityPage.objects.child_of(waiting.item.source.organisation).get().title == (
        "Chair Yoga!"
    )


def test_only_the_directory_team_sees_the_queue(client, django_user_model, waiting, organisation):
    editor = django_user_model.objects.create_user("sam", password="x")
    editor.groups.add(ensure_editors_group(organisation))
    client.force_login(editor)
    url = reverse("likely_duplicate", args=[waiting.pk])

    assert "Likely duplicates" not in client.get(reverse("wagtailadmin_home")).content.decode()
    for response in (
        client.get(reverse("likely_duplicates")),
        client.get(url),
        client.post(url, {"decision": "apart"}),
    ):
        # Wagtail sends a refused admin user back to the dashboard.
        assert response.status_code in (302, 403)
        assert response.get("Location", "/admin/") == "/admin/"
        assert "Chair Yoga!" not in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == LikelyDuplicate.Status.WAITING
    assert titled("yoga").count() == 1


def test_a_likely_duplicate_of_a_listing_since_deleted_becomes_a_listing_itself(
    waiting, chair_yoga
):
    chair_yoga.delete()

    assert sync_source(waiting.item.source, force=True).added == 1
    assert titled("yoga").get().title == "Chair Yoga!"
