"""The council named in the header and footer is the Site's setting, in the reader's
language; the error pages name it from settings, without the database. So is the
service's name, wherever it is given."""

import re
import subprocess

import pytest
from bs4 import BeautifulSoup

from django.test import RequestFactory, override_settings
from django.utils.translation import override

from wagtail.models import Locale

from campaign.models import EntryPoint
from campaign.qr import poster_pdf
from core.models import CouncilSettings
from core.views import server_error, service_unavailable
from directory.models import ActivityPage, ProblemReport, ProblemReportNotice
from directory.problems import message as problem_report_email
from referrals.models import Notification
from referrals.notifications import message as referral_email


def header_and_footer(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    name = soup.select_one(".site-header__name").get_text(strip=True)
    footer = [p.get_text(strip=True) for p in soup.select(".site-footer__text")]
    return name, footer


@pytest.mark.django_db
def test_the_header_and_footer_show_the_sites_council_in_each_language(client, demo_site):
    english = CouncilSettings.for_site(demo_site).text
    english.council_name = "Fenmoor District Council"
    english.footer_text = "Run by Fenmoor District Council and its neighbours."
    english.save()
    arabic = english.get_translation(Locale.objects.get(language_code="ar"))
    arabic.council_name = "مجلس مقاطعة فينمور"
    arabic.save()
    english.get_translations().filter(locale__language_code="pl").delete()

    assert header_and_footer(client, "/en/") == (
        "Fenmoor District Council",
        ["Run by Fenmoor District Council and its neighbours.", "© Fenmoor District Council"],
    )
    name, footer = header_and_footer(client, "/ar/")
    assert name == "مجلس مقاطعة فينمور" and footer[1] == "© مجلس مقاطعة فينمور"
    # No Polish translation: the default language's words, not an empty header.
    assert header_and_footer(client, "/pl/")[0] == "Fenmoor District Council"
    # The privacy notice says who is responsible for a resident's information.
    privacy = BeautifulSoup(client.get("/ar/get-a-hand/privacy/").content, "html.parser")
    assert "مجلس مقاطعة فينمور" in privacy.main.get_text(" ", strip=True)
    assert "Kellbrook" not in privacy.main.get_text(" ", strip=True)


@override_settings(COUNCIL_NAME="Fenmoor District Council", COUNCIL_PHONE="01632 960 000")
def test_the_server_error_page_names_the_council_from_settings_without_the_database():
    # No database marker: any query made while rendering would fail this test.
    with override("en"):
        response = server_error(RequestFactory().get("/en/"))

    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".site-header__name").get_text(strip=True) == "Fenmoor District Council"
    assert "call Fenmoor District Council on 01632 960 000" in soup.main.get_text(" ", strip=True)
    assert "Kellbrook Council" not in response.content.decode()


@pytest.mark.django_db
def test_the_service_name_set_for_the_site_reaches_every_place_that_names_it(
    client, demo_site, tmp_path
):
    english = CouncilSettings.for_site(demo_site).text
    english.service_name, english.council_name = "Fenmoor Connects", "Fenmoor District Council"
    english.save()
    arabic = english.get_translation(Locale.objects.get(language_code="ar"))
    arabic.service_name = "فينمور تجمعنا"
    arabic.save()

    def title(url):
        return BeautifulSoup(client.get(url).content, "html.parser").title.get_text()

    assert title("/en/").endswith("\u2013 Fenmoor Connects")
    assert title("/ar/").endswith("\u2013 فينمور تجمعنا")
    # The calendar an activity offers names who made it.
    activity = ActivityPage.objects.live().filter(locale__language_code="en").first()
    ics = client.get(f"{activity.url}calendar/").content.decode()
    assert "PRODID:-//Fenmoor District Council//Fenmoor Connects//EN" in ics
    # Emails to residents end with the service and the council.
    with override("en"):
        resident = Notification(audience=Notification.Audience.RESIDENT, reference="KB-1")
        assert referral_email(resident).body.endswith("Fenmoor Connects, Fenmoor District Council")
        reply = ProblemReportNotice(
            kind=ProblemReportNotice.Kind.REPLY,
            report=ProblemReport(activity=activity, closing_note="Fixed."),
        )
        assert problem_report_email(reply)[1].endswith("Fenmoor Connects, Fenmoor District Council")
    # A poster prints it, and says who made it.
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(poster_pdf(EntryPoint.objects.get(code="fen-bus-01"), language_code="en"))
    printed = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert "Fenmoor Connects" in printed and "Get connected in Kellbrook" not in printed
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert re.search(r"Author:\s+Fenmoor District Council", info)
    # The Open Referral API describes itself and its taxonomies with it.
    assert (
        client.get("/openreferral/openapi.json")
        .json()["info"]["title"]
        .startswith("Fenmoor Connects:")
    )
    taxonomies = client.get("/openreferral/taxonomies").json()["contents"]
    assert all(t["description"].startswith("Fenmoor Connects: ") for t in taxonomies)


@override_settings(COUNCIL_SERVICE_NAME="Fenmoor Connects")
def test_the_error_pages_name_the_service_from_settings_without_the_database():
    with override("en"):
        for response in (
            server_error(RequestFactory().get("/en/")),
            service_unavailable(RequestFactory().get("/en/")),
        ):
            title = BeautifulSoup(response.content, "html.parser").title.get_text()
            assert title.endswith("\u2013 Fenmoor Connects")
