"""Groups ask to be listed or claim a listing; the directory team approves;
the person sets a password from the email and lands on their organisation.

Mail goes through a real SMTP server in the test process."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

from core.forms import fill_time_token
from directory.models import ActivityPage, OrganisationPage
from directory.permissions import (
    DIRECTORY_TEAM,
    ensure_editors_group,
    organisation_editors,
    organisations_edited_by,
)
from onboarding.listing_requests import approve
from onboarding.models import InvitationNotice, ListingRequest
from referrals.factories import ReferralFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Kellbrook choir sings 2026"


def answers(client, url, **overrides):
    """What a group sends: the form's own tokens, plus its answers."""
    page = client.get(url).content.decode()
    return {
        "organisation_name": re.search(
            r'name="organisation_name" type="text" value="([^"]*)"', page
        ).group(1)
        or "Kellbrook Bangladeshi Women's Association",
        "what_it_runs": "A sewing circle on Tuesdays",
        "contact_name": "Rina Begum",
        "email": "rina@example.org",
        "phone": "01632 960123",
        "charity_number": "1123456",
        "company_number": "",
        "website": "",
        "started": re.search(r'name="started" value="([^"]+)"', page).group(1),
        "submission": re.search(r'name="submission" value="([^"]+)"', page).group(1),
        **overrides,
    }


@pytest.fixture
def team(make_user, demo_site):
    return make_user("team", DIRECTORY_TEAM)


@pytest.fixture
def organisation(demo_site):
    """An organisation translated into other languages, in English."""
    arabic = ActivityPage.objects.live().filter(locale__language_code="ar").first()
    return arabic.get_translation(Locale.get_default()).specific.organisation


def test_a_group_asks_in_bengali_and_sending_twice_stores_one_request(client, demo_site):
    page = client.get("/bn/add-your-group/")
    assert page.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    data = answers(client, "/bn/add-your-group/", charity_number="sc 012345")
    first = client.post("/bn/add-your-group/", data)
    again = client.post("/bn/add-your-group/", data)
    assert first.status_code == again.status_code == 302
    assert first["Location"] == "/bn/add-your-group/sent/"
    (request,) = ListingRequest.objects.all()
    assert (request.kind, request.language, request.charity_number) == ("new", "bn", "SC012345")
    assert request.email == "rina@example.org"
    assert request.status == ListingRequest.Status.WAITING


def test_a_wrong_number_the_trap_and_too_many_requests_store_nothing(client, demo_site):
    url = "/en/add-your-group/"
    wrong = client.post(url, answers(client, url, company_number="12345678901"))
    assert wrong.status_code == 400
    assert "Enter a company number like 01234567" in wrong.content.decode()
    # The same phone-number rule as the referral form's.
    no_phone = client.post(url, answers(client, url, phone="call me"))
    assert no_phone.status_code == 400
    assert "Enter a phone number, like 01632 960 001" in no_phone.content.decode()
    assert client.post(url, answers(client, url, website="http://spam")).status_code == 400
    # The three refused above counted too: the fourth is the last let through.
    with override_settings(ONBOARDING_REQUEST_LIMIT=4):
        assert client.post(url, answers(client, url)).status_code == 302
        paused = client.post(url, answers(client, url))
    assert paused.status_code == 429
    assert ListingRequest.objects.count() == 1


@pytest.mark.parametrize("organisation", ["99999999999999999999", "x", "-1", "٣", "0"])
def test_a_claim_of_a_listing_that_is_not_there_asks_for_a_new_group(
    client, demo_site, organisation
):
    page = client.get(f"/en/add-your-group/?organisation={organisation}")
    assert page.status_code == 200
    assert '<h1 class="govuk-heading-l">Add your group</h1>' in page.content.decode()


def test_activity_and_organisation_pages_offer_this_is_our_group(client, organisation):
    activity = organisation.activities().first()
    link = f'/en/add-your-group/?organisation={organisation.pk}"'
    assert link in client.get(activity.url).content.decode()
    assert link in client.get(organisation.url).content.decode()
    # From a translation, the claim names the organisation in English.
    arabic = organisation.get_translation(Locale.objects.get(language_code="ar"))
    url = f"/ar/add-your-group/?organisation={arabic.pk}"
    assert f'value="{organisation.title}"' in client.get(url).content.decode()
    assert client.post(url, answers(client, url)).status_code == 302
    (request,) = ListingRequest.objects.all()
    assert (request.kind, request.organisation_id) == ("claim", organisation.pk)


