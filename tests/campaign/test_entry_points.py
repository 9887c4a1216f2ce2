"""/go/<code>: the short address beside every QR code."""

from urllib.parse import parse_qs, urlsplit

import pytest

from django.utils import timezone

from campaign.models import Destination, EntryPoint, NextStepCount, ScanCount

pytestmark = pytest.mark.django_db


def scans_today(entry_point):
    row = ScanCount.objects.filter(entry_point=entry_point, day=timezone.localdate()).first()
    return row.count if row else 0


def test_a_scan_redirects_with_utm_and_the_way_in_and_sets_no_cookie(client, entry_point):
    before = scans_today(entry_point)
    response = client.get("/go/FEN-BUS-01")  # printed in capitals; any case works

    assert response.status_code == 302
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers and not response.cookies
    location = urlsplit(response["Location"])
    assert location.path == "/en/things-to-do/"
    query = parse_qs(location.query)
    assert query["area"] == ["fenmoor"]  # the saved search
    assert query["utm_source"] == ["fen-bus-01"]
    assert query["utm_medium"] == ["qr"]
    assert query["utm_content"] == ["bus-stop"]
    assert query["utm_campaign"] == ["loneliness-awareness-week"]
    assert query["from"] == ["qr:fen-bus-01"]
    assert scans_today(entry_point) == before + 1


def test_scans_are_counted_per_day_without_personal_data(client, entry_point):
    client.get("/go/fen-bus-01", REMOTE_ADDR="203.0.113.9")
    client.get("/go/Fen-Bus-01", REMOTE_ADDR="203.0.113.10")
    row = ScanCount.objects.get(entry_point=entry_point, day=timezone.localdate())
    assert {field.name for field in ScanCount._meta.fields} == {"id", "entry_point", "day", "count"}
    assert row.count >= 2


def test_the_destination_can_change_after_printing(client, entry_point):
    entry_point.destination = Destination.GET_A_HAND
    entry_point.save()
    location = client.get("/go/fen-bus-01")["Location"]
    assert "/get-a-hand/" in location
    assert "from=qr%3Afen-bus-01" in location


def test_a_page_destination_opens_in_the_readers_language(client, demo_site):
    entry_point = EntryPoint.objects.get(code="central-lib-01")
    location = client.get("/go/central-lib-01", HTTP_ACCEPT_LANGUAGE="ar")["Location"]
    assert location.startswith("/ar/getting-connected/")
    assert entry_point.destination_page.url == "/en/getting-connected/"


def test_an_unknown_code_gets_a_friendly_page_not_a_dead_end(client, demo_site):
    response = client.get("/go/no-such-code")
    page = response.content.decode()
    assert response.status_code == 404  # said plainly, to people and to search engines
    assert "We could not find that code" in page
    assert 'href="/en/things-to-do/"' in page
    assert "get-a-hand" in page
    assert not response.cookies


def test_the_way_in_is_kept_through_search_and_counted(client, entry_point):
    find = client.get("/en/things-to-do/?area=fenmoor&from=qr:fen-bus-01").content.decode()
    assert '<input type="hidden" name="from" value="qr:fen-bus-01">' in find
    assert "?from=qr%3Afen-bus-01" in find  # every result link passes it on
    activity_url = find.split('site-result__title"><a class="govuk-link" href="')[1].split('"')[0]
    assert client.get(activity_url).status_code == 200
    steps = dict(
        NextStepCount.objects.filter(entry_point=entry_point, day=timezone.localdate()).values_list(
            "step", "count"
        )
    )
    assert steps["search"] >= 1
    assert steps["activity"] >= 1


def test_a_made_up_marker_is_ignored(client, demo_site):
    find = client.get("/en/things-to-do/?from=qr:<script>").content.decode()
    assert 'name="from"' not in find
