"""Export of a list (what the clerk sees in a table) to CSV or XLSX; no Qt, so it is tested plainly.

Values arrive as plain Python: ``str``, ``int``, ``Decimal`` (money, never float), ``date``,
``datetime``, ``bool`` or ``None``. CSV follows the language's conventions so that a spreadsheet
opens it right away: Finnish and Swedish use ``;`` between fields and a decimal comma, English
``,`` and a decimal point; the file is UTF-8 with a byte-order mark. XLSX keeps numbers and dates
as real cells with number formats. Text that a spreadsheet would run as a formula (``=…``,
``@…``) is written as text, so a customer name cannot become a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from desktop_app.services.foundation import formatting
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.files import write_whole

T = TypeVar("T")

Value = str | int | Decimal | dt.date | dt.datetime | bool | None

_FORMULA_START = ("=", "@", "\t", "\r")
_SIGNED_NUMBER_OR_PHONE = re.compile(r"^[+-][0-9 ()./-]*$")


class ExportFailed(ReskontraError):
    template = "The file {path} could not be written: {detail}"


class UnknownExportFormat(ReskontraError):
    template = "Choose a file name ending in .csv or .xlsx (not {path})."


def _is_formula_like(text: str) -> bool:
    if not text:
        return False
    if text.startswith(_FORMULA_START):
        return True
    return text[0] in "+-" and not _SIGNED_NUMBER_OR_PHONE.match(text)


def _csv_text(value: Value, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        text = f"{value:f}"
        return text.replace(".", ",") if lang in ("fi", "sv", "bg") else text
    if isinstance(value, dt.datetime):
        return formatting.datetime(value, lang)
    if isinstance(value, dt.date):
        return formatting.date(value, lang)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if _is_formula_like(text) else text


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *, lang: str = "fi",
              progress: Callable[[int], None] | None = None) -> int:
    """Write a CSV file; returns the number of data rows."""
    delimiter = ";" if lang in ("fi", "sv", "bg") else ","
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([_csv_text(h, lang) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(v, lang) for v in row])
            count += 1
            if progress is not None and count % 5000 == 0:
                progress(count)
    return count


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *, lang: str = "fi",
               sheet_title: str = "Reskontra", progress: Callable[[int], None] | None = None) -> int:
    """Write an Excel workbook with one sheet; returns the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    date_format = "d.m.yyyy" if lang in ("fi", "sv", "bg") else "dd/mm/yyyy"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31] or "Sheet")
    bold = Font(bold=True)

    def cell(value: Value) -> WriteOnlyCell:
        if isinstance(value, str):
            c = WriteOnlyCell(sheet, value=value)
            if value.startswith("="):
                c.data_type = "s"  # text, not a formula
            return c
        c = WriteOnlyCell(sheet, value=value)
        if isinstance(value, bool):
            return c
        if isinstance(value, Decimal):
            c.number_format = "#,##0.00"
        elif isinstance(value, dt.datetime):
            c = WriteOnlyCell(sheet, value=value.astimezone().replace(tzinfo=None) if value.tzinfo else value)
            c.number_format = date_format + " hh:mm"
        elif isinstance(value, dt.date):
            c.number_format = date_format
        return c

    header_cells = []
    for h in headers:
        c = WriteOnlyCell(sheet, value=h)
        c.font = bold
        header_cells.append(c)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([cell(v) for v in row])
        count += 1
        if progress is not None and count % 5000 == 0:
            progress(count)
    workbook.save(path)
    return count


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *, lang: str = "fi",
                sheet_title: str = "Reskontra", progress: Callable[[int], None] | None = None) -> int:
    """Write ``rows`` as CSV or XLSX by the file name's suffix; a failure leaves no half-written file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UnknownExportFormat(path=str(path))
    def render(partial: Path) -> int:
        if suffix == ".csv":
            return write_csv(partial, headers, rows, lang=lang, progress=progress)
        return write_xlsx(partial, headers, rows, lang=lang, sheet_title=sheet_title, progress=progress)

    return save_whole(path, render)


def save_whole(path: Path, render: Callable[[Path], T]) -> T:
    """``files.write_whole`` for a file the clerk chose: a disk or permission error becomes ``ExportFailed``."""
    try:
        return write_whole(path, render)
    except OSError as exc:
        raise ExportFailed(path=str(path), detail=exc.strerror or str(exc)) from exc
