import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from django.utils import timezone

from directory.models import ActivityPage, ReviewNotice
from referrals.models import Notification
from tests.search.search_nodes import node_backends

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthy_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "outbox": "ok"},
        "outbox": {"pending": 0, "oldest_seconds": 0},
    }


@pytest.mark.django_db
def test_degraded_but_serving_when_the_configured_search_node_is_down(client, settings):
    # Port 9 (discard) has nothing listening here: a node that is down.
    settings.SEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = node_backends(settings.SEARCH_URL, "test_")

    response = client.get("/healthz")

    # Searches fall back to the database, so load balancers keep routing here.
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"] == {
        "database": "ok",
        "search": "unreachable",
        "outbox": "ok",
    }


def test_unavailable_when_the_database_cannot_be_reached():
    # A separate process whose database is a file in a folder that does not exist.
    check = (
        "import django; django.setup();"
        "from django.test import Client;"
        "response = Client().get('/healthz');"
        "print(response.status_code, response.json()['checks']['database'])"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": "sqlite:////nonexistent-directory/db.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "-c", check],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.stdout.split() == ["503", "unreachable"], result.stderr


@pytest.mark.django_db
def test_emails_waiting_too_long_make_the_site_degraded_but_still_serving(
    client, settings, demo_site
):
    settings.OUTBOX_DEGRADED_AFTER_SECONDS = 900
    now = timezone.now()
    # Waiting emails of two kinds, the older a minute old: normal, shown, not alarming.
    Notification.objects.create(audience="staff", recipient="a@example.org", reference="KB-A")
    ReviewNotice.objects.create(
        activity=ActivityPage.objects.first(),
        kind="reminder",
        due_on=now.date(),
        recipient="c@example.org",
        created_at=now - timedelta(seconds=60),
    )
    Notification.objects.create(
        audience="staff", recipient="b@example.org", reference="KB-B", state="sent"
    )
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["outbox"]["pending"] == 2
    assert 60 <= response.json()["outbox"]["oldest_seconds"] < 120

    # The mail server has been down for 20 minutes: someone should look.
    Notification.objects.create(
        audience="resident",
        recipient="c@example.org",
        reference="KB-C",
        created_at=now - timedelta(minutes=20),
    )
    response = client.get("/healthz")
    assert response.status_code == 200  # still serving pages
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["outbox"] == "degraded"
    assert response.json()["outbox"]["pending"] == 3
    assert response.json()["outbox"]["oldest_seconds"] >= 20 * 60
    # Counts and ages only: no addresses or references.
    assert "example.org" not in response.content.decode()
    assert "KB-" not in response.content.decode()
