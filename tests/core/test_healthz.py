import pytest

from django.db import connection

SEARCH_NODE_DOWN = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch7",
        # Port 9 (discard) has nothing listening here: a node that is down.
        "URLS": ["http://127.0.0.1:9"],
        "TIMEOUT": 1,
    }
}


@pytest.mark.django_db
def test_healthy_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok"}}


@pytest.mark.django_db
def test_unavailable_when_the_configured_search_node_is_down(client, settings):
    settings.SEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = SEARCH_NODE_DOWN

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "search": "unreachable"}


@pytest.mark.django_db(transaction=True)
def test_unavailable_when_the_database_cannot_be_reached(client):
    real_settings = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-directory/db.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.update(real_settings)

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unreachable"
