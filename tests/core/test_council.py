"""The council named in the header and footer is the Site's setting, in the reader's
language; the error pages name it from settings, without the database."""

import pytest
from bs4 import BeautifulSoup

from django.test import RequestFactory, override_settings
from django.utils.translation import override

from wagtail.models import Locale

from core.models import CouncilSettings
from core.views import server_error


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
