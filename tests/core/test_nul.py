"""A NUL character, which PostgreSQL refuses in text, never reaches a view:
an address with one is a clear 400 page; query strings, form fields and cookies
lose theirs. Run on PostgreSQL (DATABASE_URL) to see the 500s this prevents."""

import pytest

from campaign.models import ConnectedPlace
from directory.models import DirectoryIndexPage
from tests.campaign.conftest import join_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/go/a%00b", "/en/a%00b/", "/en/search/%00", "/healthz%00"])
def test_an_address_with_a_nul_is_a_clear_400_page(client, demo_site, path):
    response = client.get(path)

    assert response.status_code == 400
    assert "This web address is not right" in response.content.decode()


def test_query_strings_lose_their_nuls(client, demo_site):
    find_page = DirectoryIndexPage.objects.live().get(locale__language_code="en")
    found = client.get(find_page.url, {"q": "wa\x00lk", "postcode": "KB3\x00"})
    searched = client.get("/en/search/", {"q": "a\x00b"})

    assert found.status_code == 200
    assert "wa\x00lk" not in found.content.decode()
    assert searched.status_code == 200


def test_a_form_field_with_a_nul_is_saved_without_it(client, demo_site):
    response = client.post(
        "/en/getting-connected/connected-places/join/",
        join_form_data(client, name="The\x00Teapot", address="3 Mill\x00 Lane"),
    )

    assert response.status_code == 302
    assert ConnectedPlace.objects.get(name="TheTeapot").address == "3 Mill Lane"


def test_a_cookie_with_a_nul_is_no_server_error(client, demo_site):
    client.cookies["sessionid"] = "abc\x00def"
    client.cookies["csrftoken"] = "\x00"

    assert client.get("/en/").status_code == 200