def test_only_the_directory_team_sees_and_decides_requests(client, make_user, team, organisation):
    request = ListingRequest.objects.create(
        kind="new",
        organisation_name="Fenmoor Knitters",
        email="k@example.org",
        language="en",
        submission="00000000-0000-0000-0000-000000000001",
        created_at=timezone.now() - timedelta(days=3),
    )
    editor = make_user("editor", ensure_editors_group(organisation))
    connector = make_user("connector", "Connectors")
    for user in (editor, connector):
        client.force_login(user)
        assert client.get("/admin/listing-requests/").status_code in (302, 403)
        assert (
            client.post(f"/admin/listing-requests/{request.pk}/", {"decision": "approve"})[
                "Location"
            ]
            != f"/admin/listing-requests/{request.pk}/"
        )
        assert "Groups asking to join" not in client.get("/admin/").content.decode()
    request.refresh_from_db()
    assert request.status == ListingRequest.Status.WAITING
    client.force_login(team)
    assert "Groups asking to join" in client.get("/admin/").content.decode()
    listing = client.get("/admin/listing-requests/?status=waiting").content.decode()
    assert "Fenmoor Knitters" in listing
    assert "3\xa0days" in listing  # how long it has waited
    assert "k@example.org" not in listing


def test_approving_a_new_group_invites_them_to_their_own_draft_organisation(
    client, team, smtp, django_capture_on_commit_callbacks
):
    url = "/bn/add-your-group/"
    client.post(url, answers(client, url))
    request = ListingRequest.objects.get()
    client.force_login(team)
    for _twice in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/admin/listing-requests/{request.pk}/", {"decision": "approve"})
    request.refresh_from_db()
    organisation = request.organisation.specific
    assert isinstance(organisation, OrganisationPage)
    assert not organisation.live  # nothing published without review
    assert list(organisation_editors(organisation)) == [request.user]
    # The charity number it gave is the organisation's identifier, which feeds match by.
    assert [number.key for number in organisation.identifiers.all()] == [("GB-CHC", "1123456")]
    (email,) = smtp.inbox.messages
    assert email["to"] == ["rina@example.org"]
    link = re.search(r"http\S+/bn/add-your-group/welcome/\S+/", email["body"]).group(0)
    client.logout()

    path = re.sub(r"^https?://[^/]+", "", link)
    choose = client.get(path, follow=True)
    assert choose.status_code == 200
    sent = client.post(
        choose.redirect_chain[-1][0],
        {"new_password1": PASSWORD, "new_password2": PASSWORD},
    )
    assert sent["Location"] == "/admin/"
    dashboard = client.get("/admin/").content.decode()
    assert escape(organisation.title) in dashboard
    assert f"/admin/pages/add/directory/activitypage/{organisation.pk}/" in dashboard
    # The link works once.
    client.logout()
    used = client.get(path, follow=True).content.decode()
    assert "এই লিঙ্কের মেয়াদ শেষ" in used  # "This link has expired"
    assert 'name="new_password1"' not in used
    assert InvitationNotice.objects.count() == 1


