"""The getting-connected campaign's demo content. Every person, story and place is
invented; phone numbers are from Ofcom's drama range, emails at example.org."""

# ruff: noqa: E501

INTRODUCTION = (
    "Everyone feels lonely at some point in their life. It is nothing to be ashamed of, "
    "and there are lots of ways to meet people nearby."
)

PHASES = [
    {
        "name": "Loneliness Awareness Week",
        "key": "launch",
        "hero_heading": "Everyone feels it at some point. Let's talk about it.",
        "hero_text": "In June, groups across Kellbrook open their doors with taster sessions, walks and shared meals. Come along: everyone is welcome.",
        "messages": [
            "Everyone feels lonely at some point. Talking about it helps.",
            "There is something to do near you, whatever you enjoy.",
            "You can bring a friend, or ask someone to come with you the first time.",
        ],
    },
    {
        "name": "Students",
        "key": "students",
        "hero_heading": "New to Kellbrook? Find your people.",
        "hero_text": "Starting college or university is exciting, and it can take a while to feel at home. Clubs, language cafes and volunteering are a good way in.",
        "messages": [
            "Lots of students feel out of touch in their first term. You are not the only one.",
            "Try a language cafe, a choir or a game night: no need to know anyone.",
        ],
    },
    {
        "name": "Winter",
        "key": "winter",
        "hero_heading": "Warm places and friendly faces this winter",
        "hero_text": "Short days can make it harder to get out. Lunch clubs, warm spaces and phone chats run all through the winter.",
        "messages": [
            "There is a warm welcome and a hot drink waiting across the borough.",
            "A phone chat can be a good first step if getting out is hard.",
        ],
    },
]

AUDIENCES = [
    {
        "slug": "young-people",
        "audience": "age-16-24",
        "title": "For young people aged 16 to 24",
        "introduction": "Starting college, a new job or a new city? Lots of people your age would like to meet others too. Here are some easy ways in.",
        "body": "<p>You do not need to know anyone to join a group. Most clubs say newcomers turn up on their own, and you can leave whenever you like.</p><p>International students are welcome everywhere: language cafes are a relaxed way to practise English and make friends.</p>",
    },
    {
        "slug": "older-men",
        "audience": "age-65-plus",
        "title": "For men aged 65 and over",
        "introduction": "Sheds, walking football, cards and a decent cup of tea: there are groups run by men like you all over Kellbrook.",
        "body": "<p>Retirement, bereavement or a move can change who you see from day to day. Plenty of men find a group where they can make, fix or play something is the easiest way to get chatting.</p>",
    },
    {
        "slug": "learning-disabilities",
        "audience": "learning-disabilities",
        "title": "For adults with learning disabilities",
        "introduction": "Groups where you can have fun, learn things and meet friends, with support if you want it.",
        "body": "<p>Many groups in Kellbrook welcome adults with learning disabilities, and some are run by and for people with learning disabilities. You can bring a support worker, a friend or a family member.</p>",
    },
]

EASY_READ = {
    "title": "Getting connected: Easy Read",
    "rows": [
        (
            "A group of friends laughing around a table",
            "#2b6cb0",
            "Everyone feels lonely sometimes. That is OK.",
        ),
        (
            "A person pointing at a map of Kellbrook",
            "#2f855a",
            "There are groups near you. You can have fun and meet friends.",
        ),
        (
            "Two people walking side by side",
            "#b7791f",
            "You can bring a friend. A supporter can come with you.",
        ),
        (
            "A phone with a speech bubble",
            "#7a2e4d",
            "Call us on 020 7946 0142. We can help you choose a group.",
        ),
        (
            "A smiling person holding a cup of tea",
            "#4a5568",
            "Most groups are free. Some cost a little money.",
        ),
    ],
}

