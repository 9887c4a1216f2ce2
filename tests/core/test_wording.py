"""Wording guidance: phrases that label or stigmatise people are flagged with an
alternative, on every page residents read, in English and in the languages that
have a list; nothing is ever blocked."""

import pytest

from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage

from wagtail.models import Page

from core.wagtail_hooks import warn_about_wording
from core.wording import find_stigmatising_wording


@pytest.mark.unit
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
        # Phrases volunteers wrote that the first list missed.
        "Are you lonely? Come along",
        "For the elderly and isolated",
        "A lunch club for isolated older people.",
        "Our project aims to combat social isolation.",
    ],
)
def test_stigmatising_english_wording_is_found_with_a_suggestion(text):
    found = find_stigmatising_wording(text)
    assert found
    assert all(suggestion for _words, suggestion in found)


@pytest.mark.unit
@pytest.mark.parametrize(
    "language, text",
    [
        ("ar", "هل تشعر بالوحدة؟ تعال وانضم إلينا"),
        ("ar", "نادٍ لكبار السن المعزولين"),
        ("bn", "আপনি কি একাকী? আমাদের সাথে আসুন"),
        ("bn", "একাকী মানুষ এবং বয়স্কদের জন্য"),
        ("ur", "کیا آپ تنہا ہیں؟ ہمارے ساتھ آئیں"),
        ("ur", "تنہا لوگ اور بزرگ"),
        ("pl", "Czy jesteś samotny? Przyjdź do nas"),
        ("pl", "Klub dla osób samotnych i samotnych seniorów"),
        ("pl", "Walka z samotnością"),
    ],
)
def test_each_language_list_finds_its_own_phrases(language, text):
    assert find_stigmatising_wording(text, language)
    # The list belongs to its language: English guidance alone does not see these.
    assert not find_stigmatising_wording(text, "en")


@pytest.mark.unit
@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Everyone feels lonely at some point. Talking about it helps."),
        ("en", "Meet people who share what matters to you."),
        ("en", "Admission is free."),
        ("en", "An isolated farmhouse with a lovely garden."),
        ("ar", "تعال وتعرّف على جيرانك"),
        ("bn", "নতুন মানুষের সাথে দেখা করুন"),
        ("ur", "نئے لوگوں سے ملیں"),
        ("pl", "Poznaj sąsiadów przy herbacie."),
    ],
)
def test_welcoming_wording_is_not_flagged(language, text):
    assert find_stigmatising_wording(text, language) == []


@pytest.mark.unit
def test_english_phrases_are_found_on_a_page_in_another_language():
    """Volunteers often write English on a translated page."""
    assert find_stigmatising_wording("For the elderly and isolated", "ar")


def warnings_on_saving(rf, obj):
    request = rf.get("/admin/")
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_about_wording(request, obj)
    return [str(message) for message in get_messages(request)]


@pytest.mark.django_db
def test_saving_a_story_with_such_wording_warns_but_saves(rf):
    story = Page.objects.get(slug="deans-story", locale__language_code="en").specific
    story.summary = "Dean was suffering from loneliness in his first term."
    story.save_revision()
    messages = warnings_on_saving(rf, story)
    assert len(messages) == 1
    assert "suffering from loneliness" in messages[0] and "feeling lonely" in messages[0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_type, field",
    [
        ("activitypage", "how_to_join"),
        ("organisationpage", "description"),
        ("venuepage", "access_notes"),
    ],
)
def test_directory_pages_get_the_guidance_too(rf, page_type, field):
    page = (
        Page.objects.filter(content_type__model=page_type, locale__language_code="en")
        .first()
        .specific
    )
    setattr(page, field, "Open to the elderly and isolated.")
    messages = warnings_on_saving(rf, page)
    assert any("the elderly and isolated" in message for message in messages)


@pytest.mark.django_db
def test_an_arabic_activity_is_checked_with_the_arabic_list(rf):
    page = (
        Page.objects.filter(content_type__model="activitypage", locale__language_code="ar")
        .first()
        .specific
    )
    page.summary = "هل تشعر بالوحدة؟ تعال وانضم إلينا"
    assert warnings_on_saving(rf, page)
