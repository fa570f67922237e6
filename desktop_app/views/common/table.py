"""The shared list: a thin Qt table model over service rows, and the widget every screen shows it in.

``RowTableModel`` keeps the rows a service returned in a Python list; sorting sorts that list
(a ``QSortFilterProxyModel`` over a Python model takes ~48 s at 100 000 rows, the list sort well
under a second) and filtering keeps a list of row positions. Each subclass names its columns in a
``Columns`` IntEnum, says per column what kind of value it is (text, money in cents, date …) and
how to get it from a row, and returns translated header labels. Amounts and dates are formatted
with ``services.formatting`` for the UI language; amounts are right-aligned.

``DataTable`` adds what clerks expect of every list: a filter line (Ctrl+F), multi-select,
"Select all", copy (Ctrl+C, tab-separated for a spreadsheet) and export to CSV/XLSX.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.foundation.text import fold
from desktop_app.views.common import labels
from desktop_app.views.common.header import FastHeader

translate = QCoreApplication.translate

ERROR_RED = QColor("#c62828")
# From this many rows on, a list prepares its filter texts in the background as soon as it is shown.
BACKGROUND_FILTER_ROWS = 20_000
BACKGROUND_FILTER_DELAY_MS = 700

# The row type of a model: the frozen dataclass its service returns (e.g. ``customers.InvoiceRow``).
Row = TypeVar("Row")


class Kind(enum.Enum):
    TEXT = "text"
    NUMBER = "number"  # an identifier such as a customer or invoice number: no grouping
    COUNT = "count"  # a quantity: grouped for the language
    MONEY = "money"  # int cents
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"  # a domain state, shown with its translated label
    BOOL = "bool"
    PERCENT_BP = "percent_bp"  # basis points: 2550 → 25,5 %


_RIGHT = {Kind.NUMBER, Kind.COUNT, Kind.MONEY, Kind.PERCENT_BP}
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class Column:
    kind: Kind
    value: Callable[[Any], Any]
    enum: type[enum.Enum] | None = None
    link: bool = False  # a number the clerk clicks to open what it names



def display_text(column: Column, value: Any, lang: str) -> str:
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind is Kind.MONEY:
        return formatting.money(int(value), lang, is_cents=True)
    if kind is Kind.DATE:
        return formatting.date(value, lang)
    if kind is Kind.DATETIME:
        return formatting.datetime(value, lang)
    if kind is Kind.COUNT:
        return formatting.number(value, lang)
    if kind is Kind.ENUM:
        return labels.label(value, column.enum)
    if kind is Kind.BOOL:
        return translate("RowTableModel", "Yes") if value else ""
    if kind is Kind.PERCENT_BP:
        return formatting.percent_bp(int(value), lang)
    return str(value)


def export_value(column: Column, value: Any) -> Any:
    """The plain value written to CSV/XLSX: money as Decimal euros, states as their label."""
    if value is None:
        return None
    if column.kind is Kind.MONEY:
        return to_decimal(int(value))
    if column.kind is Kind.ENUM:
        return labels.label(value, column.enum)
    if column.kind is Kind.PERCENT_BP:
        return Decimal(int(value)) / 100
    if column.kind is Kind.BOOL:
        return bool(value)
    return value


_NORDIC_LAST = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})  # just after "z"


def collation_key(text: str) -> str:
    """Finnish and Swedish alphabetical order: å, ä, ö after z; other accents ignored; no case."""
    return fold(text.casefold().translate(_NORDIC_LAST))


def _sort_key(column: Column, value: Any) -> tuple[int, Any]:
    if value is None or value == "":
        return (0, "")
    if column.kind is Kind.TEXT:
        return (1, collation_key(str(value)))
    if column.kind is Kind.ENUM:
        return (1, collation_key(labels.label(value, column.enum)))
    if column.kind is Kind.DATETIME and isinstance(value, dt.datetime):
        return (1, value.timestamp())
    return (1, value)


def _haystack_part(column: Column, value: Any, lang: str) -> str:
    if value is None:
        return ""
    if column.kind is Kind.MONEY:
        amount = to_decimal(int(value))
        return f"{amount:f} {str(amount).replace('.', ',')}"
    if column.kind in (Kind.DATE, Kind.DATETIME):
        return f"{value.isoformat()} {display_text(column, value, lang)}"
    if column.kind is Kind.ENUM:
        return fold(labels.label(value, column.enum))
    if column.kind is Kind.BOOL:
        return ""
    return fold(str(value))


def build_haystacks(defs: Sequence[Column], rows: Sequence[Any], lang: str) -> list[str]:
    """Each row's cells as the folded text the filter searches; plain Python, safe off the GUI thread."""
    # Products, periods, prices and states repeat down a long list: each is folded once.
    caches: list[dict[Any, str]] = [{} for _ in defs]

    def part(column: Column, cache: dict[Any, str], value: Any) -> str:
        try:
            return cache[value]
        except KeyError:
            cache[value] = text = _haystack_part(column, value, lang)
            return text
        except TypeError:  # an unhashable value
            return _haystack_part(column, value, lang)

    pairs = list(zip(defs, caches, strict=True))
    return [" ".join(part(c, cache, c.value(row)) for c, cache in pairs) for row in rows]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Base of every list model: rows from a service, sorted and filtered in Python lists.

    A subclass names its row type, ``class InvoicesModel(RowTableModel[InvoiceRow])``, so ``row_at`` and
    the row hooks (``foreground``, ``tooltip``) are typed with it."""

    Columns: ClassVar[type[enum.IntEnum]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._view: list[int] = []  # positions in _rows, filtered and sorted
        self._filter_words: list[str] = []
        self._row_filter: Callable[[Row], bool] | None = None
        self._haystacks: list[str] | None = None
        self._generation = 0  # counts set_rows calls: a haystack job for older rows is thrown away
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._defs: dict[int, Column] | None = None

    # -- what a subclass provides ---------------------------------------------------------------
    def column_defs(self) -> dict[int, Column]:
        raise NotImplementedError

    def header_label(self, column: int) -> str:
        raise NotImplementedError

    def foreground(self, row: Row, column: int) -> QColor | None:
        """A colour for a cell (e.g. red cut-off date); None for the default."""
        return None

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    # -- rows -----------------------------------------------------------------------------------
    def _columns(self) -> dict[int, Column]:
        if self._defs is None:
            self._defs = self.column_defs()
        return self._defs

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = None
        self._generation += 1
        self._rebuild_view()
        self.endResetModel()

    def all_rows(self) -> list[Row]:
        return list(self._rows)

    def shown_rows(self) -> list[Row]:
        return [self._rows[i] for i in self._view]

    def row_at(self, row: int) -> Row:
        return self._rows[self._view[row]]

    def total_count(self) -> int:
        return len(self._rows)

    def column_def(self, column: int) -> Column:
        return self._columns()[column]

    def _rebuild_view(self) -> None:
        if self._filter_words:
            haystacks = self._get_haystacks()
            words = self._filter_words
            self._view = [i for i, h in enumerate(haystacks) if all(w in h for w in words)]
        else:
            self._view = list(range(len(self._rows)))
        if self._row_filter is not None:
            keep, rows = self._row_filter, self._rows
            self._view = [i for i in self._view if keep(rows[i])]
        if self._sort is not None:
            self._sort_view(*self._sort)

    def _get_haystacks(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = build_haystacks(list(self._columns().values()), self._rows, i18n.current_language())
        return self._haystacks

    def haystack_job(self) -> Callable[[Any], tuple[int, str, list[str]]]:
        """A job (for ``tasks.TaskRunner``) that folds the filter texts of the current rows off the GUI
        thread, so the first keystroke in a long list's filter does not wait for them."""
        rows, defs, lang, generation = self._rows, list(self._columns().values()), i18n.current_language(), \
            self._generation

        def job(_control: Any) -> tuple[int, str, list[str]]:
            return generation, lang, build_haystacks(defs, rows, lang)

        return job

    def offer_haystacks(self, result: tuple[int, str, list[str]]) -> None:
        """Take the texts a ``haystack_job`` made, if the rows and the language are still the same."""
        generation, lang, haystacks = result
        if self._haystacks is None and generation == self._generation and lang == i18n.current_language():
            self._haystacks = haystacks

    def set_filter(self, text: str) -> None:
        words = fold(text).split()
        if words == self._filter_words:
            return
        self.beginResetModel()
        self._filter_words = words
        self._rebuild_view()
        self.endResetModel()

    def set_row_filter(self, keep: Callable[[Row], bool] | None) -> None:
        """Show only the rows ``keep`` accepts (e.g. "only erroneous rows"), on top of the text filter."""
        self.beginResetModel()
        self._row_filter = keep
        self._rebuild_view()
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, labels and number formats follow the new UI language."""
        self._haystacks = None
        self._generation += 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self._view:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._view) - 1, self.columnCount() - 1))

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.Columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._view):
            return None
        column = index.column()
        definition = self._columns()[column]
        row = self._rows[self._view[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(definition, definition.value(row), i18n.current_language())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if definition.kind in _RIGHT:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(row, column)
            if color is not None:
                return QBrush(color)
            if definition.link:
                return QGuiApplication.palette().brush(QPalette.ColorRole.Link)
            return None
        if role == Qt.ItemDataRole.FontRole and definition.link:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return definition.value(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_label(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                if self._columns()[section].kind in _RIGHT:
                    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._view):
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Qt asks this for every cell of a "Select all" (1.2 M calls at 100 000 rows): keep it trivial.
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.Columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_positions = [self._view[i.row()] if i.isValid() and i.row() < len(self._view) else -1 for i in old]
        self._sort = (column, order)
        self._sort_view(column, order)
        where = {pos: r for r, pos in enumerate(self._view)}
        new = [
            self.index(where[p], i.column()) if p in where else QModelIndex()
            for i, p in zip(old, old_positions, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_view(self, column: int, order: Qt.SortOrder) -> None:
        definition = self._columns()[column]
        rows = self._rows
        keys = {i: _sort_key(definition, definition.value(rows[i])) for i in self._view}
        self._view.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- copy and export ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.header_label(c) for c in range(len(self.Columns))]

    def text_rows(self, view_rows: Sequence[int]) -> list[list[str]]:
        lang = i18n.current_language()
        defs = self._columns()
        return [
            [display_text(defs[c], defs[c].value(self.row_at(r)), lang) for c in range(len(self.Columns))]
            for r in view_rows
        ]

    def export_rows(self) -> list[list[Any]]:
        defs = [self._columns()[c] for c in range(len(self.Columns))]
        return [[export_value(d, d.value(self._rows[i])) for d in defs] for i in self._view]


class DataTable(QWidget):
    """A list with filter, "Select all", copy and export; emits ``activated`` with the row object."""

    activated = Signal(object)
    link_clicked = Signal(object, int)  # row object, column

    def __init__(self, model: RowTableModel[Any], parent: QWidget | None = None, *, tasks: Any = None,
                 export_name: str = "reskontra", filter_box: bool = True) -> None:
        super().__init__(parent)
        self.model = model
        self._tasks = tasks
        self._export_name = export_name
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setVisible(filter_box)
        self._filter_box = filter_box
        self._filter_runner: Any = None  # a TaskRunner of its own, made when a long list is first shown
        self.count_label = QLabel(self)
        self.select_all_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.view = QTableView(self)
        self.view.setHorizontalHeader(FastHeader(self.view))
        # Column widths from the first 200 rows (Qt's default reads 1 000 rows × every column).
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.setModel(model)
        # Rows stay in the service's order until the clerk clicks a header.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        bar = self.bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(0)
        bar.addWidget(self.select_all_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.copy_button.clicked.connect(self.copy_selection)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.clicked.connect(self._on_view_clicked)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.view)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        self.retranslate_ui()
        self.fit_columns()

    # -- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter the list… (Ctrl+F)"))
        self.select_all_button.setText(self.tr("Select all"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows for a spreadsheet (Ctrl+C)"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the list as CSV or Excel (XLSX)"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()
            self.fit_columns()
        super().changeEvent(event)

    # -- behaviour ------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        if self.filter_edit.isVisible():
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()
        else:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.fit_columns()
        if self._tasks is not None and len(rows) >= BACKGROUND_FILTER_ROWS and self._filter_box:
            # After the list has been painted (the job shares the interpreter with the GUI thread).
            QTimer.singleShot(BACKGROUND_FILTER_DELAY_MS, self, self._prepare_filter)

    def _prepare_filter(self) -> None:
        """Fold the filter texts on a thread of this table's own: not on the database worker, where
        the clerk's next action would queue behind it."""
        if self.model._haystacks is not None:
            return
        if self._filter_runner is None:
            from desktop_app.views.common.tasks import TaskRunner

            self._filter_runner = TaskRunner(self)
        self._filter_runner.run(self.model.haystack_job(), on_success=self.model.offer_haystacks,
                                on_failure=lambda _err: None, owner=self)

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            header.resizeSection(c, min(max(header.sectionSize(c), 60), 360))

    def _update_count(self, *args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            text = self.tr("%n row(s)", "", total)
        else:
            text = self.tr("%1 of %2 rows").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def selected_view_rows(self) -> list[int]:
        # From the selection's ranges, not one index per cell: "Select all" over 100 000 rows stays instant.
        rows: set[int] = set()
        for selected in self.view.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_rows(self) -> list[Any]:
        return [self.model.row_at(r) for r in self.selected_view_rows()]

    def copy_selection(self) -> str:
        rows = self.model.text_rows(self.selected_view_rows())
        text = "\n".join("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) for row in rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()))

    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.column_def(index.column()).link:
            self.link_clicked.emit(self.model.row_at(index.row()), index.column())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        # The view ignores Enter after emitting ``activated``, so it reaches us; a double-click is
        # handled apart, which keeps one activation per gesture on every platform style.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.currentIndex().isValid():
            self.activated.emit(self.model.row_at(self.view.currentIndex().row()))
            return
        super().keyPressEvent(event)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the list"), str(Path.home() / f"{labels.file_name(self._export_name)}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write the rows shown (filter and sort applied) to ``path``, off the GUI thread when possible."""
        from desktop_app.services.foundation.export import write_table
        from desktop_app.views.common import messages

        headers, rows, lang = self.model.headers(), self.model.export_rows(), i18n.current_language()
        title = labels.file_name(self._export_name)

        def job(control: Any) -> int:
            return write_table(path, headers, rows, lang=lang, sheet_title=title)

        def done(count: int) -> None:
            messages.show_info(self, self.tr("%1 rows exported to %2.").replace("%1", str(count))
                               .replace("%2", str(path)))
            if on_done is not None:
                on_done(count)

        if self._tasks is not None:
            self._tasks.run(job, on_success=done, owner=self)
        else:
            from desktop_app.services.foundation.errors import ReskontraError

            try:
                count = job(None)
            except ReskontraError as err:
                messages.show_error(self, err)
                return
            done(count)
