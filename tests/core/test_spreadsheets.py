"""Every CSV and XLSX the site makes opens as text: what someone typed never runs
as a formula in the commissioner's spreadsheet (CSV injection)."""

import csv
import importlib
import inspect
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from django.conf import settings
from django.utils import timezone

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Locale

from core.spreadsheets import FORMULA_STARTS, SafeSpreadsheetExportMixin, safe_cell
from directory.models import ActivityPage, ZeroResultSearch

ATTACK = "=cmd|' /C calc'!A0"


@given(st.text())
def test_no_cell_starts_like_a_formula_and_nothing_else_changes(text):
    cell = safe_cell(text)

    assert not cell.startswith(FORMULA_STARTS)
    assert cell in (text, "'" + text)


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.none(), st.dates()))
def test_numbers_and_dates_stay_as_they_are(value):
    assert safe_cell(value) == value


@pytest.mark.django_db
def test_a_residents_search_reaches_the_zero_result_csv_as_text(admin_client, demo_site):
    ZeroResultSearch.objects.create(day=timezone.localdate(), query=ATTACK, count=1, language="en")

    response = admin_client.get("/admin/reports/mapping-and-gapping/searches.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["By words searched for", "'" + ATTACK.lower(), "1"] in rows
    assert not any(cell.startswith(FORMULA_STARTS) for row in rows for cell in row)


@pytest.mark.django_db
@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_listings_to_check_export_is_text_in_both_formats(admin_client, demo_site, export):
    overdue = ActivityPage.objects.live().filter(
        locale=Locale.get_default(), review_due_on__lte=timezone.localdate()
    )
    assert overdue.exists(), "the demo borough has listings to check"
    overdue.filter(pk=overdue.first().pk).update(title="@SUM(1+1)*cmd|' /C calc'!A0")

    response = admin_client.get("/admin/reports/listings-to-check/", {"export": export})

    if export == "csv":
        body = b"".join(response.streaming_content).decode()
        cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
    else:
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert not any(isinstance(c, str) and c.startswith(FORMULA_STARTS) for c in cells)


def test_every_csv_and_spreadsheet_export_goes_through_the_one_safe_helper():
    """A new export that writes CSV itself, or a `list_export` without the safe
    mixin, would let formulas through: there is one way, core.spreadsheets."""
    base = Path(settings.BASE_DIR)
    apps = [
        "core",
        "home",
        "directory",
        "feeds",
        "campaign",
        "referrals",
        "search",
        "openreferral",
        "onboarding",
        "shortlist",
        "accounts",
    ]
    offenders = []
    for app in apps:
        for path in (base / app).rglob("*.py"):
            if "migrations" in path.parts or (path.name == "spreadsheets.py" and app == "core"):
                continue
            source = path.read_text()
            if re.search(r"csv\.(writer|DictWriter)\(", source):
                offenders.append(f"{path.relative_to(base)} writes CSV itself")
            if "list_export" not in source:
                continue
            # Every view class with columns to export, however it inherits the mixin.
            module = importlib.import_module(".".join(path.relative_to(base).with_suffix("").parts))
            for cls in vars(module).values():
                if (
                    inspect.isclass(cls)
                    and issubclass(cls, SpreadsheetExportMixin)
                    and getattr(cls, "list_export", None)
                    and not issubclass(cls, SafeSpreadsheetExportMixin)
                ):
                    offenders.append(f"{cls.__module__}.{cls.__name__} exports without the mixin")
    assert not offenders
