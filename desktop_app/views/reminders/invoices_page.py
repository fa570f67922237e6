"""The Invoices tab (SPEC W3): payment reminders #1 and #2, and the transfer to collection.

**Payment reminders.** The clerk presses **Fetch reminder candidates #1** (or **#2**): the list shows
the overdue invoices that can get that reminder, each with the fee, interest and due date the
reminder would get (a fee of 0 says why in its tooltip); "Show the invoices that are not eligible"
switches to the others, each with the reason. **Select all** (or pick), **Create payment reminder
#1** asks OK/Cancel, runs with a progress bar whose Cancel saves nothing, and says how many were
created; the reminders are then sent from the Sending tab like invoices. Invoices that stopped being
eligible meanwhile (another desk, a payment) are listed with their reasons.

**Reference rates.** When the half-year of the business date has no reference rate, a banner says
that no late-payment interest is calculated for its days: an accountant gets **Enter reference
rate…** (half-year and percent, saved through the ``rates`` service), a clerk is told to ask the
accountant.

**Collection.** **Fetch collection candidates** lists the invoices still unpaid after reminder #2's
due date; **Transfer to collection** (OK/Cancel) marks the selected ones, all or nothing, and they
stay in the list, selected, for **Export for the collection agency…** (CSV or XLSX).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import InvoiceStatus, Role
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import labels, messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import DataTable
from desktop_app.views.common.tasks import run_with_progress
from desktop_app.views.context import AppContext
from desktop_app.views.reminders.reference_rate_dialog import ReferenceRateDialog, open_reference_rate_dialog
from desktop_app.views.reminders.table_models import (
    CandidatesModel,
    CollectionModel,
    NotEligibleModel,
    reason_text,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from desktop_app.services.foundation.rates import RateRow
    from desktop_app.services.foundation.uow import Actor
    from desktop_app.services.reminders import (
        Candidate,
        CandidateList,
        CollectionCandidate,
        ReminderRunResult,
    )

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# --- jobs (plain functions run on the worker thread) ---------------------------------------------

def _candidates(session: Session, level: int, today: dt.date) -> CandidateList:
    from desktop_app.services.reminders import candidates

    return candidates(session, level, today)


def _missing_half_year(session: Session, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The half-year of ``today`` (first day, last day) when it has no reference rate, else None."""
    from desktop_app.services.foundation.rates import half_year, rate_on

    return half_year(today) if rate_on(session, today) is None else None


def _create(session_factory: sessionmaker[Session], actor: Actor, level: int, invoice_ids: list[int],
            today: dt.date, *, progress: Progress | None = None, cancel: Cancel | None = None) -> ReminderRunResult:
    from desktop_app.services.reminders import create_reminders

    return create_reminders(session_factory, actor, level, invoice_ids, today, progress=progress, cancel=cancel)


def _collection(session: Session, today: dt.date) -> list[CollectionCandidate]:
    from desktop_app.services.reminders import collection_candidates

    return collection_candidates(session, today)


