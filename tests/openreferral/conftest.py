import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The Open Referral UK 3.0 JSON Schemas, kept in the repository (see schema/README.md).
SCHEMAS = Path(__file__).parent / "schema"
SCHEMA_PREFIX = "https://openreferraluk.org/specifications/3.0/schema/"


def retrieve(uri):
    name = uri.removeprefix(SCHEMA_PREFIX)
    contents = json.loads((SCHEMAS / name).read_text())
    return Resource.from_contents(contents, default_specification=DRAFT202012)


@pytest.fixture(scope="session")
def assert_valid():
    """Check a response body against one of the standard's schemas, formats included."""
    registry = Registry(retrieve=retrieve)

    def check(data, schema_name):
        schema = retrieve(SCHEMA_PREFIX + schema_name).contents
        validator = Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
        errors = sorted(validator.iter_errors(data), key=lambda error: list(error.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])

    return check


@pytest.fixture
def api(client):
    def get(path, **params):
        return client.get(f"/openreferral/{path}", params)

    return get
