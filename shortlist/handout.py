"""What a shortlist says about each activity, once, for its page, its PDF and its email:
name, next dates, address, how to get there, cost and contact, in the reader's language."""

import io
from dataclasses import dataclass, field

import segno

from django.utils.translation import gettext as _

from wagtail.models import Locale, Site

from core.council import default_council, signature
from core.pdf import QUIET_ZONE, SitePDF, draw_qr
from directory.models import ActivityPage
from directory.shortlist import parse_ids, shortlist_url
from directory.templatetags.directory_tags import session_text, term_labels

NEXT_DATES = 3


@dataclass
class Item:
    saved_id: int  # as in the list's address, whichever language it was saved in
    activity: ActivityPage
    sessions: list = field(default_factory=list)

    @property
    def venue(self):
        return self.activity.venue

    @property
    def next_dates(self):
        return [session_text(session) for session in self.sessions]

    @property
    def cost(self):
        activity = self.activity
        band = activity.get_cost_band_display()
        return f"{band}: {activity.cost_details}" if activity.cost_details else str(band)

    @property
    def where(self):
        """The address on one line, or how it runs (online, by phone) without a venue."""
        if self.venue:
            return ", ".join(self.venue.address_lines)
        return term_labels(self.activity.modes.all())

    @property
    def getting_there(self):
        return self.venue.access_notes if self.venue else ""

    @property
    def contact(self):
        activity = self.activity
        # A line each: a telephone number is never split across lines.
        return "\n".join(
            part
            for part in (activity.contact_name, activity.contact_phone, activity.contact_email)
            if part
        )


def shortlist_items(ids):
    """The live activities among `ids`, in the order saved, each in the reader's
    language where it is translated (and in its own language otherwise)."""
    ids = parse_ids(ids) if isinstance(ids, str) else ids
    found = (
        ActivityPage.objects.live()
        .public()
        .filter(pk__in=ids)
        .select_related("venue", "locale")
        .prefetch_related("schedules", "breaks", "modes")
    )
    by_id = {activity.pk: activity for activity in found}
    locale = Locale.get_active()
    translations = {
        page.translation_key: page
        for page in ActivityPage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=[a.translation_key for a in by_id.values()])
        .select_related("venue", "locale")
        .prefetch_related("schedules", "breaks", "modes")
    }
    items = []
    for number in ids:
        if number in by_id:
            activity = translations.get(by_id[number].translation_key, by_id[number])
            items.append(Item(number, activity, activity.upcoming_sessions(count=NEXT_DATES)))
    return items


def online_address(ids):
    """The shortlist's full address, for the QR code and the email."""
    root = Site.objects.get(is_default_site=True).root_url
    return root + shortlist_url(ids)


def facts(item):
    """(label, text) rows for print and email; empty ones left out."""
    rows = [
        (_("Next dates"), "\n".join(item.next_dates) or _("No dates set")),
        (_("Where"), item.where),
        (_("Getting there"), item.getting_there),
        (_("Cost"), item.cost),
        (_("Contact"), item.contact),
    ]
    return [(label, text) for label, text in rows if text]


def email_text(ids):
    items = shortlist_items(ids)
    address = online_address([item.saved_id for item in items])
    subject = _("Your shortlist from %(service)s") % {"service": default_council().service_name}
    parts = [_("Here are the activities you saved. See them online at any time:") + f"\n{address}"]
    for item in items:
        lines = [item.activity.title.upper()]
        lines += [f"{label}: {text}" for label, text in facts(item)]
        parts.append("\n".join(lines))
    parts.append(signature())
    return subject, "\n\n".join(parts)


def text_message(ids):
    """A text message's body, and the link to the list online in it."""
    items = shortlist_items(ids)
    address = online_address([item.saved_id for item in items])
    service = default_council().service_name
    body = _("Your shortlist from %(service)s: %(link)s") % {"service": service, "link": address}
    return body, address


def qr_code(address):
    return segno.make(address, error="m", micro=False, boost_error=False)


def qr_svg(address):
    buffer = io.BytesIO()
    qr_code(address).save(buffer, kind="svg", scale=4, border=QUIET_ZONE, xmldecl=False, svgns=True)
    return buffer.getvalue().decode()


QR_SIZE = 38  # mm: scans from a printed page


def handout_pdf(items, address, language_code):
    """One A4 handout: the list, and a code to scan back to it online."""
    heading = _("Your shortlist")
    site_name = default_council().service_name
    scan = _("Scan the code with your phone's camera to see this list online, or type:")
    rows = [(item.activity.title, facts(item)) for item in items]
    texts = [heading, site_name, scan, address]
    for title, item_facts in rows:
        texts.append(title)
        for label, text in item_facts:
            texts += [label, text]
    pdf = SitePDF(*texts, language_code=language_code, format="A4")
    pdf.set_title(f"{site_name}: {heading}")
    pdf.set_author(site_name)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    text_width = pdf.epw - QR_SIZE - 6
    # The code sits at the line's end: right, or left in a right-to-left language.
    if pdf.right_to_left:
        qr_x, text_x = pdf.l_margin, pdf.l_margin + QR_SIZE + 6
    else:
        qr_x, text_x = pdf.w - pdf.r_margin - QR_SIZE, pdf.l_margin
    top = pdf.get_y()
    draw_qr(pdf, qr_code(address), qr_x, top, QR_SIZE)
    pdf.set_xy(text_x, top)
    pdf.set_font(style="", size=22)
    pdf.multi_cell(text_width, 10, heading, align=pdf.start_align)
    pdf.set_x(text_x)
    pdf.set_font(style="", size=12)
    pdf.multi_cell(text_width, 6, site_name, align=pdf.start_align)
    pdf.set_x(text_x)
    pdf.set_font(style="", size=10)
    pdf.multi_cell(text_width, 5, scan, align=pdf.start_align)
    pdf.set_x(text_x)
    pdf.multi_cell(text_width, 5, address, align=pdf.start_align)
    pdf.set_y(max(pdf.get_y(), top + QR_SIZE) + 6)
    label_width = 35
    for title, item_facts in rows:
        pdf.set_font(style="", size=15)
        pdf.multi_cell(0, 7, title, align=pdf.start_align)
        for label, text in item_facts:
            y = pdf.get_y()
            pdf.set_font(style="B", size=11)
            if pdf.right_to_left:
                label_x, value_x = pdf.w - pdf.r_margin - label_width, pdf.l_margin
            else:
                label_x, value_x = pdf.l_margin, pdf.l_margin + label_width
            pdf.set_xy(label_x, y)
            pdf.multi_cell(label_width, 5.5, label, align=pdf.start_align)
            label_end = pdf.get_y()
            pdf.set_xy(value_x, y)
            pdf.set_font(style="", size=11)
            pdf.multi_cell(pdf.epw - label_width, 5.5, text, align=pdf.start_align)
            pdf.set_y(max(label_end, pdf.get_y()))
        pdf.ln(4)
    return bytes(pdf.output())
