"""QR codes for entry points (SVG, PNG, PDF) and print-ready posters (A4, A3).

Every code uses error correction level M and a quiet zone of 4 modules, and
encodes the entry point's short address, https://<site>/go/<CODE>.
"""

import io

import segno

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.council import default_council
from core.pdf import QUIET_ZONE, SitePDF, draw_qr

ERROR_LEVEL = "m"
PAGE_SIZES = {"a4": (210, 297), "a3": (297, 420)}  # millimetres, portrait


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


def poster_languages(entry_point):
    """The languages its poster prints in: its phase's, then the phase's translations."""
    phase = entry_point.phase
    if phase is None:
        return [settings.LANGUAGE_CODE]
    translations = phase.get_translations().select_related("locale").order_by("locale_id")
    return [phase.locale.language_code, *(other.locale.language_code for other in translations)]


def poster_pdf(entry_point, size="a4", language_code=None):
    """A poster: the phase's message, the code, and the short address in words."""
    language_code = language_code or poster_languages(entry_point)[0]
    with translation.override(language_code):
        phase = entry_point.phase
        if phase is not None:
            locale = Locale.objects.get(language_code=language_code)
            phase = phase.get_translation_or_none(locale) or phase
        message = phase.poster_message if phase else _("Find people and things to do near you")
        council = default_council()
        return poster_layout(
            size,
            language_code=language_code,
            message=message,
            site_name=council.service_name,
            council_name=council.name,
            address=short_url(entry_point).split("://", 1)[-1],
            qr=make_qr(entry_point),
            how_to_scan=_("Scan the code with your phone's camera, or type this address:"),
            how_to_call=_("Or call 020 7946 0142, Monday to Friday, 9am to 5pm."),
        )


def poster_layout(
    size, *, language_code, message, site_name, council_name, address, qr, how_to_scan, how_to_call
):
    width, height = PAGE_SIZES[size]
    scale = width / 210
    margin = 18 * scale
    text_width = width - 2 * margin
    pdf = SitePDF(
        message,
        site_name,
        address,
        how_to_scan,
        how_to_call,
        language_code=language_code,
        format=(width, height),
    )
    pdf.set_title(f"{site_name}: {message}")
    pdf.set_author(council_name)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # Brand band
    pdf.set_fill_color(122, 46, 77)
    pdf.rect(0, 0, width, 34 * scale, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(style="B", size=24 * scale)
    pdf.set_xy(margin, 10 * scale)
    pdf.cell(text_width, 14 * scale, site_name, align=pdf.start_align)
    # The phase's message
    pdf.set_text_color(11, 12, 12)
    pdf.set_font(style="B", size=34 * scale)
    pdf.set_xy(margin, 50 * scale)
    pdf.multi_cell(text_width, 15 * scale, message, align=pdf.start_align)
    # The code
    qr_size = 110 * scale
    qr_y = max(pdf.get_y() + 10 * scale, 130 * scale)
    draw_qr(pdf, qr, (width - qr_size) / 2, qr_y, qr_size)
    # The address in words, for people who do not scan
    pdf.set_font(style="", size=18 * scale)
    pdf.set_xy(margin, qr_y + qr_size + 8 * scale)
    pdf.multi_cell(text_width, 9 * scale, how_to_scan, align="C")
    pdf.set_font(style="B", size=22 * scale)
    pdf.set_x(margin)
    pdf.multi_cell(text_width, 12 * scale, address, align="C")
    pdf.set_font(style="", size=14 * scale)
    pdf.set_xy(margin, height - 24 * scale)
    pdf.multi_cell(text_width, 7 * scale, how_to_call, align="C")
    return bytes(pdf.output())