def test_an_existing_user_keeps_their_password_and_is_told_to_sign_in(
    client, team, make_user, organisation, smtp, django_capture_on_commit_callbacks
):
    editor = make_user("sam")  # already edits another organisation, password "pw"
    request = ListingRequest.objects.create(
        kind="claim",
        organisation=organisation,
        organisation_name=organisation.title,
        email="Sam@Kellbrook.example",
        language="en",
        submission="00000000-0000-0000-0000-000000000003",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(request, team)
    request.refresh_from_db()
    assert request.user == editor
    assert list(organisations_edited_by(editor)) == [organisation]
    (email,) = smtp.inbox.messages
    assert "/add-your-group/welcome/" not in email["body"]  # no way to replace the password
    assert re.search(r"http\S+/admin/\s", email["body"])
    assert "Your username is sam." in email["body"]
    # Their own password still signs them in, and the admin shows the organisation.
    signed_in = client.post("/admin/login/", {"username": "sam", "password": "pw"})
    assert signed_in.status_code == 302
    assert escape(organisation.title) in client.get("/admin/").content.decode()


def test_approving_a_claim_attaches_the_listing_and_the_explorer_opens_there(
    client, team, organisation
):
    request = ListingRequest.objects.create(
        kind="claim",
        organisation=organisation,
        organisation_name=organisation.title,
        email="sam@example.org",
        language="en",
        submission="00000000-0000-0000-0000-000000000002",
    )
    assert approve(request, team)
    request.refresh_from_db()
    assert list(organisations_edited_by(request.user)) == [organisation]
    client.force_login(request.user)
    explorer = client.get("/admin/pages/")
    assert explorer.status_code == 302
    assert explorer["Location"] == f"/admin/pages/{organisation.pk}/"
    # The directory team still starts from the whole directory.
    client.force_login(team)
    assert client.get("/admin/pages/").status_code == 200


def test_the_dashboard_shows_listings_due_a_check_first_and_requests_shared(
    client, make_user, organisation
):
    activities = list(
        organisation.activities().filter(locale=organisation.locale).order_by("title")
    )
    due = activities[-1]
    ActivityPage.objects.filter(pk__in=[a.pk for a in activities]).update(
        review_due_on=timezone.localdate() + timedelta(days=200)
    )
    ActivityPage.objects.filter(pk=due.pk).update(review_due_on=timezone.localdate())
    ReferralFactory(kind="try", organisation=organisation, share_with_organiser=True)
    ReferralFactory()  # a connector's, not theirs
    client.force_login(make_user("editor", ensure_editors_group(organisation)))
    dashboard = client.get("/admin/").content.decode()
    assert "1 new request shared with you" in dashboard
    panel = dashboard[dashboard.index(f"organisation-{organisation.pk}-heading") :]
    positions = [panel.index(f"/admin/pages/{a.pk}/edit/") for a in activities]
    assert positions[-1] == min(positions)


def test_wagtails_own_editors_group_reaches_no_organisations_feeds(client, make_user, demo_site):
    user = make_user("wagtail-editor", Group.objects.get(name="Editors"))
    client.force_login(user)
    sources = client.get("/admin/snippets/feeds/source/")
    assert sources.status_code in (302, 403)
    assert "Add an activity" not in client.get("/admin/").content.decode()


def test_contact_details_are_erased_once_a_request_is_long_decided(team, demo_site):
    old, recent = (
        ListingRequest.objects.create(
            kind="new",
            organisation_name=name,
            contact_name="Rina",
            email="r@example.org",
            phone="01632 960123",
            language="en",
            submission=submission,
            status="declined",
            decided_at=timezone.now() - timedelta(days=days),
        )
        for name, submission, days in (
            ("Old", "00000000-0000-0000-0000-000000000003", 31),
            ("Recent", "00000000-0000-0000-0000-000000000004", 5),
        )
    )
    call_command("purge_listing_requests", stdout=StringIO())
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.contact_name, old.email, old.phone) == ("", "", "")
    assert old.contact_erased_at is not None
    assert recent.email == "r@example.org"


FIELDS = [
    "organisation_name",
    "what_it_runs",
    "contact_name",
    "email",
    "phone",
    "charity_number",
    "company_number",
    "submission",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=300)))
def test_anything_sent_to_the_form_gets_an_answer_below_500(client, demo_site, answers_sent):
    # A real fill-in time, so what was sent is read and, when it is right, stored.
    data = {**answers_sent, "started": fill_time_token()}
    response = client.post("/en/add-your-group/?organisation=1", data)
    assert response.status_code in (302, 400, 429)


@pytest.mark.parametrize("code", ["en", "bn"])
def test_every_page_offers_groups_a_way_to_ask_to_be_listed(client, demo_site, code):
    home = client.get(f"/{code}/").content.decode()
    assert f'href="/{code}/add-your-group/"' in home
    assert client.get(f"/{code}/add-your-group/").status_code == 200
