"""Answers in progress are unreadable in the session store and gone after a short
idle time; pages with personal data are never kept in a browser's cache."""

import base64
import os
import shutil
import subprocess
import zlib
from datetime import timedelta

import pytest
import time_machine

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from tests.referrals.conftest import ANSWERS

pytestmark = pytest.mark.django_db

# Everything a resident types, in the forms it could be stored in.
TYPED = {
    "name": "Sam Okafor",
    "email": "sam.okafor@example.org",
    "phone": "07700 900123",
    "interests_other": "Dominoes at the legion",
    "support_details": "Lift to the hall after my knee operation",
    "best_times": "Mornings before ten",
    "postcode": "KB3 2XY",
}


def half_done(client, contact):
    """Answer up to the postcode and stop, as someone called away would."""
    client.get("/en/get-a-hand/start/")
    typed = {
        "interests": {"interests": ["music"], "interests_other": TYPED["interests_other"]},
        "support": {"support": ["transport"], "support_details": TYPED["support_details"]},
        "contact": {**contact, "best_times": TYPED["best_times"]},
        "name": {"name": TYPED["name"]},
        "postcode": {"postcode": TYPED["postcode"]},
    }
    for slug, data in ANSWERS[:6]:
        response = client.post(f"/en/get-a-hand/{slug}/", typed.get(slug, data))
        assert response.status_code == 302, slug


def attacker_decoding(session_data):
    """What anyone holding a dump reads from a signed session: base64 and zlib, no key."""
    payload = session_data.split(":")[0]
    compressed = payload.startswith(".")
    payload = payload.lstrip(".")
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    return (zlib.decompress(raw) if compressed else raw).decode(errors="replace")


def leaked(text):
    text = text.lower()
    return [value for value in TYPED.values() if value.lower() in text]


def half_done_journeys():
    half_done(Client(), {"contact_method": "email", "email": TYPED["email"]})
    half_done(
        Client(), {"contact_method": "phone", "phone": TYPED["phone"], "leave_message": "yes"}
    )


def test_half_done_answers_are_not_readable_in_the_session_table(demo_site):
    half_done_journeys()
    rows = list(Session.objects.all())
    # Whatever engine holds sessions, what it stores for these journeys is scanned.
    stored = [row.session_data + attacker_decoding(row.session_data) for row in rows]
    stored += [str(row.get_decoded()) for row in rows]
    assert len(rows) == 2 or settings.SESSION_ENGINE != "django.contrib.sessions.backends.db"
    assert not leaked("\n".join(stored))


@pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump is not installed")
def test_half_done_answers_are_not_in_a_database_dump(transactional_db, demo_site):
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump reads PostgreSQL only")
    half_done_journeys()
    params = connection.get_connection_params()
    dump = subprocess.run(
        [
            "pg_dump",
            "--data-only",
            "--table=django_session",
            "--host",
            params.get("host", "127.0.0.1"),
            "--port",
            str(params.get("port", 5432)),
            "--username",
            params["user"],
            params["dbname"],
        ],
        env={**os.environ, "PGPASSWORD": params.get("password", "")},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "django_session" in dump
    rows = [line for line in dump.splitlines() if line.count("\t") == 2]
    assert len(rows) == 2
    assert not leaked(dump + "\n".join(attacker_decoding(row.split("\t")[1]) for row in rows))


def test_looking_at_the_first_pages_stores_no_session(client, demo_site):
    for _ in range(100):
        client.get("/en/get-a-hand/start/")
    client.get("/en/get-a-hand/start/?from=qr:bus-stop-12", follow=True)
    assert not Session.objects.exists()
    client.post("/en/get-a-hand/who/", {"for_whom": "self"})
    assert Session.objects.count() == 1


def test_answers_are_forgotten_after_half_an_hour_idle(client, demo_site):
    half_done(client, {"contact_method": "email", "email": TYPED["email"]})
    with time_machine.travel(timezone.now() + timedelta(minutes=20)):
        # Still there while the person keeps going: the idle time starts again.
        assert client.get("/en/get-a-hand/age/").status_code == 200
    with time_machine.travel(timezone.now() + timedelta(minutes=51)):
        response = client.post("/en/get-a-hand/age/", {"age_band": "65-79"})
        assert response.status_code == 400
        assert "Your answers were not sent" in response.content.decode()
        assert "30 minutes" in response.content.decode()
        call_command("clearsessions")
    assert not Session.objects.exists()


PERSONAL_PAGES = [
    "/en/get-a-hand/start/",
    "/en/get-a-hand/who/",
    "/en/get-a-hand/name/",
    "/en/get-a-hand/check/",
    "/en/get-a-hand/done/",
]


def test_pages_with_personal_data_are_never_cached(client, demo_site, make_user):
    half_done(client, {"contact_method": "email", "email": TYPED["email"]})
    for url in PERSONAL_PAGES:
        assert "no-store" in client.get(url)["Cache-Control"], url
    assert "no-store" in client.post("/en/get-a-hand/name/", {"name": ""})["Cache-Control"]
    client.force_login(make_user("connector", "Connectors"))
    assert "no-store" in client.get("/admin/referrals/")["Cache-Control"]
