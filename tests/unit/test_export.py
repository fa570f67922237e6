"""Export of lists to CSV and XLSX, as a clerk's spreadsheet will open them."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.services.foundation.export import UnknownExportFormat, write_table

HEADERS = ["Customer number", "Name", "Balance", "Due date"]
ROWS = [
    [1001, "Åkerlund, Åsa", Decimal("1234.50"), dt.date(2026, 11, 22)],
    [1002, "=HYPERLINK(\"http://evil\")", Decimal("-5.00"), None],
    [1003, "+358 40 123 4567", Decimal("0.00"), dt.date(2026, 1, 2)],
]


def test_finnish_csv_uses_semicolons_decimal_comma_and_finnish_dates(tmp_path: Path):
    path = tmp_path / "list.csv"
    assert write_table(path, HEADERS, ROWS, lang="fi") == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM makes Excel read UTF-8"
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1] == ["1001", "Åkerlund, Åsa", "1234,50", "22.11.2026"]
    assert rows[3][1] == "+358 40 123 4567", "a phone number stays as it is"


def test_english_csv_uses_commas_and_decimal_point(tmp_path: Path):
    path = tmp_path / "list.csv"
    write_table(path, HEADERS, ROWS, lang="en")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[1][2] == "1234.50"


def test_csv_neutralises_formulas_in_text(tmp_path: Path):
    path = tmp_path / "list.csv"
    write_table(path, HEADERS, ROWS, lang="fi")
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[2][1].startswith("'=")


def test_xlsx_keeps_numbers_and_dates_as_cells_and_text_as_text(tmp_path: Path):
    path = tmp_path / "list.xlsx"
    assert write_table(path, HEADERS, ROWS, lang="fi", sheet_title="Customers") == 3
    sheet = load_workbook(path)["Customers"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[1][0] == 1001
    assert Decimal(str(values[1][2])) == Decimal("1234.50")
    assert values[1][3].date() == dt.date(2026, 11, 22)
    assert sheet.cell(row=2, column=3).number_format == "#,##0.00"
    assert sheet.cell(row=3, column=2).data_type == "s", "a formula-looking name stays text"


def test_unknown_suffix_is_refused_and_nothing_is_written(tmp_path: Path):
    path = tmp_path / "list.pdf"
    with pytest.raises(UnknownExportFormat):
        write_table(path, HEADERS, ROWS)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_gives_a_clear_error_and_leaves_no_partial_file(tmp_path: Path):
    from desktop_app.services.foundation.export import ExportFailed

    target = tmp_path / "missing-folder" / "list.csv"
    with pytest.raises(ExportFailed):
        write_table(target, HEADERS, ROWS)
    assert not (tmp_path / "missing-folder").exists()
