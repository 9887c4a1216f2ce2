"""The printable PDF of an Easy Read page: a picture beside each block of text."""

from django.http import HttpResponse

from core.pdf import SitePDF

IMAGE_WIDTH = 55  # mm
TEXT_SIZE = 18  # points: well above the 16px minimum


def easy_read_pdf(page):
    rows = [block.value for block in page.body]
    pdf = SitePDF(
        page.title,
        *(row["text"] for row in rows),
        *(row["image_alt"] for row in rows),
        language_code=page.locale.language_code,
        format="A4",
    )
    pdf.set_title(page.title)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font(style="B", size=28)
    pdf.multi_cell(0, 13, page.title, align=pdf.start_align)
    pdf.ln(6)
    text_width = pdf.epw - IMAGE_WIDTH - 8
    # The picture leads each row: on the left, or on the right in a right-to-left language.
    if pdf.right_to_left:
        image_x, text_x = pdf.w - pdf.r_margin - IMAGE_WIDTH, pdf.l_margin
    else:
        image_x, text_x = pdf.l_margin, pdf.l_margin + IMAGE_WIDTH + 8
    for row in rows:
        image = row["image"]
        rendition = image.get_rendition("width-600")
        image_height = IMAGE_WIDTH * rendition.height / rendition.width
        if pdf.get_y() + image_height > pdf.h - pdf.b_margin:
            pdf.add_page()
        top = pdf.get_y()
        with rendition.file.open("rb") as file:
            pdf.image(file, x=image_x, y=top, w=IMAGE_WIDTH, alt_text=row["image_alt"])
        pdf.set_xy(text_x, top)
        pdf.set_font(style="", size=TEXT_SIZE)
        pdf.multi_cell(text_width, 9, row["text"], align=pdf.start_align)
        pdf.set_y(max(pdf.get_y(), top + image_height) + 8)
    return bytes(pdf.output())


def easy_read_pdf_response(page):
    response = HttpResponse(easy_read_pdf(page), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    return response
