"""Partner packs are edited like pages: drafts stay private until published, and each
language is a translation of the English pack."""

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import reverse

from wagtail.models import Locale

from campaign.models import PartnerPack

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    """A resident: not signed in to the admin."""
    return Client()


PACKS = "/en/getting-connected/partners/"
ARABIC_PACKS = "/ar/getting-connected/partners/"


def edit_form_data(admin_client, pack):
    """What the editor's browser sends: every field of the pack's edit form as it stands."""
    url = reverse("wagtailsnippets_campaign_partnerpack:edit", args=[pack.pk])
    soup = BeautifulSoup(admin_client.get(url).content, "html.parser")
    form = soup.find("input", attrs={"name": "title"}).find_parent("form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return url, data


def test_a_saved_draft_stays_private_until_it_is_published(admin_client, visitor, campaign):
    pack = PartnerPack.objects.get(title="Universities: students phase")
    url, data = edit_form_data(admin_client, pack)

    data["title"] = "Universities: welcome week"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    page = visitor.get(PACKS).content.decode()
    assert "Universities: students phase" in page
    assert "welcome week" not in page
    assert PartnerPack.objects.get(pk=pack.pk).has_unpublished_changes
    listing = admin_client.get(reverse("wagtailsnippets_campaign_partnerpack:list"))
    assert "live + draft" in listing.content.decode().lower()

    response = admin_client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    page = visitor.get(PACKS).content.decode()
    assert "Universities: welcome week" in page
    assert "Universities: students phase" not in page


def test_a_pack_taken_down_is_not_listed_or_downloadable(visitor, campaign):
    pack = PartnerPack.objects.get(title="Universities: students phase")
    pack.unpublish()
    assert "Universities: students phase" not in visitor.get(PACKS).content.decode()
    assert visitor.get(f"{PACKS}{pack.pk}/download/").status_code == 404


def test_the_arabic_page_shows_the_arabic_pack_and_english_where_none(visitor, campaign):
    pack = PartnerPack.objects.get(title="Universities: students phase")
    arabic = pack.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "الجامعات: مرحلة الطلاب"
    arabic.live = False
    arabic.save()
    # An unpublished translation leaves the English pack in its place.
    assert pack.title in visitor.get(ARABIC_PACKS).content.decode()

    arabic.save_revision().publish()
    soup = BeautifulSoup(visitor.get(ARABIC_PACKS).content, "html.parser")
    page = str(soup)
    assert "الجامعات: مرحلة الطلاب" in page
    assert pack.title not in page
    # The translation carries the files, each with its own (translatable) description.
    section = soup.find("h2", string="الجامعات: مرحلة الطلاب").find_parent("section")
    assert len(section.select(".site-pack__asset")) == pack.assets.count() > 0
    assert {asset.locale.language_code for asset in arabic.assets.all()} == {"ar"}
    others = PartnerPack.objects.filter(live=True, locale__language_code="en").exclude(pk=pack.pk)
    assert others and all(other.title in page for other in others)
    assert "الجامعات" not in visitor.get(PACKS).content.decode()
