"""Scan → landing → search → activity → self-referral: the referral records the QR code."""

import html
import re

import pytest

from referrals.models import Referral, SourceKind
from tests.referrals.conftest import send

pytestmark = pytest.mark.django_db


def test_a_referral_after_a_scan_and_a_search_is_attributed_to_the_code(
    client, admin_client, entry_point
):
    landing = client.get(client.get("/go/FEN-BUS-01")["Location"])
    assert landing.status_code == 200
    find = landing.content.decode()
    activity_url = html.unescape(
        re.search(r'site-result__title"><a class="govuk-link" href="([^"]+)"', find)[1]
    )
    assert "from=qr%3Afen-bus-01" in activity_url

    activity = client.get(activity_url).content.decode()
    start = html.unescape(
        re.search(r'href="(/en/get-a-hand/start/\?[^"]+kind=try[^"]*)"', activity)[1]
    )
    assert "from=qr%3Afen-bus-01" in start

    send(client, start_query=start.removeprefix("/en/get-a-hand/start/"))
    referral = Referral.objects.get()
    assert (referral.source_kind, referral.source_ref) == (SourceKind.QR, "fen-bus-01")
    assert set(client.cookies.keys()) <= {"sessionid", "csrftoken"}

    report = admin_client.get("/admin/campaign/report/?format=csv").content.decode()
    row = next(line for line in report.splitlines() if line.startswith("FEN-BUS-01,"))
    assert row.endswith(",1")  # one self-referral


def test_the_get_a_hand_destination_hands_the_code_to_the_form(client, demo_site):
    location = client.get("/go/mill-gp-01")["Location"]
    assert location.startswith("/en/get-a-hand/start/?")
    send(client, start_query=location.removeprefix("/en/get-a-hand/start/"))
    referral = Referral.objects.get()
    assert (referral.source_kind, referral.source_ref) == (SourceKind.QR, "mill-gp-01")
