import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.search.search_nodes import node_backends

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthy_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok"}}


@pytest.mark.django_db
def test_degraded_but_serving_when_the_configured_search_node_is_down(client, settings):
    # Port 9 (discard) has nothing listening here: a node that is down.
    settings.SEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = node_backends(settings.SEARCH_URL, "test_")

    response = client.get("/healthz")

    # Searches fall back to the database, so load balancers keep routing here.
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "search": "unreachable"},
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
