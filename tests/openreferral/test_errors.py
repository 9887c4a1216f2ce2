"""Whatever a client sends, the API answers in JSON with CORS open, and never with a 500."""

import pytest

from directory.models import Term
from directory.taxonomy import Vocabulary
from openreferral import records

pytestmark = pytest.mark.django_db


def assert_json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"]


@pytest.mark.parametrize(
    "moment",
    [
        "2020-13-01T00:00:00Z",
        "2020-02-30T00:00:00Z",
        "2020-01-01T25:00:00Z",
        "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-12:00",
        "2020-01-01T00:00:00+99:00",
    ],
)
def test_an_impossible_change_date_is_a_400(api, demo_site, moment):
    response = api("services", modified_after=moment)

    assert_json_error(response, 400)
    assert "modified_after" in response.json()["error"]


def test_text_search_combines_with_a_term_or_a_taxonomy(api, demo_site):
    term = Term.objects.filter(vocabulary=Vocabulary.INTEREST).first()
    taxonomy_id = records.derived_id("taxonomy", Vocabulary.INTEREST.value)

    by_term = api("services", search="walk", taxonomy_term_id=str(term.uuid))
    by_taxonomy = api("services", search="walk", taxonomy_id=taxonomy_id)

    assert by_term.status_code == by_taxonomy.status_code == 200
    walks = {service["id"] for service in api("services", search="walk").json()["contents"]}
    assert walks, "the demo borough has walks"
    assert {service["id"] for service in by_taxonomy.json()["contents"]} <= walks
    assert {service["id"] for service in by_term.json()["contents"]} <= walks


def test_a_nul_in_the_search_is_no_server_error(client, demo_site):
    response = client.get("/openreferral/services?search=a%00b")

    assert response.status_code in (200, 400)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "contents" in response.json() or "error" in response.json()


@pytest.mark.parametrize(
    "path",
    [
        "services/not-a-uuid",
        "organizations/1",
        "taxonomies/x",
        "taxonomy_terms/00000000",
        "service_at_locations/%20",
        "nothing-here",
        "services/00000000-0000-4000-8000-000000000000/more",
    ],
)
def test_an_address_that_is_no_record_is_a_json_404(client, demo_site, path):
    assert_json_error(client.get(f"/openreferral/{path}"), 404)


def test_a_nul_in_the_address_is_a_json_400(client, demo_site):
    assert_json_error(client.get("/openreferral/services/a%00b"), 400)


def test_a_preflight_request_is_answered_with_cors(client, demo_site):
    response = client.options(
        "/openreferral/services",
        headers={"Origin": "https://tool.example", "Access-Control-Request-Method": "GET"},
    )

    assert response.status_code in (200, 204)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_a_write_is_refused_in_json(client, demo_site):
    response = client.post("/openreferral/services", {"name": "x"})

    assert_json_error(response, 405)
    assert "GET" in response["Allow"]


def test_head_answers_like_get(client, demo_site):
    response = client.head("/openreferral/services")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_api_serves_its_own_openapi_description(api, demo_site):
    description = api("openapi.json")

    assert description.status_code == 200
    assert description["Access-Control-Allow-Origin"] == "*"
    document = description.json()
    assert document["openapi"].startswith("3.")
    services = document["paths"]["/services"]["get"]["responses"]
    assert {"200", "400"} <= set(services)
    assert "404" in document["paths"]["/services/{id}"]["get"]["responses"]
    root = api("").json()
    assert root["openapi_url"] == "http://testserver/openreferral/openapi.json"
