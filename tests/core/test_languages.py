import re

import pytest

from django.conf import settings
from django.utils.translation import get_language_info, override

from wagtail.models import Locale

from core.factories import StandardPageFactory

ALL_CODES = [code for code, _name in settings.LANGUAGES]


def html_tag(response):
    return re.search(r"<html [^>]*>", response.content.decode()).group(0)


def hreflang_alternates(response):
    return dict(
        re.findall(
            r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', response.content.decode()
        )
    )


def switcher_links(response):
    """Language code -> (name as shown, address), for the languages one can switch to."""
    return {
        code: (name, href)
        for href, code, name in re.findall(
            r'<a class="govuk-language-navigation__link" href="([^"]+)" rel="alternate" '
            r'lang="([^"]+)"[^>]*>([^<]+)</a>',
            response.content.decode(),
        )
    }


def switcher_url(response, code):
    return switcher_links(response)[code][1]


def test_somali_has_language_information_although_django_lacks_it():
    assert get_language_info("so")["name_local"] == "Soomaali"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "direction"),
    [("en", "ltr"), ("ar", "rtl"), ("ur", "rtl"), ("bn", "ltr"), ("zh-hans", "ltr")],
)
def test_each_language_home_page_declares_its_language_and_direction(
    client, demo_site, code, direction
):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert f'lang="{code}"' in html_tag(response)
    assert f'dir="{direction}"' in html_tag(response)


@pytest.mark.django_db
def test_right_to_left_pages_get_the_mirrored_stylesheet(client, demo_site):
    assert "build/site.rtl.css" in client.get("/ar/").content.decode()
    assert "build/site.rtl.css" not in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_home_page_lists_every_translation_and_a_default_as_alternates(client, demo_site):
    alternates = hreflang_alternates(client.get("/bn/"))

    assert set(alternates) == {*ALL_CODES, "x-default"}
    assert alternates["ar"] == "http://testserver/ar/"
    assert alternates["x-default"] == "http://testserver/en/"


@pytest.mark.django_db
def test_switcher_names_each_language_in_its_own_script(client, demo_site):
    links = switcher_links(client.get("/en/"))

    assert links["ar"] == ("العربيّة", "/ar/")
    assert links["bn"] == ("বাংলা", "/bn/")
    assert links["zh-hans"] == ("简体中文", "/zh-hans/")
    assert links["so"] == ("Soomaali", "/so/")
    assert "en" not in links  # the current language is not a link


@pytest.mark.django_db
def test_switcher_goes_to_the_translated_page_when_there_is_one(client, home):
    page = StandardPageFactory(parent=home, title="Volunteer with us", slug="volunteer")
    arabic = page.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "تطوّع معنا"
    arabic.slug = "tatawwa"
    arabic.save_revision().publish()

    response = client.get("/en/volunteer/")

    assert switcher_url(response, "ar") == "/ar/tatawwa/"
    assert set(hreflang_alternates(response)) == {"en", "ar", "x-default"}


@pytest.mark.django_db
def test_switcher_goes_to_that_languages_home_page_when_there_is_no_translation(client, home):
    StandardPageFactory(parent=home, title="Volunteer with us", slug="volunteer")

    response = client.get("/en/volunteer/")

    assert switcher_url(response, "ar") == "/ar/"
    assert switcher_url(response, "pl") == "/pl/"
    assert set(hreflang_alternates(response)) == {"en", "x-default"}


@pytest.mark.django_db
def test_django_views_link_to_themselves_in_every_language(client, demo_site):
    response = client.get("/en/search/?q=walk")

    assert switcher_url(response, "tr") == "/tr/search/?q=walk"


@pytest.mark.django_db
@pytest.mark.parametrize("code", [code for code in ALL_CODES if code != "en"])
def test_interface_text_is_translated_in_every_language(client, demo_site, code):
    with override(code):
        response = client.get(f"/{code}/")
    content = response.content.decode()

    for english in ("Skip to main content", "Choose a language", "Kellbrook Council"):
        assert english not in content, f"{english!r} is not translated into {code}"


@pytest.mark.django_db
def test_telephone_numbers_in_page_text_read_left_to_right_in_arabic(client, home):
    arabic = home.get_translation(Locale.objects.get(language_code="ar"))
    StandardPageFactory(
        parent=arabic,
        slug="hatif",
        title="اتصل بنا",
        body=[
            (
                "paragraph",
                '<p>اتصل على 020 7946 0142 أو <a href="tel:02079460143">020 7946 0143</a>، '
                "من 9 حتى 5، غرفة 12 3.</p>",
            )
        ],
    )

    content = client.get("/ar/hatif/").content.decode()

    assert '<span dir="ltr">020 7946 0142</span>' in content
    assert '<a href="tel:02079460143"><span dir="ltr">020 7946 0143</span></a>' in content
    assert "غرفة 12 3." in content  # short numbers are left alone
