"""The directory's fixed vocabularies: what people can filter activities by.

Codes are stable (they appear in URLs, the Open Referral API and the database);
labels are interface text, translated through the catalogues in locale/.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Vocabulary(models.TextChoices):
    INTEREST = "interest", _("What would you like to do?")
    AUDIENCE = "audience", _("Who it's for")
    ACCESS = "access", _("Access")
    EXPECT = "expect", _("What to expect")
    MODE = "mode", _("How it runs")
    LANGUAGE = "language", _("Languages spoken")


TERMS = {
    Vocabulary.INTEREST: [
        ("being-active", _("Being active")),
        ("arts-and-making", _("Arts and making")),
        ("food", _("Food")),
        ("learning-and-languages", _("Learning and languages")),
        ("music", _("Music")),
        ("nature-and-gardening", _("Nature and gardening")),
        ("faith-and-culture", _("Faith and culture")),
        ("games", _("Games")),
        ("volunteering", _("Volunteering")),
        ("support-and-advice", _("Support and advice")),
        ("meeting-people-like-me", _("Meeting people like me")),
    ],
    Vocabulary.AUDIENCE: [
        ("age-16-24", _("Ages 16 to 24")),
        ("age-25-64", _("Ages 25 to 64")),
        ("age-65-plus", _("Ages 65 and over")),
        ("women-only", _("Women only")),
        ("mens-group", _("Men's groups")),
        ("lgbtq", _("LGBTQ+ people")),
        ("carers", _("Carers")),
        ("new-parents", _("New parents")),
        ("learning-disabilities", _("People with learning disabilities")),
    ],
    Vocabulary.ACCESS: [
        ("step-free", _("Step-free access")),
        ("accessible-toilet", _("Accessible toilet")),
        ("hearing-loop", _("Hearing loop")),
        ("bsl", _("British Sign Language")),
        ("large-print", _("Large print")),
        ("quiet-space", _("Quiet space")),
    ],
    Vocabulary.EXPECT: [
        ("drop-in", _("Just drop in")),
        ("book-first", _("Book first")),
        ("come-alone", _("You can come on your own")),
        ("someone-will-meet-you", _("Someone will meet you")),
        ("bring-someone", _("You can bring someone with you")),
        ("first-time-free", _("First time free")),
    ],
    Vocabulary.MODE: [
        ("in-person", _("In person")),
        ("online", pgettext_lazy("how an activity runs", "Online")),
        ("phone", _("By phone")),
    ],
    # Languages other than English that are spoken at an activity.
    Vocabulary.LANGUAGE: [
        ("ar", _("Arabic")),
        ("bn", _("Bengali")),
        ("pl", _("Polish")),
        ("pt", _("Portuguese")),
        ("so", _("Somali")),
        ("es", _("Spanish")),
        ("tr", _("Turkish")),
        ("uk", _("Ukrainian")),
        ("ur", _("Urdu")),
        ("zh-hans", _("Chinese")),
        ("bsl", _("British Sign Language")),
    ],
}

LABELS = {(vocabulary, code): label for vocabulary, terms in TERMS.items() for code, label in terms}

# Headings for the browse-by-interest pages: what you could do, not what you lack.
INTEREST_INVITATIONS = {
    "being-active": _("Get moving with others"),
    "arts-and-making": _("Make something with others"),
    "food": _("Share a meal or learn to cook"),
    "learning-and-languages": _("Learn something new"),
    "music": _("Sing, play or listen together"),
    "nature-and-gardening": _("Get outdoors and grow things"),
    "faith-and-culture": _("Celebrate faith and culture"),
    "games": _("Play games and have a laugh"),
    "volunteering": _("Lend a hand in your community"),
    "support-and-advice": _("Find support and advice"),
    "meeting-people-like-me": _("Meet people who share your life"),
}


class CostBand(models.TextChoices):
    FREE = "free", _("Free")
    LOW = "low", _("Low cost (up to £5)")
    PAID = "paid", _("Paid")


class TimeOfDay(models.TextChoices):
    MORNING = "morning", _("Morning (before 12pm)")
    AFTERNOON = "afternoon", _("Afternoon (12pm to 5pm)")
    EVENING = "evening", _("Evening (after 5pm)")
