"""The campaign in a real browser: a QR scan leading to a self-referral, phases
by date, stories leaving when consent ends, and QR downloads that decode."""

import io
from datetime import timedelta

import time_machine
import zxingcpp
from PIL import Image

from django.utils import timezone

from campaign.models import CampaignPage, EntryPoint, PartnerPack, StoryPage
from campaign.qr import short_url
from referrals.models import Referral, SourceKind
from tests.browser.accessibility import assert_accessible
from tests.browser.test_editor_journey import log_in
from tests.browser.test_referral_journeys import ENGLISH_ANSWERS, answer


def test_a_scan_then_a_search_then_a_request_is_attributed_to_the_code(page, site_url):
    page.goto(f"{site_url}/go/FEN-BUS-01")
    # The bus stop's saved search: activities in Fenmoor.
    assert "/en/things-to-do/" in page.url and "area=fenmoor" in page.url
    page.fill('input[name="q"]', "club")
    page.locator("main form button.govuk-button").first.click()
    assert "q=club" in page.url
    assert_accessible(page)

    page.locator(".site-result__title a").first.click()
    page.get_by_role("link", name="I'd like to try this").click()
    for _slug, data in ENGLISH_ANSWERS:
        answer(page, data)
    page.get_by_role("button", name="Send my request").click()

    assert page.url.endswith("/en/get-a-hand/done/")
    referral = Referral.objects.get()
    assert (referral.source_kind, referral.source_ref) == (SourceKind.QR, "fen-bus-01")


def test_the_campaign_home_changes_phase_by_date(page, site_url):
    campaign = CampaignPage.objects.get(slug="getting-connected", locale__language_code="en")
    phases = list(campaign.phases.all())
    assert len(phases) == 3
    for phase in phases:
        with time_machine.travel(phase.starts_on + timedelta(days=1)):
            page.goto(f"{site_url}/en/getting-connected/")
            heading = page.locator("h1").inner_text()
        assert heading == phase.hero_heading


def test_a_story_leaves_the_site_when_its_consent_ends(page, site_url):
    story = StoryPage.objects.get(slug="amaras-story", locale__language_code="en")
    story.consent_expires_on = timezone.localdate() + timedelta(days=10)
    story.save_revision().publish()
    stories = f"{site_url}/en/getting-connected/stories/"

    assert page.goto(f"{site_url}{story.url}").status == 200
    # The browser may keep a page for PAGE_CACHE_MAX_AGE; twelve days on it would not.
    devtools = page.context.new_cdp_session(page)
    devtools.send("Network.enable")
    devtools.send("Network.setCacheDisabled", {"cacheDisabled": True})
    with time_machine.travel(timezone.localdate() + timedelta(days=12)):
        assert page.goto(f"{site_url}{story.url}").status == 404
        page.goto(stories)
        assert "Amara" not in page.locator("main").inner_text()


def test_qr_downloads_from_the_admin_decode_to_the_short_address(page, site_url, django_user_model):
    django_user_model.objects.create_superuser("comms", "comms@kellbrook.example", "pw")
    entry_point = EntryPoint.objects.get(code="fen-bus-01")
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "comms")
    page.fill("#id_password", "pw")
    page.locator("form button[type=submit]").click()

    png = page.request.get(f"{site_url}/admin/campaign/entry-points/{entry_point.pk}/qr.png")

    assert png.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(png.body())).convert("L")
    assert [found.text for found in zxingcpp.read_barcodes(image)] == [short_url(entry_point)]


def test_editors_saving_stigmatising_wording_are_warned_and_nothing_is_blocked(
    page, site_url, django_user_model
):
    django_user_model.objects.create_superuser("comms", "comms@kellbrook.example", "pw")
    log_in(page, site_url, "comms", "pw")
    story = StoryPage.objects.get(slug="deans-story", locale__language_code="en")
    wording = "Dean was suffering from loneliness in his first term."

    page.goto(f"{site_url}/admin/pages/{story.pk}/edit/", wait_until="networkidle")
    page.fill("#id_summary", wording)
    page.get_by_role("button", name="Save draft").click()

    messages = page.locator(".messages").inner_text()
    assert "has been updated" in messages
    assert "Language guidance: “suffering from loneliness”" in messages
    assert "feeling lonely" in messages  # the suggested alternative
    story.refresh_from_db()
    assert story.get_latest_revision_as_object().summary == wording

    pack = PartnerPack.objects.first()
    page.goto(f"{site_url}/admin/snippets/campaign/partnerpack/edit/{pack.pk}/")
    page.fill("#id_ready_to_use_text", "Together we can tackle loneliness in Kellbrook.")
    page.locator("footer").get_by_role("button", name="Save draft").click()

    assert "tackle loneliness" in page.locator(".messages").inner_text()
    # A pack has drafts now: the words are saved, and partners see them once published.
    pack.refresh_from_db()
    assert (
        pack.get_latest_revision_as_object().ready_to_use_text
        == "Together we can tackle loneliness in Kellbrook."
    )
