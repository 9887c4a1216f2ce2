"""QR codes for entry points (SVG, PNG, PDF) and print-ready posters (A4, A3).

Every code uses error correction level M and a quiet zone of 4 modules, and
encodes the entry point's short address, https://<site>/go/<CODE>.
"""

import io

import segno
from fpdf import FPDF

from django.conf import settings
from django.utils.translation import gettext as _

QUIET_ZONE = 4
ERROR_LEVEL = "m"
PAGE_SIZES = {"a4": (210, 297), "a3": (297, 420)}  # millimetres, portrait
SITE_NAME = "Get connected in Kellbrook"


def short_url(entry_point):
    base = settings.CAMPAIGN_SHORT_URL_BASE.rstrip("/")
    return f"{base}/go/{entry_point.code.upper()}"


def make_qr(entry_point):
    # boost_error off: the level stays M, as the print supplier expects.
    return segno.make(short_url(entry_point), error=ERROR_LEVEL, micro=False, boost_error=False)


def qr_svg(entry_point):
    buffer = io.BytesIO()
    make_qr(entry_point).save(
        buffer, kind="svg", scale=10, border=QUIET_ZONE, title=short_url(entry_point)
    )
    return buffer.getvalue()


def qr_png(entry_point):
    buffer = io.BytesIO()
    make_qr(entry_point).save(buffer, kind="png", scale=10, border=QUIET_ZONE)
    return buffer.getvalue()


def qr_pdf(entry_point):
    buffer = io.BytesIO()
    make_qr(entry_point).save(buffer, kind="pdf", scale=10, border=QUIET_ZONE)
    return buffer.getvalue()


def pdf_text(text):
    """The PDF's built-in fonts cover Latin-1 only: straighten quotes and dashes."""
    replacements = {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
    }
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


def draw_qr(pdf, qr, x, y, size):
    """The code as vector squares (crisp at any print size), quiet zone included."""
    modules = qr.symbol_size(scale=1, border=QUIET_ZONE)[0]
    module = size / modules
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row_number, row in enumerate(qr.matrix):
        run_start = None
        for column, dark in enumerate([*row, 0]):
            if dark and run_start is None:
                run_start = column
            elif not dark and run_start is not None:
                pdf.rect(
                    x + (run_start + QUIET_ZONE) * module,
                    y + (row_number + QUIET_ZONE) * module,
                    (column - run_start) * module,
                    module,
                    style="F",
                )
                run_start = None


def poster_pdf(entry_point, size="a4"):
    """A poster: the phase's message, the code, and the short address in words."""
    width, height = PAGE_SIZES[size]
    scale = width / 210
    phase = entry_point.phase
    message = phase.poster_message if phase else _("Find people and things to do near you")
    url = short_url(entry_point)

    pdf = FPDF(orientation="portrait", unit="mm", format=(width, height))
    pdf.set_title(pdf_text(f"{SITE_NAME}: {message}"))
    pdf.set_author("Kellbrook Council")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    margin = 18 * scale
    # Brand band
    pdf.set_fill_color(122, 46, 77)
    pdf.rect(0, 0, width, 34 * scale, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 24 * scale)
    pdf.set_xy(margin, 10 * scale)
    pdf.cell(width - 2 * margin, 14 * scale, pdf_text(SITE_NAME))
    # The phase's message
    pdf.set_text_color(11, 12, 12)
    pdf.set_font("Helvetica", "B", 34 * scale)
    pdf.set_xy(margin, 50 * scale)
    pdf.multi_cell(width - 2 * margin, 15 * scale, pdf_text(message), align="L")
    # The code
    qr_size = 110 * scale
    qr_y = max(pdf.get_y() + 10 * scale, 130 * scale)
    draw_qr(pdf, make_qr(entry_point), (width - qr_size) / 2, qr_y, qr_size)
    # The address in words, for people who do not scan
    pdf.set_font("Helvetica", "", 18 * scale)
    pdf.set_xy(margin, qr_y + qr_size + 8 * scale)
    pdf.multi_cell(
        width - 2 * margin,
        9 * scale,
        pdf_text(_("Scan the code with your phone's camera, or type this address:")),
        align="C",
    )
    pdf.set_font("Helvetica", "B", 22 * scale)
    pdf.set_x(margin)
    pdf.multi_cell(width - 2 * margin, 12 * scale, pdf_text(url.split("://", 1)[-1]), align="C")
    pdf.set_font("Helvetica", "", 14 * scale)
    pdf.set_xy(margin, height - 24 * scale)
    pdf.multi_cell(
        width - 2 * margin,
        7 * scale,
        pdf_text(_("Or call 020 7946 0142, Monday to Friday, 9am to 5pm.")),
        align="C",
    )
    return bytes(pdf.output())
