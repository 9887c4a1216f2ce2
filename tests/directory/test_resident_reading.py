"""What a resident reads on the find and activity pages: bad filters, imported
listings without a venue, English inside right-to-left pages, dates and lists
in each language. All on the demo borough."""

import json
import re

import pytest

from directory.models import ActivityPage

pytestmark = pytest.mark.django_db

MONTHS_EN = (
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def results_part(response):
    content = response.content.decode()
    return content[content.index('id="results-heading"') : content.index('id="filters"')]


def test_one_bad_filter_value_keeps_the_others(client, demo_site):
    everything = client.get("/en/things-to-do/")
    music = client.get("/en/things-to-do/", {"interest": "music"})
    response = client.get("/en/things-to-do/", {"interest": "music", "day": "saturday"})

    content = response.content.decode()
    assert response.status_code == 400  # the address is not one to index or share as it is
    assert results_part(response).count("site-result__title") == results_part(music).count(
        "site-result__title"
    )
    assert results_part(music).count("site-result__title") < results_part(everything).count(
        "site-result__title"
    )
    assert "Day: “saturday” was not understood" in content
    assert "0, 1, 2, 3, 4, 5 and 6" in content  # the accepted form
    assert re.search(r'name="interest" type="checkbox" value="music"[^>]* checked', content)


def test_bad_and_good_values_of_one_filter_keep_the_good_one(client, demo_site):
    music = client.get("/en/things-to-do/", {"interest": "music"})
    response = client.get("/en/things-to-do/", {"interest": ["music", "nonsense"]})

    assert response.status_code == 400
    assert "“nonsense” was not understood" in response.content.decode()
    assert results_part(response) == results_part(music).replace(
        "interest=music", "interest=music&amp;interest=nonsense"
    ) or results_part(response).count("site-result__title") == results_part(music).count(
        "site-result__title"
    )


@pytest.fixture
def growing(demo_site):
    return ActivityPage.objects.get(
        locale__language_code="en", slug__startswith="community-growing-morning"
    )


def test_an_imported_activity_without_a_venue_reads_whole(client, growing):
    content = client.get(growing.url).content.decode()

    main = re.sub(
        r"<script.*?</script>",
        "",
        content[content.index("<main") : content.index("</main>")],
        flags=re.S,
    )
    assert main.count("Plant, weed and harvest on the shared plot") == 1
    assert "Free: Free" not in main
    assert ">What to expect</h2>" not in main
    assert ">Where</h2>" not in main
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    )
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data.get("location", {}).get("@type") != "VirtualLocation"


def test_an_imported_activity_in_results_has_no_empty_where(client, growing):
    content = client.get("/en/things-to-do/", {"q": "growing"}).content.decode()
    item = content[content.index("Community growing morning") :]
    item = item[: item.index("</li>")]
    assert "Free: Free" not in item
    assert not re.search(r">Where</dt>\s*<dd[^>]*></dd>", item)


def test_english_results_in_arabic_pages_run_left_to_right(client, demo_site):
    content = client.get("/ar/things-to-do/", {"cost": "low"}).content.decode()

    english_titles = re.findall(r'site-result__title"><a [^>]*lang="en"([^>]*)>', content)
    assert english_titles, "the demo has activities not yet translated into Arabic"
    assert all('dir="ltr"' in attributes for attributes in english_titles)
    assert re.search(r'<span lang="en" dir="ltr">[^<]+</span></dd>', content)  # cost details


def test_dates_and_lists_follow_each_language(client, demo_site):
    ukrainian = results_part(client.get("/uk/things-to-do/"))
    assert re.search(
        r"\d+ (січня|лютого|березня|квітня|травня|червня|липня|серпня|"
        r"вересня|жовтня|листопада|грудня)",
        ukrainian,
    )
    chinese = results_part(client.get("/zh-hans/things-to-do/"))
    assert re.search(r"\d+月\d+日", chinese)
    somali = results_part(client.get("/so/things-to-do/"))
    assert not re.search(MONTHS_EN, somali)
    urdu = results_part(client.get("/ur/things-to-do/", {"access": "step-free"}))
    access = re.findall(r'<dd class="govuk-summary-list__value">([^<]*،[^<]*)</dd>', urdu)
    assert access and not any(", " in value for value in access)
