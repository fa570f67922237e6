"""Front page: one search box that finds customers by name, number, email, phone, postal code, or by
an order, invoice or reference number, and a result list that opens the customer card.

The search runs on the worker thread ~250 ms after the clerk stops typing; each search carries a
generation number and only the newest one's results are shown, so a slow old search can never
overwrite a newer one.
"""

from __future__ import annotations

from typing import Any  # a database session: the views name no SQL types

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.services.customers.search import CustomerHit
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import messages
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import DataTable
from desktop_app.views.context import AppContext
from desktop_app.views.customers.search_model import CustomerSearchModel

DEBOUNCE_MS = 250
RESULT_LIMIT = 200


def _search(session: Any, text: str, limit: int) -> list[CustomerHit]:
    from desktop_app.services.customers.search import search_customers

    return search_customers(session, text, limit)


class CustomerSearchPage(Page):
    open_customer_requested = Signal(int)
    # Emitted on the GUI thread when the results of the newest search are shown (tests wait on it).
    results_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab_key = ("front", 0)
        self._generation = 0
        self._last_text = ""
        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.model = CustomerSearchModel(self)
        self.results = DataTable(self.model, self, tasks=ctx.tasks, export_name="customers", filter_box=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.results.activated.connect(self._on_results_activated)
        self.results.link_clicked.connect(lambda hit, _col: self._on_results_activated(hit))
        self.retranslate_ui()

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Front page")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Customer search"))
        self.search_edit.setPlaceholderText(self.tr("Search customers… (Ctrl+F)"))
        self.hint.setText(self.tr("Name (any word, start of a word), customer number, email, phone, postal code, "
                                  "or an order, invoice or reference number."))
        self._show_status()
        self.title_changed.emit()

    # -- searching ------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        # Enter in the box: search at once, or open the only customer found.
        if self._timer.isActive() or self.search_edit.text().strip() != self._last_text:
            self._timer.stop()
            self.search_now()
        elif self.model.rowCount() >= 1:
            self._on_results_activated(self.model.row_at(0))

    def search_now(self) -> None:
        text = self.search_edit.text().strip()
        self._generation += 1
        generation = self._generation
        self._last_text = text
        if not text:
            self.model.set_rows([])
            self._searching = False
            self._show_status()
            self.results_shown.emit()
            return
        self._searching = True
        self._show_status()
        self.ctx.tasks.run(
            self.ctx.read(_search, text, RESULT_LIMIT),
            on_success=lambda hits: self._on_search_done(generation, hits),
            on_failure=lambda err: self._on_search_failed(generation, err),
            owner=self,
        )

    def _on_search_done(self, generation: int, hits: list[CustomerHit]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way; this one is stale
        self._searching = False
        self.results.set_rows(hits)
        self._show_status()
        self.results_shown.emit()

    def _on_search_failed(self, generation: int, err: ReskontraError) -> None:
        if generation != self._generation:
            return
        self._searching = False
        self._show_status()
        messages.show_error(self, err)

    def _show_status(self) -> None:
        if getattr(self, "_searching", False):
            self.status.setText(self.tr("Searching…"))
        elif not self._last_text:
            self.status.setText("")
        elif self.model.total_count() == 0:
            self.status.setText(self.tr("No customers found for “%1”.").replace("%1", self._last_text))
        elif self.model.total_count() >= RESULT_LIMIT:
            self.status.setText(self.tr("The first %1 customers found; type more to narrow the search.")
                                .replace("%1", str(RESULT_LIMIT)))
        else:
            self.status.setText(self.tr("%n customer(s) found.", "", self.model.total_count()))
        if self._last_text and not getattr(self, "_searching", False):
            from desktop_app.services.customers.search import MAX_WORDS, words_left_out

            left_out = words_left_out(self._last_text)
            if left_out:
                self.status.setText(self.status.text() + " " + self.tr(
                    "The search used the first %1 words; %n word(s) left out.", "", left_out)
                    .replace("%1", str(MAX_WORDS)))

    def _on_results_activated(self, hit: CustomerHit) -> None:
        self.open_customer_requested.emit(hit.customer_id)

    def refresh(self) -> None:
        if self._last_text:
            self.search_now()
