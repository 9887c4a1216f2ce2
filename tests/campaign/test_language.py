"""Language guidance: stigmatising wording is flagged with an alternative, never blocked."""

import pytest

from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage

from campaign.language import find_stigmatising_wording
from campaign.wagtail_hooks import warn_about_wording
from tests.campaign.conftest import english


@pytest.mark.parametrize(
    "text",
    [
        "Thousands are suffering from loneliness.",
        "A club for the lonely.",
        "It takes courage to admit it.",
        "A loneliness epidemic.",
        "Together we can tackle loneliness.",
        "We will combat loneliness this winter.",
        "Lonely people are welcome.",
        "<p>Support for lonely residents</p>",
    ],
)
def test_stigmatising_wording_is_found_with_a_suggestion(text):
    found = find_stigmatising_wording(text)
    assert found
    assert all(suggestion for _words, suggestion in found)


@pytest.mark.parametrize(
    "text",
    [
        "Everyone feels lonely at some point. Talking about it helps.",
        "Meet people who share what matters to you.",
        "Admission is free.",
    ],
)
def test_normalising_wording_is_not_flagged(text):
    assert find_stigmatising_wording(text) == []


@pytest.mark.django_db
def test_saving_a_story_with_such_wording_warns_but_saves(rf, demo_site):
    story = english("deans-story")
    story.summary = "Dean was suffering from loneliness in his first term."
    story.save_revision()
    request = rf.get("/admin/")
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_about_wording(request, story)
    messages = [str(message) for message in get_messages(request)]
    assert len(messages) == 1
    assert "suffering from loneliness" in messages[0] and "feeling lonely" in messages[0]
