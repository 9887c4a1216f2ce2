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
