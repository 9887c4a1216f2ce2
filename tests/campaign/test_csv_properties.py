"""Property-based tests of the entry-point CSV reader: any bytes give rows or a
message for the person uploading, and a bad file saves nothing."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from campaign.forms import EntryPointImportForm
from campaign.models import EntryPoint
from core.spreadsheets import read_csv

HEADER = "code,placement,place,area,destination,destination_search"
CELL = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])


def csv_text(cell):
    rows = st.lists(st.lists(cell, max_size=7).map(",".join), max_size=5)
    return st.tuples(rows, NEWLINE).map(lambda both: both[1].join([HEADER, *both[0]]))


CSV_TEXT = csv_text(CELL)
# Cells without quotes or line breaks: the same table whatever the line endings.
PLAIN_TEXT = csv_text(
    st.text(
        alphabet=st.characters(exclude_categories=["Cs"], exclude_characters='"\r\n\x00'),
        max_size=12,
    )
)
ANY_BYTES = st.one_of(st.binary(max_size=200), CSV_TEXT.map(lambda text: text.encode()))


def upload(data):
    return SimpleUploadedFile("placements.csv", data, content_type="text/csv")


@given(ANY_BYTES)
def test_any_file_reads_as_rows_or_a_message(data):
    try:
        columns, rows = read_csv(upload(data))
    except ValidationError as error:
        assert error.messages
    else:
        assert isinstance(columns, list)
        assert all(isinstance(row, dict) for row in rows)


@given(PLAIN_TEXT, NEWLINE)
def test_line_endings_of_any_spreadsheet_program_read_the_same(text, newline):
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    assert read_csv(upload(unix.replace("\n", newline).encode())) == read_csv(upload(unix.encode()))


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(ANY_BYTES)
def test_the_import_form_imports_all_or_nothing_and_never_fails(demo_site, data):
    before = EntryPoint.objects.count()
    form = EntryPointImportForm({}, {"csv_file": upload(data)})

    if form.is_valid():
        form.save()
        assert EntryPoint.objects.count() == before + len(form.entry_points)
    else:
        assert form.errors
        assert EntryPoint.objects.count() == before
