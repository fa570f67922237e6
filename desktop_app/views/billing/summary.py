"""The summary step of the Billing tab (SPEC W4): what a run made (or a preview would make).

A banner says what kind of result it is (preview, cancelled, unfinished, finished), a box holds the
totals, and tabs list it by channel, product and VAT rate, its invoices and the requests it skipped.
The summary can be saved as a PDF. Its texts keep the "BillingPage" translation context of the page
they were drawn on before, so the catalogue stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.money import to_cents
from desktop_app.views.billing.flow import BillingFlow
from desktop_app.views.billing.table_models import (
    BilledInvoicesModel,
    SkippedRequestsModel,
    SummaryModel,
    channel_name,
)
from desktop_app.views.common import labels, messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.table import DataTable
from desktop_app.views.context import AppContext

if TYPE_CHECKING:
    from desktop_app.services.billing import BillingRunResult

_TOTALS = ("batch_id", "invoices", "billed", "skipped", "net", "vat", "total", "balance", "to_pay")
_RIGHT_ALIGNED = ("net", "vat", "total", "balance", "to_pay", "invoices", "billed", "skipped")


def tr(text: str) -> str:
    return QCoreApplication.translate("BillingPage", text)


def _money(amount_cents: int) -> str:
    return formatting.money(amount_cents, i18n.current_language(), is_cents=True)


def _count(n: int) -> str:
    return formatting.number(n, i18n.current_language())


class BillingSummary(QWidget):
    """The summary page of the billing wizard; ``show_result`` draws the flow's result (a run's or a
    preview's)."""

    def __init__(self, ctx: AppContext, flow: BillingFlow, on_link_clicked: Callable[[Any, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow = flow
        self.summary_banner = Banner("done", self, name="summary_banner")
        self.totals_box = self._build_totals_box()
        self.summary_tabs = QTabWidget(self)
        self._build_tables(on_link_clicked)

        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("pdf_button")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_button")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_banner)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.summary_tabs, 1)
        layout.addLayout(buttons)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)

    def _build_totals_box(self) -> QGroupBox:
        box = QGroupBox(self)
        grid = QGridLayout(box)
        self.total_captions: dict[str, QLabel] = {}
        self.total_values: dict[str, QLabel] = {}
        for i, name in enumerate(_TOTALS):
            caption, value = QLabel(box), QLabel(box)
            value.setObjectName(f"total_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name in _RIGHT_ALIGNED:
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = i % 5, (i // 5) * 2
            grid.addWidget(caption, row, col)
            grid.addWidget(value, row, col + 1)
            self.total_captions[name], self.total_values[name] = caption, value
        grid.setColumnMinimumWidth(1, 160)
        grid.setColumnMinimumWidth(3, 160)
        grid.setColumnStretch(4, 1)
        return box

    def _build_tables(self, on_link_clicked: Callable[[Any, int], None]) -> None:
        self.by_channel_model = SummaryModel(lambda: tr("Channel"), lambda: tr("Invoices"), channel_name, self)
        self.by_product_model = SummaryModel(lambda: tr("Product"), lambda: tr("Lines"),
                                             lambda s: f"{s.label} ({s.key})", self)
        self.by_rate_model = SummaryModel(lambda: tr("VAT rate"), lambda: tr("Lines"),
                                          lambda s: formatting.percent_bp(int(s.key), i18n.current_language()), self)
        self.invoices_model = BilledInvoicesModel(self)
        self.skipped_model = SkippedRequestsModel(self)
        self.summary_tables = [
            DataTable(m, self, tasks=self.ctx.tasks, export_name=name)
            for m, name in ((self.by_channel_model, "billing_by_channel"), (self.by_product_model, "billing_by_product"),
                            (self.by_rate_model, "billing_by_vat_rate"), (self.invoices_model, "billing_invoices"),
                            (self.skipped_model, "billing_skipped"))
        ]
        for table in self.summary_tables:
            self.summary_tabs.addTab(table, "")
            if table.model in (self.by_channel_model, self.by_product_model, self.by_rate_model):
                table.view.horizontalHeader().setStretchLastSection(False)
            table.link_clicked.connect(on_link_clicked)

    # -- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.back_button.setText(tr("Back to the billing requests"))
        self.pdf_button.setText(tr("Download PDF…"))
        captions = {
            "batch_id": tr("Batch id"), "invoices": tr("Invoices"), "billed": tr("Requests billed"),
            "skipped": tr("Requests skipped"), "net": tr("VAT 0 %"), "vat": tr("VAT"),
            "total": tr("Total"), "balance": tr("Credit balance used"), "to_pay": tr("To pay"),
        }
        for name, text in captions.items():
            self.total_captions[name].setText(text)
        for i, text in enumerate((tr("By channel"), tr("By product"), tr("By VAT rate"),
                                  tr("Invoices"), tr("Skipped requests"))):
            self.summary_tabs.setTabText(i, text)

    def focus_filter(self) -> None:
        table = self.summary_tabs.currentWidget()
        if isinstance(table, DataTable):
            table.focus_filter()

    # -- drawing a result -----------------------------------------------------------------------
    def show_result(self, result: BillingRunResult) -> None:
        self._show_banner(result)
        values = {
            "batch_id": result.batch_id or "–", "invoices": _count(result.invoices_created),
            "billed": _count(result.requests_billed), "skipped": _count(result.requests_skipped),
            "net": _money(to_cents(result.net)), "vat": _money(to_cents(result.vat)),
            "total": _money(to_cents(result.total)), "balance": _money(to_cents(result.balance_used)),
            "to_pay": _money(to_cents(result.to_pay)),
        }
        for name, text in values.items():
            self.total_values[name].setText(text)
        for table, rows in zip(self.summary_tables, (result.by_channel, result.by_product, result.by_vat_rate,
                                                     result.invoices, result.errors), strict=True):
            table.set_rows(rows)
        self.summary_tabs.setTabText(4, tr("Skipped requests (%1)").replace("%1", _count(len(result.errors))))
        self.pdf_button.setEnabled(True)

    def _show_banner(self, result: BillingRunResult) -> None:
        banner = self.summary_banner
        if result.preview:
            banner.set_kind("preview")
            banner.setText(tr("PREVIEW — nothing was written. This is exactly what the run would "
                              "invoice; go back, switch Preview off and run to bill."))
        elif result.cancelled:
            banner.set_kind("warning")
            banner.setText(tr("The run was cancelled: the invoices below were made; the other "
                              "requests are still waiting and can be billed later."))
        elif not result.finished:
            banner.set_kind("warning")
            banner.setText(tr("This run did not finish: its invoices are whole; unbilled requests "
                              "are still waiting."))
        else:
            banner.set_kind("done")
            banner.setText(tr("Billing run %1 finished on %2.").replace("%1", result.batch_id)
                           .replace("%2", formatting.date(result.invoice_date, i18n.current_language())))
        banner.show()

    # -- the PDF --------------------------------------------------------------------------------
    def _on_pdf_button_clicked(self) -> None:
        result = self.flow.result
        if result is None:
            return
        name = labels.file_name(f"billing_run_{result.batch_id}" if result.batch_id else "billing_run_preview") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the summary as PDF"), str(Path.home() / name),
                                              tr("PDF documents (*.pdf)"))
        if path:
            self.save_summary_pdf(Path(path))

    def save_summary_pdf(self, path: Path) -> None:
        result, lang = self.flow.result, i18n.current_language()
        if result is None:  # nothing to save before a run or a preview
            return

        def job(control: Any) -> Path:
            from desktop_app.services.billing.report import save_billing_summary_pdf

            return save_billing_summary_pdf(result, path, lang)

        self.ctx.tasks.run(job, owner=self, on_success=lambda p: messages.show_info(
            self, tr("The summary was saved to %1.").replace("%1", str(p))))
