"""The schema.org JSON-LD on each activity page and the Open Referral record of
the same activity say the same things: a search engine and a link worker's tool
must never disagree about when and where a group meets."""

import json
import re

import pytest

from directory.models import ActivityPage

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', re.S)
SCHEMA_DAYS = {"Monday": "MO", "Tuesday": "TU", "Wednesday": "WE", "Thursday": "TH"}
SCHEMA_DAYS |= {"Friday": "FR", "Saturday": "SA", "Sunday": "SU"}


def json_ld(client, activity):
    page = client.get(activity.url).content.decode()
    return json.loads(JSON_LD.search(page).group(1))


def schedules_in_json_ld(data):
    """(day, start, end, rule) for every recurring schedule, in ORUK's terms."""
    found = set()
    for rule in data.get("eventSchedule", []):
        day = SCHEMA_DAYS[rule["byDay"].rsplit("/", 1)[-1]]
        if rule["repeatFrequency"] == "P1M":
            day, repeat = f"{rule['byMonthWeek']}{day}", "MONTHLY"
        else:
            repeat = {"P1W": "WEEKLY 1", "P2W": "WEEKLY 2"}[rule["repeatFrequency"]]
        found.add((day, rule["startTime"], rule["endTime"], repeat, rule.get("endDate")))
    return found


def schedules_in_open_referral(record):
    found = set()
    for rule in record.get("schedules", []):
        if "freq" not in rule:
            continue  # a one-off date: JSON-LD gives it as the event's own date
        repeat = "MONTHLY" if rule["freq"] == "MONTHLY" else f"WEEKLY {rule['interval']}"
        found.add(
            (rule["byday"], rule["opens_at"], rule["closes_at"], repeat, rule.get("valid_to"))
        )
    return found


def test_every_activity_says_the_same_on_its_page_and_in_the_api(client, demo_site):
    activities = ActivityPage.objects.live().filter(locale__language_code="en")
    assert activities.count() > 50

    for activity in activities:
        page = json_ld(client, activity)
        record = client.get(f"/openreferral/services/{activity.translation_key}").json()

        assert page["name"] == record["name"]
        assert page["url"] == record["url"]
        assert page["organizer"]["name"] == record["organization"]["name"]
        assert page["isAccessibleForFree"] == (record["cost_options"][0].get("amount") == 0)
        paused = page["eventStatus"] == "https://schema.org/EventPostponed"
        assert paused == (record["status"] == "temporarily closed"), activity.title
        assert schedules_in_json_ld(page) == schedules_in_open_referral(record), activity.title
        if page.get("location", {}).get("@type") == "Place":
            (place,) = [item["location"] for item in record["service_at_locations"]]
            assert page["location"]["name"] == place["name"]
            assert page["location"]["address"]["postalCode"] == place["addresses"][0]["postal_code"]
            geo = page["location"]["geo"]
            assert (geo["latitude"], geo["longitude"]) == (place["latitude"], place["longitude"])
        else:
            assert not record.get("service_at_locations")
