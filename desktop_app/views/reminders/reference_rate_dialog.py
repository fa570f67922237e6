"""The accountant's "Enter reference rate…" dialog (SPEC W3.5): the half-year and the Bank of Finland's
reference rate in percent; the ``rates`` service checks and saves it (accountants only, audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.context import AppContext


def _save_rate(session: Any, actor: Any, starts: dt.date, text: str) -> Any:
    from desktop_app.services.foundation import rates

    return rates.set_rate(session, actor, starts, rates.percent_to_bp(text))


def _half_years(today: dt.date) -> list[tuple[dt.date, dt.date]]:
    from desktop_app.services.foundation.rates import half_years_around

    return half_years_around(today)


class ReferenceRateDialog(QDialog):
    """Half-year and percent; Save runs on the worker thread and the dialog closes when the rate is saved."""

    saved = Signal(object)  # the saved rates.RateRow

    def __init__(self, ctx: AppContext, starts: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reference_rate_dialog")
        self.ctx = ctx
        self.half_year_combo = QComboBox(self)
        self.half_year_combo.setObjectName("half_year_combo")
        for start, end in _half_years(ctx.today):
            self.half_year_combo.addItem("", (start, end))
            if start == starts:
                self.half_year_combo.setCurrentIndex(self.half_year_combo.count() - 1)
        self.percent_edit = QLineEdit(self)
        self.percent_edit.setObjectName("percent_edit")
        self.percent_edit.setMaxLength(10)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(420)
        self.error = QLabel(self)
        self.error.setObjectName("rate_error")
        self.error.setProperty("role", "field_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.half_year_label = QLabel(self)
        self.half_year_label.setBuddy(self.half_year_combo)
        self.percent_label = QLabel(self)
        self.percent_label.setBuddy(self.percent_edit)
        form = QFormLayout()
        form.addRow(self.half_year_label, self.half_year_combo)
        form.addRow(self.percent_label, self.percent_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._saving = False
        self.retranslate_ui()
        self.percent_edit.setFocus()

    def retranslate_ui(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(self.tr("Enter reference rate"))
        self.hint.setText(self.tr("The reference rate announced by the Bank of Finland for a half-year. Late-payment "
                                  "interest is the reference rate + 7 points for consumers and + 8 points between "
                                  "businesses."))
        self.half_year_label.setText(self.tr("&Half-year"))
        self.percent_label.setText(self.tr("&Reference rate, %"))
        self.percent_edit.setPlaceholderText(self.tr("for example %1").replace("%1", "2,25" if lang != "en" else "2.25"))
        for i in range(self.half_year_combo.count()):
            start, end = self.half_year_combo.itemData(i)
            self.half_year_combo.setItemText(i, f"{formatting.date(start, lang)}–{formatting.date(end, lang)}")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def starts(self) -> dt.date:
        return self.half_year_combo.currentData()[0]

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.error.hide()
        self.ctx.tasks.run(self.ctx.write(_save_rate, self.starts(), self.percent_edit.text()), owner=self,
                           on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, row: Any) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, err: ReskontraError) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.error.setText(i18n.error_text(err))
        self.error.show()
        self.percent_edit.setFocus()


def open_reference_rate_dialog(parent: QWidget, ctx: AppContext, starts: dt.date | None = None) -> ReferenceRateDialog:
    """Open the dialog window-modally and return at once (tests fill it in and wait for ``saved``)."""
    dialog = ReferenceRateDialog(ctx, starts, parent)
    dialog.open()
    return dialog
