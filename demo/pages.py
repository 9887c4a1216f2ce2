"""The fictional borough's pages. Organisations, people and numbers are invented;
telephone numbers are from Ofcom's range reserved for drama."""

INFORMATION_PAGES = [
    {
        "slug": "get-a-hand",
        "title": "Get a hand to get connected",
        "show_in_menus": True,
        "search_description": "Talk to a community connector about what matters to you.",
        "introduction": (
            "Our community connectors help you find activities and people that suit you. "
            "They can come along with you the first time, and help with things like transport, "
            "cost or language."
        ),
        "body": [
            ("heading", "How to get in touch"),
            (
                "paragraph",
                "<p>Call 020 7946 0142, Monday to Friday, 9am to 5pm, "
                "or email connect@kellbrook.example.</p>"
                "<p>You can ask for yourself, or for someone else if they have agreed.</p>"
                '<p><a href="/en/get-a-hand/start/">Ask online</a>: it takes about 5 minutes.</p>',
            ),
            ("heading", "What happens next"),
            (
                "paragraph",
                "<p>A connector will contact you within 5 working days, in the way you prefer. "
                "They will ask what you enjoy and what you would like to do more of.</p>",
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "show_in_footer": True,
        "search_description": "How Kellbrook Council uses information on this website.",
        "introduction": "This notice explains what information this website collects and why.",
        "body": [
            ("heading", "What we collect"),
            (
                "paragraph",
                "<p>This website does not use tracking or advertising cookies. "
                "Our web server keeps technical logs for 30 days to keep the site secure.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<p>You can ask to see the information we hold about you, or ask us to correct "
                "or delete it. Email dataprotection@kellbrook.example.</p>",
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "show_in_footer": True,
        "search_description": "How accessible this website is and how to report a problem.",
        "introduction": "We want as many people as possible to be able to use this website.",
        "body": [
            (
                "paragraph",
                "<p>You should be able to zoom in up to 400% without the text spilling off the "
                "screen, navigate the whole website using a keyboard or speech recognition "
                "software, and listen to it using a screen reader.</p>"
                "<p>The website works without JavaScript and is available in 11 languages.</p>",
            ),
            ("heading", "Reporting a problem"),
            (
                "paragraph",
                "<p>If you find a problem, email accessibility@kellbrook.example "
                "or call 020 7946 0142.</p>",
            ),
        ],
    },
]
