"""The Open Referral UK 3.0 API, checked against the standard's own schemas."""

from datetime import timedelta

import pytest

from django.utils import timezone

from directory.factories import ActivityPageFactory
from directory.models import ActivityPage, OrganisationPage, Term
from directory.taxonomy import Vocabulary

pytestmark = pytest.mark.django_db


def english_activities():
    return ActivityPage.objects.live().filter(locale__language_code="en")


def test_the_root_says_which_version_and_profile_it_serves(api, assert_valid, demo_site):
    response = api("")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert_valid(response.json(), "api_details.json")
    assert response.json()["version"] == "3.0"


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        ("services", "service_list.json"),
        ("organizations", "organization_list.json"),
        ("taxonomies", "taxonomy_list.json"),
        ("taxonomy_terms", "taxonomy_term_list.json"),
        ("service_at_locations", "service_at_location_list.json"),
    ],
)
def test_every_list_validates_and_pages_honestly(api, assert_valid, demo_site, path, schema):
    first = api(path, per_page=5).json()
    assert_valid(first, schema)
    assert first["size"] == len(first["contents"]) == min(5, first["total_items"])
    assert first["first_page"] and not first["empty"]

    last = api(path, per_page=5, page=first["total_pages"]).json()
    assert last["last_page"]
    seen = (first["total_pages"] - 1) * 5 + last["size"]
    assert seen == first["total_items"]


def test_services_are_the_published_activities_in_english(api, demo_site):
    listing = api("services", per_page=200).json()

    assert listing["total_items"] == english_activities().count()
    ids = {service["id"] for service in listing["contents"]}
    assert ids == {
        str(key) for key in english_activities().values_list("translation_key", flat=True)
    }


def test_each_record_validates_in_full(api, assert_valid, demo_site):
    listing = api("services", per_page=200).json()
    for summary in listing["contents"]:
        service = api(f"services/{summary['id']}").json()
        assert_valid(service, "service.json")
        assert service["organization_id"] == service["organization"]["id"]
    for organisation in api("organizations", per_page=200).json()["contents"]:
        assert_valid(api(f"organizations/{organisation['id']}").json(), "organization.json")
    for taxonomy in api("taxonomies").json()["contents"]:
        assert_valid(api(f"taxonomies/{taxonomy['id']}").json(), "taxonomy.json")
    for term in api("taxonomy_terms", per_page=200).json()["contents"]:
        assert_valid(api(f"taxonomy_terms/{term['id']}").json(), "taxonomy_term.json")
    for place in api("service_at_locations", per_page=200).json()["contents"]:
        assert_valid(api(f"service_at_locations/{place['id']}").json(), "service_at_location.json")


def test_a_service_carries_its_schedule_venue_cost_terms_and_last_check(api, demo_site):
    activity = english_activities().filter(schedules__frequency="fortnightly").first()
    service = api(f"services/{activity.translation_key}").json()

    assert service["name"] == activity.title
    assert service["assured_date"] == activity.last_checked.isoformat()
    fortnightly = [rule for rule in service["schedules"] if rule.get("interval") == 2]
    assert fortnightly and fortnightly[0]["freq"] == "WEEKLY"
    location = service["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == activity.venue.postcode
    terms = {attribute["taxonomy_term"]["term"] for attribute in service["attributes"]}
    assert set(activity.interests.values_list("code", flat=True)) <= terms
    assert service["cost_options"]


def test_empty_optional_fields_are_left_out(api, demo_site):
    organisation = OrganisationPage.objects.filter(locale__language_code="en").first()
    activity = ActivityPageFactory(parent=organisation, contact_email="", cost_details="")

    service = api(f"services/{activity.translation_key}").json()

    assert "email" not in service
    assert "fees" not in service
    assert None not in service.values()


def test_filters_by_term_taxonomy_organisation_and_change_date(api, demo_site):
    music = Term.objects.get(vocabulary=Vocabulary.INTEREST, code="music")
    with_music = api("services", taxonomy_term_id=str(music.uuid), per_page=200).json()
    expected = english_activities().filter(interests=music).count()
    assert with_music["total_items"] == expected > 0

    organisation = OrganisationPage.objects.filter(locale__language_code="en").first()
    theirs = api("services", organization_id=str(organisation.translation_key), per_page=200)
    assert theirs.json()["total_items"] == english_activities().child_of(organisation).count()

    taxonomy = next(
        item for item in api("taxonomies").json()["contents"] if item["name"] == "Languages spoken"
    )
    spoken = api("services", taxonomy_id=taxonomy["id"], per_page=200).json()
    assert 0 < spoken["total_items"] < english_activities().count()

    tomorrow = (timezone.now() + timedelta(days=1)).isoformat()
    assert api("services", modified_after=tomorrow).json()["total_items"] == 0


def test_text_and_proximity_narrow_the_services(api, demo_site):
    everything = api("services").json()["total_items"]
    choirs = api("services", search="choir").json()
    assert 0 < choirs["total_items"] < everything

    near = api("services", postcode="KB3 2XY", proximity=800).json()["total_items"]
    wider = api("services", postcode="KB3 2XY", proximity=5000).json()["total_items"]
    assert 0 < near < wider <= everything


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": "two"}, "page must be a whole number"),
        ({"per_page": "100000"}, "per_page must be between"),
        ({"modified_after": "yesterday"}, "modified_after must be a date and time"),
        ({"taxonomy_term_id": "music"}, "taxonomy_term_id must be a UUID"),
        ({"postcode": "not a postcode"}, "Enter a postcode"),
        ({"proximity": "500"}, "proximity needs a postcode"),
        ({"search": "x" * 500}, "search must be at most"),
    ],
)
def test_bad_parameters_get_a_400_with_a_reason(api, demo_site, params, message):
    response = api("services", **params)

    assert response.status_code == 400
    assert message in response.json()["error"]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_unknown_ids_get_a_404_in_json(api, demo_site):
    response = api("services/00000000-0000-4000-8000-000000000000")

    assert response.status_code == 404
    assert response.json() == {"error": "Not found."}
