"""Fictional directory demo data for "Get connected in Kellbrook", loaded by
load_demo_content (through demo.directory_loader).

Kellbrook, its areas, organisations, venues and people are invented. Postcodes use the
fictional KB area (KB1 to KB6, one district per area), websites and emails use .example
domains, and telephone numbers come from Ofcom's range reserved for drama (020 7946 0xxx).
Dates are written around 23 November 2026: a few one-off events have already happened, so
the site can show that they drop out of listings.
"""

# (slug, name). Postcode districts: KB1 Kellbrook Central, KB2 Ashgrove, KB3 Fenmoor,
# KB4 Riverside, KB5 Northgate, KB6 Millfield.
AREAS = [
    ("kellbrook-central", "Kellbrook Central"),
    ("ashgrove", "Ashgrove"),
    ("fenmoor", "Fenmoor"),
    ("riverside", "Riverside"),
    ("northgate", "Northgate"),
    ("millfield", "Millfield"),
]

# Each organisation has its venues (0 to 3) and activities. An activity's venue is the slug
# of one of the same organisation's venues, or None when it runs only online or by phone.
# Weekdays count from Monday = 0; week_of_month -1 means the last one in the month.
ORGANISATIONS = [
    {
        "slug": "fenmoor-ramblers",
        "title": "Fenmoor Ramblers",
        "description": (
            "<p>Fenmoor Ramblers is a friendly walking group run by volunteers. We walk at an easy "
            "pace, stop for plenty of chats and usually end up somewhere with a cup of tea.</p>"
        ),
        "website": "https://fenmoor-ramblers.example",
        "email": "hello@fenmoor-ramblers.example",
        "phone": "020 7946 0213",
        "venues": [
            {
                "slug": "fenmoor-park-gates",
                "title": "Fenmoor Park main gates",
                "address_line_1": "Park Road",
                "address_line_2": "",
                "postcode": "KB3 2PD",
                "area": "fenmoor",
                "access_notes": (
                    "Meet at the main gates on Park Road. The paths around the lake are flat and "
                    "tarmacked. The park cafe has an accessible toilet and opens at 9am."
                ),
            },
            {
                "slug": "millfield-station",
                "title": "Millfield Station",
                "address_line_1": "Station Approach",
                "address_line_2": "",
                "postcode": "KB6 3AW",
                "area": "millfield",
                "access_notes": (
                    "Meet outside the main entrance. The station has lifts to every platform and "
                    "an accessible toilet by the ticket office."
                ),
            },
        ],
        "activities": [
            {
                "slug": "saturday-park-walk",
                "title": "Saturday park walk",
                "summary": (
                    "A relaxed one-hour walk around Fenmoor Park, followed by tea at the park "
                    "cafe. No need to book."
                ),
                "description": (
                    "<p>Our Saturday walk follows the flat paths around Fenmoor Park and the lake. "
                    "We walk at the pace of the slowest person, so nobody gets left behind. "
                    "Afterwards most people stay for a hot drink at the park cafe.</p>"
                ),
                "what_to_expect": (
                    "<p>A walk leader in a yellow jacket meets everyone at the main gates at 10am. "
                    "They will say hello, introduce you to a few people and tell you the route.</p>"
                ),
                "how_to_join": (
                    "Just turn up at the main gates of Fenmoor Park at 10am. Wear comfortable "
                    "shoes."
                ),
                "venue": "fenmoor-park-gates",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Maureen",
                "contact_phone": "020 7946 0214",
                "contact_email": "walks@fenmoor-ramblers.example",
                "interests": ["being-active", "nature-and-gardening"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "11:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "gentle-wednesday-stroll",
                "title": "Gentle Wednesday stroll",
                "summary": (
                    "A short, slow walk of about 30 minutes for people who want to get moving "
                    "again, with benches along the way."
                ),
                "description": (
                    "<p>This walk suits anyone getting back on their feet after an illness, or who "
                    "simply likes a gentle pace. The route is short and there are benches to rest "
                    "on. Walking sticks, frames and wheelchairs are all welcome.</p>"
                ),
                "what_to_expect": (
                    "<p>We meet at the park cafe, walk for about half an hour and then sit down "
                    "together for a drink. A volunteer always walks at the back.</p>"
                ),
                "how_to_join": (
                    "Come to the park cafe at 10:30am, or call Maureen if you would like someone "
                    "to meet you at the bus stop."
                ),
                "venue": "fenmoor-park-gates",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Maureen",
                "contact_phone": "020 7946 0214",
                "contact_email": "walks@fenmoor-ramblers.example",
                "interests": ["being-active", "nature-and-gardening"],
                "audiences": ["age-65-plus"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "someone-will-meet-you", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-03-04",
                        "ends_on": None,
                        "start_time": "10:30",
                        "end_time": "11:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "after-work-river-walk",
                "title": "After-work river walk",
                "summary": (
                    "A brisk one-hour walk along the river path after work, starting and finishing "
                    "at Millfield Station."
                ),
                "description": (
                    "<p>If you work during the day, this walk is a good way to clear your head and "
                    "get to know people who live nearby. We walk for about an hour at a steady "
                    "pace on lit paths. In winter we wear high-visibility vests, and we can lend "
                    "you one.</p>"
                ),
                "what_to_expect": (
                    "<p>We meet outside Millfield Station, go round and say our names, and set "
                    "off. Some of us get food afterwards, but there is no pressure to stay.</p>"
                ),
                "how_to_join": (
                    "Meet outside Millfield Station at 6:30pm. Email us first if you would like us "
                    "to look out for you."
                ),
                "venue": "millfield-station",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Dev",
                "contact_phone": "",
                "contact_email": "evenings@fenmoor-ramblers.example",
                "interests": ["being-active", "nature-and-gardening"],
                "audiences": ["age-25-64"],
                "access": [],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-04-02",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "19:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "monthly-countryside-walk",
                "title": "Monthly countryside walk",
                "summary": (
                    "A longer walk of 6 to 8 miles in the countryside outside London. We travel "
                    "together by train from Millfield Station."
                ),
                "description": (
                    "<p>On the second Sunday of each month we take the train out of London for a "
                    "day in the countryside. Walks are 6 to 8 miles with a stop for a packed "
                    "lunch. You will need walking boots and a waterproof jacket.</p>"
                ),
                "what_to_expect": (
                    "<p>The walk leader meets everyone by the ticket office and helps with "
                    "tickets. We walk as one group and stop for a rest every hour or so.</p>"
                ),
                "how_to_join": (
                    "Book a place by email by the Friday before, so the walk leader knows how many "
                    "people are coming."
                ),
                "venue": "millfield-station",
                "cost_band": "paid",
                "cost_details": "You pay your own train fare, usually £8 to £12 return.",
                "contact_name": "Walk leader",
                "contact_phone": "",
                "contact_email": "walks@fenmoor-ramblers.example",
                "interests": ["being-active", "nature-and-gardening"],
                "audiences": [],
                "access": [],
                "expectations": ["book-first", "someone-will-meet-you", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 6,
                        "week_of_month": 2,
                        "starts_on": "2026-01-11",
                        "ends_on": None,
                        "start_time": "09:00",
                        "end_time": "17:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "winter-lantern-walk",
                "title": "Winter lantern walk",
                "summary": (
                    "A short walk around Fenmoor Park at sunset, carrying paper lanterns, with hot "
                    "chocolate at the end."
                ),
                "description": (
                    "<p>Join us for our lantern walk on the shortest weekend of the year. "
                    "Families, friends and neighbours are all welcome. We provide paper lanterns, "
                    "or you can bring your own.</p>"
                ),
                "what_to_expect": (
                    "<p>We gather at the main gates at 3:30pm, hand out lanterns and walk slowly "
                    "around the lake. The walk ends at the park cafe with free hot chocolate.</p>"
                ),
                "how_to_join": (
                    "Just come along. If you are coming as a large group, please email us first."
                ),
                "venue": "fenmoor-park-gates",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Maureen",
                "contact_phone": "",
                "contact_email": "walks@fenmoor-ramblers.example",
                "interests": ["being-active", "nature-and-gardening", "arts-and-making"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-19",
                        "ends_on": None,
                        "start_time": "15:30",
                        "end_time": "17:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "autumn-trees-walk",
                "title": "Autumn trees walk",
                "summary": (
                    "A guided walk to enjoy the autumn colours in Fenmoor Park, led by a local "
                    "tree expert."
                ),
                "description": (
                    "<p>A local tree expert leads this walk and tells the stories of the oldest "
                    "trees in the park. It is an easy two-hour walk on flat paths.</p>"
                ),
                "what_to_expect": (
                    "<p>We meet at the main gates, walk slowly and stop often. Bring a camera or "
                    "phone if you like taking pictures.</p>"
                ),
                "how_to_join": "No need to book. Meet at the main gates at 10am.",
                "venue": "fenmoor-park-gates",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Maureen",
                "contact_phone": "",
                "contact_email": "walks@fenmoor-ramblers.example",
                "interests": ["being-active", "nature-and-gardening", "learning-and-languages"],
                "audiences": [],
                "access": ["step-free"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-10-10",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "ashgrove-community-centre-trust",
        "title": "Ashgrove Community Centre Trust",
        "description": (
            "<p>We are a local charity that runs Ashgrove Community Centre for everyone in the "
            "area. There is something on most days, from exercise classes to our Friday cafe.</p>"
        ),
        "website": "https://ashgrove-community-centre-trust.example",
        "email": "hello@ashgrove-community-centre-trust.example",
        "phone": "020 7946 0228",
        "venues": [
            {
                "slug": "ashgrove-community-centre",
                "title": "Ashgrove Community Centre",
                "address_line_1": "12 Linden Road",
                "address_line_2": "",
                "postcode": "KB2 4LT",
                "area": "ashgrove",
                "access_notes": (
                    "Level entrance from the car park. Accessible toilet and hearing loop in the "
                    "main hall. A quiet room is available if you ask at reception."
                ),
            },
        ],
        "activities": [
            {
                "slug": "seated-exercise",
                "title": "Seated exercise class",
                "summary": (
                    "A gentle exercise class to music, done sitting down or holding on to a chair. "
                    "Good for balance and strength."
                ),
                "description": (
                    "<p>Our qualified instructor leads a 45-minute class that you can do sitting "
                    "down or standing up. It helps with strength, balance and getting about more "
                    "easily. Every move can be made easier or harder, so it suits most people.</p>"
                ),
                "what_to_expect": (
                    "<p>Arrive 10 minutes early so the instructor can ask about any health "
                    "conditions. After the class there is tea and biscuits in the hall.</p>"
                ),
                "how_to_join": "Just come along. Your first class is free.",
                "venue": "ashgrove-community-centre",
                "cost_band": "low",
                "cost_details": "£2 a class. Your first class is free.",
                "contact_name": "Jan",
                "contact_phone": "020 7946 0229",
                "contact_email": "",
                "interests": ["being-active"],
                "audiences": ["age-65-plus"],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "first-time-free", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "community-cafe",
                "title": "Friday community cafe",
                "summary": (
                    "A pay-what-you-can cafe with homemade soup, toast and cake. Everyone is "
                    "welcome to sit and chat."
                ),
                "description": (
                    "<p>Volunteers run a friendly cafe in the main hall every Friday morning. "
                    "There is soup, toast, cake and hot drinks, and you pay what you can afford. "
                    "Come for a quick cup of tea or stay all morning.</p>"
                ),
                "what_to_expect": (
                    "<p>Find a seat at any table and a volunteer will come and take your order. "
                    "There are newspapers and board games on the side table.</p>"
                ),
                "how_to_join": (
                    "Just drop in any time between 10am and 12:30pm. If you would like to help in "
                    "the cafe, ask at the counter."
                ),
                "venue": "ashgrove-community-centre",
                "cost_band": "low",
                "cost_details": "Pay what you can",
                "contact_name": "Cafe team",
                "contact_phone": "020 7946 0228",
                "contact_email": "cafe@ashgrove-community-centre-trust.example",
                "interests": ["food", "volunteering"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "knit-and-natter",
                "title": "Knit and natter",
                "summary": (
                    "Bring your knitting, crochet or sewing and enjoy a chat. Beginners are "
                    "welcome and we can lend you needles and wool."
                ),
                "description": (
                    "<p>A relaxed group for people who like making things with their hands. Some "
                    "members knit hats and blankets for the local baby unit and the food bank's "
                    "winter appeal. If you have never knitted before, someone will happily teach "
                    "you.</p>"
                ),
                "what_to_expect": (
                    "<p>We sit around two tables in the small hall with tea and biscuits. Bring a "
                    "project if you have one, or we will get you started.</p>"
                ),
                "how_to_join": "Drop in any Monday afternoon.",
                "venue": "ashgrove-community-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Pat",
                "contact_phone": "020 7946 0228",
                "contact_email": "",
                "interests": ["arts-and-making", "volunteering"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "13:30",
                        "end_time": "15:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "table-tennis-club",
                "title": "Table tennis club",
                "summary": (
                    "Friendly, mixed-ability table tennis twice a week. Bats and balls provided."
                ),
                "description": (
                    "<p>We set up four tables in the main hall. Players range from complete "
                    "beginners to people who used to play in a league. A volunteer coach runs a "
                    "short session for beginners at the start of each evening.</p>"
                ),
                "what_to_expect": (
                    "<p>Tell the person at the door if it is your first time and they will pair "
                    "you with someone at your level. We swap partners every 15 minutes.</p>"
                ),
                "how_to_join": (
                    "Come along on a Tuesday or Thursday evening. Wear trainers or flat shoes."
                ),
                "venue": "ashgrove-community-centre",
                "cost_band": "low",
                "cost_details": "£2 a session. Your first session is free.",
                "contact_name": "Sunil",
                "contact_phone": "",
                "contact_email": "tabletennis@ashgrove-community-centre-trust.example",
                "interests": ["being-active", "games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "first-time-free"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "20:00",
                    },
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "sunday-community-lunch",
                "title": "Sunday community lunch",
                "summary": (
                    "A two-course home-cooked lunch on the last Sunday of the month, shared around "
                    "big tables."
                ),
                "description": (
                    "<p>Volunteers cook a two-course lunch with a vegetarian choice, using food "
                    "from local shops and growers. It is a chance to sit down to a proper meal "
                    "with your neighbours. Children eat for free.</p>"
                ),
                "what_to_expect": (
                    "<p>Tables are set for eight, so you will be sitting with others. A host will "
                    "show you to a seat and introduce you.</p>"
                ),
                "how_to_join": (
                    "Book a place by phone by the Thursday before, and tell us about any diets or "
                    "allergies."
                ),
                "venue": "ashgrove-community-centre",
                "cost_band": "low",
                "cost_details": "£4 for adults. Children eat free.",
                "contact_name": "Jan",
                "contact_phone": "020 7946 0229",
                "contact_email": "",
                "interests": ["food"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["book-first", "someone-will-meet-you", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 6,
                        "week_of_month": -1,
                        "starts_on": "2026-01-25",
                        "ends_on": None,
                        "start_time": "12:30",
                        "end_time": "14:30",
                    },
                ],
                "breaks": [],
                "paused_until": "2027-02-01",
                "pause_reason": (
                    "Our kitchen is being refitted. We look forward to cooking for you again from "
                    "February."
                ),
            },
        ],
    },
    {
        "slug": "st-hildas-church",
        "title": "St Hilda's Church",
        "description": (
            "<p>St Hilda's is a parish church in the middle of Kellbrook. Our hall is open to "
            "everyone in the community, whatever your faith or none.</p>"
        ),
        "website": "https://st-hildas-church.example",
        "email": "hello@st-hildas-church.example",
        "phone": "020 7946 0236",
        "venues": [
            {
                "slug": "st-hildas-church-hall",
                "title": "St Hilda's Church Hall",
                "address_line_1": "3 Vicarage Lane",
                "address_line_2": "",
                "postcode": "KB1 2HN",
                "area": "kellbrook-central",
                "access_notes": (
                    "Ramp at the side door on Vicarage Lane. Accessible toilet and hearing loop in "
                    "the hall."
                ),
            },
        ],
        "activities": [
            {
                "slug": "thursday-friendship-lunch",
                "title": "Thursday friendship lunch",
                "summary": (
                    "A hot two-course lunch with friendly company every Thursday. You do not need "
                    "to be a churchgoer."
                ),
                "description": (
                    "<p>Our volunteers cook a hot main course and a pudding every Thursday. There "
                    "is always a vegetarian choice, and we can make halal food if you ask a week "
                    "before. Everyone is welcome, whatever your faith.</p>"
                ),
                "what_to_expect": (
                    "<p>You will be welcomed at the door and shown to a table. After lunch there "
                    "is tea, coffee and a quiz for anyone who wants to stay.</p>"
                ),
                "how_to_join": "Call Grace by Tuesday to book a place, so we cook enough food.",
                "venue": "st-hildas-church-hall",
                "cost_band": "low",
                "cost_details": "£3.50 for two courses",
                "contact_name": "Grace",
                "contact_phone": "020 7946 0237",
                "contact_email": "lunch@st-hildas-church.example",
                "interests": ["food", "games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "large-print"],
                "expectations": ["book-first", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "12:00",
                        "end_time": "14:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "monday-coffee-morning",
                "title": "Monday coffee morning",
                "summary": (
                    "Fresh coffee, homemade cake and a friendly chat in the church hall to start "
                    "the week."
                ),
                "description": (
                    "<p>Pop in for a coffee and a slice of cake with neighbours old and new. There "
                    "are jigsaws, newspapers and a table of books to swap. Nobody will ask you to "
                    "come to a service.</p>"
                ),
                "what_to_expect": (
                    "<p>Volunteers serve drinks from the hatch and there are small tables around "
                    "the hall. If you sit at the welcome table, someone will come and chat.</p>"
                ),
                "how_to_join": "Just drop in between 10am and 12 noon.",
                "venue": "st-hildas-church-hall",
                "cost_band": "free",
                "cost_details": "Free. Donations welcome.",
                "contact_name": "Grace",
                "contact_phone": "020 7946 0237",
                "contact_email": "",
                "interests": ["food", "games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "bereavement-cafe",
                "title": "Bereavement cafe",
                "summary": (
                    "A gentle space to talk, or just sit with others, after someone close to you "
                    "has died."
                ),
                "description": (
                    "<p>Our bereavement cafe is for anyone who has lost someone, however long ago. "
                    "You can talk about the person you miss, or about something else entirely. "
                    "Trained volunteers are there to listen, and can tell you about other "
                    "support.</p>"
                ),
                "what_to_expect": (
                    "<p>There is tea and cake at small tables, with a quieter side room if you "
                    "need a moment. You will not be asked to share anything you do not want to.</p>"
                ),
                "how_to_join": (
                    "Just come along, on your own or with a friend. You can call Grace first if "
                    "you would like to talk before you come."
                ),
                "venue": "st-hildas-church-hall",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Grace",
                "contact_phone": "020 7946 0237",
                "contact_email": "",
                "interests": ["support-and-advice"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 1,
                        "week_of_month": 1,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "15:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "carols-by-candlelight",
                "title": "Carols by candlelight",
                "summary": (
                    "Sing well-known carols by candlelight, with mince pies and hot drinks "
                    "afterwards."
                ),
                "description": (
                    "<p>Our carol evening is a chance to sing together, or simply listen, in the "
                    "glow of candles. Local schoolchildren and our choir lead the singing. All are "
                    "welcome.</p>"
                ),
                "what_to_expect": (
                    "<p>Carol sheets are given out at the door, in standard and large print. Stay "
                    "for mince pies and a hot drink in the hall afterwards.</p>"
                ),
                "how_to_join": "No need to book. Doors open at 5:30pm.",
                "venue": "st-hildas-church-hall",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Church office",
                "contact_phone": "020 7946 0236",
                "contact_email": "office@st-hildas-church.example",
                "interests": ["music", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "hearing-loop", "large-print"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-20",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "19:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "christmas-day-lunch",
                "title": "Christmas Day lunch",
                "summary": (
                    "A free Christmas dinner with all the trimmings for anyone who would like "
                    "company on Christmas Day."
                ),
                "description": (
                    "<p>Our volunteers cook a full Christmas dinner with a vegetarian option, "
                    "followed by crackers, carols and games. Places are limited, so please "
                    "book.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer will welcome you and show you to your table. If you need a "
                    "lift, we can arrange one when you book.</p>"
                ),
                "how_to_join": (
                    "Call Grace by Friday 18 December to book a place and ask about transport."
                ),
                "venue": "st-hildas-church-hall",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Grace",
                "contact_phone": "020 7946 0237",
                "contact_email": "lunch@st-hildas-church.example",
                "interests": ["food", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["book-first", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-25",
                        "ends_on": None,
                        "start_time": "12:00",
                        "end_time": "15:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-carers-centre",
        "title": "Kellbrook Carers Centre",
        "description": (
            "<p>We support unpaid carers: people who look after a family member, partner or "
            "friend. We offer advice, a listening ear and time to meet other carers.</p>"
        ),
        "website": "https://kellbrook-carers-centre.example",
        "email": "hello@kellbrook-carers-centre.example",
        "phone": "020 7946 0247",
        "venues": [
            {
                "slug": "carers-centre-high-street",
                "title": "Kellbrook Carers Centre",
                "address_line_1": "45 High Street",
                "address_line_2": "First floor",
                "postcode": "KB1 3RT",
                "area": "kellbrook-central",
                "access_notes": (
                    "Lift to the first floor from the High Street entrance. Accessible toilet. "
                    "Hearing loop in the meeting room."
                ),
            },
        ],
        "activities": [
            {
                "slug": "carers-coffee-morning",
                "title": "Carers' coffee morning",
                "summary": (
                    "A monthly coffee morning where unpaid carers can relax, meet other carers and "
                    "get advice."
                ),
                "description": (
                    "<p>If you look after someone, this is time for you. Have a cup of coffee and "
                    "a chat with people who understand what caring is like. Our carer support "
                    "workers are there if you want advice about breaks, money or your own "
                    "health.</p>"
                ),
                "what_to_expect": (
                    "<p>A member of staff will welcome you and introduce you to others. You can "
                    "talk about caring, or about anything else at all.</p>"
                ),
                "how_to_join": (
                    "Just drop in. If you need someone to sit with the person you care for, call "
                    "us a week before and we will try to help."
                ),
                "venue": "carers-centre-high-street",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Amina",
                "contact_phone": "020 7946 0248",
                "contact_email": "support@kellbrook-carers-centre.example",
                "interests": ["support-and-advice", "meeting-people-like-me"],
                "audiences": ["carers"],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 2,
                        "week_of_month": 1,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "working-carers-evening",
                "title": "Evening group for working carers",
                "summary": (
                    "A monthly evening get-together for carers who also have a job, with time to "
                    "share tips and unwind."
                ),
                "description": (
                    "<p>Juggling work and caring can be hard. This group meets after work so you "
                    "can talk with others in the same position. Sometimes we invite a guest, such "
                    "as an employment adviser.</p>"
                ),
                "what_to_expect": (
                    "<p>We sit round one big table with drinks and snacks. The group is small and "
                    "friendly, and anything said stays in the room.</p>"
                ),
                "how_to_join": "Email Amina to book a place, so we know how many snacks to buy.",
                "venue": "carers-centre-high-street",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Amina",
                "contact_phone": "",
                "contact_email": "support@kellbrook-carers-centre.example",
                "interests": ["support-and-advice", "meeting-people-like-me"],
                "audiences": ["carers", "age-25-64"],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 3,
                        "week_of_month": 3,
                        "starts_on": "2026-01-15",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "carers-phone-catch-up",
                "title": "Carers' phone catch-up",
                "summary": (
                    "A 20-minute phone call each week with a trained volunteer who knows what "
                    "caring is like."
                ),
                "description": (
                    "<p>If it is hard to get out, a regular phone call can help. Our volunteers "
                    "have cared for someone themselves. They can talk things through with you or "
                    "just have a friendly chat.</p>"
                ),
                "what_to_expect": (
                    "<p>We agree a time that suits you, and your volunteer calls you at the same "
                    "time each week. You can stop at any time.</p>"
                ),
                "how_to_join": "Call the Carers Centre and ask for a phone catch-up.",
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Amina",
                "contact_phone": "020 7946 0248",
                "contact_email": "",
                "interests": ["support-and-advice", "meeting-people-like-me"],
                "audiences": ["carers"],
                "access": [],
                "expectations": ["book-first"],
                "modes": ["phone"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "online-carers-chat",
                "title": "Online carers' chat",
                "summary": (
                    "An hour's video chat on a Thursday evening for carers who can't easily get "
                    "out."
                ),
                "description": (
                    "<p>Join other carers from home once the person you look after has settled for "
                    "the night. A carer support worker hosts each chat. You can keep your camera "
                    "off if you prefer.</p>"
                ),
                "what_to_expect": (
                    "<p>The host welcomes everyone and suggests a topic, but the talk often "
                    "wanders. You can just listen the first time.</p>"
                ),
                "how_to_join": (
                    "Email us and we will send you the link. We can help you set up the video call "
                    "if you have not used one before."
                ),
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Amina",
                "contact_phone": "",
                "contact_email": "support@kellbrook-carers-centre.example",
                "interests": ["support-and-advice", "meeting-people-like-me"],
                "audiences": ["carers"],
                "access": [],
                "expectations": ["book-first", "come-alone"],
                "modes": ["online"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "20:00",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "young-adult-carers",
                "title": "Young adult carers' meet-up",
                "summary": (
                    "A relaxed meet-up with pizza for carers aged 16 to 24, every other Wednesday."
                ),
                "description": (
                    "<p>If you help look after a parent, brother, sister or friend, this group is "
                    "for you. We play games, eat pizza and plan trips out. Our youth worker can "
                    "also help with college, work and money.</p>"
                ),
                "what_to_expect": (
                    "<p>Our youth worker, Kemi, will meet you at the door and introduce you. Most "
                    "people come on their own the first time.</p>"
                ),
                "how_to_join": "Text or call Kemi, or just turn up.",
                "venue": "carers-centre-high-street",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Kemi",
                "contact_phone": "020 7946 0249",
                "contact_email": "",
                "interests": ["games", "meeting-people-like-me", "food"],
                "audiences": ["age-16-24", "carers"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "17:00",
                        "end_time": "19:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "carers-pamper-day",
                "title": "Carers' pamper day",
                "summary": "A day just for you, with free haircuts, hand massages and a hot lunch.",
                "description": (
                    "<p>Once a year we ask local businesses to help us say thank you to carers. "
                    "Enjoy a haircut, a hand massage or a chair yoga session, and a sit-down "
                    "lunch.</p>"
                ),
                "what_to_expect": (
                    "<p>You will get a timetable when you arrive, so you can choose what to try. "
                    "Help with sitting for the person you care for can be arranged.</p>"
                ),
                "how_to_join": "Places are limited. Call or email us to book.",
                "venue": "carers-centre-high-street",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Amina",
                "contact_phone": "020 7946 0248",
                "contact_email": "support@kellbrook-carers-centre.example",
                "interests": ["food", "support-and-advice"],
                "audiences": ["carers"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-02-13",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "15:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-welcome",
        "title": "Kellbrook Welcome",
        "description": (
            "<p>Kellbrook Welcome helps refugees, people seeking asylum and other new arrivals to "
            "feel at home in the borough. We offer a friendly place to meet, practical help and "
            "English practice.</p>"
        ),
        "website": "https://kellbrook-welcome.example",
        "email": "hello@kellbrook-welcome.example",
        "phone": "020 7946 0259",
        "venues": [
            {
                "slug": "kellbrook-welcome-hub",
                "title": "Kellbrook Welcome Hub",
                "address_line_1": "Unit 4, Canal Street",
                "address_line_2": "",
                "postcode": "KB4 2DX",
                "area": "riverside",
                "access_notes": (
                    "Step-free entrance. Accessible toilet. A quiet room is available for private "
                    "conversations."
                ),
            },
            {
                "slug": "riverside-recreation-ground",
                "title": "Riverside Recreation Ground",
                "address_line_1": "Ferry Lane",
                "address_line_2": "",
                "postcode": "KB4 5LN",
                "area": "riverside",
                "access_notes": (
                    "Meet at the pavilion, which has changing rooms and an accessible toilet. The "
                    "pitches are grass."
                ),
            },
        ],
        "activities": [
            {
                "slug": "welcome-drop-in",
                "title": "Welcome drop-in",
                "summary": (
                    "A warm welcome, hot drinks and practical help for refugees, people seeking "
                    "asylum and other new arrivals."
                ),
                "description": (
                    "<p>Our weekly drop-in is a friendly place to meet people, have a hot drink "
                    "and get help with things like housing, health and school places. Volunteers "
                    "speak Arabic, Turkish, Ukrainian and Spanish. You do not need an appointment "
                    "or any documents.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer will greet you at the door, offer you a drink and ask how we "
                    "can help. If you would like advice, you may wait a short time to see an "
                    "adviser.</p>"
                ),
                "how_to_join": "Come any Tuesday between 10am and 1pm. Children are welcome.",
                "venue": "kellbrook-welcome-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Drop-in team",
                "contact_phone": "020 7946 0259",
                "contact_email": "hello@kellbrook-welcome.example",
                "interests": ["support-and-advice", "meeting-people-like-me"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": ["ar", "tr", "uk", "es"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "13:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "english-conversation-club",
                "title": "English conversation club",
                "summary": (
                    "Practise speaking English in small, friendly groups. All levels are welcome, "
                    "including complete beginners."
                ),
                "description": (
                    "<p>This is not a formal class. Volunteers lead small groups where you can "
                    "practise everyday English, such as talking to a doctor or shopping. Each "
                    "session has a topic, and there is plenty of time to chat over tea.</p>"
                ),
                "what_to_expect": (
                    "<p>When you arrive, a volunteer will ask a few questions to find the right "
                    "group for you. Groups are small, with four to six people.</p>"
                ),
                "how_to_join": "Just come along on a Wednesday evening or a Saturday morning.",
                "venue": "kellbrook-welcome-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Hannah",
                "contact_phone": "",
                "contact_email": "english@kellbrook-welcome.example",
                "interests": ["learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "19:30",
                    },
                    {
                        "frequency": "weekly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "12:30",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "shared-supper",
                "title": "Shared supper",
                "summary": (
                    "A monthly supper where new and long-time Kellbrook residents cook, eat and "
                    "celebrate together."
                ),
                "description": (
                    "<p>On the last Friday of each month the hub fills with food from all over the "
                    "world. Some people cook, some wash up and some just enjoy the meal. There is "
                    "often music afterwards.</p>"
                ),
                "what_to_expect": (
                    "<p>Food is served buffet-style from 7pm and everyone eats at long tables. "
                    "Bring a dish from home if you like, but you do not have to.</p>"
                ),
                "how_to_join": "Just come along, and bring a friend or neighbour.",
                "venue": "kellbrook-welcome-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Hannah",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-welcome.example",
                "interests": ["food", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 4,
                        "week_of_month": -1,
                        "starts_on": "2026-01-30",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "sunday-football",
                "title": "Sunday football",
                "summary": (
                    "A friendly, mixed-ability kickabout for adults of all backgrounds. Boots are "
                    "useful but trainers are fine."
                ),
                "description": (
                    "<p>We play small-sided games for about an hour and a half. It is about fun, "
                    "not winning, and players of all levels join in. We have spare kit for anyone "
                    "who needs it.</p>"
                ),
                "what_to_expect": (
                    "<p>Meet at the pavilion at 3pm. A volunteer will split everyone into teams "
                    "and explain how we play.</p>"
                ),
                "how_to_join": "Just turn up. Bring water and something warm to wear afterwards.",
                "venue": "riverside-recreation-ground",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Yusuf",
                "contact_phone": "020 7946 0261",
                "contact_email": "",
                "interests": ["being-active", "games"],
                "audiences": [],
                "access": ["accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 6,
                        "week_of_month": None,
                        "starts_on": "2026-03-01",
                        "ends_on": None,
                        "start_time": "15:00",
                        "end_time": "16:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "womens-sewing-circle",
                "title": "Women's sewing circle",
                "summary": (
                    "A relaxed sewing group for women. Learn to use a sewing machine, mend clothes "
                    "and get to know other women."
                ),
                "description": (
                    "<p>Women from many countries meet each week to sew, mend and chat. We have "
                    "six sewing machines, fabric and thread. Some members speak Arabic and Urdu, "
                    "and everyone helps each other.</p>"
                ),
                "what_to_expect": (
                    "<p>The room is for women only. A volunteer will show you around and help you "
                    "start a small project.</p>"
                ),
                "how_to_join": (
                    "Just come along on a Thursday afternoon. You can bring young children with "
                    "you."
                ),
                "venue": "kellbrook-welcome-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Layla",
                "contact_phone": "020 7946 0262",
                "contact_email": "",
                "interests": ["arts-and-making", "meeting-people-like-me"],
                "audiences": ["women-only"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": ["ar", "ur"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "13:00",
                        "end_time": "15:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-rainbow-social",
        "title": "Kellbrook Rainbow Social",
        "description": (
            "<p>A social group run by and for LGBTQ+ people who live, work or study in Kellbrook. "
            "Our events are relaxed and alcohol-free, and you can come exactly as you are.</p>"
        ),
        "website": "https://kellbrook-rainbow-social.example",
        "email": "hello@kellbrook-rainbow-social.example",
        "phone": "020 7946 0264",
        "venues": [
            {
                "slug": "the-copper-kettle",
                "title": "The Copper Kettle",
                "address_line_1": "5 Market Street",
                "address_line_2": "",
                "postcode": "KB1 4NE",
                "area": "kellbrook-central",
                "access_notes": "Step-free entrance. Accessible toilet at the back of the cafe.",
            },
            {
                "slug": "northgate-arts-centre",
                "title": "Northgate Arts Centre",
                "address_line_1": "31 Beacon Road",
                "address_line_2": "",
                "postcode": "KB5 2PL",
                "area": "northgate",
                "access_notes": (
                    "Level access throughout. Accessible toilets. Hearing loop in the studio. A "
                    "chill-out room is open during events."
                ),
            },
        ],
        "activities": [
            {
                "slug": "rainbow-coffee-morning",
                "title": "Rainbow coffee morning",
                "summary": (
                    "A monthly Saturday coffee morning for LGBTQ+ people and friends in a "
                    "welcoming local cafe."
                ),
                "description": (
                    "<p>We take over the big table at The Copper Kettle on the second Saturday of "
                    "the month. People of all ages come, some every month and some now and then. "
                    "It is a simple way to meet others in the community.</p>"
                ),
                "what_to_expect": (
                    "<p>Look for the small rainbow flag on the table. One of our hosts will say "
                    "hello and introduce you.</p>"
                ),
                "how_to_join": (
                    "Just come along. Email us if you would like a host to meet you at the door."
                ),
                "venue": "the-copper-kettle",
                "cost_band": "low",
                "cost_details": "Buy your own drinks, from £2.",
                "contact_name": "Sam",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-rainbow-social.example",
                "interests": ["meeting-people-like-me", "food"],
                "audiences": ["lgbtq"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 5,
                        "week_of_month": 2,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "13:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "later-life-afternoon-tea",
                "title": "Afternoon tea for LGBTQ+ people in later life",
                "summary": "Tea, cake and good conversation for LGBTQ+ people aged 65 and over.",
                "description": (
                    "<p>Many of our older members have lived through huge changes, and have "
                    "wonderful stories to share. This afternoon tea is a relaxed place to talk, "
                    "laugh and make friends. Partners and friends are welcome too.</p>"
                ),
                "what_to_expect": (
                    "<p>A host will meet you at the door. Tea and cake are served at the table, "
                    "and we sometimes have a guest speaker.</p>"
                ),
                "how_to_join": (
                    "Call or email Sam so we have enough cake. If getting here is difficult, ask "
                    "about our volunteer drivers."
                ),
                "venue": "the-copper-kettle",
                "cost_band": "free",
                "cost_details": "Free, thanks to a grant from Kellbrook Council.",
                "contact_name": "Sam",
                "contact_phone": "020 7946 0265",
                "contact_email": "hello@kellbrook-rainbow-social.example",
                "interests": ["food", "meeting-people-like-me"],
                "audiences": ["lgbtq", "age-65-plus"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "someone-will-meet-you", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 2,
                        "week_of_month": -1,
                        "starts_on": "2026-01-28",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "young-lgbtq-games-night",
                "title": "Games night for young LGBTQ+ people",
                "summary": (
                    "Board games, card games and snacks for LGBTQ+ people aged 16 to 24, every "
                    "other Thursday."
                ),
                "description": (
                    "<p>A safe, friendly evening to play games and meet people your own age. We "
                    "have everything from quick card games to long strategy games. Two trained "
                    "youth workers run each session.</p>"
                ),
                "what_to_expect": (
                    "<p>A youth worker will meet you at reception and show you to the studio. You "
                    "can join a game straight away or watch for a bit first.</p>"
                ),
                "how_to_join": (
                    "Just turn up, or message us first if you would like someone to meet you."
                ),
                "venue": "northgate-arts-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Youth worker",
                "contact_phone": "",
                "contact_email": "youth@kellbrook-rainbow-social.example",
                "interests": ["games", "meeting-people-like-me"],
                "audiences": ["lgbtq", "age-16-24"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "20:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "online-book-club",
                "title": "Online LGBTQ+ book club",
                "summary": (
                    "A monthly video chat about a book by an LGBTQ+ author. You do not have to "
                    "finish the book to join in."
                ),
                "description": (
                    "<p>Each month we choose a novel, memoir or short story collection together. "
                    "The chat lasts about an hour and a half. Library copies are usually "
                    "available.</p>"
                ),
                "what_to_expect": (
                    "<p>The host opens with a few questions, then everyone chats. Cameras on or "
                    "off, whatever you are comfortable with.</p>"
                ),
                "how_to_join": "Email us for the video link and this month's book.",
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Priya",
                "contact_phone": "",
                "contact_email": "books@kellbrook-rainbow-social.example",
                "interests": ["learning-and-languages", "meeting-people-like-me"],
                "audiences": ["lgbtq"],
                "access": [],
                "expectations": ["book-first", "come-alone"],
                "modes": ["online"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 0,
                        "week_of_month": 1,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "19:30",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "winter-dance",
                "title": "LGBT+ History Month winter dance",
                "summary": (
                    "An alcohol-free evening of dancing, from old favourites to today's hits, for "
                    "LGBTQ+ people and friends."
                ),
                "description": (
                    "<p>To celebrate LGBT+ History Month, we are filling the Northgate Arts Centre "
                    "with music and dancing. There will be a DJ, a short talk on local LGBTQ+ "
                    "history and plenty of seating for anyone who would rather watch.</p>"
                ),
                "what_to_expect": (
                    "<p>Stewards will welcome you at the door. There is a quiet chill-out room if "
                    "you need a break from the music.</p>"
                ),
                "how_to_join": (
                    "Book tickets by email. If the ticket price is a barrier, just ask for a free "
                    "one."
                ),
                "venue": "northgate-arts-centre",
                "cost_band": "paid",
                "cost_details": "£8 a ticket. Free tickets are available if money is tight.",
                "contact_name": "Sam",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-rainbow-social.example",
                "interests": ["music", "meeting-people-like-me"],
                "audiences": ["lgbtq"],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "quiet-space"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-02-20",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "23:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "millfield-mens-shed",
        "title": "Millfield Men's Shed",
        "description": (
            "<p>A workshop where men can make, mend and chat. Members share skills in woodwork, "
            "metalwork and repairs, and the kettle is always on.</p>"
        ),
        "website": "https://millfield-mens-shed.example",
        "email": "hello@millfield-mens-shed.example",
        "phone": "020 7946 0271",
        "venues": [
            {
                "slug": "the-shed-brewery-lane",
                "title": "Millfield Men's Shed",
                "address_line_1": "Yard 2, Millfield Works",
                "address_line_2": "Brewery Lane",
                "postcode": "KB6 2NP",
                "area": "millfield",
                "access_notes": (
                    "Step-free entrance from the yard. Accessible toilet. The workshop can be "
                    "noisy, but there is a quieter tea room."
                ),
            },
        ],
        "activities": [
            {
                "slug": "shed-open-sessions",
                "title": "Shed open sessions",
                "summary": (
                    "Drop into the workshop to make something, fix something or just have a brew "
                    "and a chat."
                ),
                "description": (
                    "<p>The Shed has a full woodwork bench, hand tools and a lathe. Members build "
                    "bird boxes, benches for local schools and all sorts of personal projects. "
                    "Whatever your skills, there is something you can do, and someone who can "
                    "teach you.</p>"
                ),
                "what_to_expect": (
                    "<p>Come into the tea room first and someone will show you round and go "
                    "through the safety rules. Nobody expects you to pick up a tool on your first "
                    "visit.</p>"
                ),
                "how_to_join": "Just drop in on a Tuesday or Friday. Wear sturdy shoes.",
                "venue": "the-shed-brewery-lane",
                "cost_band": "low",
                "cost_details": "£2 a session for tea and materials. Your first visit is free.",
                "contact_name": "Frank",
                "contact_phone": "020 7946 0272",
                "contact_email": "",
                "interests": ["arts-and-making", "volunteering", "meeting-people-like-me"],
                "audiences": ["mens-group"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "first-time-free"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "15:00",
                    },
                    {
                        "frequency": "weekly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "15:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "thursday-evening-shed",
                "title": "Thursday evening shed",
                "summary": "An evening session at the Shed for men who work during the day.",
                "description": (
                    "<p>The workshop stays open late on Thursdays so men with day jobs can join "
                    "in. Bring a project, help with a community build or just enjoy the "
                    "company.</p>"
                ),
                "what_to_expect": (
                    "<p>Someone will make you a tea and show you round. We finish most evenings "
                    "with a chat in the tea room.</p>"
                ),
                "how_to_join": "Just turn up after 6pm.",
                "venue": "the-shed-brewery-lane",
                "cost_band": "low",
                "cost_details": "£2 a session. Your first visit is free.",
                "contact_name": "Dan",
                "contact_phone": "",
                "contact_email": "evenings@millfield-mens-shed.example",
                "interests": ["arts-and-making", "meeting-people-like-me"],
                "audiences": ["mens-group", "age-25-64"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "first-time-free"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-05-07",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "20:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "monday-walk-and-talk",
                "title": "Monday walk and talk",
                "summary": (
                    "A gentle one-hour walk around Millfield Green for men, with a cuppa at the "
                    "Shed afterwards."
                ),
                "description": (
                    "<p>Some things are easier to talk about side by side than face to face. Our "
                    "Monday walk is a chance to stretch your legs and have a chat. The pace is "
                    "easy and the route is flat.</p>"
                ),
                "what_to_expect": (
                    "<p>We meet at the Shed gate and walk together. One of the regulars will walk "
                    "with you if you are new.</p>"
                ),
                "how_to_join": "Meet at the Shed gate at 11am.",
                "venue": "the-shed-brewery-lane",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Frank",
                "contact_phone": "020 7946 0272",
                "contact_email": "",
                "interests": ["being-active", "nature-and-gardening"],
                "audiences": ["mens-group"],
                "access": ["step-free"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "repair-cafe",
                "title": "Repair cafe",
                "summary": (
                    "Bring a broken lamp, toaster, chair or bike and our volunteers will help you "
                    "fix it. Open to everyone."
                ),
                "description": (
                    "<p>Our volunteer fixers can help with small electricals, furniture, bikes and "
                    "clothes. You learn how to do it yourself while you wait, and you keep things "
                    "out of the bin. Tea and cake are on offer while you wait.</p>"
                ),
                "what_to_expect": (
                    "<p>Sign in at the front desk with your item. You will be called to a fixer's "
                    "table when one is free.</p>"
                ),
                "how_to_join": "Just bring your item along. No more than two items each, please.",
                "venue": "the-shed-brewery-lane",
                "cost_band": "free",
                "cost_details": "Free. Donations welcome.",
                "contact_name": "Repair cafe team",
                "contact_phone": "",
                "contact_email": "repair@millfield-mens-shed.example",
                "interests": ["arts-and-making", "volunteering"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 5,
                        "week_of_month": 3,
                        "starts_on": "2026-01-17",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "13:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "christmas-toy-repair",
                "title": "Christmas toy repair morning",
                "summary": (
                    "Help us mend and clean donated toys so they can go to local families at "
                    "Christmas."
                ),
                "description": (
                    "<p>Each December we fix up donated toys for the Kellbrook toy appeal. You do "
                    "not need any skills: there is sanding, painting, cleaning and wrapping to do. "
                    "Everyone is welcome at this session, not just men.</p>"
                ),
                "what_to_expect": (
                    "<p>You will be given a simple task and someone to work alongside. Mince pies "
                    "are provided.</p>"
                ),
                "how_to_join": (
                    "Just come along on the morning. Email us if you are bringing a group."
                ),
                "venue": "the-shed-brewery-lane",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Frank",
                "contact_phone": "",
                "contact_email": "hello@millfield-mens-shed.example",
                "interests": ["volunteering", "arts-and-making"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-05",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "13:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-university-students-union",
        "title": "Kellbrook University Students' Union",
        "description": (
            "<p>The Students' Union runs clubs, societies and events for students at Kellbrook "
            "University. Many of our societies welcome local young people and residents too.</p>"
        ),
        "website": "https://kellbrook-university-students-union.example",
        "email": "hello@kellbrook-university-students-union.example",
        "phone": "020 7946 0285",
        "venues": [
            {
                "slug": "students-union-building",
                "title": "Students' Union building",
                "address_line_1": "1 College Row",
                "address_line_2": "Northgate Campus",
                "postcode": "KB5 3UT",
                "area": "northgate",
                "access_notes": (
                    "Step-free entrance with automatic doors. Accessible toilets on every floor. "
                    "Quiet room on the ground floor."
                ),
            },
        ],
        "activities": [
            {
                "slug": "international-students-coffee",
                "title": "International students' coffee hour",
                "summary": (
                    "Free coffee and a friendly chat for international students, every Wednesday "
                    "afternoon in term time."
                ),
                "description": (
                    "<p>Moving to a new country to study is a big change. Our coffee hour is a "
                    "relaxed place to meet other students from around the world and from the UK. "
                    "Student advisers drop by with tips on everything from banking to the "
                    "weather.</p>"
                ),
                "what_to_expect": (
                    "<p>Student volunteers in blue T-shirts welcome everyone at the cafe door. "
                    "Grab a drink and join any table.</p>"
                ),
                "how_to_join": "Just drop in to the Students' Union cafe.",
                "venue": "students-union-building",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "International Society",
                "contact_phone": "",
                "contact_email": "international@kellbrook-university-students-union.example",
                "interests": ["meeting-people-like-me", "learning-and-languages"],
                "audiences": ["age-16-24"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-14",
                        "ends_on": None,
                        "start_time": "15:00",
                        "end_time": "17:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-12",
                        "ends_on": "2027-01-10",
                        "reason": "University winter break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "language-exchange-evening",
                "title": "Language exchange evening",
                "summary": (
                    "Swap languages over a drink: practise a language you are learning and help "
                    "someone with yours."
                ),
                "description": (
                    "<p>Each table has a language flag, and you move round every 20 minutes. "
                    "Spanish, Mandarin Chinese and Portuguese are always popular, and English is "
                    "spoken too. Students and local residents are welcome.</p>"
                ),
                "what_to_expect": (
                    "<p>Pick a table and introduce yourself. Half the time is spent in one "
                    "language and half in the other.</p>"
                ),
                "how_to_join": "Just come along to the first-floor bar area.",
                "venue": "students-union-building",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Language Society",
                "contact_phone": "",
                "contact_email": "languages@kellbrook-university-students-union.example",
                "interests": ["learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": ["es", "zh-hans", "pt"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-12",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-12",
                        "ends_on": "2027-01-10",
                        "reason": "University winter break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "hiking-society-day-trip",
                "title": "Hiking society day trip",
                "summary": (
                    "A monthly coach trip to the hills for a day's walking. Open to students and "
                    "anyone aged 16 to 24."
                ),
                "description": (
                    "<p>We hire a coach and head out of London for a walk of 8 to 10 miles. There "
                    "are usually two routes, one shorter and one harder. It is a great way to see "
                    "the countryside and meet new people.</p>"
                ),
                "what_to_expect": (
                    "<p>The coach leaves from outside the Students' Union at 8:30am sharp. Leaders "
                    "check everyone in and split people into walking groups.</p>"
                ),
                "how_to_join": "Book your seat online through the Students' Union website.",
                "venue": "students-union-building",
                "cost_band": "paid",
                "cost_details": "£12 for the coach",
                "contact_name": "Hiking Society",
                "contact_phone": "",
                "contact_email": "hiking@kellbrook-university-students-union.example",
                "interests": ["being-active", "nature-and-gardening"],
                "audiences": ["age-16-24"],
                "access": [],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 6,
                        "week_of_month": 1,
                        "starts_on": "2026-02-01",
                        "ends_on": None,
                        "start_time": "08:30",
                        "end_time": "18:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-12",
                        "ends_on": "2027-01-10",
                        "reason": "University winter break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "board-games-society",
                "title": "Board games society",
                "summary": (
                    "Hundreds of board games and a friendly crowd every Thursday night. Beginners "
                    "very welcome."
                ),
                "description": (
                    "<p>Our collection has everything from quick party games to big strategy "
                    "games. Members are happy to teach new players the rules. There is a quieter "
                    "table for people who prefer a calmer game.</p>"
                ),
                "what_to_expect": (
                    "<p>Ask at the games library table and someone will find you a group and a "
                    "game.</p>"
                ),
                "how_to_join": "Just drop in. Students and local people aged 16 to 24 are welcome.",
                "venue": "students-union-building",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Games Society",
                "contact_phone": "",
                "contact_email": "games@kellbrook-university-students-union.example",
                "interests": ["games"],
                "audiences": ["age-16-24"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-15",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "22:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-12",
                        "ends_on": "2027-01-10",
                        "reason": "University winter break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "winter-break-dinner",
                "title": "Winter break dinner",
                "summary": (
                    "A free festive dinner for students staying in Kellbrook over the winter break."
                ),
                "description": (
                    "<p>If you are not going home for the holidays, join us for a big shared "
                    "dinner. There will be food from many countries, games and a film.</p>"
                ),
                "what_to_expect": (
                    "<p>Student volunteers will welcome you. Seats are mixed so you can meet "
                    "people from other courses.</p>"
                ),
                "how_to_join": "Book a free place on the Students' Union website by 18 December.",
                "venue": "students-union-building",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Welfare officer",
                "contact_phone": "",
                "contact_email": "welfare@kellbrook-university-students-union.example",
                "interests": ["food", "meeting-people-like-me"],
                "audiences": ["age-16-24"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-24",
                        "ends_on": None,
                        "start_time": "17:00",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "welcome-back-social",
                "title": "Welcome back social",
                "summary": (
                    "Start the new term with music, free food and stalls from clubs and local "
                    "groups."
                ),
                "description": (
                    "<p>Find out about clubs, societies and volunteering in one evening. Local "
                    "groups from across Kellbrook will be there too. There is a live band from "
                    "7pm.</p>"
                ),
                "what_to_expect": (
                    "<p>Wander round the stalls at your own pace. Volunteers at the entrance can "
                    "point you to anything you are looking for.</p>"
                ),
                "how_to_join": "No need to book. Bring your student card or proof of age.",
                "venue": "students-union-building",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Activities team",
                "contact_phone": "",
                "contact_email": "activities@kellbrook-university-students-union.example",
                "interests": ["music", "volunteering"],
                "audiences": ["age-16-24"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-01-15",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-libraries",
        "title": "Kellbrook Libraries",
        "description": (
            "<p>Kellbrook's libraries are free to join and open to everyone. As well as books, we "
            "host groups, clubs and help with computers and phones.</p>"
        ),
        "website": "https://kellbrook-libraries.example",
        "email": "hello@kellbrook-libraries.example",
        "phone": "020 7946 0300",
        "venues": [
            {
                "slug": "central-library",
                "title": "Kellbrook Central Library",
                "address_line_1": "1 Market Square",
                "address_line_2": "",
                "postcode": "KB1 1AA",
                "area": "kellbrook-central",
                "access_notes": (
                    "Step-free entrance and lift to all floors. Accessible toilets on the ground "
                    "and first floors. Hearing loops at the counter and in the meeting room."
                ),
            },
            {
                "slug": "fenmoor-library",
                "title": "Fenmoor Library",
                "address_line_1": "27 Station Road",
                "address_line_2": "",
                "postcode": "KB3 5HD",
                "area": "fenmoor",
                "access_notes": (
                    "Ramp at the front entrance. Accessible toilet. Everything is on one floor."
                ),
            },
            {
                "slug": "millfield-library",
                "title": "Millfield Library",
                "address_line_1": "110 Millfield Road",
                "address_line_2": "",
                "postcode": "KB6 4EW",
                "area": "millfield",
                "access_notes": (
                    "Level entrance. Accessible toilet. Hearing loop in the reading room. Large "
                    "print and audio books available."
                ),
            },
        ],
        "activities": [
            {
                "slug": "english-conversation-cafe",
                "title": "English conversation cafe",
                "summary": (
                    "An informal cafe where people learning English can practise speaking with "
                    "friendly volunteers."
                ),
                "description": (
                    "<p>Practise your English over a cup of tea with volunteers and other "
                    "learners. We talk about everyday things, like the news, food and life in "
                    "Kellbrook. You can also find out about free English courses in the "
                    "borough.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer will welcome you and sit you at a table with others at a "
                    "similar level. You can just listen at first if you prefer.</p>"
                ),
                "how_to_join": (
                    "Just come to the first floor of Kellbrook Central Library on a Thursday "
                    "afternoon."
                ),
                "venue": "central-library",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Library staff",
                "contact_phone": "020 7946 0301",
                "contact_email": "central@kellbrook-libraries.example",
                "interests": ["learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "15:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "rhyme-time",
                "title": "Rhyme time for babies",
                "summary": (
                    "Songs and rhymes for babies and toddlers with their parents and carers. Free, "
                    "and no need to book."
                ),
                "description": (
                    "<p>Half an hour of songs, rhymes and bouncing, led by our children's "
                    "librarian. It is a good way to get out of the house and meet other parents. "
                    "Stay afterwards to borrow books or have a chat.</p>"
                ),
                "what_to_expect": (
                    "<p>Sit on the mats in the children's corner. You do not need to know the "
                    "songs, and babies can wander and make noise.</p>"
                ),
                "how_to_join": "Just come along. Space for buggies is by the door.",
                "venue": "fenmoor-library",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Children's librarian",
                "contact_phone": "020 7946 0302",
                "contact_email": "",
                "interests": ["music", "meeting-people-like-me"],
                "audiences": ["new-parents"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "10:30",
                        "end_time": "11:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-19",
                        "ends_on": "2027-01-04",
                        "reason": "School Christmas holidays",
                    },
                    {
                        "starts_on": "2027-02-15",
                        "ends_on": "2027-02-19",
                        "reason": "February half term",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "reading-group",
                "title": "Millfield reading group",
                "summary": (
                    "A friendly monthly book group. Books are provided free, including large print "
                    "and audio copies."
                ),
                "description": (
                    "<p>We read a mix of novels and true stories, and talk about them over tea. "
                    "Opinions of all kinds are welcome, and you do not need to have finished the "
                    "book.</p>"
                ),
                "what_to_expect": (
                    "<p>About a dozen people meet in the reading room. The librarian starts with a "
                    "few questions and the talk goes from there.</p>"
                ),
                "how_to_join": "Ask at the counter or call the library to get this month's book.",
                "venue": "millfield-library",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Library staff",
                "contact_phone": "020 7946 0303",
                "contact_email": "millfield@kellbrook-libraries.example",
                "interests": ["learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "large-print"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 1,
                        "week_of_month": 2,
                        "starts_on": "2026-01-13",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "15:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "computer-and-phone-help",
                "title": "Computer and phone help",
                "summary": (
                    "One-to-one help with computers, phones and tablets from patient volunteers."
                ),
                "description": (
                    "<p>Bring your own device or use one of ours. Volunteers can help with email, "
                    "video calls, online forms, shopping and staying safe online. No question is "
                    "too simple.</p>"
                ),
                "what_to_expect": (
                    "<p>You will sit with a volunteer for up to 45 minutes. Write down what you "
                    "would like help with, if you can.</p>"
                ),
                "how_to_join": "Book a slot at the counter or by phone.",
                "venue": "fenmoor-library",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Library staff",
                "contact_phone": "020 7946 0302",
                "contact_email": "",
                "interests": ["support-and-advice", "learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "large-print"],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "polish-conversation",
                "title": "Polish and English conversation swap",
                "summary": (
                    "Practise Polish or English in a relaxed group at the Central Library. All "
                    "levels welcome."
                ),
                "description": (
                    "<p>Polish speakers and English speakers meet to help each other with "
                    "conversation. We also share films, books and recipes. The library has a good "
                    "collection of Polish books to borrow.</p>"
                ),
                "what_to_expect": (
                    "<p>We spend half the time in Polish and half in English, in small groups. "
                    "Just say hello when you arrive.</p>"
                ),
                "how_to_join": "Just come along to the meeting room on the ground floor.",
                "venue": "central-library",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Ewa",
                "contact_phone": "",
                "contact_email": "central@kellbrook-libraries.example",
                "interests": ["learning-and-languages", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": ["pl"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "19:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "winter-storytelling-evening",
                "title": "Winter storytelling evening",
                "summary": (
                    "An evening of stories and folk tales for adults, told by local storytellers."
                ),
                "description": (
                    "<p>Settle in with a hot drink as storytellers share tales from around the "
                    "world, including some from Kellbrook's own history. There is a chance to tell "
                    "a short story yourself, if you would like to.</p>"
                ),
                "what_to_expect": (
                    "<p>Chairs are set out in a circle in the reading room. The evening has an "
                    "interval with drinks and biscuits.</p>"
                ),
                "how_to_join": "Free, but please book as places are limited.",
                "venue": "millfield-library",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Library staff",
                "contact_phone": "020 7946 0303",
                "contact_email": "millfield@kellbrook-libraries.example",
                "interests": ["arts-and-making", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "large-print"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-01-28",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "riverside-allotments",
        "title": "Riverside Allotments and Gardens Association",
        "description": (
            "<p>We look after the allotments and community garden by the river in Riverside. You "
            "do not need a plot to join in: our community garden is open to everyone.</p>"
        ),
        "website": "https://riverside-allotments.example",
        "email": "hello@riverside-allotments.example",
        "phone": "020 7946 0312",
        "venues": [
            {
                "slug": "wharf-road-allotments",
                "title": "Riverside Allotments",
                "address_line_1": "Main gate, Wharf Road",
                "address_line_2": "",
                "postcode": "KB4 6JS",
                "area": "riverside",
                "access_notes": (
                    "Wide, level main path to the community garden. Raised beds at wheelchair "
                    "height. Accessible toilet in the pavilion."
                ),
            },
        ],
        "activities": [
            {
                "slug": "saturday-work-party",
                "title": "Saturday garden work party",
                "summary": (
                    "Help grow fruit and vegetables in the community garden. No experience needed, "
                    "and tools and gloves are provided."
                ),
                "description": (
                    "<p>Every Saturday morning we weed, dig, plant and harvest together. Tasks "
                    "suit all abilities, from potting seedlings at a table to turning the compost. "
                    "At 11:30 we stop for tea round the fire pit.</p>"
                ),
                "what_to_expect": (
                    "<p>Come to the pavilion and a volunteer will find you a job and someone to "
                    "work with. Wear old clothes and shoes you do not mind getting muddy.</p>"
                ),
                "how_to_join": "Just turn up at the main gate on Wharf Road.",
                "venue": "wharf-road-allotments",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Chidi",
                "contact_phone": "020 7946 0313",
                "contact_email": "garden@riverside-allotments.example",
                "interests": ["nature-and-gardening", "volunteering", "being-active"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "13:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "wellbeing-garden-mornings",
                "title": "Wellbeing garden mornings",
                "summary": (
                    "Calm, small-group gardening sessions in our wellbeing garden, for anyone who "
                    "would like a quiet space outdoors."
                ),
                "description": (
                    "<p>Our wellbeing garden is a peaceful corner of the allotments with raised "
                    "beds, herbs and a shelter. Groups are kept small, and there is no pressure to "
                    "do more than you feel like. Some people come after a tough time; others just "
                    "love plants.</p>"
                ),
                "what_to_expect": (
                    "<p>A gardener will meet you at the gate on your first visit and show you "
                    "round. We start each session with a cup of herbal tea.</p>"
                ),
                "how_to_join": (
                    "Call Chidi for a short chat first, so we can make sure there is space."
                ),
                "venue": "wharf-road-allotments",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Chidi",
                "contact_phone": "020 7946 0313",
                "contact_email": "",
                "interests": ["nature-and-gardening"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["book-first", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-03-04",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "growers-supper-club",
                "title": "Growers' supper club",
                "summary": (
                    "Cook and eat a simple supper with food from the allotments, every other "
                    "Friday."
                ),
                "description": (
                    "<p>We cook in the pavilion kitchen using whatever is ready in the garden, "
                    "plus a few things from the shop. Anyone can help chop, stir or wash up. It is "
                    "a good way to learn new recipes.</p>"
                ),
                "what_to_expect": (
                    "<p>Come to the pavilion, wash your hands and you will be given a job. We eat "
                    "together at about 6:30pm.</p>"
                ),
                "how_to_join": "Email us by Wednesday so we know how many to cook for.",
                "venue": "wharf-road-allotments",
                "cost_band": "low",
                "cost_details": "£2 towards ingredients",
                "contact_name": "Rosa",
                "contact_phone": "",
                "contact_email": "supper@riverside-allotments.example",
                "interests": ["food", "nature-and-gardening"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-04-03",
                        "ends_on": None,
                        "start_time": "17:30",
                        "end_time": "19:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "seed-swap",
                "title": "Spring seed swap",
                "summary": (
                    "Swap seeds, cuttings and growing tips ready for the new season. Free, and you "
                    "do not need any seeds to bring."
                ),
                "description": (
                    "<p>Gardeners from across Kellbrook bring spare seeds and plants to swap. Our "
                    "plot holders will be on hand with advice, and there is soup in the "
                    "pavilion.</p>"
                ),
                "what_to_expect": (
                    "<p>Take what you need from the tables and leave what you can. Volunteers can "
                    "help you choose what to grow.</p>"
                ),
                "how_to_join": "Just come along to the pavilion.",
                "venue": "wharf-road-allotments",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Chidi",
                "contact_phone": "",
                "contact_email": "garden@riverside-allotments.example",
                "interests": ["nature-and-gardening"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-02-27",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "14:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "apple-day",
                "title": "Apple day",
                "summary": (
                    "Celebrate the harvest with apple pressing, tasting and games for all ages."
                ),
                "description": (
                    "<p>Bring your own apples to press into juice, or taste some of the many kinds "
                    "grown on the site. There is cake, music and a guided tour of the orchard.</p>"
                ),
                "what_to_expect": (
                    "<p>Wander round at your own pace. Volunteers run the apple press and will "
                    "show you how it works.</p>"
                ),
                "how_to_join": "No need to book. Just come along.",
                "venue": "wharf-road-allotments",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Chidi",
                "contact_phone": "",
                "contact_email": "garden@riverside-allotments.example",
                "interests": ["food", "nature-and-gardening"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-11-01",
                        "ends_on": None,
                        "start_time": "12:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-sings",
        "title": "Kellbrook Sings",
        "description": (
            "<p>Kellbrook Sings is a music charity that believes everyone can sing. We run choirs "
            "and music groups with no auditions and no need to read music.</p>"
        ),
        "website": "https://kellbrook-sings.example",
        "email": "hello@kellbrook-sings.example",
        "phone": "020 7946 0326",
        "venues": [
            {
                "slug": "old-library-arts-space",
                "title": "The Old Library Arts Space",
                "address_line_1": "9 Tanner Street",
                "address_line_2": "",
                "postcode": "KB1 5QS",
                "area": "kellbrook-central",
                "access_notes": "Level entrance. Accessible toilet. Hearing loop in the main room.",
            },
            {
                "slug": "riverside-methodist-hall",
                "title": "Riverside Methodist Hall",
                "address_line_1": "60 Ferry Lane",
                "address_line_2": "",
                "postcode": "KB4 4EW",
                "area": "riverside",
                "access_notes": (
                    "Ramp at the front entrance. Accessible toilet. A side room can be used as a "
                    "quiet space."
                ),
            },
        ],
        "activities": [
            {
                "slug": "community-choir",
                "title": "Kellbrook community choir",
                "summary": (
                    "A big, friendly choir singing pop, soul and folk songs. No auditions and no "
                    "need to read music."
                ),
                "description": (
                    "<p>We learn songs by ear, in parts, with a brilliant musical director. "
                    "Members range from 18 to 90, and include plenty of people who had not sung "
                    "since school. We perform a few times a year, but only if you want to.</p>"
                ),
                "what_to_expect": (
                    "<p>Sit in any section for your first few weeks. Song sheets are handed out, "
                    "in large print if you prefer, and there is a tea break halfway through.</p>"
                ),
                "how_to_join": "Just come along. Your first two sessions are free.",
                "venue": "old-library-arts-space",
                "cost_band": "low",
                "cost_details": "£3 a week. Your first two sessions are free.",
                "contact_name": "Ellie",
                "contact_phone": "020 7946 0327",
                "contact_email": "choir@kellbrook-sings.example",
                "interests": ["music"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "large-print"],
                "expectations": ["drop-in", "come-alone", "first-time-free"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "20:45",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "sing-and-remember",
                "title": "Sing and remember",
                "summary": (
                    "Singing sessions for people living with dementia and the family members or "
                    "friends who care for them."
                ),
                "description": (
                    "<p>We sing well-loved songs from the 1940s to the 1980s, with simple warm-ups "
                    "and percussion. Music can bring back happy memories and lift everyone's mood. "
                    "Carers and the people they look after take part together.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer will greet you both at the door. Song words are printed in "
                    "large type, and there is tea and a chat at the end.</p>"
                ),
                "how_to_join": (
                    "Call Ellie to book your first visit, so we can welcome you properly."
                ),
                "venue": "riverside-methodist-hall",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Ellie",
                "contact_phone": "020 7946 0327",
                "contact_email": "",
                "interests": ["music", "support-and-advice"],
                "audiences": ["carers", "age-65-plus"],
                "access": ["step-free", "accessible-toilet", "large-print", "quiet-space"],
                "expectations": ["book-first", "bring-someone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-14",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "15:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "ukrainian-community-choir",
                "title": "Ukrainian community choir",
                "summary": (
                    "Sing Ukrainian folk songs and church music together. Everyone who loves "
                    "Ukrainian songs is welcome."
                ),
                "description": (
                    "<p>Our choir started when Ukrainian families arrived in Kellbrook, and has "
                    "grown into a warm community. We sing in Ukrainian and perform at local "
                    "festivals. People who do not speak Ukrainian are welcome to join.</p>"
                ),
                "what_to_expect": (
                    "<p>Rehearsals start with a warm-up and tea. Our conductor will help you find "
                    "your part, and words are provided with an English transliteration.</p>"
                ),
                "how_to_join": "Just come along on a Sunday afternoon.",
                "venue": "old-library-arts-space",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Oksana",
                "contact_phone": "",
                "contact_email": "ukrainian@kellbrook-sings.example",
                "interests": ["music", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": ["uk"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 6,
                        "week_of_month": None,
                        "starts_on": "2026-01-11",
                        "ends_on": None,
                        "start_time": "16:00",
                        "end_time": "18:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "beginners-ukulele",
                "title": "Beginners' ukulele",
                "summary": (
                    "Learn to play simple songs on the ukulele in a friendly weekly class. "
                    "Ukuleles can be borrowed."
                ),
                "description": (
                    "<p>The ukulele is small, cheap and easy to learn. In this class you will "
                    "learn a few chords each week and play songs together from the very first "
                    "session. It runs until the end of March.</p>"
                ),
                "what_to_expect": (
                    "<p>The tutor will lend you a ukulele and show you how to hold it. Everyone in "
                    "the room is a beginner.</p>"
                ),
                "how_to_join": "Book a place by email. You can join at any point until February.",
                "venue": "riverside-methodist-hall",
                "cost_band": "low",
                "cost_details": "£3 a week. We can lend you a ukulele.",
                "contact_name": "Ellie",
                "contact_phone": "",
                "contact_email": "ukulele@kellbrook-sings.example",
                "interests": ["music", "learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-09-10",
                        "ends_on": "2027-03-25",
                        "start_time": "18:00",
                        "end_time": "19:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "winter-concert",
                "title": "Winter concert",
                "summary": (
                    "The community choir and guests sing winter songs and carols. A BSL "
                    "interpreter will sign the whole concert."
                ),
                "description": (
                    "<p>Our winter concert brings together the community choir, the Ukrainian "
                    "choir and pupils from local schools. There will be festive favourites, songs "
                    "from around the world and a chance to join in.</p>"
                ),
                "what_to_expect": (
                    "<p>Doors open at 6:30pm. Seating is unreserved, with spaces for wheelchair "
                    "users at the front.</p>"
                ),
                "how_to_join": "Book tickets by email or buy them at the door.",
                "venue": "old-library-arts-space",
                "cost_band": "paid",
                "cost_details": "£6, or £3 for concessions. Under-16s free.",
                "contact_name": "Box office",
                "contact_phone": "",
                "contact_email": "tickets@kellbrook-sings.example",
                "interests": ["music", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "bsl"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-12",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "online-singalong",
                "title": "Online singalong",
                "summary": (
                    "A cheerful 45-minute singalong by video call, with songs everyone knows. Join "
                    "from your armchair."
                ),
                "description": (
                    "<p>Our musical director plays the piano and leads songs from musicals, old "
                    "favourites and pop classics. Everyone is on mute, so nobody can hear you "
                    "sing. Words are shown on screen.</p>"
                ),
                "what_to_expect": (
                    "<p>The host says hello to everyone as they join, then we sing for about 40 "
                    "minutes and chat at the end.</p>"
                ),
                "how_to_join": (
                    "Email us for the link. We can post you a song booklet and help you get online."
                ),
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Ellie",
                "contact_phone": "",
                "contact_email": "online@kellbrook-sings.example",
                "interests": ["music"],
                "audiences": [],
                "access": ["large-print"],
                "expectations": ["come-alone"],
                "modes": ["online"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "11:45",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "bright-sparks-arts",
        "title": "Bright Sparks Arts",
        "description": (
            "<p>Bright Sparks Arts is an arts charity for adults with learning disabilities. Our "
            "members paint, act, dance and show their work across London.</p>"
        ),
        "website": "https://bright-sparks-arts.example",
        "email": "hello@bright-sparks-arts.example",
        "phone": "020 7946 0338",
        "venues": [
            {
                "slug": "bright-sparks-studio",
                "title": "Bright Sparks Studio",
                "address_line_1": "14 Foundry Yard",
                "address_line_2": "",
                "postcode": "KB3 3GW",
                "area": "fenmoor",
                "access_notes": (
                    "Step-free studio on the ground floor. Accessible toilet with changing bench "
                    "and hoist. Quiet room with soft lighting."
                ),
            },
        ],
        "activities": [
            {
                "slug": "monday-art-studio",
                "title": "Monday art studio",
                "summary": (
                    "A creative day of painting, printing and making for adults with learning "
                    "disabilities."
                ),
                "description": (
                    "<p>Artists help members try painting, printmaking, clay and textiles. You can "
                    "work on your own pieces or join a group project. Some work goes into our "
                    "exhibitions.</p>"
                ),
                "what_to_expect": (
                    "<p>Staff will meet you and your supporter at the door. We have a break for "
                    "lunch together at 12:30pm.</p>"
                ),
                "how_to_join": (
                    "Call or email Zara to arrange a taster visit. Support workers are welcome."
                ),
                "venue": "bright-sparks-studio",
                "cost_band": "low",
                "cost_details": "£3 towards materials. Bring a packed lunch.",
                "contact_name": "Zara",
                "contact_phone": "020 7946 0339",
                "contact_email": "studio@bright-sparks-arts.example",
                "interests": ["arts-and-making"],
                "audiences": ["learning-disabilities"],
                "access": ["step-free", "accessible-toilet", "quiet-space", "large-print"],
                "expectations": ["book-first", "bring-someone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "10:30",
                        "end_time": "14:30",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "drama-group",
                "title": "Drama group",
                "summary": (
                    "Games, acting and making shows together, for adults with learning "
                    "disabilities."
                ),
                "description": (
                    "<p>Our drama group uses games, music and improvisation to build confidence "
                    "and make friends. Each year we make a show and perform it at a local "
                    "theatre.</p>"
                ),
                "what_to_expect": (
                    "<p>We start in a circle with warm-up games. Nobody has to perform until they "
                    "are ready.</p>"
                ),
                "how_to_join": "Call Zara to book a taster session.",
                "venue": "bright-sparks-studio",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Zara",
                "contact_phone": "020 7946 0339",
                "contact_email": "",
                "interests": ["arts-and-making", "music"],
                "audiences": ["learning-disabilities"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "13:00",
                        "end_time": "15:00",
                    },
                ],
                "breaks": [],
                "paused_until": "2027-01-15",
                "pause_reason": (
                    "Our studio is being refurbished. We can't wait to see everyone again in "
                    "January."
                ),
            },
            {
                "slug": "spark-club-night",
                "title": "Spark club night",
                "summary": (
                    "A monthly club night with a DJ, dancing and a chill-out room, for adults with "
                    "learning disabilities and their friends."
                ),
                "description": (
                    "<p>Put on your dancing shoes for our first-Friday club night. Our DJs take "
                    "requests, and there are soft drinks and snacks on sale. Friends, family and "
                    "support workers are welcome.</p>"
                ),
                "what_to_expect": (
                    "<p>Staff at the door will sign you in and show you where everything is. If it "
                    "gets too loud, the chill-out room is always open.</p>"
                ),
                "how_to_join": "Just come along. Support workers get in free.",
                "venue": "bright-sparks-studio",
                "cost_band": "low",
                "cost_details": "£5 entry. Support workers free.",
                "contact_name": "Zara",
                "contact_phone": "",
                "contact_email": "studio@bright-sparks-arts.example",
                "interests": ["music", "meeting-people-like-me"],
                "audiences": ["learning-disabilities"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 4,
                        "week_of_month": 1,
                        "starts_on": "2026-01-02",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "22:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "online-art-club",
                "title": "Online art club",
                "summary": (
                    "An hour of drawing and making by video call, for adults with learning "
                    "disabilities who prefer to join from home."
                ),
                "description": (
                    "<p>Each week an artist shows a simple project, like collage or drawing with "
                    "music. We post out an easy-read guide and any materials you need.</p>"
                ),
                "what_to_expect": (
                    "<p>The artist says hello to everyone by name. At the end, people show what "
                    "they made, if they want to.</p>"
                ),
                "how_to_join": "Email or call Zara to join. We can help set up the video call.",
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Zara",
                "contact_phone": "020 7946 0339",
                "contact_email": "studio@bright-sparks-arts.example",
                "interests": ["arts-and-making"],
                "audiences": ["learning-disabilities"],
                "access": ["large-print"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["online"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "16:00",
                        "end_time": "17:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "spring-exhibition",
                "title": "Spring exhibition opening",
                "summary": (
                    "See new paintings, prints and films by Bright Sparks artists, and meet the "
                    "people who made them."
                ),
                "description": (
                    "<p>Our spring exhibition shows a year of work by our members. The artists "
                    "will be there to talk about their work. Everyone is welcome.</p>"
                ),
                "what_to_expect": (
                    "<p>Drinks and snacks are served, and there are short talks at 6:30pm. The "
                    "quiet room is open if you need a break.</p>"
                ),
                "how_to_join": "No need to book. Just come along.",
                "venue": "bright-sparks-studio",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Zara",
                "contact_phone": "",
                "contact_email": "studio@bright-sparks-arts.example",
                "interests": ["arts-and-making"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-03-12",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-parents-together",
        "title": "Kellbrook Parents Together",
        "description": (
            "<p>A volunteer-run network for parents and carers of babies and toddlers. We help new "
            "parents meet each other, get out of the house and share tips.</p>"
        ),
        "website": "https://kellbrook-parents-together.example",
        "email": "hello@kellbrook-parents-together.example",
        "phone": "020 7946 0349",
        "venues": [
            {
                "slug": "northgate-childrens-centre",
                "title": "Northgate Children's Centre",
                "address_line_1": "22 Elm Grove",
                "address_line_2": "",
                "postcode": "KB5 4SL",
                "area": "northgate",
                "access_notes": (
                    "Step-free entrance and buggy park. Accessible toilet with baby changing."
                ),
            },
            {
                "slug": "millfield-family-hub",
                "title": "Millfield Family Hub",
                "address_line_1": "5 Orchard Way",
                "address_line_2": "",
                "postcode": "KB6 1HB",
                "area": "millfield",
                "access_notes": (
                    "Level entrance. Accessible toilet with baby changing. Quiet feeding room."
                ),
            },
        ],
        "activities": [
            {
                "slug": "buggy-walk",
                "title": "Buggy walk",
                "summary": (
                    "A one-hour walk with your baby in the buggy or sling, ending with a coffee at "
                    "the children's centre."
                ),
                "description": (
                    "<p>Getting out with a new baby can be a challenge, so we go together. The "
                    "route is flat and buggy-friendly, and we stop whenever someone needs to feed "
                    "or change their baby.</p>"
                ),
                "what_to_expect": (
                    "<p>We meet outside the children's centre. A volunteer who is also a parent "
                    "will walk with you and introduce you to others.</p>"
                ),
                "how_to_join": "Just turn up at 10am. Dress for the weather.",
                "venue": "northgate-childrens-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Jo",
                "contact_phone": "020 7946 0350",
                "contact_email": "",
                "interests": ["being-active", "meeting-people-like-me"],
                "audiences": ["new-parents"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "11:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "baby-and-me-coffee",
                "title": "Baby and me coffee morning",
                "summary": (
                    "A relaxed coffee morning for parents and carers with babies under one. Tea, "
                    "toys and plenty of chat."
                ),
                "description": (
                    "<p>Meet other parents with young babies in a comfortable room with soft mats "
                    "and toys. A health visitor comes once a month to answer questions. Some of "
                    "our volunteers speak Bengali.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer will welcome you and your baby and make you a hot drink. Feed, "
                    "change or settle your baby whenever you need to.</p>"
                ),
                "how_to_join": (
                    "Just come along on a Thursday morning. There is space to park buggies."
                ),
                "venue": "millfield-family-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Jo",
                "contact_phone": "020 7946 0350",
                "contact_email": "",
                "interests": ["meeting-people-like-me", "support-and-advice"],
                "audiences": ["new-parents"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "11:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "dads-stay-and-play",
                "title": "Dads' Saturday stay and play",
                "summary": (
                    "Play, bacon rolls and a chat for dads and male carers with children under "
                    "five, every other Saturday."
                ),
                "description": (
                    "<p>Weekday groups can be hard to get to if you work, so this one is on a "
                    "Saturday. There are toys, a soft play area and breakfast. It is a chance for "
                    "dads to meet other dads.</p>"
                ),
                "what_to_expect": (
                    "<p>Sign in at the front desk and help yourself to a drink. One of our "
                    "volunteer dads will come and say hello.</p>"
                ),
                "how_to_join": (
                    "Just drop in. Mums and other carers are welcome at our weekday groups."
                ),
                "venue": "northgate-childrens-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Marcus",
                "contact_phone": "",
                "contact_email": "dads@kellbrook-parents-together.example",
                "interests": ["games", "meeting-people-like-me", "food"],
                "audiences": ["new-parents", "mens-group"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "09:30",
                        "end_time": "11:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "online-parents-chat",
                "title": "Sunday evening parents' chat",
                "summary": (
                    "A friendly video chat for parents of babies and toddlers, once the little "
                    "ones are (hopefully) asleep."
                ),
                "description": (
                    "<p>Sometimes the easiest time to talk is after bedtime. Join other parents "
                    "for a relaxed chat about sleep, feeding, work or anything else. A trained "
                    "peer supporter hosts each call.</p>"
                ),
                "what_to_expect": (
                    "<p>The host opens with a quick round of hellos. You can keep your camera off "
                    "and leave whenever you need to.</p>"
                ),
                "how_to_join": "Email Jo for the link.",
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Jo",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-parents-together.example",
                "interests": ["support-and-advice", "meeting-people-like-me"],
                "audiences": ["new-parents"],
                "access": [],
                "expectations": ["book-first", "come-alone"],
                "modes": ["online"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 6,
                        "week_of_month": None,
                        "starts_on": "2026-01-11",
                        "ends_on": None,
                        "start_time": "20:00",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "baby-first-aid",
                "title": "Baby first aid session",
                "summary": (
                    "Learn what to do if your baby chokes, has a fever or bumps their head, in a "
                    "free two-hour session."
                ),
                "description": (
                    "<p>A trained first aid tutor teaches the basics using baby-sized practice "
                    "dolls. You will go home with a handy booklet and more confidence. Babies are "
                    "welcome in the room.</p>"
                ),
                "what_to_expect": (
                    "<p>Sit wherever you like in the circle. There is a break halfway for tea and "
                    "a chat.</p>"
                ),
                "how_to_join": "Places are limited. Email Jo to book.",
                "venue": "millfield-family-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Jo",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-parents-together.example",
                "interests": ["learning-and-languages", "support-and-advice"],
                "audiences": ["new-parents"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-02-04",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "linden-estate-tra",
        "title": "Linden Estate Tenants' and Residents' Association",
        "description": (
            "<p>We are the tenants' and residents' association for the Linden Estate in Ashgrove. "
            "We speak up for residents and organise things that bring neighbours together.</p>"
        ),
        "website": "https://linden-estate-tra.example",
        "email": "hello@linden-estate-tra.example",
        "phone": "020 7946 0355",
        "venues": [
            {
                "slug": "linden-community-room",
                "title": "Linden Estate Community Room",
                "address_line_1": "Ground floor, Hawthorn House",
                "address_line_2": "Linden Estate",
                "postcode": "KB2 5WN",
                "area": "ashgrove",
                "access_notes": "Level access from the courtyard. Accessible toilet. Hearing loop.",
            },
        ],
        "activities": [
            {
                "slug": "residents-coffee-morning",
                "title": "Residents' coffee morning",
                "summary": (
                    "Tea, coffee and toast with your neighbours every Wednesday morning in the "
                    "community room."
                ),
                "description": (
                    "<p>A relaxed way to meet people who live on the estate and catch up on local "
                    "news. Our committee members are often there if you want to raise a housing "
                    "problem.</p>"
                ),
                "what_to_expect": (
                    "<p>Come in, help yourself to a drink and join a table. Regulars are always "
                    "happy to make room.</p>"
                ),
                "how_to_join": "Just drop in. You do not have to live on the estate.",
                "venue": "linden-community-room",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Denise",
                "contact_phone": "020 7946 0356",
                "contact_email": "",
                "interests": ["food", "support-and-advice"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "11:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "residents-meeting",
                "title": "Residents' meeting",
                "summary": (
                    "Have your say about the estate at our monthly meeting. All residents welcome."
                ),
                "description": (
                    "<p>We discuss repairs, safety, green spaces and plans for the estate, and the "
                    "housing officer joins us every other month. It is also where we plan events "
                    "and look for volunteers.</p>"
                ),
                "what_to_expect": (
                    "<p>Meetings last about an hour and a half, with tea and biscuits. You can "
                    "just listen, or ask a question at the end.</p>"
                ),
                "how_to_join": (
                    "Just come along. If you cannot make it, you can send a question to Denise."
                ),
                "venue": "linden-community-room",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Denise",
                "contact_phone": "020 7946 0356",
                "contact_email": "committee@linden-estate-tra.example",
                "interests": ["volunteering", "support-and-advice"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 0,
                        "week_of_month": 2,
                        "starts_on": "2026-01-12",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "20:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "linden-green-fingers",
                "title": "Linden green fingers",
                "summary": (
                    "Look after the estate's planters and wildlife garden with your neighbours, "
                    "every other Saturday."
                ),
                "description": (
                    "<p>We have turned an empty patch of grass into a garden with fruit bushes, "
                    "flower beds and a bug hotel. Children are welcome with an adult. Tools and "
                    "gloves are provided.</p>"
                ),
                "what_to_expect": (
                    "<p>Meet in the courtyard by the big planters. Someone will show you what "
                    "needs doing that day.</p>"
                ),
                "how_to_join": "Just turn up, and bring your family or a neighbour.",
                "venue": "linden-community-room",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Kwame",
                "contact_phone": "",
                "contact_email": "garden@linden-estate-tra.example",
                "interests": ["nature-and-gardening", "volunteering"],
                "audiences": [],
                "access": ["step-free"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-03-07",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "friday-bingo",
                "title": "Friday afternoon bingo",
                "summary": "A cheerful game of bingo with small prizes, tea and a lot of laughter.",
                "description": (
                    "<p>Our Friday bingo has been running for over 20 years. We play six games "
                    "with small prizes, and take a break for tea and a raffle. Large print cards "
                    "are available.</p>"
                ),
                "what_to_expect": (
                    "<p>Buy your cards at the door and find a seat. The caller goes slowly for "
                    "newcomers.</p>"
                ),
                "how_to_join": "Just come along on Friday afternoon.",
                "venue": "linden-community-room",
                "cost_band": "low",
                "cost_details": "50p a card. Tea is free.",
                "contact_name": "Denise",
                "contact_phone": "020 7946 0356",
                "contact_email": "",
                "interests": ["games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "large-print"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "estate-christmas-party",
                "title": "Estate Christmas party",
                "summary": (
                    "Food, music and a visit from Father Christmas for everyone on the Linden "
                    "Estate."
                ),
                "description": (
                    "<p>Our yearly party brings the whole estate together. There will be food from "
                    "neighbours' kitchens, a DJ, games for children and a visit from Father "
                    "Christmas.</p>"
                ),
                "what_to_expect": (
                    "<p>Come and go as you like. Volunteers at the door will point you to the "
                    "food.</p>"
                ),
                "how_to_join": "Just come along, and bring your neighbours.",
                "venue": "linden-community-room",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Denise",
                "contact_phone": "",
                "contact_email": "committee@linden-estate-tra.example",
                "interests": ["food", "music"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2026-12-18",
                        "ends_on": None,
                        "start_time": "17:00",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-bangladeshi-womens-association",
        "title": "Kellbrook Bangladeshi Women's Association",
        "description": (
            "<p>We support Bangladeshi women and families in Kellbrook with activities, advice and "
            "a warm place to meet. Most of our staff and volunteers speak Bengali and Sylheti.</p>"
        ),
        "website": "https://kellbrook-bangladeshi-womens-association.example",
        "email": "hello@kellbrook-bangladeshi-womens-association.example",
        "phone": "020 7946 0367",
        "venues": [
            {
                "slug": "shapla-centre",
                "title": "Shapla Centre",
                "address_line_1": "16 Kiln Street",
                "address_line_2": "",
                "postcode": "KB2 7RD",
                "area": "ashgrove",
                "access_notes": (
                    "Step-free entrance. Accessible toilet. Prayer room and quiet room."
                ),
            },
        ],
        "activities": [
            {
                "slug": "bengali-lunch-club",
                "title": "Bengali-speaking lunch club",
                "summary": (
                    "A hot halal lunch, chat and gentle activities in Bengali and Sylheti for "
                    "older men and women."
                ),
                "description": (
                    "<p>Every Tuesday we serve a home-cooked Bangladeshi lunch, followed by chair "
                    "exercises, a quiz or a talk about health. Everything happens in Bengali and "
                    "Sylheti, with English if you need it. Men and women are both welcome, with "
                    "separate tables if you prefer.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer will greet you at the door and help you find a seat. Lunch is "
                    "served at 12:30pm, and there is time for tea and chat afterwards.</p>"
                ),
                "how_to_join": (
                    "Just come along on a Tuesday, or call Rukhsana if you need help with "
                    "transport."
                ),
                "venue": "shapla-centre",
                "cost_band": "low",
                "cost_details": "£2 for a hot lunch",
                "contact_name": "Rukhsana",
                "contact_phone": "020 7946 0368",
                "contact_email": "",
                "interests": ["food", "faith-and-culture", "meeting-people-like-me"],
                "audiences": ["age-65-plus"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "12:00",
                        "end_time": "14:30",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-21",
                        "ends_on": "2027-01-04",
                        "reason": "Christmas break",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "womens-sewing-and-chat",
                "title": "Women's sewing and chat",
                "summary": (
                    "Sew, embroider and chat with other women in a relaxed group. Materials "
                    "provided."
                ),
                "description": (
                    "<p>Women of all ages meet to sew clothes, embroider and make nakshi kantha "
                    "quilts. Experienced members love to teach, so beginners soon pick it up. It "
                    "is a friendly place to share news and recipes.</p>"
                ),
                "what_to_expect": (
                    "<p>The room is for women only. Take a seat, have some tea and a volunteer "
                    "will help you get started.</p>"
                ),
                "how_to_join": "Just drop in on a Thursday morning.",
                "venue": "shapla-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Nasima",
                "contact_phone": "020 7946 0369",
                "contact_email": "",
                "interests": ["arts-and-making", "meeting-people-like-me"],
                "audiences": ["women-only"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "10:30",
                        "end_time": "12:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "womens-exercise",
                "title": "Women's exercise class",
                "summary": (
                    "A fun, gentle exercise class for women, with a female instructor and no men "
                    "in the building."
                ),
                "description": (
                    "<p>Move to music in a private hall with a female instructor who speaks "
                    "Bengali. The class is suitable for all ages and fitness levels, and you can "
                    "wear whatever you feel comfortable in.</p>"
                ),
                "what_to_expect": (
                    "<p>The instructor will ask about any health conditions before you start. We "
                    "finish with stretches and a cup of tea.</p>"
                ),
                "how_to_join": "Just come along. Your first class is free.",
                "venue": "shapla-centre",
                "cost_band": "low",
                "cost_details": "£1 a class. Your first class is free.",
                "contact_name": "Nasima",
                "contact_phone": "020 7946 0369",
                "contact_email": "",
                "interests": ["being-active"],
                "audiences": ["women-only"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "first-time-free", "come-alone"],
                "modes": ["in-person"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "11:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "english-for-women",
                "title": "English for women",
                "summary": (
                    "A friendly English class for women in small groups, with Bengali-speaking "
                    "helpers and a free creche."
                ),
                "description": (
                    "<p>Learn the English you need for everyday life, such as talking to your GP, "
                    "your child's school or your neighbours. The teacher is a qualified tutor, "
                    "helped by Bengali-speaking volunteers. Classes follow school terms.</p>"
                ),
                "what_to_expect": (
                    "<p>In your first session, the teacher will chat with you to find out your "
                    "level. Classes are small and relaxed, with a tea break in the middle.</p>"
                ),
                "how_to_join": (
                    "Call Rukhsana to book a place, and a creche place for your child if you need "
                    "one."
                ),
                "venue": "shapla-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Rukhsana",
                "contact_phone": "020 7946 0368",
                "contact_email": "",
                "interests": ["learning-and-languages"],
                "audiences": ["women-only"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "come-alone"],
                "modes": ["in-person"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-09-09",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [
                    {
                        "starts_on": "2026-12-19",
                        "ends_on": "2027-01-04",
                        "reason": "School Christmas holidays",
                    },
                    {
                        "starts_on": "2027-02-15",
                        "ends_on": "2027-02-19",
                        "reason": "February half term",
                    },
                ],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "advice-sessions",
                "title": "Advice sessions in Bengali",
                "summary": (
                    "Free, private advice in Bengali and Sylheti about benefits, housing, health "
                    "and letters you are not sure about."
                ),
                "description": (
                    "<p>Our trained advisers can help you understand letters, fill in forms and "
                    "know your rights. You can see an adviser at the centre or talk on the "
                    "phone.</p>"
                ),
                "what_to_expect": (
                    "<p>Bring any letters or papers with you. Your adviser will talk with you in a "
                    "private room.</p>"
                ),
                "how_to_join": "Call to book an appointment, in person or by phone.",
                "venue": "shapla-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Advice team",
                "contact_phone": "020 7946 0367",
                "contact_email": "",
                "interests": ["support-and-advice"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person", "phone"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "fortnightly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "pitha-festival",
                "title": "Winter pitha festival",
                "summary": (
                    "Taste homemade Bangladeshi winter cakes and sweets, with music and stalls. "
                    "Everyone welcome."
                ),
                "description": (
                    "<p>Pitha are sweet and savoury rice cakes made in Bangladesh in winter. Our "
                    "members cook dozens of kinds, and you can watch them being made. There is "
                    "also music, henna and a craft stall.</p>"
                ),
                "what_to_expect": (
                    "<p>Come in and try as many pitha as you like. Volunteers will tell you what "
                    "each one is.</p>"
                ),
                "how_to_join": "No need to book. Bring your family and friends.",
                "venue": "shapla-centre",
                "cost_band": "free",
                "cost_details": "Free entry. Some stalls sell food and crafts.",
                "contact_name": "Nasima",
                "contact_phone": "",
                "contact_email": "events@kellbrook-bangladeshi-womens-association.example",
                "interests": ["food", "faith-and-culture"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": ["bn"],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-01-23",
                        "ends_on": None,
                        "start_time": "12:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-somali-community-association",
        "title": "Kellbrook Somali Community Association",
        "description": (
            "<p>We bring Somali families in Kellbrook together and help them get the support they "
            "need. Everyone is welcome at our centre.</p>"
        ),
        "website": "https://kellbrook-somali-community-association.example",
        "email": "hello@kellbrook-somali-community-association.example",
        "phone": "020 7946 0378",
        "venues": [
            {
                "slug": "somali-community-centre",
                "title": "Kellbrook Somali Community Centre",
                "address_line_1": "40 Canal Street",
                "address_line_2": "",
                "postcode": "KB4 3AB",
                "area": "riverside",
                "access_notes": (
                    "Step-free entrance. Accessible toilet. A separate room for women's activities."
                ),
            },
        ],
        "activities": [
            {
                "slug": "somali-womens-tea-morning",
                "title": "Somali women's tea morning",
                "summary": (
                    "Spiced tea, snacks and conversation for Somali women every Saturday morning."
                ),
                "description": (
                    "<p>A warm, women-only space to meet friends, share news and relax. Sometimes "
                    "we invite a guest, like a health visitor or a benefits adviser, to answer "
                    "questions in Somali.</p>"
                ),
                "what_to_expect": (
                    "<p>The tea morning is held in the women's room. A volunteer will make you "
                    "welcome and introduce you.</p>"
                ),
                "how_to_join": "Just come along. You can bring young children.",
                "venue": "somali-community-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Hodan",
                "contact_phone": "020 7946 0379",
                "contact_email": "",
                "interests": ["food", "meeting-people-like-me", "faith-and-culture"],
                "audiences": ["women-only"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": ["so"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "10:30",
                        "end_time": "12:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "elders-afternoon",
                "title": "Elders' afternoon",
                "summary": "An afternoon of tea, stories and company for Somali elders, in Somali.",
                "description": (
                    "<p>Our elders meet every Sunday to talk, share stories and keep up with news "
                    "from home and from Kellbrook. Younger volunteers help with letters and "
                    "phones. Family members are welcome to come along.</p>"
                ),
                "what_to_expect": (
                    "<p>You will be welcomed with tea and dates. There are comfortable chairs and "
                    "a prayer room.</p>"
                ),
                "how_to_join": "Just come along, or call Abdi if you need help getting here.",
                "venue": "somali-community-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Abdi",
                "contact_phone": "020 7946 0380",
                "contact_email": "",
                "interests": ["faith-and-culture", "meeting-people-like-me"],
                "audiences": ["age-65-plus"],
                "access": ["step-free", "accessible-toilet", "quiet-space"],
                "expectations": ["drop-in", "bring-someone"],
                "modes": ["in-person"],
                "languages": ["so"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 6,
                        "week_of_month": None,
                        "starts_on": "2026-01-11",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "somali-advice-line",
                "title": "Somali advice line",
                "summary": (
                    "Phone advice in Somali about housing, benefits, health and school. Free and "
                    "private."
                ),
                "description": (
                    "<p>Our advice line is for people who find it easier to talk in Somali. "
                    "Advisers can explain letters, help you contact the council or your GP, and "
                    "tell you about other help in Kellbrook.</p>"
                ),
                "what_to_expect": (
                    "<p>An adviser will answer, listen and talk through your options. If you need "
                    "more help, they can book you a face-to-face appointment.</p>"
                ),
                "how_to_join": "Call the advice line on Monday mornings.",
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Advice line",
                "contact_phone": "020 7946 0381",
                "contact_email": "",
                "interests": ["support-and-advice"],
                "audiences": [],
                "access": [],
                "expectations": ["come-alone"],
                "modes": ["phone"],
                "languages": ["so"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 0,
                        "week_of_month": None,
                        "starts_on": "2026-01-05",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "13:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "young-peoples-evening",
                "title": "Young people's evening",
                "summary": (
                    "Sport, games and mentoring for young people aged 16 to 24 on Friday evenings."
                ),
                "description": (
                    "<p>Play five-a-side, table tennis or video games, or get help with college "
                    "applications and CVs. Our youth mentors grew up in Kellbrook and know what it "
                    "is like.</p>"
                ),
                "what_to_expect": (
                    "<p>A youth worker will welcome you and show you what is on. You can try "
                    "everything or just hang out.</p>"
                ),
                "how_to_join": "Just drop in. Friends are welcome.",
                "venue": "somali-community-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Youth worker",
                "contact_phone": "",
                "contact_email": "youth@kellbrook-somali-community-association.example",
                "interests": ["being-active", "games", "support-and-advice"],
                "audiences": ["age-16-24"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "bring-someone", "come-alone"],
                "modes": ["in-person"],
                "languages": ["so"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 4,
                        "week_of_month": None,
                        "starts_on": "2026-01-09",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "somali-culture-evening",
                "title": "Somali culture evening",
                "summary": (
                    "Poetry, music and food to celebrate Somali culture. Everyone is welcome."
                ),
                "description": (
                    "<p>Somali poetry has a long and proud history. Join us for an evening of "
                    "poems, songs and traditional food, with English introductions so that "
                    "everyone can enjoy it.</p>"
                ),
                "what_to_expect": (
                    "<p>Seats are set out in the main hall. Food is served in the interval.</p>"
                ),
                "how_to_join": "Free, but please email to book so we have enough food.",
                "venue": "somali-community-centre",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Abdi",
                "contact_phone": "",
                "contact_email": "events@kellbrook-somali-community-association.example",
                "interests": ["faith-and-culture", "music", "food"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "bring-someone"],
                "modes": ["in-person"],
                "languages": ["so"],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-03-06",
                        "ends_on": None,
                        "start_time": "18:00",
                        "end_time": "21:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-chess-and-games-club",
        "title": "Kellbrook Chess and Games Club",
        "description": (
            "<p>A friendly club for anyone who enjoys chess, board games and card games. We play "
            "for fun, and beginners are always welcome.</p>"
        ),
        "website": "https://kellbrook-chess-and-games-club.example",
        "email": "hello@kellbrook-chess-and-games-club.example",
        "phone": "020 7946 0384",
        "venues": [
            {
                "slug": "the-lantern-cafe",
                "title": "The Lantern Cafe",
                "address_line_1": "88 Northgate Road",
                "address_line_2": "",
                "postcode": "KB5 1BJ",
                "area": "northgate",
                "access_notes": "Step-free entrance. Accessible toilet. A quieter back room.",
            },
            {
                "slug": "the-anchor",
                "title": "The Anchor (back room)",
                "address_line_1": "3 Wharf Street",
                "address_line_2": "",
                "postcode": "KB4 1EH",
                "area": "riverside",
                "access_notes": (
                    "The back room is up two steps and there is no accessible toilet. Call us and "
                    "we will arrange a game at The Lantern Cafe instead."
                ),
            },
        ],
        "activities": [
            {
                "slug": "tuesday-chess-club",
                "title": "Tuesday chess club",
                "summary": (
                    "Casual and club games of chess every Tuesday evening. Sets and clocks "
                    "provided."
                ),
                "description": (
                    "<p>Players of every standard come along, from beginners to people with a "
                    "rating. We play friendly games, and there is a club league if you want to "
                    "take part. Soft drinks are available as well as the bar.</p>"
                ),
                "what_to_expect": (
                    "<p>Tell someone at the door it is your first time and we will find you an "
                    "opponent at your level.</p>"
                ),
                "how_to_join": "Just turn up from 7pm. Your first night is free.",
                "venue": "the-anchor",
                "cost_band": "low",
                "cost_details": "£2 a night. Your first night is free.",
                "contact_name": "Viktor",
                "contact_phone": "020 7946 0385",
                "contact_email": "",
                "interests": ["games"],
                "audiences": [],
                "access": [],
                "expectations": ["drop-in", "come-alone", "first-time-free"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "22:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "board-games-evening",
                "title": "Monthly board games evening",
                "summary": (
                    "A big board games night at The Lantern Cafe on the first Friday of the month. "
                    "All ages welcome."
                ),
                "description": (
                    "<p>We bring over 50 games, from quick card games to long strategy games. "
                    "Volunteers teach the rules, so you never need to know a game before you play. "
                    "Families, friends and people coming on their own are all welcome.</p>"
                ),
                "what_to_expect": (
                    "<p>A host at the door will find you a table and a game. Tables are mixed, so "
                    "you will soon get chatting.</p>"
                ),
                "how_to_join": (
                    "Just come along. Food and drinks are available to buy from the cafe."
                ),
                "venue": "the-lantern-cafe",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Leah",
                "contact_phone": "",
                "contact_email": "games@kellbrook-chess-and-games-club.example",
                "interests": ["games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["drop-in", "come-alone", "bring-someone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 4,
                        "week_of_month": 1,
                        "starts_on": "2026-01-02",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "22:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "beginners-chess-afternoon",
                "title": "Chess for beginners",
                "summary": (
                    "Learn to play chess, or get back into it, in a calm Saturday afternoon "
                    "session."
                ),
                "description": (
                    "<p>A patient coach teaches the basics, from how the pieces move to simple "
                    "plans. Then you play practice games with other learners. Adults of all ages "
                    "come, including grandparents who want to play with grandchildren.</p>"
                ),
                "what_to_expect": (
                    "<p>We meet in the quieter back room. Sets with large pieces and large-print "
                    "guides are available.</p>"
                ),
                "how_to_join": "Just drop in. No need to bring anything.",
                "venue": "the-lantern-cafe",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Viktor",
                "contact_phone": "020 7946 0385",
                "contact_email": "",
                "interests": ["games", "learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "quiet-space", "large-print"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 5,
                        "week_of_month": None,
                        "starts_on": "2026-01-10",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "online-chess-night",
                "title": "Online chess night",
                "summary": (
                    "Friendly online games against other club members, with a video chat running "
                    "alongside."
                ),
                "description": (
                    "<p>If you cannot get out in the evening, play club members online from home. "
                    "We use a free chess website and chat on a video call between games.</p>"
                ),
                "what_to_expect": (
                    "<p>A club member will help you set up an account and join the video call. "
                    "Games are short, so you can play several.</p>"
                ),
                "how_to_join": "Email Leah for the links.",
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Leah",
                "contact_phone": "",
                "contact_email": "online@kellbrook-chess-and-games-club.example",
                "interests": ["games"],
                "audiences": [],
                "access": [],
                "expectations": ["come-alone", "book-first"],
                "modes": ["online"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 6,
                        "week_of_month": None,
                        "starts_on": "2026-01-11",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "20:30",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "cards-and-dominoes",
                "title": "Cards and dominoes afternoon",
                "summary": "Whist, rummy and dominoes with a pot of tea on Wednesday afternoons.",
                "description": (
                    "<p>A relaxed afternoon of classic card and table games. We have large-print "
                    "cards and big dominoes, and someone can always teach you a new game.</p>"
                ),
                "what_to_expect": (
                    "<p>Come in, get a drink from the counter and join a table. Regulars will deal "
                    "you in.</p>"
                ),
                "how_to_join": "Just drop in.",
                "venue": "the-lantern-cafe",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Leah",
                "contact_phone": "020 7946 0384",
                "contact_email": "",
                "interests": ["games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "large-print"],
                "expectations": ["drop-in", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "new-year-rapid-tournament",
                "title": "New year rapid chess tournament",
                "summary": (
                    "A one-day rapid chess tournament for players of all standards, with prizes in "
                    "every section."
                ),
                "description": (
                    "<p>Play six games of 15 minutes each in a friendly, well-run event. There are "
                    "sections for beginners, improvers and experienced players, so everyone gets "
                    "close games.</p>"
                ),
                "what_to_expect": (
                    "<p>Register at the desk from 9:30am. Pairings are put on the wall before each "
                    "round.</p>"
                ),
                "how_to_join": "Book a place by email by 23 January.",
                "venue": "the-lantern-cafe",
                "cost_band": "paid",
                "cost_details": "£10 entry, or £5 for under-25s.",
                "contact_name": "Viktor",
                "contact_phone": "",
                "contact_email": "tournament@kellbrook-chess-and-games-club.example",
                "interests": ["games"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-01-30",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "17:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-volunteer-hub",
        "title": "Kellbrook Volunteer Hub",
        "description": (
            "<p>We help people in Kellbrook find volunteering that suits them, and help local "
            "groups welcome new volunteers. Volunteering is a great way to meet people and use "
            "your skills.</p>"
        ),
        "website": "https://kellbrook-volunteer-hub.example",
        "email": "hello@kellbrook-volunteer-hub.example",
        "phone": "020 7946 0391",
        "venues": [
            {
                "slug": "volunteer-hub",
                "title": "Kellbrook Volunteer Hub",
                "address_line_1": "2 Market Square",
                "address_line_2": "",
                "postcode": "KB1 1AB",
                "area": "kellbrook-central",
                "access_notes": "Step-free entrance. Accessible toilet. Hearing loop at reception.",
            },
            {
                "slug": "millfield-green",
                "title": "Millfield Green bandstand",
                "address_line_1": "Millfield Green",
                "address_line_2": "",
                "postcode": "KB6 3TF",
                "area": "millfield",
                "access_notes": (
                    "Meet at the bandstand. Flat grass and paths. The nearest public toilet is in "
                    "Millfield Library."
                ),
            },
        ],
        "activities": [
            {
                "slug": "volunteering-drop-in",
                "title": "Find your volunteering drop-in",
                "summary": (
                    "Pop in for a chat about volunteering that fits your interests and the time "
                    "you have."
                ),
                "description": (
                    "<p>Whether you have an hour a month or a day a week, we can help you find "
                    "something you will enjoy. We know hundreds of local groups, from food banks "
                    "to football clubs. We can also help if you need support to get started.</p>"
                ),
                "what_to_expect": (
                    "<p>An adviser will chat with you about what you enjoy, then show you a few "
                    "options. There is no pressure to sign up on the day.</p>"
                ),
                "how_to_join": "Just drop in on a Wednesday lunchtime.",
                "venue": "volunteer-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Volunteer adviser",
                "contact_phone": "020 7946 0392",
                "contact_email": "volunteer@kellbrook-volunteer-hub.example",
                "interests": ["volunteering", "support-and-advice"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 2,
                        "week_of_month": None,
                        "starts_on": "2026-01-07",
                        "ends_on": None,
                        "start_time": "12:00",
                        "end_time": "14:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "friendly-phone-calls",
                "title": "Friendly phone calls",
                "summary": (
                    "A weekly phone chat with a friendly volunteer, for people who find it hard to "
                    "get out and about."
                ),
                "description": (
                    "<p>A volunteer will ring you at the same time each week for a chat about "
                    "whatever you like, from football to family news. We match you with someone "
                    "who shares your interests. Calls can be in English, Arabic or Bengali.</p>"
                ),
                "what_to_expect": (
                    "<p>Before the first call, we ring you to find out what you enjoy talking "
                    "about. Your volunteer then calls you for about 30 minutes each week.</p>"
                ),
                "how_to_join": (
                    "Call us, or ask someone to call for you. A family member, neighbour or GP can "
                    "put you in touch, as long as you agree."
                ),
                "venue": None,
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Phone friends team",
                "contact_phone": "020 7946 0393",
                "contact_email": "phonefriends@kellbrook-volunteer-hub.example",
                "interests": ["meeting-people-like-me", "support-and-advice"],
                "audiences": ["age-65-plus"],
                "access": [],
                "expectations": ["book-first"],
                "modes": ["phone"],
                "languages": ["ar", "bn"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 1,
                        "week_of_month": None,
                        "starts_on": "2026-01-06",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "14:00",
                        "end_time": "16:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "millfield-litter-pick",
                "title": "Millfield Green litter pick",
                "summary": (
                    "Help keep Millfield Green clean and tidy with a friendly monthly litter pick."
                ),
                "description": (
                    "<p>We spend a couple of hours clearing litter from the green and the paths "
                    "nearby. Pickers, gloves and bags are provided. Afterwards we head to a local "
                    "cafe, where the first drink is on us.</p>"
                ),
                "what_to_expect": (
                    "<p>Meet at the bandstand. A volunteer leader will give a short safety talk "
                    "and hand out kit.</p>"
                ),
                "how_to_join": "Just turn up. Children are welcome with an adult.",
                "venue": "millfield-green",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Volunteer adviser",
                "contact_phone": "",
                "contact_email": "volunteer@kellbrook-volunteer-hub.example",
                "interests": ["volunteering", "nature-and-gardening", "being-active"],
                "audiences": [],
                "access": ["step-free"],
                "expectations": ["drop-in", "bring-someone", "come-alone"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 5,
                        "week_of_month": -1,
                        "starts_on": "2026-01-31",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "young-volunteers-taster-day",
                "title": "Young volunteers' taster day",
                "summary": (
                    "Try out different kinds of volunteering in one day, for people aged 16 to 24."
                ),
                "description": (
                    "<p>Spend a day trying out volunteering with local groups, from a food bank to "
                    "a community garden. It looks great on a CV and is a good way to meet new "
                    "people. Lunch and travel are free.</p>"
                ),
                "what_to_expect": (
                    "<p>You will meet at the Hub, join a small group with a leader and visit three "
                    "groups during the day.</p>"
                ),
                "how_to_join": "Book a place by email or phone by 13 March.",
                "venue": "volunteer-hub",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Youth volunteering officer",
                "contact_phone": "020 7946 0392",
                "contact_email": "young@kellbrook-volunteer-hub.example",
                "interests": ["volunteering", "learning-and-languages"],
                "audiences": ["age-16-24"],
                "access": ["step-free", "accessible-toilet"],
                "expectations": ["book-first", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": [],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-03-20",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "15:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
    {
        "slug": "kellbrook-deaf-social-club",
        "title": "Kellbrook Deaf Social Club",
        "description": (
            "<p>A social club for Deaf people and BSL users, run by Deaf volunteers. Hearing "
            "people who sign, or who would like to learn, are welcome too.</p>"
        ),
        "website": "https://kellbrook-deaf-social-club.example",
        "email": "hello@kellbrook-deaf-social-club.example",
        "phone": "020 7946 0403",
        "venues": [
            {
                "slug": "northgate-community-hall",
                "title": "Northgate Community Hall",
                "address_line_1": "19 Hollybush Lane",
                "address_line_2": "",
                "postcode": "KB5 6DR",
                "area": "northgate",
                "access_notes": (
                    "Step-free entrance. Accessible toilet. Hearing loop. Bright, even lighting "
                    "for signing."
                ),
            },
        ],
        "activities": [
            {
                "slug": "bsl-coffee-morning",
                "title": "BSL coffee morning",
                "summary": (
                    "A relaxed coffee morning in British Sign Language for Deaf people, BSL users "
                    "and people learning to sign."
                ),
                "description": (
                    "<p>Catch up with friends over coffee and cake, all in BSL. New signers are "
                    "very welcome, and members are patient and happy to help. Sometimes a guest "
                    "joins us to share information in BSL.</p>"
                ),
                "what_to_expect": (
                    "<p>A volunteer at the door will welcome you in BSL. Tables are arranged in "
                    "small circles so everyone can see each other.</p>"
                ),
                "how_to_join": "Just drop in. You can contact us by email or text message.",
                "venue": "northgate-community-hall",
                "cost_band": "low",
                "cost_details": "Tea and coffee 50p",
                "contact_name": "Chris",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-deaf-social-club.example",
                "interests": ["meeting-people-like-me", "learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "hearing-loop", "bsl"],
                "expectations": ["drop-in", "come-alone", "someone-will-meet-you"],
                "modes": ["in-person"],
                "languages": ["bsl"],
                "schedules": [
                    {
                        "frequency": "weekly",
                        "weekday": 3,
                        "week_of_month": None,
                        "starts_on": "2026-01-08",
                        "ends_on": None,
                        "start_time": "10:00",
                        "end_time": "12:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "deaf-social-evening",
                "title": "Deaf social evening",
                "summary": "A monthly social evening with games, a quiz and food, in BSL.",
                "description": (
                    "<p>Our social evenings are a chance to relax with the Deaf community. Each "
                    "month there is something different: a quiz, a games night or a film with "
                    "subtitles.</p>"
                ),
                "what_to_expect": (
                    "<p>Sign in at the door and find a seat. The quiz starts at 8pm.</p>"
                ),
                "how_to_join": "Just come along. Email us if you would like someone to meet you.",
                "venue": "northgate-community-hall",
                "cost_band": "low",
                "cost_details": "£2, including a drink",
                "contact_name": "Chris",
                "contact_phone": "",
                "contact_email": "hello@kellbrook-deaf-social-club.example",
                "interests": ["games", "meeting-people-like-me"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "bsl"],
                "expectations": ["drop-in", "come-alone", "bring-someone"],
                "modes": ["in-person"],
                "languages": ["bsl"],
                "schedules": [
                    {
                        "frequency": "monthly",
                        "weekday": 4,
                        "week_of_month": 3,
                        "starts_on": "2026-01-16",
                        "ends_on": None,
                        "start_time": "19:00",
                        "end_time": "22:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
            {
                "slug": "bsl-taster-evening",
                "title": "Learn some BSL: taster evening",
                "summary": (
                    "A free evening to learn some basic British Sign Language from Deaf tutors."
                ),
                "description": (
                    "<p>Learn how to fingerspell your name, say hello and have a simple chat in "
                    "BSL. Our Deaf tutors make it fun and relaxed. It is a good first step before "
                    "a longer course.</p>"
                ),
                "what_to_expect": (
                    "<p>The tutors teach mostly through signing and gestures, so watch closely! "
                    "There is a break for tea halfway.</p>"
                ),
                "how_to_join": "Places are limited. Email us to book.",
                "venue": "northgate-community-hall",
                "cost_band": "free",
                "cost_details": "",
                "contact_name": "Chris",
                "contact_phone": "",
                "contact_email": "learn@kellbrook-deaf-social-club.example",
                "interests": ["learning-and-languages"],
                "audiences": [],
                "access": ["step-free", "accessible-toilet", "bsl"],
                "expectations": ["book-first", "bring-someone", "come-alone"],
                "modes": ["in-person"],
                "languages": ["bsl"],
                "schedules": [
                    {
                        "frequency": "once",
                        "weekday": None,
                        "week_of_month": None,
                        "starts_on": "2027-02-10",
                        "ends_on": None,
                        "start_time": "18:30",
                        "end_time": "20:00",
                    },
                ],
                "breaks": [],
                "paused_until": None,
                "pause_reason": "",
            },
        ],
    },
]

# Translations of some activities, by language, then (organisation slug, activity slug).
# Names of places, organisations and people stay in Latin letters.
TRANSLATIONS = {
    "ar": {
        ("fenmoor-ramblers", "saturday-park-walk"): {
            "title": "نزهة السبت في الحديقة",
            "summary": (
                "نزهة هادئة مدتها ساعة حول Fenmoor Park، يليها شاي في مقهى الحديقة. لا حاجة إلى "
                "الحجز."
            ),
            "description": (
                "<p>تسير نزهة السبت على الممرات المستوية حول Fenmoor Park والبحيرة. نمشي بسرعة "
                "أبطأ شخص في المجموعة، حتى لا يتأخر أحد عن الآخرين. وبعد النزهة يبقى معظمنا لتناول "
                "مشروب ساخن في مقهى الحديقة.</p>"
            ),
            "what_to_expect": (
                "<p>يستقبل قائد النزهة الجميع عند البوابة الرئيسية في الساعة 10 صباحًا، وهو يرتدي "
                "سترة صفراء. سيرحّب بك ويعرّفك على بعض الأشخاص ويشرح لك مسار النزهة.</p>"
            ),
            "how_to_join": (
                "تعال فقط إلى البوابة الرئيسية في Fenmoor Park في الساعة 10 صباحًا، وارتدِ حذاءً "
                "مريحًا."
            ),
            "cost_details": "",
        },
        ("ashgrove-community-centre-trust", "community-cafe"): {
            "title": "مقهى الجمعة المجتمعي",
            "summary": (
                "مقهى تدفع فيه ما تستطيع، يقدّم الحساء والخبز المحمّص والكعك المنزلي. الجميع مرحّب "
                "بهم للجلوس والدردشة."
            ),
            "description": (
                "<p>يدير متطوعون مقهى ودودًا في القاعة الرئيسية صباح كل يوم جمعة. نقدّم الحساء "
                "والخبز المحمّص والكعك والمشروبات الساخنة، وتدفع ما تقدر عليه. تعال لتشرب كوب شاي "
                "سريعًا أو ابقَ طوال الصباح.</p>"
            ),
            "what_to_expect": (
                "<p>اجلس على أي طاولة وسيأتي أحد المتطوعين ليأخذ طلبك. ستجد الصحف وألعاب الطاولة "
                "على الطاولة الجانبية.</p>"
            ),
            "how_to_join": (
                "تعال في أي وقت بين الساعة 10 صباحًا والساعة 12:30 ظهرًا. وإذا أحببت المساعدة في "
                "المقهى، فاسأل عند المنضدة."
            ),
            "cost_details": "ادفع ما تستطيع",
        },
        ("st-hildas-church", "thursday-friendship-lunch"): {
            "title": "غداء الصداقة يوم الخميس",
            "summary": (
                "غداء ساخن من طبقين في صحبة ودودة كل يوم خميس. لا يُشترط أن تكون من رواد الكنيسة."
            ),
            "description": (
                "<p>يطهو متطوعونا كل خميس طبقًا رئيسيًا ساخنًا وحلوى. يتوفر دائمًا خيار نباتي، "
                "ويمكننا تحضير طعام حلال إذا طلبت ذلك قبل أسبوع. الجميع مرحّب بهم، مهما كان "
                "دينهم.</p>"
            ),
            "what_to_expect": (
                "<p>سيستقبلك أحدنا عند الباب ويرشدك إلى طاولة. بعد الغداء نقدّم الشاي والقهوة "
                "ومسابقة أسئلة خفيفة لمن يرغب في البقاء.</p>"
            ),
            "how_to_join": "اتصل بـ Grace قبل يوم الثلاثاء لحجز مكانك، حتى نطهو ما يكفي من الطعام.",
            "cost_details": "£3.50 لوجبة من طبقين",
        },
        ("kellbrook-carers-centre", "carers-coffee-morning"): {
            "title": "صباح القهوة لمقدّمي الرعاية",
            "summary": (
                "صباح قهوة شهري يستطيع فيه مقدّمو الرعاية غير المأجورين أن يرتاحوا ويتعرّفوا على "
                "مقدّمي رعاية آخرين ويحصلوا على المشورة."
            ),
            "description": (
                "<p>إذا كنت تعتني بشخص ما، فهذا الوقت مخصّص لك. تناول فنجان قهوة وتحدّث مع أشخاص "
                "يفهمون معنى تقديم الرعاية. ويحضر موظفو دعم مقدّمي الرعاية إذا أردت نصيحة بشأن "
                "فترات الاستراحة أو المال أو صحتك أنت.</p>"
            ),
            "what_to_expect": (
                "<p>سيرحّب بك أحد الموظفين ويعرّفك على الآخرين. يمكنك الحديث عن تقديم الرعاية، أو "
                "عن أي شيء آخر تحبّه.</p>"
            ),
            "how_to_join": (
                "تعال فقط. وإذا احتجت إلى من يبقى مع الشخص الذي تعتني به، فاتصل بنا قبل أسبوع "
                "وسنحاول المساعدة."
            ),
            "cost_details": "",
        },
        ("kellbrook-welcome", "welcome-drop-in"): {
            "title": "لقاء الترحيب المفتوح",
            "summary": (
                "ترحيب حار ومشروبات ساخنة ومساعدة عملية للاجئين وطالبي اللجوء وغيرهم من القادمين "
                "الجدد."
            ),
            "description": (
                "<p>لقاؤنا الأسبوعي المفتوح مكان ودود للتعرّف على الناس وتناول مشروب ساخن والحصول "
                "على المساعدة في أمور مثل السكن والصحة وتسجيل الأطفال في المدارس. يتحدث متطوعونا "
                "العربية والتركية والأوكرانية والإسبانية. لا تحتاج إلى موعد ولا إلى أي وثائق.</p>"
            ),
            "what_to_expect": (
                "<p>سيستقبلك أحد المتطوعين عند الباب ويقدّم لك مشروبًا ويسألك كيف يمكننا مساعدتك. "
                "وإذا أردت استشارة، فقد تنتظر قليلًا حتى يراك أحد المستشارين.</p>"
            ),
            "how_to_join": (
                "تعال في أي يوم ثلاثاء بين الساعة 10 صباحًا والساعة 1 ظهرًا. الأطفال مرحّب بهم."
            ),
            "cost_details": "",
        },
        ("kellbrook-welcome", "english-conversation-club"): {
            "title": "نادي المحادثة باللغة الإنجليزية",
            "summary": (
                "تدرّب على التحدث بالإنجليزية في مجموعات صغيرة وودودة. جميع المستويات مرحّب بها، "
                "بما في ذلك المبتدئون تمامًا."
            ),
            "description": (
                "<p>هذا ليس صفًا دراسيًا رسميًا. يقود المتطوعون مجموعات صغيرة تتدرّب فيها على "
                "الإنجليزية التي تحتاجها في حياتك اليومية، مثل التحدث مع الطبيب أو التسوّق. لكل "
                "جلسة موضوع، وهناك وقت كافٍ للدردشة مع كوب من الشاي.</p>"
            ),
            "what_to_expect": (
                "<p>عند وصولك، سيطرح عليك أحد المتطوعين بعض الأسئلة ليجد المجموعة المناسبة لك. "
                "المجموعات صغيرة، من أربعة إلى ستة أشخاص.</p>"
            ),
            "how_to_join": "تعال فقط مساء يوم الأربعاء أو صباح يوم السبت.",
            "cost_details": "",
        },
        ("kellbrook-welcome", "womens-sewing-circle"): {
            "title": "حلقة الخياطة للنساء",
            "summary": (
                "مجموعة خياطة هادئة للنساء. تعلّمي استخدام ماكينة الخياطة وإصلاح الملابس، وتعرّفي "
                "على نساء أخريات."
            ),
            "description": (
                "<p>تلتقي نساء من بلدان كثيرة كل أسبوع للخياطة وإصلاح الملابس والدردشة. لدينا ست "
                "ماكينات خياطة وأقمشة وخيوط. بعض العضوات يتحدثن العربية والأردية، والجميع يساعد "
                "بعضهن بعضًا.</p>"
            ),
            "what_to_expect": (
                "<p>الغرفة مخصّصة للنساء فقط. ستعرّفك إحدى المتطوعات على المكان وتساعدك على البدء "
                "بمشروع صغير.</p>"
            ),
            "how_to_join": "تعالي فقط بعد ظهر يوم الخميس. يمكنك إحضار أطفالك الصغار معك.",
            "cost_details": "",
        },
        ("kellbrook-libraries", "english-conversation-cafe"): {
            "title": "مقهى المحادثة باللغة الإنجليزية",
            "summary": "مقهى غير رسمي يتدرّب فيه متعلّمو الإنجليزية على التحدث مع متطوعين ودودين.",
            "description": (
                "<p>تدرّب على لغتك الإنجليزية مع كوب من الشاي برفقة متطوعين ومتعلّمين آخرين. نتحدث "
                "عن أمور الحياة اليومية، مثل الأخبار والطعام والحياة في Kellbrook. ويمكنك أيضًا "
                "معرفة المزيد عن دورات اللغة الإنجليزية المجانية في المنطقة.</p>"
            ),
            "what_to_expect": (
                "<p>سيرحّب بك أحد المتطوعين ويُجلسك إلى طاولة مع آخرين في مستوى قريب من مستواك. "
                "ويمكنك أن تكتفي بالاستماع في البداية إذا أردت.</p>"
            ),
            "how_to_join": (
                "تعال فقط إلى الطابق الأول في Kellbrook Central Library بعد ظهر يوم الخميس."
            ),
            "cost_details": "",
        },
        ("kellbrook-parents-together", "baby-and-me-coffee"): {
            "title": "صباح القهوة لي ولطفلي",
            "summary": (
                "صباح قهوة هادئ للآباء والأمهات ومقدّمي الرعاية مع أطفالهم دون سنة واحدة. شاي "
                "وألعاب وكثير من الدردشة."
            ),
            "description": (
                "<p>تعرّف على آباء وأمهات آخرين لديهم أطفال رضّع، في غرفة مريحة فيها فُرُش ناعمة "
                "وألعاب. تأتي زائرة صحية مرة في الشهر للإجابة عن الأسئلة. بعض متطوعينا يتحدثون "
                "البنغالية.</p>"
            ),
            "what_to_expect": (
                "<p>سيرحّب بك أحد المتطوعين وبطفلك ويحضّر لك مشروبًا ساخنًا. يمكنك إرضاع طفلك أو "
                "تغيير حفاضه أو تهدئته متى احتجت إلى ذلك.</p>"
            ),
            "how_to_join": "تعال فقط صباح يوم الخميس. يوجد مكان لركن عربات الأطفال.",
            "cost_details": "",
        },
        ("kellbrook-bangladeshi-womens-association", "bengali-lunch-club"): {
            "title": "نادي الغداء باللغة البنغالية",
            "summary": (
                "غداء حلال ساخن ودردشة وأنشطة خفيفة باللغتين البنغالية والسلهتية لكبار السن من "
                "الرجال والنساء."
            ),
            "description": (
                "<p>كل يوم ثلاثاء نقدّم غداءً بنغلاديشيًا مطهوًا في البيت، تليه تمارين على الكراسي "
                "أو مسابقة أسئلة أو حديث عن الصحة. يجري كل شيء بالبنغالية والسلهتية، مع الإنجليزية "
                "إذا احتجت إليها. الرجال والنساء مرحّب بهم، ويمكنك الجلوس إلى طاولات منفصلة إذا "
                "فضّلت ذلك.</p>"
            ),
            "what_to_expect": (
                "<p>سيستقبلك أحد المتطوعين عند الباب ويساعدك على إيجاد مقعد. يُقدَّم الغداء في "
                "الساعة 12:30 ظهرًا، ويبقى بعده وقت للشاي والدردشة.</p>"
            ),
            "how_to_join": (
                "تعال فقط يوم الثلاثاء، أو اتصل بـ Rukhsana إذا احتجت إلى مساعدة في المواصلات."
            ),
            "cost_details": "£2 لوجبة غداء ساخنة",
        },
        ("kellbrook-bangladeshi-womens-association", "english-for-women"): {
            "title": "اللغة الإنجليزية للنساء",
            "summary": (
                "صف ودود لتعلّم الإنجليزية للنساء في مجموعات صغيرة، مع مساعدات يتحدثن البنغالية "
                "وحضانة مجانية للأطفال."
            ),
            "description": (
                "<p>تعلّمي الإنجليزية التي تحتاجينها في حياتك اليومية، مثل التحدث مع طبيبك العام "
                "أو مدرسة طفلك أو جيرانك. المعلّمة مدرّسة مؤهّلة، وتساعدها متطوعات يتحدثن "
                "البنغالية. تسير الصفوف وفق الفصول الدراسية في المدارس.</p>"
            ),
            "what_to_expect": (
                "<p>في جلستك الأولى ستتحدث معك المعلّمة لتعرف مستواك. الصفوف صغيرة وهادئة، مع "
                "استراحة شاي في منتصفها.</p>"
            ),
            "how_to_join": (
                "اتصلي بـ Rukhsana لحجز مكانك، ولحجز مكان لطفلك في الحضانة إذا احتجتِ إليه."
            ),
            "cost_details": "",
        },
        ("kellbrook-volunteer-hub", "friendly-phone-calls"): {
            "title": "مكالمات هاتفية ودّية",
            "summary": "دردشة هاتفية أسبوعية مع متطوع ودود، لمن يصعب عليهم الخروج والتنقّل.",
            "description": (
                "<p>سيتصل بك أحد المتطوعين في الموعد نفسه كل أسبوع للدردشة في أي موضوع تحبّه، من "
                "كرة القدم إلى أخبار العائلة. نختار لك متطوعًا يشاركك اهتماماتك. ويمكن أن تكون "
                "المكالمات بالإنجليزية أو العربية أو البنغالية.</p>"
            ),
            "what_to_expect": (
                "<p>قبل المكالمة الأولى، نتصل بك لنعرف الموضوعات التي تحب الحديث عنها. بعد ذلك "
                "يتصل بك المتطوع نحو 30 دقيقة كل أسبوع.</p>"
            ),
            "how_to_join": (
                "اتصل بنا، أو اطلب من أحد أن يتصل نيابةً عنك. يمكن لأحد أفراد عائلتك أو جارك أو "
                "طبيبك العام أن يضعنا على تواصل معك، بشرط موافقتك."
            ),
            "cost_details": "",
        },
    },
    "bn": {
        ("fenmoor-ramblers", "saturday-park-walk"): {
            "title": "শনিবারের পার্কে হাঁটা",
            "summary": (
                "Fenmoor Park-এর চারপাশে এক ঘণ্টার আরামদায়ক হাঁটা, তারপর পার্কের ক্যাফেতে চা। আগে "
                "থেকে বুকিং করতে হবে না।"
            ),
            "description": (
                "<p>শনিবারের হাঁটায় আমরা Fenmoor Park আর লেকের চারপাশের সমতল পথ ধরে হাঁটি। দলের "
                "সবচেয়ে ধীরে হাঁটা মানুষটির গতিতেই আমরা হাঁটি, তাই কেউ পেছনে পড়ে থাকেন না। "
                "হাঁটার পরে বেশিরভাগ মানুষ পার্কের ক্যাফেতে বসে গরম কিছু পান করেন।</p>"
            ),
            "what_to_expect": (
                "<p>হলুদ জ্যাকেট পরা একজন দলনেতা সকাল ১০টায় প্রধান গেটে সবার সাথে দেখা করেন। তিনি "
                "আপনাকে স্বাগত জানাবেন, কয়েকজনের সাথে পরিচয় করিয়ে দেবেন এবং হাঁটার পথটি বুঝিয়ে "
                "বলবেন।</p>"
            ),
            "how_to_join": ("শুধু সকাল ১০টায় Fenmoor Park-এর প্রধান গেটে চলে আসুন। আরামদায়ক জুতা পরে আসবেন।"),
            "cost_details": "",
        },
        ("ashgrove-community-centre-trust", "community-cafe"): {
            "title": "শুক্রবারের কমিউনিটি ক্যাফে",
            "summary": (
                "যে যা পারেন তা-ই দিয়ে খাওয়ার ক্যাফে, ঘরে তৈরি স্যুপ, টোস্ট আর কেক সহ। বসে গল্প করতে সবাই স্বাগত।"
            ),
            "description": (
                "<p>প্রতি শুক্রবার সকালে স্বেচ্ছাসেবকেরা প্রধান হলে একটি বন্ধুত্বপূর্ণ ক্যাফে "
                "চালান। সেখানে স্যুপ, টোস্ট, কেক আর গরম পানীয় পাওয়া যায়, আর আপনি যা দিতে পারেন "
                "তা-ই দেবেন। এক কাপ চা খেতে আসুন, অথবা পুরো সকাল থেকে যান।</p>"
            ),
            "what_to_expect": (
                "<p>যেকোনো টেবিলে বসে পড়ুন, একজন স্বেচ্ছাসেবক এসে আপনার অর্ডার নেবেন। পাশের "
                "টেবিলে খবরের কাগজ আর বোর্ড গেম রাখা থাকে।</p>"
            ),
            "how_to_join": (
                "সকাল ১০টা থেকে দুপুর ১২:৩০-এর মধ্যে যেকোনো সময় চলে আসুন। ক্যাফেতে সাহায্য করতে "
                "চাইলে কাউন্টারে জিজ্ঞেস করুন।"
            ),
            "cost_details": "যে যা পারেন",
        },
        ("st-hildas-church", "thursday-friendship-lunch"): {
            "title": "বৃহস্পতিবারের বন্ধুত্বের দুপুরের খাবার",
            "summary": (
                "প্রতি বৃহস্পতিবার বন্ধুসুলভ মানুষদের সাথে দুই পদের গরম দুপুরের খাবার। গির্জায় যান এমন মানুষ হতে হবে না।"
            ),
            "description": (
                "<p>আমাদের স্বেচ্ছাসেবকেরা প্রতি বৃহস্পতিবার একটি গরম প্রধান পদ আর একটি মিষ্টান্ন "
                "রান্না করেন। সবসময় নিরামিষ খাবারের ব্যবস্থা থাকে, আর এক সপ্তাহ আগে জানালে আমরা "
                "হালাল খাবারও রান্না করতে পারি। আপনার ধর্ম যা-ই হোক, সবাই স্বাগত।</p>"
            ),
            "what_to_expect": (
                "<p>দরজায় আপনাকে স্বাগত জানিয়ে একটি টেবিলে বসিয়ে দেওয়া হবে। খাওয়ার পরে যাঁরা "
                "থাকতে চান, তাঁদের জন্য চা, কফি আর একটি মজার কুইজ থাকে।</p>"
            ),
            "how_to_join": (
                "মঙ্গলবারের মধ্যে Grace-কে ফোন করে জায়গা বুক করুন, যাতে আমরা যথেষ্ট খাবার রান্না করতে পারি।"
            ),
            "cost_details": "দুই পদের খাবার £৩.৫০",
        },
        ("kellbrook-carers-centre", "carers-coffee-morning"): {
            "title": "পরিচর্যাকারীদের সকালের কফি আড্ডা",
            "summary": (
                "মাসে একবার সকালের কফি আড্ডা, যেখানে অবৈতনিক পরিচর্যাকারীরা একটু বিশ্রাম নিতে, "
                "অন্য পরিচর্যাকারীদের সাথে পরিচিত হতে এবং পরামর্শ পেতে পারেন।"
            ),
            "description": (
                "<p>আপনি যদি কারও দেখাশোনা করেন, তাহলে এই সময়টা আপনার জন্য। যাঁরা বোঝেন দেখাশোনা "
                "করা কেমন, তাঁদের সাথে এক কাপ কফি খেতে খেতে গল্প করুন। বিরতি, টাকাপয়সা বা আপনার "
                "নিজের স্বাস্থ্য নিয়ে পরামর্শ চাইলে আমাদের সহায়তা কর্মীরা সেখানে থাকেন।</p>"
            ),
            "what_to_expect": (
                "<p>একজন কর্মী আপনাকে স্বাগত জানিয়ে অন্যদের সাথে পরিচয় করিয়ে দেবেন। আপনি "
                "দেখাশোনার কথা বলতে পারেন, অথবা অন্য যেকোনো বিষয়ে গল্প করতে পারেন।</p>"
            ),
            "how_to_join": (
                "শুধু চলে আসুন। আপনি যাঁর দেখাশোনা করেন, তাঁর কাছে কাউকে থাকার দরকার হলে এক সপ্তাহ "
                "আগে আমাদের ফোন করুন, আমরা সাহায্য করার চেষ্টা করব।"
            ),
            "cost_details": "",
        },
        ("kellbrook-welcome", "welcome-drop-in"): {
            "title": "স্বাগত ড্রপ-ইন",
            "summary": (
                "শরণার্থী, আশ্রয়প্রার্থী এবং নতুন আসা অন্য মানুষদের জন্য আন্তরিক স্বাগত, গরম "
                "পানীয় আর হাতে-কলমে সাহায্য।"
            ),
            "description": (
                "<p>আমাদের সাপ্তাহিক ড্রপ-ইন একটি বন্ধুত্বপূর্ণ জায়গা, যেখানে আপনি মানুষের সাথে "
                "পরিচিত হতে, গরম কিছু পান করতে এবং বাসস্থান, স্বাস্থ্য বা স্কুলে ভর্তির মতো বিষয়ে "
                "সাহায্য পেতে পারেন। আমাদের স্বেচ্ছাসেবকেরা আরবি, তুর্কি, ইউক্রেনীয় এবং স্প্যানিশ "
                "ভাষায় কথা বলেন। কোনো অ্যাপয়েন্টমেন্ট বা কাগজপত্র লাগে না।</p>"
            ),
            "what_to_expect": (
                "<p>একজন স্বেচ্ছাসেবক দরজায় আপনাকে স্বাগত জানাবেন, পানীয় দেবেন এবং জানতে চাইবেন "
                "আমরা কীভাবে সাহায্য করতে পারি। পরামর্শ চাইলে একজন উপদেষ্টার সাথে দেখা করার জন্য "
                "হয়তো একটু অপেক্ষা করতে হতে পারে।</p>"
            ),
            "how_to_join": ("যেকোনো মঙ্গলবার সকাল ১০টা থেকে দুপুর ১টার মধ্যে চলে আসুন। শিশুরাও স্বাগত।"),
            "cost_details": "",
        },
        ("kellbrook-welcome", "english-conversation-club"): {
            "title": "ইংরেজিতে কথা বলার ক্লাব",
            "summary": (
                "ছোট ছোট বন্ধুত্বপূর্ণ দলে ইংরেজিতে কথা বলার অনুশীলন করুন। একদম নতুনসহ সব স্তরের মানুষ স্বাগত।"
            ),
            "description": (
                "<p>এটি কোনো আনুষ্ঠানিক ক্লাস নয়। স্বেচ্ছাসেবকেরা ছোট দল পরিচালনা করেন, যেখানে "
                "আপনি প্রতিদিনের ইংরেজি অনুশীলন করতে পারেন, যেমন ডাক্তারের সাথে কথা বলা বা "
                "কেনাকাটা করা। প্রতিটি সেশনের একটি বিষয় থাকে, আর চা খেতে খেতে গল্প করার অনেক সময় "
                "থাকে।</p>"
            ),
            "what_to_expect": (
                "<p>আপনি পৌঁছালে একজন স্বেচ্ছাসেবক কয়েকটি প্রশ্ন করে আপনার জন্য সঠিক দলটি খুঁজে "
                "দেবেন। দলগুলো ছোট, চার থেকে ছয়জনের।</p>"
            ),
            "how_to_join": "বুধবার সন্ধ্যায় বা শনিবার সকালে শুধু চলে আসুন।",
            "cost_details": "",
        },
        ("kellbrook-welcome", "womens-sewing-circle"): {
            "title": "নারীদের সেলাই আসর",
            "summary": (
                "নারীদের জন্য একটি আরামদায়ক সেলাই দল। সেলাই মেশিন চালানো আর কাপড় মেরামত করা "
                "শিখুন, অন্য নারীদের সাথে পরিচিত হন।"
            ),
            "description": (
                "<p>বিভিন্ন দেশের নারীরা প্রতি সপ্তাহে একসাথে সেলাই, কাপড় মেরামত আর গল্প করতে "
                "আসেন। আমাদের ছয়টি সেলাই মেশিন, কাপড় আর সুতা আছে। কয়েকজন সদস্য আরবি ও উর্দু "
                "বলেন, আর সবাই একে অপরকে সাহায্য করেন।</p>"
            ),
            "what_to_expect": (
                "<p>ঘরটি শুধু নারীদের জন্য। একজন স্বেচ্ছাসেবক আপনাকে সব ঘুরিয়ে দেখাবেন এবং একটি "
                "ছোট কাজ শুরু করতে সাহায্য করবেন।</p>"
            ),
            "how_to_join": "বৃহস্পতিবার বিকেলে শুধু চলে আসুন। ছোট বাচ্চাদের সাথে নিয়ে আসতে পারেন।",
            "cost_details": "",
        },
        ("kellbrook-libraries", "english-conversation-cafe"): {
            "title": "ইংরেজি কথোপকথন ক্যাফে",
            "summary": (
                "একটি ঘরোয়া ক্যাফে, যেখানে ইংরেজি শিখছেন এমন মানুষেরা বন্ধুসুলভ স্বেচ্ছাসেবকদের "
                "সাথে কথা বলার অনুশীলন করতে পারেন।"
            ),
            "description": (
                "<p>স্বেচ্ছাসেবক আর অন্য শিক্ষার্থীদের সাথে এক কাপ চা খেতে খেতে ইংরেজি অনুশীলন "
                "করুন। আমরা প্রতিদিনের বিষয় নিয়ে কথা বলি, যেমন খবর, খাবার আর Kellbrook-এর জীবন। "
                "এলাকায় বিনামূল্যে ইংরেজি কোর্সের খোঁজও এখানে পাবেন।</p>"
            ),
            "what_to_expect": (
                "<p>একজন স্বেচ্ছাসেবক আপনাকে স্বাগত জানিয়ে আপনার কাছাকাছি স্তরের অন্যদের সাথে "
                "একটি টেবিলে বসিয়ে দেবেন। চাইলে প্রথমে শুধু শুনতেও পারেন।</p>"
            ),
            "how_to_join": "বৃহস্পতিবার বিকেলে Kellbrook Central Library-এর দোতলায় শুধু চলে আসুন।",
            "cost_details": "",
        },
        ("kellbrook-parents-together", "baby-and-me-coffee"): {
            "title": "শিশু আর আমি: সকালের কফি আড্ডা",
            "summary": (
                "এক বছরের কম বয়সী শিশুদের বাবা-মা ও দেখাশোনাকারীদের জন্য আরামদায়ক সকালের কফি "
                "আড্ডা। চা, খেলনা আর অনেক গল্প।"
            ),
            "description": (
                "<p>নরম ম্যাট আর খেলনায় ভরা একটি আরামদায়ক ঘরে ছোট শিশুর অন্য বাবা-মায়েদের সাথে "
                "পরিচিত হন। মাসে একবার একজন হেলথ ভিজিটর এসে প্রশ্নের উত্তর দেন। আমাদের কয়েকজন "
                "স্বেচ্ছাসেবক বাংলা বলেন।</p>"
            ),
            "what_to_expect": (
                "<p>একজন স্বেচ্ছাসেবক আপনাকে আর আপনার শিশুকে স্বাগত জানিয়ে আপনার জন্য গরম পানীয় "
                "তৈরি করবেন। যখন দরকার, শিশুকে খাওয়াতে, ন্যাপি বদলাতে বা শান্ত করতে পারেন।</p>"
            ),
            "how_to_join": ("বৃহস্পতিবার সকালে শুধু চলে আসুন। বাচ্চাদের প্র্যাম বা বাগি রাখার জায়গা আছে।"),
            "cost_details": "",
        },
        ("kellbrook-bangladeshi-womens-association", "bengali-lunch-club"): {
            "title": "বাংলাভাষীদের দুপুরের খাবারের ক্লাব",
            "summary": (
                "বয়স্ক নারী ও পুরুষদের জন্য গরম হালাল দুপুরের খাবার, গল্পগুজব আর হালকা কার্যক্রম, বাংলা ও সিলেটিতে।"
            ),
            "description": (
                "<p>প্রতি মঙ্গলবার আমরা ঘরে রান্না করা বাংলাদেশি দুপুরের খাবার পরিবেশন করি, তারপর "
                "থাকে চেয়ারে বসে ব্যায়াম, কুইজ বা স্বাস্থ্য নিয়ে আলোচনা। সবকিছু হয় বাংলা ও "
                "সিলেটিতে, দরকার হলে ইংরেজিতেও। নারী ও পুরুষ দুজনেই স্বাগত, চাইলে আলাদা টেবিলে "
                "বসতে পারেন।</p>"
            ),
            "what_to_expect": (
                "<p>একজন স্বেচ্ছাসেবক দরজায় আপনাকে স্বাগত জানিয়ে বসার জায়গা খুঁজে দেবেন। দুপুর "
                "১২:৩০-এ খাবার পরিবেশন করা হয়, আর তারপর চা আর গল্পের সময় থাকে।</p>"
            ),
            "how_to_join": ("মঙ্গলবার শুধু চলে আসুন, অথবা যাতায়াতে সাহায্য লাগলে Rukhsana-কে ফোন করুন।"),
            "cost_details": "গরম দুপুরের খাবার £২",
        },
        ("kellbrook-bangladeshi-womens-association", "english-for-women"): {
            "title": "নারীদের জন্য ইংরেজি",
            "summary": (
                "নারীদের জন্য ছোট দলে বন্ধুত্বপূর্ণ ইংরেজি ক্লাস, বাংলাভাষী সহায়ক আর বিনামূল্যে "
                "শিশুদের দেখাশোনার ব্যবস্থা সহ।"
            ),
            "description": (
                "<p>প্রতিদিনের জীবনে যে ইংরেজি দরকার, তা শিখুন, যেমন আপনার জিপি, সন্তানের স্কুল বা "
                "প্রতিবেশীদের সাথে কথা বলা। একজন যোগ্য শিক্ষক ক্লাস নেন, আর বাংলাভাষী "
                "স্বেচ্ছাসেবকেরা সাহায্য করেন। ক্লাস স্কুলের টার্ম অনুযায়ী চলে।</p>"
            ),
            "what_to_expect": (
                "<p>প্রথম সেশনে শিক্ষক আপনার সাথে কথা বলে আপনার স্তর জেনে নেবেন। ক্লাসগুলো ছোট আর "
                "সহজ পরিবেশের, মাঝখানে চায়ের বিরতি থাকে।</p>"
            ),
            "how_to_join": (
                "জায়গা বুক করতে Rukhsana-কে ফোন করুন, আর দরকার হলে আপনার শিশুর জন্য ক্রেশে জায়গাও বুক করুন।"
            ),
            "cost_details": "",
        },
        ("kellbrook-volunteer-hub", "friendly-phone-calls"): {
            "title": "বন্ধুত্বপূর্ণ ফোনালাপ",
            "summary": (
                "যাঁদের জন্য বাইরে বের হওয়া কঠিন, তাঁদের জন্য একজন বন্ধুসুলভ স্বেচ্ছাসেবকের সাথে "
                "সপ্তাহে একবার ফোনে গল্প।"
            ),
            "description": (
                "<p>একজন স্বেচ্ছাসেবক প্রতি সপ্তাহে একই সময়ে আপনাকে ফোন করবেন, আর ফুটবল থেকে "
                "পরিবারের খবর পর্যন্ত আপনার পছন্দের যেকোনো বিষয়ে গল্প করবেন। আমরা আপনার আগ্রহের "
                "সাথে মেলে এমন কাউকে খুঁজে দিই। ফোনালাপ ইংরেজি, আরবি বা বাংলায় হতে পারে।</p>"
            ),
            "what_to_expect": (
                "<p>প্রথম কলের আগে আমরা আপনাকে ফোন করে জেনে নিই আপনি কী নিয়ে কথা বলতে ভালোবাসেন। "
                "তারপর আপনার স্বেচ্ছাসেবক প্রতি সপ্তাহে প্রায় ৩০ মিনিট আপনার সাথে কথা বলবেন।</p>"
            ),
            "how_to_join": (
                "আমাদের ফোন করুন, অথবা আপনার হয়ে কাউকে ফোন করতে বলুন। আপনি রাজি থাকলে পরিবারের "
                "কেউ, প্রতিবেশী বা আপনার জিপি আমাদের সাথে যোগাযোগ করিয়ে দিতে পারেন।"
            ),
            "cost_details": "",
        },
    },
}

# Listings nobody has checked for a while, so the directory team's reports have
# something to show: (organisation, activity) -> days since the last check when
# loaded. Checks fall due after 3 months: about 85 days is due soon, 120 overdue,
# 200 so long overdue that the listing is out of search.
UNCHECKED_FOR_DAYS = {
    ("kellbrook-chess-and-games-club", "cards-and-dominoes"): 85,
    ("riverside-allotments", "wellbeing-garden-mornings"): 85,
    ("kellbrook-chess-and-games-club", "online-chess-night"): 120,
    ("linden-estate-tra", "friday-bingo"): 120,
    ("millfield-mens-shed", "thursday-evening-shed"): 130,
    ("kellbrook-chess-and-games-club", "board-games-evening"): 200,
    ("linden-estate-tra", "residents-meeting"): 200,
}

# Searches that found nothing, as the find page counts them (no personal data):
# (days ago, language, words, filters, postcode district, how many times).
ZERO_RESULT_SEARCHES = [
    (2, "en", "swimming for women", "", "", 4),
    (9, "en", "swimming for women", "", "KB5", 3),
    (30, "bn", "swimming for women", "audience=women-only", "", 2),
    (1, "en", "youth club", "area=northgate", "", 3),
    (12, "en", "youth club", "time=evening;audience=age-16-24", "KB5", 2),
    (5, "en", "dementia cafe", "", "KB6", 2),
    (40, "en", "dementia cafe", "interest=support-and-advice", "", 1),
    (3, "ar", "", "interest=food;area=millfield;language=ar", "", 2),
    (20, "pl", "", "interest=music;language=pl", "", 1),
    (7, "en", "", "interest=being-active;area=northgate;day=5", "", 3),
    (15, "ur", "sewing", "area=riverside", "KB4", 1),
    (60, "en", "tai chi", "", "", 2),
]
