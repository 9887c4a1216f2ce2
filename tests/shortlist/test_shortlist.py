"""A shortlist with no account: saved from the find and activity pages into the
address, shown with remove links, printed as a PDF handout, sent by email once."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.db import connection

from wagtail.models import Locale

from directory.models import ActivityPage
from directory.shortlist import MAX_ITEMS, format_ids, parse_ids, with_shortlist
from shortlist.models import ShortlistMessage
from tests.campaign.test_pdfs import embedded_fonts, pdf_words, squeeze
from tests.campaign.test_qr import decode, rasterise

FIND = "/en/things-to-do/"


def links(html):
    return {unescape(text): unescape(href) for href, text in _links(html)}


def _links(html):
    for href, inner in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', html, re.S):
        yield href, re.sub(r"<[^>]+>", "", inner).strip()


def save_links(html):
    return [
        unescape(href) for href, text in _links(html) if text.startswith("Save to your shortlist")
    ]


@pytest.mark.unit
@given(st.text(max_size=300))
def test_any_list_in_an_address_reads_as_distinct_positive_ids(value):
    ids = parse_ids(value)
    assert len(ids) == len(set(ids)) <= MAX_ITEMS
    assert all(isinstance(number, int) and number > 0 for number in ids)
    assert parse_ids(format_ids(ids)) == ids


@pytest.mark.unit
@given(st.lists(st.integers(min_value=1, max_value=10**8), unique=True, max_size=MAX_ITEMS))
def test_a_list_survives_its_address(ids):
    assert parse_ids(format_ids(ids)) == ids


@pytest.mark.unit
def test_going_back_stays_on_this_site_and_carries_the_list():
    assert with_shortlist("/en/find-something-to-do/?q=walk&shortlist=1", [4, 5]) == (
        "/en/find-something-to-do/?q=walk&shortlist=4,5"
    )


@pytest.mark.django_db
def test_save_three_from_the_find_page_then_remove_one(client, demo_site):
    response = client.get(FIND + "?q=walk")
    first_three = []
    for _ in range(3):
        html = response.content.decode()
        save = save_links(html)[0]
        saved_page = client.get(save)
        assert saved_page.status_code == 200
        page_html = saved_page.content.decode()
        assert "is on your shortlist" in page_html
        # "Keep looking" goes back to the same search, carrying the list along.
        back = links(page_html)["Keep looking for things to do"]
        assert back.startswith(FIND + "?q=walk")
        first_three = parse_ids(parse_qs(urlsplit(back).query)["shortlist"][0])
        response = client.get(back)
    assert len(first_three) == 3
    activities = ActivityPage.objects.in_bulk(first_three)
    page = client.get(f"/en/shortlist/?a={format_ids(first_three)}").content.decode()
    for number in first_three:
        assert activities[number].title in unescape(page)
    # On the find page the saved ones now say so.
    assert unescape(response.content.decode()).count("See your shortlist (3 activities)") == 3

    remove = next(href for href, text in _links(page) if text.startswith("Remove"))
    after = client.get(unescape(remove)).content.decode()
    assert activities[first_three[0]].title not in unescape(after)
    assert activities[first_three[1]].title in unescape(after)


@pytest.mark.django_db
def test_the_list_is_kept_while_browsing_results(client, demo_site):
    """From a results page that carries a list, every way on keeps it: an activity's page
    (and its Save), the next page of results, another filter, and the list/agenda views."""
    kept = "shortlist=1,2"
    html = client.get(FIND + f"?{kept}").content.decode()
    hrefs = [unescape(href) for href, _text in _links(html)]
    activity_links = [href for href in hrefs if href.startswith(FIND) and href.count("/") > 4]
    assert activity_links
    for href in activity_links:
        assert kept in href, href
    next_page = next(href for href, text in _links(html) if text.startswith("Next page"))
    assert parse_qs(urlsplit(unescape(next_page)).query)["shortlist"] == ["1,2"]
    # Filters are a GET form: the list rides along in a hidden field.
    assert '<input type="hidden" name="shortlist" value="1,2">' in html
    activity_html = client.get(activity_links[0]).content.decode()
    assert save_links(activity_html) and all(
        parse_ids(parse_qs(urlsplit(href).query)["a"][0])[:2] == [1, 2]
        for href in save_links(activity_html)
    )


@pytest.mark.django_db
def test_save_on_an_activity_page(client, demo_site):
    activity = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    html = client.get(activity.url).content.decode()
    response = client.get(save_links(html)[0])
    assert activity.title in unescape(response.content.decode())
    back = links(response.content.decode())["Keep looking for things to do"]
    assert back == f"{activity.url}?shortlist={activity.pk}"
    assert "See your shortlist (1 activity)" in client.get(back).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["a=x,,-3,99999999999", "a=%00", "a=1,1,1&back=//evil.example/", "back=https://evil.example/"],
)
def test_a_mangled_shortlist_address_still_gets_a_page_and_never_leads_away(
    client, demo_site, query
):
    response = client.get(f"/en/shortlist/?{query}")
    assert response.status_code == 200
    hrefs = [unescape(href) for href, _ in _links(response.content.decode())]
    assert not [href for href in hrefs if "evil.example" in href.split("?")[0]]
    assert client.get(f"/en/shortlist/handout.pdf?{query}").status_code == 404


def saturday_walk(language_code):
    english = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code=language_code))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language_code", "heading", "script_font"),
    [
        ("ar", "قائمتك المختصرة", "Arabic"),
        ("bn", "আপনার ছোট তালিকা", "Bengali"),
        ("zh-hans", "你的清单", "SC"),
    ],
)
def test_the_handout_prints_in_the_readers_language_with_a_code_back_to_the_list(
    client, demo_site, tmp_path, language_code, heading, script_font
):
    english = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    title = saturday_walk(language_code).title
    response = client.get(f"/{language_code}/shortlist/handout.pdf?a={english.pk}")
    assert response["Content-Type"] == "application/pdf"
    words = pdf_words(response.content, tmp_path)
    assert squeeze(heading) in words
    # Word by word: pdftotext may read a wide gap in a line as two blocks.
    assert all(word in words for word in title.split())
    assert "02079460214" in words  # the contact's number, in order
    assert "KB" in words  # the venue's postcode
    assert script_font in embedded_fonts(response.content, tmp_path)
    address = f"{demo_site.root_url}/{language_code}/shortlist/?a={english.pk}"
    assert decode(rasterise(response.content, tmp_path)) == [address]


def send_form(client, ids):
    html = client.get(f"/en/shortlist/send/?a={format_ids(ids)}").content.decode()
    started = re.search(r'name="started" value="([^"]+)"', html)[1]
    return {
        "email": "sam.okafor@example.org",
        "a": format_ids(ids),
        "started": started,
        "website": "",
    }


@pytest.mark.django_db(transaction=True)
def test_sending_twice_sends_one_email_and_keeps_no_address(client, demo_site, smtp):
    walk = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    stroll = ActivityPage.objects.get(slug="gentle-wednesday-stroll", locale__language_code="en")
    sent = send_form(client, [walk.pk, stroll.pk])
    for _ in range(2):
        response = client.post("/en/shortlist/send/", sent)
        assert response.status_code == 302
    assert "on its way" in client.get(response.url).content.decode()
    assert len(smtp.inbox.messages) == 1
    email = smtp.inbox.messages[0]
    assert email["to"] == ["sam.okafor@example.org"]
    assert "SATURDAY PARK WALK" in email["body"] and "GENTLE WEDNESDAY STROLL" in email["body"]
    assert f"/en/shortlist/?a={walk.pk},{stroll.pk}" in email["body"]
    assert "020 7946 0214" in email["body"]
    row = ShortlistMessage.objects.get()
    assert row.state == ShortlistMessage.State.SENT and row.email == ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT email FROM shortlist_shortlistmessage")
        assert cursor.fetchone() == ("",)


@pytest.mark.django_db
def test_a_bad_address_is_explained_and_too_many_sends_pause(client, demo_site, settings):
    walk = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    bad = {**send_form(client, [walk.pk]), "email": "sam at example"}
    response = client.post("/en/shortlist/send/", bad)
    assert response.status_code == 400
    assert "Enter an email address in the right format" in response.content.decode()
    assert not ShortlistMessage.objects.exists()

    settings.SHORTLIST_EMAIL_LIMIT = 2  # the refused address above counts too
    client.post("/en/shortlist/send/", send_form(client, [walk.pk]))
    paused = client.post("/en/shortlist/send/", send_form(client, [walk.pk]))
    assert paused.status_code == 429
    assert ShortlistMessage.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_sent_twice_by_text_one_text_goes_with_the_list_and_no_number_is_kept(
    client, demo_site, notify
):
    walk = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    page = client.get(f"/en/shortlist/send/?a={walk.pk}").content.decode()
    assert 'value="sms"' in page  # offered only where the site sends texts
    answers = {**send_form(client, [walk.pk]), "method": "sms", "phone": "07700 900 982"}
    for _ in range(2):
        assert client.post("/en/shortlist/send/", answers).status_code == 302

    (text,) = notify.state.sent("sms")
    assert text["phone_number"] == "+447700900982"
    assert f"/en/shortlist/?a={walk.pk}" in text["body"]
    assert notify.state.sent("email") == []
    row = ShortlistMessage.objects.get()
    assert (row.channel, row.state, row.phone, row.email) == ("sms", "sent", "", "")


@pytest.mark.django_db
def test_a_text_needs_a_real_phone_number(client, demo_site, notify):
    walk = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    answers = {**send_form(client, [walk.pk]), "method": "sms", "phone": "not a number"}
    refused = client.post("/en/shortlist/send/", answers)
    assert refused.status_code == 400
    assert "Enter a mobile phone number, like 07700 900 982" in refused.content.decode()
    assert not ShortlistMessage.objects.exists()


@pytest.mark.django_db
def test_without_notify_the_list_goes_by_email_only(client, demo_site):
    walk = ActivityPage.objects.get(slug="saturday-park-walk", locale__language_code="en")
    page = client.get(f"/en/shortlist/send/?a={walk.pk}").content.decode()
    assert 'value="sms"' not in page and "Send your shortlist by email" in page
