import re
from urllib.parse import parse_qs, urlsplit

import pytest

from directory.models import ActivityPage

ANSWERS = [
    ("who", {"for_whom": "self"}),
    ("interests", {"interests": ["music", "food"], "interests_other": "Dominoes"}),
    ("support", {"support": ["companion", "transport"], "support_details": "Lift to the hall"}),
    (
        "contact",
        {"contact_method": "email", "email": "sam.okafor@example.org", "best_times": "Mornings"},
    ),
    ("name", {"name": "Sam Okafor"}),
    ("postcode", {"postcode": "kb3 2xy"}),
    ("age", {"age_band": "65-79"}),
    ("language", {"language": "en"}),
    ("sharing", {"share_with_organiser": "on"}),
]


def answer_all(client, language="en", overrides=None, start_query=""):
    """Answer every question page as a resident would; returns the last response."""
    overrides = overrides or {}
    response = client.get(f"/{language}/get-a-hand/start/{start_query}")
    assert response.status_code == 302
    # The first question page carries where the person came from, as its form does.
    start = parse_qs(urlsplit(response.url).query).get("start", [""])[0]
    for slug, data in ANSWERS:
        data = overrides.get(slug, data)
        if slug == "who":
            data = {**data, "start": start}
        response = client.post(f"/{language}/get-a-hand/{slug}/", data)
        assert response.status_code == 302, (slug, response.content.decode()[:3000])
    return response


def journey_token(client, language="en"):
    """The journey the check page names in its form, as a browser would send it."""
    page = client.get(f"/{language}/get-a-hand/check/").content.decode()
    found = re.search(r'name="journey" value="([0-9a-f-]+)"', page)
    return found[1] if found else ""


def send(client, language="en", **kwargs):
    answer_all(client, language, **kwargs)
    return client.post(
        f"/{language}/get-a-hand/check/",
        {"website": "", "journey": journey_token(client, language)},
    )


@pytest.fixture
def activity(demo_site):
    return ActivityPage.objects.live().filter(locale__language_code="en").order_by("pk").first()


@pytest.fixture
def make_user(db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make(username, *groups, superuser=False):
        user = get_user_model().objects.create_user(
            username, f"{username}@kellbrook.example", "pw", is_superuser=superuser
        )
        for group in groups:
            user.groups.add(group if isinstance(group, Group) else Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def organisation(activity):
    return activity.organisation


@pytest.fixture
def editors_group(organisation):
    from directory.permissions import ensure_editors_group

    return ensure_editors_group(organisation)
