"""Printed material in every site language: Easy Read PDFs and posters embed
fonts for the reader's script, and their text comes back out in order."""

import re
import subprocess

import pytest

from wagtail.models import Locale

from campaign.models import EasyReadPage
from tests.campaign.test_qr import decode, rasterise

pytestmark = pytest.mark.django_db

EASY_READ = {
    "ar": ("قراءة سهلة: التعرف على أناس جدد", "يمكنك أن تلتقي بأناس جدد. الدخول مجاني.", "Arabic"),
    "bn": ("সহজ পাঠ: নতুন মানুষের সাথে দেখা", "আপনি নতুন মানুষের সাথে দেখা করতে পারেন।", "Bengali"),
    "zh-hans": ("易读版\uff1a认识新朋友", "你可以认识新朋友。免费参加。", "SC"),
    "uk": (
        "Легке читання: нові знайомства",
        "Ви можете познайомитися з людьми. Це безкоштовно.",
        "",
    ),
}


def pdf_words(pdf_bytes, tmp_path):
    """The PDF's text as a reader's copy and paste gets it, with spacing ignored:
    shaped scripts come out with spaces between some glyph clusters."""
    source = tmp_path / "document.pdf"
    source.write_bytes(pdf_bytes)
    text = subprocess.run(["pdftotext", source, "-"], capture_output=True, text=True).stdout
    return "".join(
        character for character in text if character.isprintable() and not character.isspace()
    )


def embedded_fonts(pdf_bytes, tmp_path):
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf_bytes)
    return subprocess.run(["pdffonts", source], capture_output=True, text=True).stdout


def left_edges(pdf_bytes, tmp_path):
    """Where each printed word starts across the page, in millimetres from the left."""
    source = tmp_path / "words.pdf"
    source.write_bytes(pdf_bytes)
    boxes = subprocess.run(["pdftotext", "-bbox", source, "-"], capture_output=True, text=True)
    return {
        # Punctuation and direction marks that touch a word are not part of it.
        re.sub(r"\W", "", word): float(x) * 25.4 / 72
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes.stdout)
    }


def squeeze(text):
    return "".join(text.split())


def translate_easy_read(language_code, title, text):
    english = EasyReadPage.objects.get(locale__language_code="en")
    locale = Locale.objects.get(language_code=language_code)
    page = english.copy_for_translation(locale, copy_parents=True)
    page.title = title
    first_row = english.body[0].value
    page.body = [("row", {"image": first_row["image"], "image_alt": title, "text": text})]
    page.save_revision().publish()
    for ancestor in page.get_ancestors().specific().filter(locale=locale, live=False):
        ancestor.save_revision().publish()
    return page


@pytest.mark.parametrize("language_code", EASY_READ)
def test_easy_read_pdf_prints_the_readers_script(client, demo_site, tmp_path, language_code):
    title, text, script_font = EASY_READ[language_code]
    page = translate_easy_read(language_code, title, text)

    response = client.get(page.url + "print/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    words = pdf_words(response.content, tmp_path)
    assert squeeze(title) in words
    assert squeeze(text) in words
    assert "?" not in words  # nothing fell back to a missing glyph
    assert f"NotoSans{script_font}" in embedded_fonts(response.content, tmp_path)


def test_arabic_poster_prints_the_arabic_phase_message(admin_client, entry_point, tmp_path):
    arabic_phase = entry_point.phase.get_translation(Locale.objects.get(language_code="ar"))
    url = f"/admin/campaign/entry-points/{entry_point.pk}/poster-a4.pdf?language=ar"

    response = admin_client.get(url)

    assert response.status_code == 200
    assert "poster-fen-bus-01-a4-ar.pdf" in response["Content-Disposition"]
    words = pdf_words(response.content, tmp_path)
    assert squeeze(arabic_phase.poster_message) in words
    assert "امسح" in words  # "Scan the code…", from the Arabic catalogue
    assert "NotoSansArabic" in embedded_fonts(response.content, tmp_path)
    assert decode(rasterise(response.content, tmp_path))  # the code still scans
    # The telephone number reads left to right inside the Arabic sentence.
    edges = left_edges(response.content, tmp_path)
    assert edges["020"] < edges["7946"] < edges["0142"]


def test_posters_are_offered_in_each_language_the_phase_is_written_in(admin_client, entry_point):
    listing = admin_client.get("/admin/snippets/campaign/entrypoint/").content.decode()
    assert f"/admin/campaign/entry-points/{entry_point.pk}/poster-a4.pdf?language=en" in listing
    assert f"/admin/campaign/entry-points/{entry_point.pk}/poster-a4.pdf?language=ar" in listing
    assert "A4 poster in Arabic" in listing

    base = f"/admin/campaign/entry-points/{entry_point.pk}/poster-a4.pdf"
    # Bengali has no translation of the phase, and "xx" is no language at all.
    assert admin_client.get(base + "?language=bn").status_code == 404
    assert admin_client.get(base + "?language=xx").status_code == 404
