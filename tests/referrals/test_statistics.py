"""Statistics for commissioners: tables, a chart and CSV, with no personal data."""

import pytest

from directory.models import Area
from referrals.factories import ReferralFactory
from referrals.routing import COMMISSIONERS

pytestmark = pytest.mark.django_db


def test_commissioners_see_counts_by_month_source_area_interest_and_outcome(
    client, demo_site, make_user
):
    fenmoor = Area.objects.get(slug="fenmoor")
    ReferralFactory(name="Stat Person", area=fenmoor, interests=["music", "games"])
    ReferralFactory(source_kind="qr", status="connected", interests=["music"])
    client.force_login(make_user("com", COMMISSIONERS))
    page = client.get("/admin/referrals/statistics/").content.decode()
    for caption in ["by month", "by source", "by area", "by interest", "by outcome"]:
        assert f"Referrals {caption}" in page
    assert "Fenmoor" in page
    assert "<svg" in page  # the chart, with the table as its text
    assert "Stat Person" not in page
    assert "020 7946" not in page

    # The old download address leads to Wagtail's export, which has XLSX too.
    response = client.get("/admin/referrals/statistics/?format=csv", follow=True)
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    rows = content.splitlines()
    assert rows[0] == "table,value,referrals"
    assert "interest,Music,2" in rows
    assert "interest,Games,1" in rows
    assert "outcome,Connected,1" in rows
    assert "source,QR code,1" in rows
    assert "area,Fenmoor,1" in rows
    assert "Stat Person" not in content
    response = client.get("/admin/referrals/statistics/?export=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
