"""Entry from an activity page, a QR code or a campaign, and where each request goes."""

import pytest

from referrals.models import Kind, Referral, SourceKind
from referrals.routing import CONNECTORS
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db


def test_an_activity_page_offers_both_ways_in(client, activity):
    page = client.get(activity.url).content.decode()
    assert "I&#x27;d like to try this" in page or "I'd like to try this" in page
    assert f"/en/get-a-hand/start/?activity={activity.pk}&amp;kind=try&amp;from=activity" in page
    assert f"?activity={activity.pk}&amp;kind=companion&amp;from=activity" in page


def test_the_first_question_says_which_activity_it_is_about(client, activity):
    page = client.get(
        f"/en/get-a-hand/start/?activity={activity.pk}&kind=try&from=activity", follow=True
    ).content.decode()
    assert f"Trying {activity.title}" in page
    assert f'href="{activity.url}"' in page  # the back link


def test_trying_an_activity_with_consent_goes_to_its_organisation(
    client, activity, make_user, editors_group
):
    send(client, start_query=f"?activity={activity.pk}&kind=try&from=activity")
    referral = Referral.objects.get()
    assert referral.kind == Kind.TRY
    assert referral.organisation == activity.organisation
    assert (referral.source_kind, referral.source_ref) == (SourceKind.ACTIVITY, activity.slug)
    client.force_login(make_user("ed", editors_group))
    assert referral.reference in client.get("/admin/referrals/").content.decode()
    done = client.get("/en/get-a-hand/done/")
    assert done.status_code == 200


def test_trying_an_activity_without_consent_goes_to_a_connector(client, activity, make_user):
    send(
        client,
        start_query=f"?activity={activity.pk}&kind=try",
        overrides={"sharing": {}},
    )
    referral = Referral.objects.get()
    assert referral.organisation is None
    assert referral.activity == activity
    client.force_login(make_user("con", CONNECTORS))
    assert referral.reference in client.get("/admin/referrals/").content.decode()


def test_asking_for_company_goes_to_the_connectors(client, activity):
    send(client, start_query=f"?activity={activity.pk}&kind=companion&from=activity")
    referral = Referral.objects.get()
    assert referral.kind == Kind.COMPANION
    assert referral.organisation is None


@pytest.mark.parametrize(
    ("origin", "kind", "ref"),
    [
        ("qr:library-leaflet", "qr", "library-leaflet"),
        ("campaign:getting-connected", "campaign", "getting-connected"),
        ("direct", "direct", ""),
    ],
)
def test_where_people_came_from_is_kept_without_cookies(client, demo_site, origin, kind, ref):
    send(client, start_query=f"?from={origin}")
    assert set(client.cookies.keys()) <= {"sessionid", "csrftoken"}
    referral = Referral.objects.get()
    assert (referral.source_kind, referral.source_ref) == (kind, ref)