STORIES = [
    {
        "slug": "amaras-story",
        "person_name": "Amara",
        "title": "From a quiet first term to a Tuesday choir",
        "alt": "A young woman singing with a group in a church hall",
        "colour": "#2b6cb0",
        "pull_quote": "I went along on my own and left with three new friends.",
        "summary": "Amara moved to Kellbrook to study and found her first term quieter than she expected.",
        "body": "<p>I didn't know anyone when I arrived. My course mates went home at weekends and the flat was very quiet.</p><p>A flyer in the library said the community choir welcomed beginners. I sat at the back the first week. Now I sing alto and we go for chips afterwards.</p>",
        "audiences": ["age-16-24"],
        "interests": ["music", "meeting-people-like-me"],
    },
    {
        "slug": "deans-story",
        "person_name": "Dean",
        "title": "Finding my feet at the language cafe",
        "alt": "A young man talking with two others over coffee cups",
        "colour": "#2f855a",
        "pull_quote": "Practising English over coffee felt easier than any classroom.",
        "summary": "Dean came to Kellbrook as an international student and wanted to speak more English outside lectures.",
        "body": "<p>In my country I had a big family around me. Here I only spoke to people in lectures.</p><p>At the language cafe nobody minds mistakes. I help with Portuguese, they help me with English, and now we play football on Sundays.</p>",
        "audiences": ["age-16-24"],
        "interests": ["learning-and-languages", "being-active"],
    },
    {
        "slug": "keiths-story",
        "person_name": "Keith",
        "title": "The shed that got me out of the house",
        "alt": "An older man smiling at a workbench with woodworking tools",
        "colour": "#b7791f",
        "pull_quote": "I fix bikes on Wednesdays. The tea and the banter are the best bit.",
        "summary": "After Keith retired from the bus garage, the days felt long.",
        "body": "<p>Forty years of shifts, then nothing. My daughter found the Millfield shed and drove me there the first time.</p><p>Now I teach the younger lads to fix bikes. It is good to be useful.</p>",
        "audiences": ["age-65-plus"],
        "interests": ["arts-and-making", "volunteering"],
    },
    {
        "slug": "georges-story",
        "person_name": "George",
        "title": "Walking football at seventy-two",
        "alt": "Two older men laughing on a football pitch",
        "colour": "#4a5568",
        "pull_quote": "I hadn't kicked a ball in thirty years. Nobody cared.",
        "summary": "George was nervous about joining a sports group after a knee operation.",
        "body": "<p>The coach asked about my knee and said to go at my own pace. Walking football is slower than you think.</p><p>We have a cuppa after every game. I look forward to Fridays all week.</p>",
        "audiences": ["age-65-plus"],
        "interests": ["being-active"],
    },
    {
        "slug": "priyas-story",
        "person_name": "Priya",
        "title": "Art club is my favourite day",
        "alt": "A woman painting a bright picture at an art table",
        "colour": "#7a2e4d",
        "pull_quote": "I paint, I chat, I have fun. My friends are there.",
        "summary": "Priya goes to an art club with her support worker every week.",
        "body": "<p>I like painting flowers. At art club we have music on and biscuits.</p><p>My support worker came with me at first. Now I know everyone.</p>",
        "audiences": ["learning-disabilities"],
        "interests": ["arts-and-making"],
    },
    {
        "slug": "sams-story",
        "person_name": "Sam",
        "title": "Growing vegetables and friendships",
        "alt": "A young man holding a basket of vegetables in a community garden",
        "colour": "#276749",
        "pull_quote": "The garden group is where I feel at home.",
        "summary": "Sam joined a community garden group on a friend's suggestion.",
        "body": "<p>I like being outside. We grow tomatoes, beans and flowers.</p><p>After we work we sit down and eat together. Everyone is kind.</p>",
        "audiences": ["learning-disabilities", "age-16-24"],
        "interests": ["nature-and-gardening", "food"],
    },
]

EVENTS = [
    # (slug, title, summary, days from today, interests)
    (
        "campaign-open-doors-walk",
        "Open doors walk around Fenmoor",
        "A gentle walk for Loneliness Awareness Week, ending with tea and cake. Everyone is welcome.",
        9,
        ["being-active"],
    ),
    (
        "campaign-big-lunch",
        "The big Kellbrook lunch",
        "A free shared lunch in the community centre: bring a dish if you like, or just bring yourself.",
        16,
        ["food"],
    ),
    (
        "campaign-student-welcome",
        "Student welcome evening",
        "Games, music and food to meet people who have just moved to Kellbrook.",
        23,
        ["meeting-people-like-me", "games"],
    ),
]

