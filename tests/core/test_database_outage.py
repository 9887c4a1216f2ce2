"""While the database is down, residents get an honest "try again in a few
minutes" (a 503 with Retry-After), whatever part of the request met the outage,
and keep what they had already sent (issue 13).

Django's session store turns a save that fails into SessionInterrupted, which
Django answers as a 400 "This web address is not right"; a view or middleware
that fails answered 500. The fault suite (bench/faults.py) stops a real
PostgreSQL under load and checks the same; this is its quick, in-process form.
"""

import re
import socket
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import pytest

from django.db import connection
from django.test import Client, override_settings

from core.views import service_unavailable

pytestmark = pytest.mark.django_db(transaction=True)


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free once the probe closes: nothing listens


@contextmanager
def database_down():
    """The site's database stops answering. The open connection is closed and new
    ones go where nothing listens, as they would to a stopped PostgreSQL (on
    SQLite, to a file that cannot be opened): the driver's own error, every query."""
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "postgresql":
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    else:
        connection.settings_dict["NAME"] = "/nonexistent/getconnected.sqlite3"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


def title(response):
    # The page's own title, before " - Get connected in Kellbrook" (an en dash).
    return re.search(r"<title>(.*?) \u2013", response.content.decode(), re.S)[1].strip()


def assert_unavailable(response):
    assert response.status_code == 503
    assert title(response) == "Sorry, the service is unavailable"
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]


# Production keeps sessions in the shared cache, written through to the database.
@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db")
def test_while_the_database_is_down_residents_get_the_unavailable_page(demo_site):
    # As a browser sees it: the error page, not the exception the test client re-raises.
    resident = Client(raise_request_exception=False)
    start = parse_qs(urlsplit(resident.get("/en/get-a-hand/start/").url).query)["start"][0]
    who = resident.post("/en/get-a-hand/who/", {"for_whom": "self", "start": start})
    assert who.status_code == 302 and who.url.endswith("/interests/")
    interests = {"interests": ["music"], "interests_other": "Dominoes"}

    with database_down():
        # The answer is read and kept in the session, the page redirects on: only
        # the session's save after the view fails (it was a 400).
        assert_unavailable(resident.post("/en/get-a-hand/interests/", interests))
        assert_unavailable(resident.get("/en/get-a-hand/interests/"))
        assert_unavailable(Client(raise_request_exception=False).get("/en/"))

    # Back: the journey goes on from the answer last saved.
    assert resident.get("/en/get-a-hand/interests/").status_code == 200
    assert resident.post("/en/get-a-hand/interests/", interests).url.endswith("/support/")


def test_a_refused_request_while_the_database_is_fine_stays_a_400(client, demo_site):
    # Only the database's absence is a 503: a NUL in the address is still the
    # page that says the address is wrong.
    response = client.get("/en/%00/")
    assert response.status_code == 400
    assert title(response) == "This web address is not right"


def test_the_unavailable_page_renders_in_the_readers_language_without_the_database(rf):
    from django.utils.translation import override

    with database_down(), override("ar"):
        response = service_unavailable(rf.get("/ar/"))

    assert response.status_code == 503
    content = response.content.decode()
    assert 'lang="ar" dir="rtl"' in content
    assert "Sorry, the service is unavailable" not in content
    assert "020 7946 0142" in content


def test_while_the_database_is_down_the_open_referral_api_answers_in_json(demo_site):
    # The API's clients are programs: they read the API's own error shape, not a page.
    client = Client(raise_request_exception=False)
    service = client.get("/openreferral/services").json()["contents"][0]["id"]

    with database_down():
        # The view meets the outage; for an unknown address, Wagtail's redirects
        # (looked up on every 404) meet it after the view.
        for address in (
            "/openreferral/services?search=walk",
            f"/openreferral/services/{service}",
            "/openreferral/no-such-list",
        ):
            response = client.get(address)
            assert response.status_code == 503
            assert response["Content-Type"] == "application/json"
            assert response["Access-Control-Allow-Origin"] == "*"
            assert response.json()["error"] == "The service is unavailable for now: try again soon."
            assert int(response["Retry-After"]) > 0
            assert "no-store" in response["Cache-Control"]

    assert client.get(f"/openreferral/services/{service}").status_code == 200
