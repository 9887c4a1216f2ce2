"""Campaign home and phases, audiences, Easy Read, stories and consent, packs, places."""

import io
import zipfile
from datetime import date, timedelta

import pytest
import time_machine

from django.core.management import call_command
from django.utils import timezone

from wagtail.blocks import StructBlockValidationError
from wagtail.images.models import Image

from campaign.blocks import EasyReadRowBlock, long_sentences
from campaign.models import CampaignPage, ConnectedPlace, PartnerPack, PlaceStatus, StoryPage
from tests.campaign.conftest import english, join_form_data

pytestmark = pytest.mark.django_db


def test_the_campaign_home_follows_the_phase_of_the_day(client, campaign):
    phases = list(campaign.phases.all())
    for phase in phases:
        with time_machine.travel(phase.starts_on + timedelta(days=1), tick=False):
            page = client.get("/en/getting-connected/").content.decode()
        assert phase.hero_heading.replace("'", "&#x27;") in page
        others = [other for other in phases if other.pk != phase.pk]
        assert all(other.hero_heading.replace("'", "&#x27;") not in page for other in others)


def test_between_phases_the_introduction_shows(client, campaign):
    assert campaign.current_phase(on=date(1990, 1, 1)) is None


def test_editors_can_preview_each_phase(rf, campaign):
    modes = [name for name, _label in campaign.preview_modes]
    assert modes == ["", "phase-0", "phase-1", "phase-2"]
    winter = list(campaign.phases.all())[2]
    response = campaign.make_preview_request(preview_mode="phase-2")
    assert winter.hero_heading in response.content.decode()


def test_campaign_events_come_from_the_directory(client, campaign):
    page = client.get("/en/getting-connected/").content.decode()
    assert "Campaign events coming up" in page
    assert "The big Kellbrook lunch" in page


def test_the_arabic_campaign_home_is_translated(client, campaign):
    page = client.get("/ar/getting-connected/").content.decode()
    assert 'dir="rtl"' in page
    assert "لنتواصل في Kellbrook" in page


def test_audience_pages_link_to_easy_read_and_a_filtered_search(client, demo_site):
    page = client.get("/en/getting-connected/learning-disabilities/").content.decode()
    assert "Read this page in Easy Read" in page
    assert "/en/things-to-do/?audience=learning-disabilities" in page


def test_easy_read_has_a_picture_beside_every_block_and_a_pdf(client, demo_site):
    url = "/en/getting-connected/learning-disabilities/easy-read/"
    page = client.get(url).content.decode()
    assert page.count('class="site-easy-read__row"') == page.count("site-easy-read__image")
    pdf = client.get(url + "print/")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_easy_read_sentences_stay_short(demo_site):
    assert long_sentences("You can meet people. It is free.") == []
    wordy = "This sentence is far too long for Easy Read because it goes on and on without a stop."
    assert long_sentences(wordy) == [wordy]
    with pytest.raises(StructBlockValidationError) as error:
        EasyReadRowBlock().clean({"image": Image.objects.first(), "image_alt": "x", "text": wordy})
    assert "15 words" in str(error.value.block_errors["text"])


def test_stories_filter_by_audience_without_javascript(client, demo_site):
    everyone = client.get("/en/getting-connected/stories/").content.decode()
    older = client.get("/en/getting-connected/stories/?audience=age-65-plus").content.decode()
    assert everyone.count('class="site-story-card"') == 6
    assert older.count('class="site-story-card"') == 2
    assert "Walking football" in older and "language cafe" not in older


def test_a_story_suggests_live_activities_like_it(client, demo_site):
    page = client.get("/en/getting-connected/stories/georges-story/").content.decode()
    assert "Try something like this" in page
    assert 'alt="Two older men laughing on a football pitch"' in page


def test_a_story_past_its_consent_never_shows_and_is_unpublished(client, demo_site):
    story = english("amaras-story")
    story.consent_expires_on = timezone.localdate() + timedelta(days=10)
    story.save_revision().publish()

    assert client.get(story.url).status_code == 200
    with time_machine.travel(timezone.localdate() + timedelta(days=12), tick=False):
        assert client.get(story.url).status_code == 404  # before the command runs
        assert "Amara" not in client.get("/en/getting-connected/stories/").content.decode()
        call_command("expire_story_consent", stdout=io.StringIO())
    assert not StoryPage.objects.get(pk=story.pk).live


def test_a_dry_run_names_the_stories_due_and_unpublishes_nothing(demo_site):
    story = english("keiths-story")
    StoryPage.objects.filter(pk=story.pk).update(consent_withdrawn_on=timezone.localdate())
    output = io.StringIO()
    call_command("expire_story_consent", "--dry-run", stdout=output)
    assert story.title in output.getvalue()
    assert "Dry run: 1 stories would be unpublished." in output.getvalue()
    assert StoryPage.objects.get(pk=story.pk).live


def test_withdrawn_consent_unpublishes_today(demo_site):
    story = english("keiths-story")
    StoryPage.objects.filter(pk=story.pk).update(consent_withdrawn_on=timezone.localdate())
    call_command("expire_story_consent", stdout=io.StringIO())
    assert not StoryPage.objects.get(pk=story.pk).live
    assert StoryPage.objects.filter(slug="georges-story").first().live


def test_a_partner_pack_downloads_as_one_zip(client, campaign):
    pack = PartnerPack.objects.get(title="Universities: students phase")
    page = client.get("/en/getting-connected/partners/").content.decode()
    assert "two students at a language cafe" in page
    response = client.get(f"/en/getting-connected/partners/{pack.pk}/download/")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert "ready-to-use-text.txt" in names and "descriptions.txt" in names
    assert len(names) == pack.assets.count() + 2
    assert pack.assets.first().description in archive.read("descriptions.txt").decode()


def test_connected_places_sign_up_and_only_approved_are_listed(client, campaign):
    join = "/en/getting-connected/connected-places/join/"
    missing = client.post(join, {})
    assert missing.status_code == 400
    assert "Enter the name of the place." in missing.content.decode()

    response = client.post(join, join_form_data(client))
    assert response.status_code == 302
    place = ConnectedPlace.objects.get(name="The Teapot")
    assert place.status == PlaceStatus.PENDING
    listing = "/en/getting-connected/connected-places/"
    assert "The Teapot" not in client.get(listing).content.decode()
    place.status = PlaceStatus.APPROVED
    place.save()
    page = client.get(listing).content.decode()
    assert "The Teapot" in page and "jo@example.org" not in page


def test_campaign_home_is_the_menu_page(campaign):
    assert isinstance(campaign, CampaignPage) and campaign.show_in_menus
