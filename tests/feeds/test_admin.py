"""Sources in the admin: each organisation's editors see and sync only their own."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from directory.factories import OrganisationPageFactory
from directory.permissions import ensure_directory_review, ensure_editors_group
from feeds.csv_format import template_csv
from feeds.models import Source

INDEX = "wagtailsnippets_feeds_source:list"
ADD = "wagtailsnippets_feeds_source:add"
EDIT = "wagtailsnippets_feeds_source:edit"


@pytest.fixture
def other_organisation(find_page):
    return OrganisationPageFactory(parent=find_page, title="Millfield Makers", slug="makers")


@pytest.fixture
def editor(django_user_model, organisation):
    user = django_user_model.objects.create_user("sam", password="x")
    user.groups.add(ensure_editors_group(organisation))
    return user


@pytest.fixture
def team_member(django_user_model, find_page):
    user = django_user_model.objects.create_user("priya", password="x")
    user.groups.add(ensure_directory_review(find_page))
    return user


@pytest.fixture
def sources(organisation, other_organisation):
    return [
        Source.objects.create(organisation=organisation, name="Our calendar", kind="ical"),
        Source.objects.create(organisation=other_organisation, name="Their calendar", kind="ical"),
    ]


def test_editors_see_only_their_organisations_sources(client, editor, sources):
    client.force_login(editor)

    page = client.get(reverse(INDEX)).content.decode()

    assert "Our calendar" in page
    assert "Their calendar" not in page
    assert "Not synced yet." in page
    assert client.get(reverse(EDIT, args=[sources[0].pk])).status_code == 200
    theirs = client.get(reverse(EDIT, args=[sources[1].pk]), follow=True)
    assert theirs.status_code == 404
    assert "Their calendar" not in theirs.content.decode()
    refused = client.post(reverse("feeds_sync_now", args=[sources[1].pk]), follow=True)
    assert refused.status_code == 404
    sources[1].refresh_from_db()
    assert sources[1].last_attempt_at is None


def test_the_directory_team_sees_every_source(client, team_member, sources):
    client.force_login(team_member)

    page = client.get(reverse(INDEX)).content.decode()

    assert "Our calendar" in page
    assert "Their calendar" in page


def test_editors_cannot_add_sources_for_other_organisations_or_trust_them(
    client, editor, organisation, other_organisation
):
    client.force_login(editor)
    form = client.get(reverse(ADD)).content.decode()
    assert "Ashgrove Friends" in form
    assert "Millfield Makers" not in form
    fields = {"name": "Sneaky", "kind": "csv", "sync_every_hours": 24, "trusted": "on"}
    upload = SimpleUploadedFile("a.csv", template_csv().encode(), content_type="text/csv")

    client.post(reverse(ADD), {**fields, "organisation": other_organisation.pk, "upload": upload})
    assert not Source.objects.filter(name="Sneaky").exists()

    upload.seek(0)
    client.post(reverse(ADD), {**fields, "organisation": organisation.pk, "upload": upload})
    source = Source.objects.get(name="Sneaky")
    assert source.organisation_id == organisation.pk
    assert source.trusted is False


def test_csv_upload_problems_are_shown_row_by_row(client, editor, organisation):
    client.force_login(editor)
    bad = template_csv().replace("10:00,11:00", "10:00,ten past").encode()

    response = client.post(
        reverse(ADD),
        {
            "organisation": organisation.pk,
            "name": "Spreadsheet",
            "kind": "csv",
            "sync_every_hours": 24,
            "upload": SimpleUploadedFile("a.csv", bad, content_type="text/csv"),
        },
    )

    assert "Row 2: end_time is not in the right form: ten past" in response.content.decode()
    assert not Source.objects.filter(name="Spreadsheet").exists()


def test_a_private_address_is_refused_in_the_form(client, editor, organisation):
    client.force_login(editor)

    response = client.post(
        reverse(ADD),
        {
            "organisation": organisation.pk,
            "name": "Router",
            "kind": "ical",
            "url": "http://192.168.1.1/cal.ics",
            "sync_every_hours": 24,
        },
    )

    assert "private network" in response.content.decode()
    assert not Source.objects.filter(name="Router").exists()


def test_sync_now_shows_the_result_in_plain_words(client, editor, organisation, feeds):
    source = Source.objects.create(
        organisation=organisation, name="Ours", kind="ical", url=feeds.url("/missing.ics")
    )
    client.force_login(editor)

    response = client.post(reverse("feeds_sync_now", args=[source.pk]), follow=True)

    assert "The sync failed: The source answered with an error (HTTP 404)." in (
        response.content.decode()
    )

    feeds.serve_file("/missing.ics", "google.ics")
    response = client.post(reverse("feeds_sync_now", args=[source.pk]), follow=True)

    assert "4 added, 0 changed, 0 ended." in response.content.decode()
