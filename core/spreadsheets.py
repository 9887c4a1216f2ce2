"""Spreadsheets in and out, one way everywhere.

Out: every CSV and XLSX the site makes goes through `safe_cell`, so text that
someone typed (a resident's search, a place's name) opens in Excel or
LibreOffice as text, never as a formula (CSV injection).

In: `read_csv` turns an uploaded file into rows, or a message for the person
who uploaded it, whatever the bytes.
"""

import csv
import io

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


def read_csv(upload):
    """Rows (dicts by header) of an uploaded CSV file in UTF-8; a ValidationError
    with a message for a file that is not one, never an exception beside it.

    Old Excel for Mac ends lines with CR alone: read with universal newlines.
    A NUL is no text a database keeps: the file is refused, not half saved."""
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("Save the file as CSV in UTF-8.")) from error
    if "\x00" in text:
        raise ValidationError(
            _("The file has characters in it that are not text. Save it again as CSV in UTF-8.")
        )
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        return reader.fieldnames or [], list(reader)
    except csv.Error as error:
        raise ValidationError(
            _("The file could not be read as CSV. Save it again as CSV in UTF-8.")
        ) from error
