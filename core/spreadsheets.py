"""Spreadsheets in and out, one way everywhere.

Out: every CSV and XLSX the site makes goes through `safe_cell`, so text that
someone typed (a resident's search, a place's name) opens in Excel or
LibreOffice as text, never as a formula (CSV injection).

In: `csv_rows` turns CSV bytes (an upload, a feed) into rows, or a message for
the person who sent them, whatever the bytes.
"""

import csv
import io
from itertools import islice

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.mixins import SpreadsheetExportMixin

# What spreadsheet programs read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that would start a formula, led by an apostrophe so it shows as typed."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(out, rows):
    """Write rows (lists of cells) as CSV to a file-like object or HttpResponse."""
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV and XLSX export (`list_export`) with formula-safe cells;
    every admin view with `list_export` uses it instead of Wagtail's own."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))


class UnreadableCSV(ValueError):
    """Bytes that are not a CSV file in UTF-8; its text says what to do about it."""


def csv_rows(data, max_rows=None, strip_nul=False):
    """(headers, rows as dicts by header) of CSV bytes in UTF-8, with or without a
    byte-order mark and with any line ending (old Excel for Mac ends lines with CR
    alone); at most `max_rows` rows. UnreadableCSV, never another exception.

    A NUL is no text a database keeps, and no spreadsheet writes one: the file is
    refused, not half saved, unless `strip_nul` (a feed, whose other formats are
    stored without their NULs too)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableCSV(_("Save the file as CSV in UTF-8.")) from error
    if strip_nul:
        text = text.replace("\x00", "")
    elif "\x00" in text:
        raise UnreadableCSV(
            _("The file has characters in it that are not text. Save it again as CSV in UTF-8.")
        )
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        return reader.fieldnames or [], list(islice(reader, max_rows))
    except csv.Error as error:
        raise UnreadableCSV(
            _("The file could not be read as CSV. Save it again as CSV in UTF-8.")
        ) from error


def read_csv(upload):
    """csv_rows of an uploaded file, its problem as the form field's error."""
    try:
        return csv_rows(upload.read())
    except UnreadableCSV as error:
        raise ValidationError(str(error)) from error
