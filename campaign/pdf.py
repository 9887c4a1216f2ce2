"""The printable PDF of an Easy Read page: a picture beside each block of text."""

from fpdf import FPDF

from django.http import HttpResponse

from campaign.qr import pdf_text

IMAGE_WIDTH = 55  # mm
TEXT_SIZE = 18  # points: well above the 16px minimum


def easy_read_pdf(page):
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_title(pdf_text(page.title))
    pdf.set_lang(page.locale.language_code)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 28)
    pdf.multi_cell(0, 13, pdf_text(page.title))
    pdf.ln(6)
    for block in page.body:
        row = block.value
        text_x = pdf.l_margin + IMAGE_WIDTH + 8
        image = row["image"]
        rendition = image.get_rendition("width-600")
        image_height = IMAGE_WIDTH * rendition.height / rendition.width
        if pdf.get_y() + image_height > pdf.h - pdf.b_margin:
            pdf.add_page()
        top = pdf.get_y()
        with rendition.file.open("rb") as file:
            pdf.image(
                file, x=pdf.l_margin, y=top, w=IMAGE_WIDTH, alt_text=pdf_text(row["image_alt"])
            )
        pdf.set_xy(text_x, top)
        pdf.set_font("Helvetica", "", TEXT_SIZE)
        pdf.multi_cell(pdf.w - text_x - pdf.r_margin, 9, pdf_text(row["text"]))
        pdf.set_y(max(pdf.get_y(), top + image_height) + 8)
    return bytes(pdf.output())


def easy_read_pdf_response(page):
    response = HttpResponse(easy_read_pdf(page), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    return response
