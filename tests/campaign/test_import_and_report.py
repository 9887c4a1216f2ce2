"""Bulk entry points from a CSV, and the campaign report."""

import csv
import io

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from campaign.models import EntryPoint

pytestmark = pytest.mark.django_db

GOOD = (
    "code,placement,place,area,destination,destination_search\n"
    "NEW-BUS-01,bus-stop,High Street stop,fenmoor,search,interest=music\n"
    "new-gp-01,gp-screen,Health centre,Millfield,get-a-hand,\n"
)


def upload(text):
    return SimpleUploadedFile("placements.csv", text.encode(), content_type="text/csv")


def test_a_csv_of_placements_creates_entry_points(admin_client):
    response = admin_client.post("/admin/campaign/entry-points/import/", {"csv_file": upload(GOOD)})
    assert response.status_code == 302
    bus = EntryPoint.objects.get(code="new-bus-01")
    assert (bus.placement, bus.area.slug, bus.destination_search) == (
        "bus-stop",
        "fenmoor",
        "interest=music",
    )
    assert EntryPoint.objects.get(code="new-gp-01").area.slug == "millfield"


def test_a_bad_row_imports_nothing_and_says_which_row(admin_client):
    bad = GOOD + "fen-bus-01,billboard,Somewhere,atlantis,search,\n"
    before = EntryPoint.objects.count()
    response = admin_client.post("/admin/campaign/entry-points/import/", {"csv_file": upload(bad)})
    page = response.content.decode()
    assert response.status_code == 400
    assert EntryPoint.objects.count() == before
    assert "Nothing was imported" in page
    assert "unknown placement" in page and "unknown area atlantis" in page
    assert "<td>4</td>" in page  # the row number as in a spreadsheet


def test_a_csv_from_old_excel_for_mac_with_cr_line_endings_imports(admin_client):
    response = admin_client.post(
        "/admin/campaign/entry-points/import/", {"csv_file": upload(GOOD.replace("\n", "\r"))}
    )

    assert response.status_code == 302
    assert EntryPoint.objects.get(code="new-gp-01").place == "Health centre"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (GOOD.replace("High Street stop", "High\x00Street"), "not text"),
        ("code,placement,place\n" + "x" * 200_000 + ",poster,Here\n", "could not be read as CSV"),
        ('code,placement,place\r\n"unclosed,poster,Here' + "x" * 200_000, "could not be read"),
        (b"\xff\xfe c\x00o\x00d\x00e\x00", "UTF-8"),
    ],
)
def test_a_file_that_is_not_clean_csv_is_refused_whole_with_a_reason(admin_client, body, message):
    before = EntryPoint.objects.count()
    data = body if isinstance(body, bytes) else body.encode()
    file = SimpleUploadedFile("placements.csv", data, content_type="text/csv")

    response = admin_client.post("/admin/campaign/entry-points/import/", {"csv_file": file})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert EntryPoint.objects.count() == before


def test_the_report_shows_scans_and_next_steps_and_downloads_as_csv(admin_client, client):
    client.get("/go/fen-lib-01")
    page = admin_client.get("/admin/campaign/report/").content.decode()
    for heading in ["Scans by placement", "Scans by phase", "Scans by day", "Self-referrals"]:
        assert heading in page
    assert "FEN-LIB-01" in page

    response = admin_client.get("/admin/campaign/report/?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "Entry point",
        "Scans",
        "Directory searches",
        "Activity views",
        "Self-referrals",
    ]
    library = next(row for row in rows if row and row[0] == "FEN-LIB-01")
    assert int(library[1]) >= 1
    assert "@" not in response.content.decode()  # no personal data