def _transfer(session_factory: sessionmaker[Session], actor: Actor, invoice_ids: list[int], today: dt.date, *,
              progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """All or nothing in one transaction; too quick to need Cancel."""
    from desktop_app.services.reminders import transfer_to_collection

    return transfer_to_collection(session_factory, actor, invoice_ids, today)


def _export(session: Session, invoice_ids: list[int], path: Path, lang: str) -> int:
    from desktop_app.services.reminders import export_collection

    return export_collection(session, invoice_ids, path, lang)


# --- the page ------------------------------------------------------------------------------------

class InvoicesPage(Page):
    open_customer_requested = Signal(int)
    list_shown = Signal()
    created = Signal(object)  # the ReminderRunResult after a real (not cancelled) run
    changed = Signal(str)  # the success message after a change (reminders, collection, export)

    REMINDERS, COLLECTION = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab_key = ("invoices", 0)
        self.level: int | None = None  # the level of the fetched candidates
        self.listing: CandidateList | None = None
        self.collection_rows: list[CollectionCandidate] | None = None
        self.last_result: ReminderRunResult | None = None
        # (first day, last day) of the half-year without a reference rate
        self.missing_half_year: tuple[dt.date, dt.date] | None = None
        self.rate_dialog: ReferenceRateDialog | None = None
        self._busy = False

        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        self.sections = QTabWidget(self)
        self.sections.setObjectName("invoice_sections")
        self.sections.addTab(self._build_reminders(), "")
        self.sections.addTab(self._build_collection(), "")
        self.sections.currentChanged.connect(lambda _i: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sections, 1)
        self.retranslate_ui()

    # -- construction ---------------------------------------------------------------------------
    def _build_reminders(self) -> QWidget:
        page = QWidget(self)
        self.fetch1_button = QPushButton(page)
        self.fetch1_button.setObjectName("fetch1_button")
        self.fetch2_button = QPushButton(page)
        self.fetch2_button.setObjectName("fetch2_button")
        top = QHBoxLayout()
        top.addWidget(self.fetch1_button)
        top.addWidget(self.fetch2_button)
        top.addStretch(1)
        self.not_eligible_check = QCheckBox(page)
        self.not_eligible_check.setObjectName("not_eligible_check")
        self.not_eligible_check.setEnabled(False)

        self.count_banner = Banner("warning", page, name="count_banner")
        self.rate_banner = Banner("warning", page, name="rate_banner")
        self.rate_button = QPushButton(page)
        self.rate_button.setObjectName("rate_button")
        self.rate_button.hide()
        self.reminder_banner = Banner("done", page, name="reminder_result_banner")
        self.model = CandidatesModel(self)
        self.table = DataTable(self.model, page, tasks=self.ctx.tasks, export_name="reminder_candidates")
        self.not_eligible_model = NotEligibleModel(self)
        self.not_eligible_table = DataTable(self.not_eligible_model, page, tasks=self.ctx.tasks,
                                            export_name="not_eligible_for_reminders")
        self.candidate_stack = QStackedWidget(page)
        self.candidate_stack.addWidget(self.table)
        self.candidate_stack.addWidget(self.not_eligible_table)
        for table in (self.table, self.not_eligible_table):
            table.link_clicked.connect(lambda row, _c: self.open_customer_requested.emit(row.customer_id))
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.selection_label = QLabel(page)
        self.selection_label.setWordWrap(True)
        self.create_button = QPushButton(page)
        self.create_button.setObjectName("create_button")
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection_label, 1)
        bottom.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.not_eligible_check)
        layout.addWidget(self.count_banner)
        layout.addWidget(self.rate_banner)
        rate_row = QHBoxLayout()  # under the banner: a word-wrapped banner beside a button gets clipped
        rate_row.addWidget(self.rate_button)
        rate_row.addStretch(1)
        layout.addLayout(rate_row)
        layout.addWidget(self.reminder_banner)
        layout.addWidget(self.candidate_stack, 1)
        layout.addLayout(bottom)

        self.fetch1_button.clicked.connect(lambda: self.fetch(1))
        self.fetch2_button.clicked.connect(lambda: self.fetch(2))
        self.not_eligible_check.toggled.connect(self._on_not_eligible_check_toggled)
        self.create_button.clicked.connect(self.create)
        self.rate_button.clicked.connect(self._on_rate_button_clicked)
        return page

    def _build_collection(self) -> QWidget:
        page = QWidget(self)
        self.collection_fetch_button = QPushButton(page)
        self.collection_fetch_button.setObjectName("collection_fetch_button")
        self.collection_note = QLabel(page)
        self.collection_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.collection_fetch_button)
        top.addWidget(self.collection_note, 1)
        self.collection_banner = Banner("warning", page, name="collection_banner")
        self.collection_result_banner = Banner("done", page, name="collection_result_banner")
        self.collection_model = CollectionModel(self)
        self.collection_table = DataTable(self.collection_model, page, tasks=self.ctx.tasks,
                                          export_name="collection_candidates")
        self.collection_table.link_clicked.connect(lambda row, _c: self.open_customer_requested.emit(row.customer_id))
        self.collection_table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.collection_model.modelReset.connect(self._update_buttons)
        self.collection_selection_label = QLabel(page)
        self.collection_selection_label.setWordWrap(True)
        self.transfer_button = QPushButton(page)
        self.transfer_button.setObjectName("transfer_button")
        self.export_button = QPushButton(page)
        self.export_button.setObjectName("collection_export_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.collection_selection_label, 1)
        buttons.addWidget(self.transfer_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.collection_banner)
        layout.addWidget(self.collection_result_banner)
        layout.addWidget(self.collection_table, 1)
        layout.addLayout(buttons)

        self.collection_fetch_button.clicked.connect(self.fetch_collection)
        self.transfer_button.clicked.connect(self.transfer)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        return page

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Invoices")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Payment reminders and collection"))
        self.sections.setTabText(self.REMINDERS, self.tr("Payment reminders"))
        self.sections.setTabText(self.COLLECTION, self.tr("Collection"))
        self.fetch1_button.setText(self.tr("Fetch reminder candidates #1"))
        self.fetch1_button.setToolTip(self.tr("Open invoices overdue long enough that have no reminder yet"))
        self.fetch2_button.setText(self.tr("Fetch reminder candidates #2"))
        self.fetch2_button.setToolTip(self.tr("Invoices still unpaid some days after reminder #1's due date"))
        self.not_eligible_check.setText(self.tr("Show the invoices that are not eligible, with the reason"))
        self.collection_fetch_button.setText(self.tr("Fetch collection candidates"))
        self.collection_note.setText(self.tr("Invoices still unpaid after reminder #2's due date."))
        self.transfer_button.setText(self.tr("Transfer to collection"))
        self.export_button.setText(self.tr("Export for the collection agency…"))
        self.export_button.setToolTip(self.tr("Save the selected invoices as CSV or Excel (XLSX) for the agency"))
        self.rate_button.setText(self.tr("Enter reference rate…"))
        self._show_rate_warning(self.missing_half_year)
        self._show_counts()
        self._show_collection_count()
        self._update_buttons()
        self.title_changed.emit()

    def current_table(self) -> DataTable:
        if self.sections.currentIndex() == self.COLLECTION:
            return self.collection_table
        return self.not_eligible_table if self.not_eligible_check.isChecked() else self.table

    def focus_filter(self) -> None:
        self.current_table().focus_filter()

    # -- reminder candidates --------------------------------------------------------------------
    def fetch(self, level: int, *, keep_result: bool = False) -> None:
        """Fetch the candidates of ``level``; the banner of the last run stays only for the refetch after it."""
        if self._busy:
            return
        if not keep_result:
            self.reminder_banner.hide()
        self.sections.setCurrentIndex(self.REMINDERS)
        self.ctx.tasks.run(self.ctx.read(_candidates, level, self.ctx.today), owner=self,
                           on_success=self._on_fetched, on_failure=self._on_failed)
        self.ctx.tasks.run(self.ctx.read(_missing_half_year, self.ctx.today), owner=self,
                           on_success=self._show_rate_warning, on_failure=lambda _e: None)

    def _on_fetched(self, listing: CandidateList) -> None:
        self.listing = listing
        self.level = listing.level
        self.table.set_rows(listing.eligible)
        self.not_eligible_table.set_rows(listing.not_eligible)
        hide_previous = listing.level == 1
        for column in (CandidatesModel.Columns.PREVIOUS_NUMBER, CandidatesModel.Columns.PREVIOUS_DATE):
            self.table.view.setColumnHidden(column, hide_previous)
        self.not_eligible_table.view.setColumnHidden(NotEligibleModel.Columns.PREVIOUS_NUMBER, hide_previous)
        self.not_eligible_check.setEnabled(True)
        self._show_counts()
        self._update_buttons()
        self.list_shown.emit()

    @property
    def is_accountant(self) -> bool:
        return self.ctx.actor.role == Role.ACCOUNTANT

    def _show_rate_warning(self, missing: tuple[dt.date, dt.date] | None) -> None:
        """``missing``: the half-year (first day, last day) without a reference rate, or None."""
        self.missing_half_year = missing
        self.rate_banner.setVisible(missing is not None)
        self.rate_button.setVisible(missing is not None and self.is_accountant)
        if missing is None:
            return
        lang = i18n.current_language()
        text = self.tr("No reference rate has been entered for the half-year %1–%2, so no late-payment interest "
                       "is calculated for its days.")
        text += " " + (self.tr("Enter the rate the Bank of Finland announced for it.") if self.is_accountant else
                       self.tr("Ask an accountant to enter the rate the Bank of Finland announced for it."))
        self.rate_banner.setText(text.replace("%1", formatting.date(missing[0], lang))
                                 .replace("%2", formatting.date(missing[1], lang)))

    def _on_rate_button_clicked(self) -> None:
        starts = self.missing_half_year[0] if self.missing_half_year is not None else None
        self.rate_dialog = open_reference_rate_dialog(self, self.ctx, starts)
        self.rate_dialog.saved.connect(self._on_rate_saved)

    def _on_rate_saved(self, row: RateRow) -> None:
        from desktop_app.services.foundation.rates import RateSaved

        lang = i18n.current_language()
        text = i18n.error_text(RateSaved(
            start=formatting.date(row.valid_from, lang), end=formatting.date(row.valid_to, lang),
            rate=formatting.percent_bp(row.rate_bp, lang), consumers=formatting.percent_bp(
                row.late_interest_bp(False), lang), businesses=formatting.percent_bp(row.late_interest_bp(True), lang)))
        messages.show_info(self, text)
        self.changed.emit(text)
        if self.level is not None:
            self.fetch(self.level)  # the interest of the listed candidates changes
        else:
            self.ctx.tasks.run(self.ctx.read(_missing_half_year, self.ctx.today), owner=self,
                               on_success=self._show_rate_warning, on_failure=lambda _e: None)

    def _show_counts(self) -> None:
        listing = self.listing
        if listing is None:
            self.count_banner.hide()
            return
        already = listing.already_reminded
        self.count_banner.setText(
            self.tr("%n invoice(s) can get payment reminder #%1; %2 already reminded; %3 not eligible yet.", "",
                    len(listing.eligible))
            .replace("%1", str(listing.level)).replace("%2", str(already))
            .replace("%3", str(len(listing.not_eligible) - already)))
        self.count_banner.show()

    def _on_not_eligible_check_toggled(self, checked: bool) -> None:
        self.candidate_stack.setCurrentIndex(1 if checked else 0)
        self._update_buttons()

    def selected(self) -> list[Candidate]:
        if self.not_eligible_check.isChecked():
            return []
        return self.table.selected_rows()

    def _update_buttons(self, *_args: object) -> None:
        lang = i18n.current_language()
        free = not self._busy
        selected = self.selected()
        level = self.level or 1
        self.create_button.setText(self.tr("Create payment reminder #%1").replace("%1", str(level)))
        self.create_button.setEnabled(bool(selected) and free and self.level is not None)
        for button in (self.fetch1_button, self.fetch2_button, self.collection_fetch_button):
            button.setEnabled(free)
        if self.not_eligible_check.isChecked():
            self.selection_label.setText(self.tr("Reminders are created from the list of eligible invoices."))
        else:
            self.selection_label.setText(
                self.tr("%1 selected: reminder fees %2, interest %3.").replace("%1", str(len(selected)))
                .replace("%2", formatting.money(sum(r.fee_cents for r in selected), lang, is_cents=True))
                .replace("%3", formatting.money(sum(r.interest_cents for r in selected), lang, is_cents=True)))
        rows = self.collection_table.selected_rows()
        transferable = [r for r in rows if r.status != InvoiceStatus.COLLECTION]
        self.transfer_button.setEnabled(bool(transferable) and free)
        self.export_button.setEnabled(bool(rows) and free)
        self.collection_selection_label.setText(
            self.tr("%1 selected: open %2, reminder fees open %3.").replace("%1", str(len(rows)))
            .replace("%2", formatting.money(sum(r.open_cents for r in rows), lang, is_cents=True))
            .replace("%3", formatting.money(sum(r.reminder_fees_open_cents for r in rows), lang, is_cents=True)))

    # -- creating reminders ---------------------------------------------------------------------
    def create(self) -> None:
        rows = self.selected()
        if not rows or self._busy or self.level is None:
            return
        level = self.level
        lang = i18n.current_language()
        fees = formatting.money(sum(r.fee_cents for r in rows), lang, is_cents=True)
        interest = sum(r.interest_cents for r in rows)
        if interest:
            question = self.tr("Create %n payment reminder(s) #%1? Reminder fees %2 and late-payment interest %3 "
                               "will be posted.", "", len(rows)).replace("%3", formatting.money(interest, lang,
                                                                                                   is_cents=True))
        else:
            question = self.tr("Create %n payment reminder(s) #%1? Reminder fees %2 will be posted.", "", len(rows))
        asked = [r.amount_to_pay for r in rows]
        question += "\n" + (self.tr("The reminders ask %1 in all: open invoices %2, reminder fees and interest %3.")
                             .replace("%1", formatting.money(sum(a.total_cents for a in asked), lang, is_cents=True))
                             .replace("%2", formatting.money(sum(a.capital_cents for a in asked), lang, is_cents=True))
                             .replace("%3", formatting.money(sum(a.fee_cents + a.interest_cents for a in asked), lang,
                                                             is_cents=True)))
        if not messages.ask(self, question.replace("%1", str(level)).replace("%2", fees)):
            return
        ids = [r.invoice_id for r in rows]
        self._busy = True
        self._update_buttons()
        self.progress_task, self.progress_dialog = run_with_progress(
            self, self.ctx.tasks, self.ctx.long_job(_create, level, ids, self.ctx.today),
            label=self.tr("Creating payment reminders #%1…").replace("%1", str(level)),
            on_success=self._on_created, on_failure=self._on_failed, on_cancelled=self._on_cancelled)

    def result_text(self, result: ReminderRunResult) -> str:
        lang = i18n.current_language()
        count = len(result.created)
        text = self.tr("%n payment reminder(s) created", "", count)
        if count:
            text += "\n" + (self.tr("Payment reminder #%1: reminder fees %2 and late-payment interest %3 were posted.")
                            .replace("%1", str(result.level)).replace("%2", formatting.money(result.fee_total, lang))
                            .replace("%3", formatting.money(result.interest_total, lang)))
            text += "\n" + self.tr("Send them from the Sending tab, each on its customer's channel.")
        if result.not_eligible:
            text += "\n\n" + self.tr("%n of the selected invoices got no reminder:", "", len(result.not_eligible))
            for c in result.not_eligible[:15]:
                text += "\n" + (self.tr("Invoice %1 (customer %2): %3").replace("%1", str(c.invoice_number))
                                .replace("%2", str(c.customer_number)).replace("%3", reason_text(c.reason)))
            if len(result.not_eligible) > 15:
                text += "\n…"
        return text

    def _on_created(self, result: ReminderRunResult) -> None:
        self._busy = False
        if result.cancelled:
            self._on_cancelled()
            return
        self.last_result = result
        text = self.result_text(result)
        self.reminder_banner.setText(text)
        self.reminder_banner.show()
        messages.show_info(self, text)
        self.created.emit(result)
        self.changed.emit(text)
        self.fetch(result.level, keep_result=True)

    def _on_cancelled(self) -> None:
        self._busy = False
        self._update_buttons()
        messages.show_info(self, self.tr("Cancelled: no payment reminders were created."))

    def _on_failed(self, err: ReskontraError) -> None:
        self._busy = False
        self._update_buttons()
        messages.show_error(self, err)

    # -- collection -----------------------------------------------------------------------------
    def fetch_collection(self) -> None:
        if self._busy:
            return
        self.sections.setCurrentIndex(self.COLLECTION)
        self.ctx.tasks.run(self.ctx.read(_collection, self.ctx.today), owner=self,
                           on_success=self._on_collection_fetched, on_failure=self._on_failed)

    def _on_collection_fetched(self, rows: list[CollectionCandidate]) -> None:
        self.collection_rows = rows
        self.collection_table.set_rows(rows)
        self._show_collection_count()
        self._update_buttons()
        self.list_shown.emit()

    def _show_collection_count(self) -> None:
        rows = self.collection_rows
        if rows is None:
            self.collection_banner.hide()
            return
        lang = i18n.current_language()
        self.collection_banner.setText(
            self.tr("%n invoice(s) are unpaid after reminder #2: open %1, reminder fees open %2.", "", len(rows))
            .replace("%1", formatting.money(sum(r.open_cents for r in rows), lang, is_cents=True))
            .replace("%2", formatting.money(sum(r.reminder_fees_open_cents for r in rows), lang, is_cents=True)))
        self.collection_banner.show()

    def transfer(self) -> None:
        rows = [r for r in self.collection_table.selected_rows() if r.status != InvoiceStatus.COLLECTION]
        if not rows or self._busy:
            return
        lang = i18n.current_language()
        if not messages.ask(self, self.tr("Transfer %n invoice(s) to collection? Open %1 and reminder fees %2 go "
                                          "to the collection agency.", "", len(rows))
                            .replace("%1", formatting.money(sum(r.open_cents for r in rows), lang, is_cents=True))
                            .replace("%2", formatting.money(sum(r.reminder_fees_open_cents for r in rows), lang,
                                                            is_cents=True))):
            return
        ids = [r.invoice_id for r in rows]
        self._busy = True
        self._update_buttons()
        self.ctx.tasks.run(self.ctx.long_job(_transfer, ids, self.ctx.today), owner=self,
                           on_success=lambda n: self._on_transferred(set(ids), n), on_failure=self._on_failed)

    def _on_transferred(self, ids: set[int], count: int) -> None:
        self._busy = False
        self.collection_model.mark_transferred(ids)
        text = (self.tr("%n invoice(s) transferred to collection.", "", count) + " "
                + self.tr("They stay in the list for the export to the collection agency."))
        self.collection_result_banner.setText(text)
        self.collection_result_banner.show()
        self._update_buttons()
        messages.show_info(self, text)
        self.changed.emit(text)

    def _on_export_button_clicked(self) -> None:
        if not self.collection_table.selected_rows():
            return
        default = Path.home() / f"{labels.file_name(f'collection_{self.ctx.today:%Y%m%d}')}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export for the collection agency"), str(default),
            self.tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        self.export_collection(target)

    def export_collection(self, path: Path) -> None:
        """Write the selected invoices for the collection agency (CSV or XLSX by the suffix)."""
        ids = [r.invoice_id for r in self.collection_table.selected_rows()]
        if not ids or self._busy:
            return
        self.ctx.tasks.run(self.ctx.read(_export, ids, path, i18n.current_language()), owner=self,
                           on_success=lambda n: self._on_exported(path, n), on_failure=self._on_failed)

    def _on_exported(self, path: Path, count: int) -> None:
        text = self.tr("%n invoice(s) written to %1.", "", count).replace("%1", str(path))
        self.collection_result_banner.setText(text)
        self.collection_result_banner.show()
        messages.show_info(self, text)
        self.changed.emit(text)
