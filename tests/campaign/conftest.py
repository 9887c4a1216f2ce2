import re

import pytest

from wagtail.models import Page

from campaign.models import CampaignPage, EntryPoint


@pytest.fixture
def campaign(demo_site):
    return CampaignPage.objects.get(slug="getting-connected", locale__language_code="en")


@pytest.fixture
def entry_point(demo_site):
    return EntryPoint.objects.get(code="fen-bus-01")


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


def english(slug):
    return Page.objects.get(slug=slug, locale__language_code="en").specific


JOIN_URL = "/en/getting-connected/connected-places/join/"


def join_form_data(client, **changes):
    """A connected place's sign-up as a person sends it, with the form's start time."""
    page = client.get(JOIN_URL).content.decode()
    started = re.search(r'name="started" value="([^"]+)"', page)[1]
    return {
        "name": "The Teapot",
        "kind": "cafe",
        "address": "3 Mill Lane",
        "offer": "A chatty table every morning.",
        "contact_name": "Jo",
        "contact_email": "jo@example.org",
        "pledge": "on",
        "website": "",
        "started": started,
        **changes,
    }
