"""Schemathesis against the API's own served OpenAPI description: requests the
description allows, and malformed ones, get an answer it promises (status, JSON,
schema, CORS) and never a server error."""

import json
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from openreferral.views import OPENAPI_DESCRIPTION

pytestmark = pytest.mark.django_db

# Bounded for CI (well under a minute); FUZZ_EXAMPLES raises it for `make fuzz`.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
DESCRIPTION = json.loads(OPENAPI_DESCRIPTION.read_text())
# Malformed requests only where there is a parameter to get wrong.
CASES = [
    (path, mode)
    for path, operations in DESCRIPTION["paths"].items()
    for mode in GenerationMode
    if mode == GenerationMode.POSITIVE or operations["get"].get("parameters")
]


@pytest.fixture
def wsgi_app(demo_site):
    """The site as a WSGI app, keeping the test's database connection open
    between requests, as Django's own test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize(("path", "mode"), CASES)
def test_every_request_gets_an_answer_its_description_promises(wsgi_app, path, mode):
    served = schemathesis.openapi.from_wsgi("/openreferral/openapi.json", wsgi_app)
    operation = served[path]["GET"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def answers_as_described(case):
        response = case.call_and_validate(checks=CHECKS)
        assert response.headers["access-control-allow-origin"] == ["*"]

    answers_as_described()
