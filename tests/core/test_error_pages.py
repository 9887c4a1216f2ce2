import pytest

from django.test import RequestFactory
from django.utils.translation import override

from core.views import server_error


@pytest.mark.django_db
def test_missing_page_is_a_friendly_404_with_a_way_on(client, demo_site):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    content = response.content.decode()
    assert "Page not found" in content
    assert 'action="/en/search/"' in content
    assert 'href="/en/"' in content


@pytest.mark.django_db
def test_missing_page_is_in_the_readers_language(client, demo_site):
    response = client.get("/ar/no-such-page/")

    assert response.status_code == 404
    content = response.content.decode()
    assert 'dir="rtl"' in content
    assert "Page not found" not in content


def test_server_error_page_renders_in_the_readers_language_without_the_database():
    request = RequestFactory().get("/ar/")
    # No database marker: any query made while rendering would fail this test.
    with override("ar"):
        response = server_error(request)

    assert response.status_code == 500
    content = response.content.decode()
    assert 'lang="ar" dir="rtl"' in content
    assert "Sorry, there is a problem with this website" not in content
    assert "020 7946 0142" in content


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/get-a-hand/who/", "/en/get-a-hand/check/"])
def test_a_form_sent_without_its_security_token_gets_a_page_saying_what_to_do(demo_site, url):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(url, {"for_whom": "self"})

    assert response.status_code == 403
    content = response.content.decode()
    assert "This form could not be sent" in content
    assert "reload the page" in content
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_security_token_page_is_in_the_readers_language(demo_site):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/ar/get-a-hand/who/", {})

    assert response.status_code == 403
    content = response.content.decode()
    assert 'dir="rtl"' in content
    assert "This form could not be sent" not in content