PARTNER_PACKS = [
    {
        "title": "GP practices: students phase",
        "partner_type": "gp",
        "audience": "age-16-24",
        "phase": "students",
        "introduction": "A poster and a screen slide for waiting rooms, and text for your practice newsletter.",
        "text": "Lots of people feel out of touch sometimes, especially when they are new to an area. Kellbrook has groups, clubs and language cafes for every interest. Find something near you at the Get connected website, or ask at reception for a leaflet.",
        "assets": [
            (
                "poster",
                "Poster: a group of students laughing on the library steps, with the words 'New to Kellbrook? Find your people.' and a QR code.",
            ),
            (
                "screen",
                "Screen slide: the campaign message on a plum background with the short web address.",
            ),
        ],
    },
    {
        "title": "Universities: students phase",
        "partner_type": "university",
        "audience": "age-16-24",
        "phase": "students",
        "introduction": "Social media images and text for student unions and welcome teams.",
        "text": "New to Kellbrook? Choirs, game nights, language cafes and volunteering are a good way to meet people. No need to know anyone: most people turn up on their own.",
        "assets": [
            (
                "social",
                "Square social media image: two students at a language cafe, with the words 'Find your people'.",
            ),
            ("leaflet", "A5 leaflet listing student-friendly groups, with a QR code."),
        ],
    },
    {
        "title": "Businesses: winter phase",
        "partner_type": "business",
        "audience": "age-65-plus",
        "phase": "winter",
        "introduction": "A window poster for cafes, pubs and shops, and text for your social media.",
        "text": "We are a connected place: come in for a chat and a warm drink this winter. Ask us about things to do nearby.",
        "assets": [
            (
                "poster",
                "Window poster: a steaming cup of tea with the words 'Warm places and friendly faces'.",
            )
        ],
    },
]

ENTRY_POINTS = [
    # code, placement, place, area, destination, destination search, phase key
    (
        "fen-bus-01",
        "bus-stop",
        "Fenmoor Broadway bus stop",
        "fenmoor",
        "search",
        "area=fenmoor",
        "launch",
    ),
    (
        "fen-lib-01",
        "poster",
        "Fenmoor library",
        "fenmoor",
        "search",
        "interest=learning-and-languages&area=fenmoor",
        "launch",
    ),
    ("mill-gp-01", "gp-screen", "Millfield Health Centre", "millfield", "get-a-hand", "", "launch"),
    (
        "mill-leaf-01",
        "leaflet",
        "Millfield door-to-door leaflet",
        "millfield",
        "get-a-hand",
        "",
        "winter",
    ),
    (
        "ash-cafe-01",
        "poster",
        "Ashgrove community cafe",
        "ashgrove",
        "search",
        "area=ashgrove",
        "winter",
    ),
    (
        "uni-fresh-01",
        "giveaway",
        "Freshers' fair tote bags",
        "kellbrook-central",
        "search",
        "audience=age-16-24",
        "students",
    ),
    (
        "uni-lib-01",
        "poster",
        "University library",
        "kellbrook-central",
        "search",
        "interest=music",
        "students",
    ),
    (
        "river-bus-01",
        "bus-stop",
        "Riverside interchange",
        "riverside",
        "search",
        "area=riverside",
        "students",
    ),
    (
        "north-gp-01",
        "gp-screen",
        "Northgate Medical Practice",
        "northgate",
        "get-a-hand",
        "",
        "winter",
    ),
    (
        "central-lib-01",
        "poster",
        "Kellbrook Central library",
        "kellbrook-central",
        "page",
        "",
        "launch",
    ),
    (
        "shed-leaf-01",
        "leaflet",
        "Men's shed leaflet",
        "millfield",
        "search",
        "audience=mens-group",
        "winter",
    ),
]

CONNECTED_PLACES = [
    (
        "The Copper Kettle",
        "cafe",
        "12 Fenmoor Broadway, KB3 2AA",
        "fenmoor",
        "A 'chatty table' where anyone can sit and join in, every weekday morning.",
        "approved",
    ),
    (
        "The Millfield Arms",
        "pub",
        "1 Station Road, KB5 1BB",
        "millfield",
        "Free tea and coffee for anyone on their own on Tuesday afternoons.",
        "approved",
    ),
    (
        "Northgate Library",
        "library",
        "Northgate Square, KB4 3CC",
        "northgate",
        "Staff who can tell you about groups nearby, and a warm space all winter.",
        "approved",
    ),
    (
        "Riverside Books",
        "shop",
        "40 Quay Street, KB6 2DD",
        "riverside",
        "A monthly book swap with biscuits.",
        "pending",
    ),
]
