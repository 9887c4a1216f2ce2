"""QR downloads decode back to their short address; posters carry it in words."""

import io
import subprocess

import pytest
import zxingcpp
from PIL import Image

from campaign.qr import make_qr, short_url

pytestmark = pytest.mark.django_db


def decode(png_bytes):
    image = Image.open(io.BytesIO(png_bytes)).convert("L")
    return [result.text for result in zxingcpp.read_barcodes(image)]


def rasterise(pdf_bytes, tmp_path):
    source = tmp_path / "file.pdf"
    source.write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-singlefile", source, tmp_path / "page"], check=True
    )
    return (tmp_path / "page.png").read_bytes()


def test_codes_use_level_m_and_the_short_address(entry_point, settings):
    settings.CAMPAIGN_SHORT_URL_BASE = "https://getconnected.kellbrook.gov.uk"
    code = make_qr(entry_point)
    assert code.error == "M"
    assert short_url(entry_point) == "https://getconnected.kellbrook.gov.uk/go/FEN-BUS-01"


def test_png_and_pdf_downloads_decode_to_the_short_address(admin_client, entry_point, tmp_path):
    base = f"/admin/campaign/entry-points/{entry_point.pk}"
    png = admin_client.get(f"{base}/qr.png")
    assert png["Content-Type"] == "image/png"
    assert decode(png.content) == [short_url(entry_point)]

    pdf = admin_client.get(f"{base}/qr.pdf")
    assert decode(rasterise(pdf.content, tmp_path)) == [short_url(entry_point)]

    svg = admin_client.get(f"{base}/qr.svg")
    assert svg["Content-Type"] == "image/svg+xml"
    assert short_url(entry_point) in svg.content.decode()  # its title


@pytest.mark.parametrize("size", ["a4", "a3"])
def test_posters_have_the_code_the_address_in_words_and_the_message(
    admin_client, entry_point, tmp_path, size
):
    response = admin_client.get(f"/admin/campaign/entry-points/{entry_point.pk}/poster-{size}.pdf")
    assert response.status_code == 200
    (tmp_path / "poster.pdf").write_bytes(response.content)
    info = subprocess.run(["pdfinfo", tmp_path / "poster.pdf"], capture_output=True, text=True)
    assert f"({size.upper()})" in info.stdout
    text = subprocess.run(
        ["pdftotext", tmp_path / "poster.pdf", "-"], capture_output=True, text=True
    ).stdout
    assert short_url(entry_point).split("://")[1] in text
    assert entry_point.phase.poster_message.split(".")[0] in " ".join(text.split())
    assert decode(rasterise(response.content, tmp_path)) == [short_url(entry_point)]


def test_downloads_are_for_editors_only(client, entry_point):
    response = client.get(f"/admin/campaign/entry-points/{entry_point.pk}/qr.png")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
