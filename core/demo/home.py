"""The home page in every site language.

Each card leads to one of the information pages (by slug); untranslated pages
open in English until an editor translates them.
"""

CARD_TARGETS = ["things-to-do", "get-a-hand", "getting-connected"]

HOME_PAGE = {
    "en": {
        "title": "Home",
        "heading": "Find people and things to do near you",
        "introduction": (
            "Whatever you enjoy, there is a group, a club or a friendly face nearby. "
            "Everyone feels out of touch sometimes. Here is a good place to start."
        ),
        "cards": [
            (
                "Find something to do near you",
                "Walking groups, lunch clubs, language cafes, choirs and more, run by local people.",
                "Find something to do",
            ),
            (
                "Get a hand to get connected",
                "Not sure where to start? A community connector can help, "
                "and can come with you the first time.",
                "Talk to a connector",
            ),
            (
                "Getting connected in Kellbrook",
                "Everyone feels lonely at some point. Read local people's stories "
                "and find ways to join in.",
                "About the campaign",
            ),
        ],
    },
}
