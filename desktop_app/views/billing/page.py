"""The Billing tab (SPEC W4): fetch → fix errors → select → preview → run → summary.

The flow lives in ``flow.BillingFlow`` (plain Python, tested without Qt); this page draws it and
runs every service call (``jobs``) on the worker thread. A red banner counts the erroneous requests
and each wrong row says why; "Show only erroneous rows" filters them; a click on a customer number
opens the customer card, and coming back re-checks the rows. Preview is on until the clerk switches
it off, and a yellow bar says so; the real run asks OK/Cancel first and shows a progress bar whose
Cancel keeps whole chunks only. The summary (``summary.BillingSummary``) can be saved as a PDF and
reopened later by batch id.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import BillingRunKind
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.billing import jobs
from desktop_app.views.billing.flow import BillingFlow, Blocker, RunRequest, Step
from desktop_app.views.billing.summary import BillingSummary
from desktop_app.views.billing.table_models import (
    BillingRequestsModel,
)
from desktop_app.views.common import messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import DataTable
from desktop_app.views.common.tasks import run_with_progress
from desktop_app.views.context import AppContext

if TYPE_CHECKING:
    from desktop_app.services.billing import BilledInvoice, BillingRunInfo, BillingRunResult, SkippedRequest
    from desktop_app.services.billing.requests import BillingRequestRow, FetchResult


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class BillingPage(Page):
    open_customer_requested = Signal(int)
    open_order_requested = Signal(int)
    # Tests and the main window wait on these (emitted on the GUI thread).
    requests_shown = Signal()
    summary_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab_key = ("billing", 0)
        self.flow = BillingFlow(ctx.today)
        self._busy = False
        self._left_at_errors = False
        self._runs: list[BillingRunInfo] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        self.steps = QLabel(self)
        self.steps.setObjectName("wizard_steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_requests_page())
        self.summary = BillingSummary(ctx, self.flow, self._on_table_link_clicked, self)
        self.summary.back_button.clicked.connect(self._on_back_button_clicked)
        self.stack.addWidget(self.summary)

        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps, 1)
        steps_row.addWidget(self.runs_caption)
        steps_row.addWidget(self.runs_combo)
        steps_row.addWidget(self.open_run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(steps_row)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()

    # -- construction ---------------------------------------------------------------------------
    def _build_requests_page(self) -> QWidget:
        """Step 1–3: the fetch row, the error banner, the requests, the run options and the run row."""
        page = QWidget(self)
        fetch_row = self._build_fetch_row(page)
        banner_row = self._build_banner_row(page)
        self._build_table(page)
        self._build_options_box(page)
        run_row = self._build_run_row(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fetch_row)
        layout.addLayout(banner_row)
        layout.addWidget(self.price_note)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.options_box)
        layout.addWidget(self.preview_banner)
        layout.addLayout(run_row)
        self._connect_requests_page()
        return page

    def _build_fetch_row(self, page: QWidget) -> QHBoxLayout:
        """The run kind, the date and Fetch; also the earlier runs' picker, which sits in the steps row."""
        self.kind_caption = QLabel(page)
        self.kind_combo = QComboBox(page)
        self.kind_combo.setObjectName("kind_combo")
        for kind in (BillingRunKind.SUBSCRIPTIONS, BillingRunKind.ADVERTISEMENTS):
            self.kind_combo.addItem("", kind)
        self.until_caption = QLabel(page)
        self.until_edit = QDateEdit(_qdate(self.flow.options.until), page)
        self.until_edit.setObjectName("until_edit")
        self.until_edit.setCalendarPopup(True)
        self.fetch_button = QPushButton(page)
        self.fetch_button.setObjectName("fetch_button")
        self.fetch_button.setDefault(True)
        self.runs_combo = QComboBox(page)
        self.runs_combo.setObjectName("runs_combo")
        self.runs_combo.setMinimumContentsLength(14)
        self.runs_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.open_run_button = QPushButton(page)
        self.open_run_button.setObjectName("open_run_button")
        top = QHBoxLayout()
        top.addWidget(self.kind_caption)
        top.addWidget(self.kind_combo)
        top.addSpacing(12)
        top.addWidget(self.until_caption)
        top.addWidget(self.until_edit)
        top.addWidget(self.fetch_button)
        top.addStretch(1)
        self.runs_caption = QLabel(page)
        return top

    def _build_banner_row(self, page: QWidget) -> QHBoxLayout:
        """The red banner counting the erroneous requests, its filter and Check again."""
        self.error_banner = Banner("error", page)
        self.errors_only_check = QCheckBox(page)
        self.errors_only_check.setObjectName("errors_only_check")
        self.recheck_button = QPushButton(page)
        self.recheck_button.setObjectName("recheck_button")
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.error_banner, 1)
        banner_row.addWidget(self.errors_only_check)
        banner_row.addWidget(self.recheck_button)
        return banner_row

    def _build_table(self, page: QWidget) -> None:
        """The notes above the list and the list of billing requests."""
        self.price_note = QLabel(page)
        self.price_note.setObjectName("price_note")
        self.price_note.hide()
        self.empty_note = QLabel(page)
        self.empty_note.setWordWrap(True)
        self.model = BillingRequestsModel(self)
        self.table = DataTable(self.model, page, tasks=self.ctx.tasks, export_name="billing_requests")
        self.table.link_clicked.connect(self._on_table_link_clicked)
        self.table.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)

    def _build_options_box(self, page: QWidget) -> None:
        """The run options: invoice date, one due date for all, one invoice per order, price highlight."""
        self.options_box = QGroupBox(page)
        grid = QGridLayout(self.options_box)
        self.invoice_date_caption = QLabel(self.options_box)
        self.invoice_date_edit = QDateEdit(_qdate(self.ctx.today), self.options_box)
        self.invoice_date_edit.setObjectName("invoice_date_edit")
        self.invoice_date_edit.setCalendarPopup(True)
        self.due_date_check = QCheckBox(self.options_box)
        self.due_date_check.setObjectName("due_date_check")
        self.due_date_edit = QDateEdit(_qdate(self.ctx.today + dt.timedelta(days=14)), self.options_box)
        self.due_date_edit.setObjectName("due_date_edit")
        self.due_date_edit.setCalendarPopup(True)
        self.due_date_edit.setEnabled(False)
        self.per_order_check = QCheckBox(self.options_box)
        self.per_order_check.setObjectName("per_order_check")
        self.highlight_check = QCheckBox(self.options_box)
        self.highlight_check.setObjectName("highlight_check")
        self.highlight_check.setChecked(True)
        grid.addWidget(self.invoice_date_caption, 0, 0)
        grid.addWidget(self.invoice_date_edit, 0, 1)
        grid.addWidget(self.due_date_check, 1, 0)
        grid.addWidget(self.due_date_edit, 1, 1)
        grid.addWidget(self.per_order_check, 0, 2)
        grid.addWidget(self.highlight_check, 1, 2)
        grid.setColumnMinimumWidth(1, 130)
        grid.setColumnStretch(3, 1)

    def _build_run_row(self, page: QWidget) -> QHBoxLayout:
        """The preview banner (made here, shown above the row), the selection, why Run is off, Preview, Run."""
        self.preview_banner = Banner("preview", page)
        self.selection_label = QLabel(page)
        self.selection_label.setObjectName("selection_label")
        self.selection_label.setWordWrap(True)
        self.blocker_label = QLabel(page)
        self.blocker_label.setObjectName("blocker_label")
        self.blocker_label.setWordWrap(True)
        self.preview_check = QCheckBox(page)
        self.preview_check.setObjectName("preview_check")
        self.preview_check.setChecked(self.flow.preview)
        self.run_button = QPushButton(page)
        self.run_button.setObjectName("run_button")
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection_label, 1)
        bottom.addWidget(self.blocker_label)
        bottom.addWidget(self.preview_check)
        bottom.addWidget(self.run_button)
        return bottom

    def _connect_requests_page(self) -> None:
        self.fetch_button.clicked.connect(self.fetch)
        self.kind_combo.currentIndexChanged.connect(self._on_options_changed)
        self.until_edit.dateChanged.connect(self._on_options_changed)
        self.invoice_date_edit.dateChanged.connect(self._on_options_changed)
        self.due_date_check.toggled.connect(self._on_options_changed)
        self.due_date_edit.dateChanged.connect(self._on_options_changed)
        self.per_order_check.toggled.connect(self._on_options_changed)
        self.highlight_check.toggled.connect(self._on_options_changed)
        self.errors_only_check.toggled.connect(self._on_errors_only_toggled)
        self.recheck_button.clicked.connect(lambda: self.revalidate(errors_only=False))
        self.preview_check.toggled.connect(self._on_preview_toggled)
        self.run_button.clicked.connect(self.run)
        self.open_run_button.clicked.connect(self._on_open_run_clicked)

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Billing")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Billing run"))
        self.kind_caption.setText(self.tr("Run:"))
        self.kind_combo.setItemText(0, self.tr("Subscriptions"))
        self.kind_combo.setItemText(1, self.tr("Advertisements (ad invoices)"))
        self.until_caption.setText(self.tr("Due by:"))
        self.fetch_button.setText(self.tr("Fetch billing requests"))
        self.runs_caption.setText(self.tr("Earlier runs:"))
        self.open_run_button.setText(self.tr("Show summary"))
        self.errors_only_check.setText(self.tr("Show only erroneous rows"))
        self.recheck_button.setText(self.tr("Check again"))
        self.recheck_button.setToolTip(self.tr("Re-read the listed requests after fixing customers or orders"))
        self.options_box.setTitle(self.tr("Run options"))
        self.invoice_date_caption.setText(self.tr("Invoice date:"))
        self.due_date_check.setText(self.tr("One due date for all:"))
        self.due_date_check.setToolTip(self.tr("Off: each customer's payment terms set the due date"))
        self.per_order_check.setText(self.tr("One invoice per order"))
        self.per_order_check.setToolTip(self.tr("Off: one invoice per customer and channel, the orders as its lines"))
        self.highlight_check.setText(self.tr("Highlight prices that differ from the list price"))
        self.preview_check.setText(self.tr("Preview (writes nothing)"))
        self.summary.retranslate_ui()
        self._fill_runs_combo()
        self._refresh()
        if self.flow.result is not None:
            self._show_summary()
        self.title_changed.emit()

    def focus_filter(self) -> None:
        if self.stack.currentIndex() == 0:
            self.table.focus_filter()
        else:
            self.summary.focus_filter()

    # -- drawing the flow -----------------------------------------------------------------------
    def _money(self, amount_cents: int) -> str:
        return formatting.money(amount_cents, i18n.current_language(), is_cents=True)

    def _count(self, n: int) -> str:
        return formatting.number(n, i18n.current_language())

    def _steps_text(self) -> str:
        names = [self.tr("1 Fetch billing requests"), self.tr("2 Fix errors"), self.tr("3 Select, preview, run"),
                 self.tr("4 Summary")]
        current = self.flow.step
        parts = []
        for step, name in zip(Step, names, strict=True):
            if step == current:
                parts.append(f"<b>{name}</b>")
            else:
                parts.append(f"<span style='color:#777'>{name}</span>")
        return " &nbsp;›&nbsp; ".join(parts)

    def _refresh(self) -> None:
        flow = self.flow
        self.steps.setText(self._steps_text())
        self.stack.setCurrentIndex(1 if flow.step == Step.SUMMARY else 0)
        errors = flow.error_count
        self.error_banner.setVisible(flow.fetched and errors > 0)
        if errors:
            self.error_banner.setText(self.tr("%n billing request(s) have errors", "", errors) + " — "
                                      + self.tr("they are skipped; click a customer number to fix the customer"))
        self.errors_only_check.setVisible(flow.fetched and (errors > 0 or self.errors_only_check.isChecked()))
        self.recheck_button.setVisible(flow.fetched and bool(flow.rows))
        differs = flow.price_difference_count
        self.price_note.setVisible(flow.fetched and differs > 0)
        if differs:
            self.price_note.setText(self.tr("%n row(s) have a price that differs from the product's list price "
                                            "(shown in amber).", "", differs))
        if not flow.fetched:
            self.empty_note.setText(self.tr("Choose the run and the date, then press Fetch billing requests."))
        elif not flow.rows:
            self.empty_note.setText(self.tr("No billing requests are due by %1.").replace(
                "%1", formatting.date(flow.options.until, i18n.current_language())))
        self.empty_note.setVisible(not flow.rows)
        self.preview_banner.setVisible(flow.preview)
        self.preview_banner.setText(self.tr("PREVIEW IS ON: the run shows exactly what would be invoiced and "
                                            "writes nothing. Switch Preview off to bill for real."))
        self.run_button.setText(self.tr("Preview billing") if flow.preview else self.tr("Run billing"))
        self.run_button.setProperty("preview", flow.preview)
        self._restyle(self.run_button)
        self._show_selection()
        for widget in (self.fetch_button, self.kind_combo, self.until_edit, self.open_run_button, self.recheck_button):
            widget.setEnabled(not self._busy)
        self.open_run_button.setEnabled(not self._busy and self.runs_combo.count() > 0)
        self.runs_combo.setEnabled(self.runs_combo.count() > 0)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _show_selection(self) -> None:
        flow = self.flow
        blocker = flow.blocker()
        self.run_button.setEnabled(blocker is None and not self._busy)
        self.blocker_label.setText({
            None: "",
            Blocker.NOT_FETCHED: "",
            Blocker.NOTHING_SELECTED: self.tr("Select the requests to bill (Select all)."),
            Blocker.ONLY_ERRONEOUS_SELECTED: self.tr("Every selected request has errors."),
            Blocker.DUE_BEFORE_INVOICE_DATE: self.tr("The due date is before the invoice date."),
        }[blocker])
        if not flow.fetched:
            self.selection_label.setText("")
            return
        selected = flow.selected_rows()
        billable = [r for r in selected if not r.errors]
        text = self.tr("%1 of %2 requests selected; %3 can be billed, %4 (VAT 0 %).")
        self.selection_label.setText(
            text.replace("%1", self._count(len(selected))).replace("%2", self._count(len(flow.rows)))
            .replace("%3", self._count(len(billable))).replace("%4", self._money(sum(r.amount_cents for r in billable))))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh()

    def _show_rows(self) -> None:
        self.model.highlight_price_differences = self.flow.options.highlight_price_differences
        selected = set(self.flow.selected)
        self.table.set_rows(self.flow.rows)
        self._select_ids(selected)
        self._refresh()
        self.requests_shown.emit()

    def _select_ids(self, ids: set[int]) -> None:
        from PySide6.QtCore import QItemSelectionModel

        selection_model = self.table.view.selectionModel()
        if not ids:
            selection_model.clearSelection()
        elif len(ids) == len(self.flow.rows) and self.model.rowCount() == len(self.flow.rows):
            self.table.view.selectAll()
        else:
            selection_model.select(self.model.selection_of(ids), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- options --------------------------------------------------------------------------------
    def _on_options_changed(self, *_args: object) -> None:
        self.due_date_edit.setEnabled(self.due_date_check.isChecked())
        was_fetched = self.flow.fetched
        self.flow.set_options(
            kind=self.kind_combo.currentData(), until=_pydate(self.until_edit.date()),
            invoice_date=_pydate(self.invoice_date_edit.date()),
            due_date=_pydate(self.due_date_edit.date()) if self.due_date_check.isChecked() else None,
            one_invoice_per_order=self.per_order_check.isChecked(),
            highlight_price_differences=self.highlight_check.isChecked(),
        )
        if was_fetched and not self.flow.fetched:
            self.table.set_rows([])
        elif self.model.highlight_price_differences != self.flow.options.highlight_price_differences:
            self.model.highlight_price_differences = self.flow.options.highlight_price_differences
            self.model.retranslate()
        self._refresh()

    def _on_errors_only_toggled(self, on: bool) -> None:
        self.model.set_row_filter((lambda r: bool(r.errors)) if on else None)
        self._refresh()

    def _on_preview_toggled(self, on: bool) -> None:
        self.flow.preview = on
        self._refresh()

    def _on_selection_changed(self, *_args: object) -> None:
        self.flow.set_selection(r.request_id for r in self.table.selected_rows())
        self._show_selection()

    # -- fetching and re-checking ---------------------------------------------------------------
    def fetch(self, confirmed: bool = False) -> None:
        if self._busy:
            return
        self._on_options_changed()
        options = self.flow.options
        self._set_busy(True)
        self.ctx.tasks.run(
            self.ctx.write(jobs.fetch, options.until, options.kind, self.ctx.today, confirmed),
            on_success=self._on_fetched, on_failure=self._on_fetch_failed, owner=self)

    def _on_fetch_failed(self, err: ReskontraError) -> None:
        from desktop_app.services.billing.errors import FetchFarAhead

        if not isinstance(err, FetchFarAhead):
            self._on_failed(err)
            return
        self._busy = False
        self._refresh()
        if messages.ask(self, i18n.error_text(err)):  # says how many it would create; Cancel is the default
            self.fetch(confirmed=True)

    def _on_fetched(self, fetched: FetchResult) -> None:
        self._busy = False
        self.flow.fetch_done(fetched.rows)
        self.flow.selected.clear()
        self._show_rows()
        if fetched.created:
            self.ctx_status(self.tr("%n new billing request(s) made from the orders.", "", fetched.created))

    def ctx_status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)

    def revalidate(self, errors_only: bool = True) -> None:
        """Re-read the listed requests: the erroneous ones (coming back from a fix) or all of them."""
        if self._busy or not self.flow.fetched or not self.flow.rows:
            return
        ids = [r.request_id for r in self.flow.rows if r.errors] if errors_only else self.flow.request_ids()
        if not ids:
            return
        self._set_busy(True)
        self.ctx.tasks.run(self.ctx.read(jobs.validate, ids), on_success=self._on_revalidated,
                           on_failure=self._on_failed, owner=self)

    def _on_revalidated(self, rows: list[BillingRequestRow]) -> None:
        self._busy = False
        self.flow.revalidated(rows)
        self._show_rows()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._left_at_errors:
            self._left_at_errors = False
            self.revalidate(errors_only=True)
        self._load_runs()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._left_at_errors = self.flow.fetched and self.flow.error_count > 0
        super().hideEvent(event)

    def _on_table_link_clicked(self, row: BillingRequestRow | BilledInvoice | SkippedRequest, column: int) -> None:
        """A click on a number: the customer card (or the order, from the requests' order column)."""
        if column == BillingRequestsModel.Columns.ORDER_NUMBER and hasattr(row, "order_id"):
            self.open_order_requested.emit(row.order_id)
        elif hasattr(row, "customer_id"):
            self.open_customer_requested.emit(row.customer_id)
        elif hasattr(row, "customer_number"):
            self._open_customer_by_number(row.customer_number)

    def _open_customer_by_number(self, number: int) -> None:
        self.ctx.tasks.run(self.ctx.read(jobs.customer_id, number), owner=self,
                           on_success=self.open_customer_requested.emit)

    def _on_failed(self, err: ReskontraError) -> None:
        self._busy = False
        self._refresh()
        messages.show_error(self, err)

    # -- running --------------------------------------------------------------------------------
    def confirmation_text(self, request: RunRequest) -> str:
        text = self.tr("Bill %1 requests of %2 customers, %3 (VAT 0 %)? Invoices, invoice numbers and "
                       "postings are made; the customers' credit balances are used first.")
        return (text.replace("%1", self._count(request.billable)).replace("%2", self._count(request.customers))
                .replace("%3", self._money(request.amount_cents)))

    def run(self) -> None:
        if self._busy or not self.flow.can_run():
            return
        request = self.flow.run_request()
        if not request.preview and not messages.ask(self, self.confirmation_text(request)):
            return
        from desktop_app.services.billing.run import run_billing

        job = self.ctx.long_job(
            run_billing, list(request.request_ids), kind=request.kind, invoice_date=request.invoice_date,
            due_date=request.due_date, one_invoice_per_order=request.one_invoice_per_order, preview=request.preview)
        self._set_busy(True)
        label = self.tr("Previewing the billing run…") if request.preview else self.tr("Billing…")
        self.progress_task, self.progress_dialog = run_with_progress(
            self, self.ctx.tasks, job, label=label, on_success=self._on_run_done, on_failure=self._on_failed,
            on_cancelled=self._on_run_cancelled)

    def _on_run_cancelled(self) -> None:
        self._busy = False
        self._refresh()

    def _on_run_done(self, result: BillingRunResult) -> None:
        self._busy = False
        self.flow.run_done(result)
        self.preview_check.setChecked(self.flow.preview)
        self._show_summary()
        if not result.preview:
            self._reload_after_run()
            self._load_runs()
            if result.cancelled:
                messages.show_info(self, self.tr("The run was cancelled: %n invoice(s) were created before it "
                                                 "stopped; the rest are still waiting.", "", result.invoices_created))
            else:
                messages.show_info(self, self.tr("%n invoice(s) created in billing run %1.", "",
                                                 result.invoices_created).replace("%1", result.batch_id or "–"))

    def _reload_after_run(self) -> None:
        options = self.flow.fetched_with or self.flow.options
        self.ctx.tasks.run(self.ctx.read(jobs.pending, options.until, options.kind), on_success=self._on_reloaded,
                           owner=self)

    def _on_reloaded(self, rows: list[BillingRequestRow]) -> None:
        self.flow.reloaded(rows)
        self.table.set_rows(self.flow.rows)
        self._select_ids(set(self.flow.selected))
        self._refresh()

    def _show_summary(self) -> None:
        result = self.flow.result
        if result is None:
            return
        self.summary.show_result(result)
        self._refresh()
        self.summary_shown.emit()

    def _on_back_button_clicked(self) -> None:
        self.flow.back_to_requests()
        self._refresh()

    # -- earlier runs ---------------------------------------------------------------------------
    def _load_runs(self) -> None:
        self.ctx.tasks.run(self.ctx.read(jobs.runs), on_success=self._on_runs_loaded, owner=self,
                           on_failure=lambda _err: None)

    def _on_runs_loaded(self, runs: list[BillingRunInfo]) -> None:
        self._runs = runs
        self._fill_runs_combo()
        self._refresh()

    def _fill_runs_combo(self) -> None:
        current = self.runs_combo.currentData()
        self.runs_combo.blockSignals(True)
        self.runs_combo.clear()
        lang = i18n.current_language()
        for run in self._runs:
            kind = self.tr("ads") if run.kind == BillingRunKind.ADVERTISEMENTS else self.tr("subscriptions")
            invoices = self.tr("%n invoice(s)", "", run.invoices_created)
            self.runs_combo.addItem(f"{run.batch_id} · {kind} · {invoices} · {formatting.money(run.total, lang)}",
                                    run.batch_id)
        index = self.runs_combo.findData(current)
        self.runs_combo.setCurrentIndex(max(index, 0))
        self.runs_combo.blockSignals(False)

    def _on_open_run_clicked(self) -> None:
        batch_id = self.runs_combo.currentData()
        if batch_id:
            self.show_run(str(batch_id))

    def show_run(self, batch_id: str) -> None:
        self.ctx.tasks.run(self.ctx.read(jobs.summary, batch_id), owner=self, on_failure=self._on_failed,
                           on_success=self._on_run_loaded)

    def _on_run_loaded(self, result: BillingRunResult) -> None:
        self.flow.result = result
        self._show_summary()

