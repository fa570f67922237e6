"""The Allocate dialog of the Payments tab: one payment's waiting money allocated by hand over the open
invoices of its customer (or of the customer the clerk types), the oldest first as proposed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import AmountError, parse_amount
from desktop_app.views.common import messages
from desktop_app.views.common.table import ERROR_RED

if TYPE_CHECKING:
    from desktop_app.services.payments import OpenInvoice, PaymentRow
    from desktop_app.views.payments.page import PaymentsPage


def _open_invoices(session: Any, payment_id: int, customer_number: int | None,
                   payment_customer: int | None) -> tuple[int | None, list[OpenInvoice], dict[int, int]]:
    """The customer typed in the dialog, else the payment's own: their open invoices and the proposal."""
    from desktop_app.services import payments

    cid = payments.customer_by_number(session, customer_number) if customer_number else payment_customer
    invoices, proposal = payments.allocation_choices(session, payment_id, cid)
    return cid, invoices, dict(proposal)


class AllocationDialog(QDialog):
    """Allocate one payment's waiting money by hand over the customer's open invoices."""

    def __init__(self, page: PaymentsPage, payment: PaymentRow) -> None:
        super().__init__(page)
        self.page = page
        self.payment = payment
        self.customer_id: int | None = payment.customer_id
        self.invoices: list[OpenInvoice] = []
        self.amount_error = ""  # why a typed amount was refused, in the clerk's language
        self.setWindowTitle(self.tr("Allocate payment"))
        self.resize(760, 460)
        info = self._info_label()
        row = self._customer_row()
        self._build_table()
        self.sum_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setStyleSheet(f"color: {ERROR_RED.name()}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Allocate"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.load_button.clicked.connect(self.load)
        self.customer_edit.returnPressed.connect(self.load)
        self.propose_button.clicked.connect(self.load)
        self.table.itemChanged.connect(lambda _i: self._update_sum())
        self.load()

    def _info_label(self) -> QLabel:
        payment, lang = self.payment, i18n.current_language()
        info = QLabel(self.tr("Payment of %1 on %2, reference %3, from %4. Waiting: %5.")
                      .replace("%1", formatting.money(payment.amount_cents, lang, is_cents=True))
                      .replace("%2", formatting.date(payment.booking_date, lang))
                      .replace("%3", payment.reference or "-").replace("%4", payment.payer_name or "-")
                      .replace("%5", formatting.money(payment.unallocated_cents, lang, is_cents=True)), self)
        info.setWordWrap(True)
        return info

    def _customer_row(self) -> QHBoxLayout:
        """The customer number (the payment's, if it has one) and the buttons that show the open invoices."""
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setObjectName("allocation_customer")
        self.customer_edit.setPlaceholderText(self.tr("customer number"))
        if self.payment.customer_number:
            self.customer_edit.setText(str(self.payment.customer_number))
        self.load_button = QPushButton(self.tr("Show open invoices"), self)
        self.propose_button = QPushButton(self.tr("Oldest first"), self)
        self.propose_button.setToolTip(self.tr("Fill the oldest open invoices first"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Customer:"), self))
        row.addWidget(self.customer_edit)
        row.addWidget(self.load_button)
        row.addStretch(1)
        row.addWidget(self.propose_button)
        return row

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("allocation_table")
        self.table.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Type"), self.tr("Due date"),
                                              self.tr("Open"), self.tr("Allocate")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

    def load(self) -> None:
        text = self.customer_edit.text().strip()
        number = int(text) if text.isdigit() else None
        self.page.ctx.tasks.run(self.page.ctx.read(_open_invoices, self.payment.id, number,
                                                     self.payment.customer_id), owner=self,
                                on_success=self._on_loaded, on_failure=self._show_error)

    def _on_loaded(self, data: tuple[int | None, list[OpenInvoice], dict[int, int]]) -> None:
        self.customer_id, self.invoices, proposal = data
        lang = i18n.current_language()
        from desktop_app.views.common import labels

        self.table.blockSignals(True)
        self.table.setRowCount(len(self.invoices))
        for r, inv in enumerate(self.invoices):
            for col, text in enumerate((str(inv.number), labels.label(inv.kind), formatting.date(inv.due_date, lang),
                                        formatting.money(inv.open_cents, lang, is_cents=True))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
            amount = proposal.get(inv.id, 0)
            edit = QTableWidgetItem(formatting.amount(amount, lang) if amount else "")
            edit.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 4, edit)
        self.table.blockSignals(False)
        self.error_label.setText("" if self.invoices or self.customer_id is None
                                 else self.tr("The customer has no open invoices."))
        if self.customer_id is None:
            self.error_label.setText(self.tr("The payment matches no customer: type the customer number."))
        self._update_sum()

    def allocations(self) -> list[tuple[int, int]] | None:
        """(invoice id, cents) typed in the table; None when a cell is not an amount (``amount_error`` says why)."""
        out = []
        self.amount_error = ""
        for r, inv in enumerate(self.invoices):
            item = self.table.item(r, 4)
            text = item.text() if item is not None else ""
            if not text.strip():
                continue
            try:
                cents = parse_amount(text, field="amount")
            except AmountError as err:
                self.amount_error = i18n.error_text(err)
                return None
            if cents:
                out.append((inv.id, cents))
        return out

    def _update_sum(self) -> None:
        lang = i18n.current_language()
        wanted = self.allocations()
        total = sum(c for _i, c in wanted) if wanted is not None else 0
        self.sum_label.setText(self.tr("Allocated %1 of %2 waiting.")
                               .replace("%1", formatting.money(total, lang, is_cents=True))
                               .replace("%2", formatting.money(self.payment.unallocated_cents, lang, is_cents=True)))
        ok = wanted is not None and bool(wanted) and total <= self.payment.unallocated_cents
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if wanted is None:
            self.error_label.setText(self.amount_error)
        elif total > self.payment.unallocated_cents:
            self.error_label.setText(self.tr("That is more than the payment has waiting."))
        elif self.customer_id is not None and self.invoices:
            self.error_label.setText("")

    def _on_ok(self) -> None:
        wanted = self.allocations()
        if not wanted:
            return
        lang = i18n.current_language()
        total = sum(c for _i, c in wanted)
        if not messages.ask(self, self.tr("Allocate %1 of the payment to %n invoice(s)?", "", len(wanted))
                            .replace("%1", formatting.money(total, lang, is_cents=True))):
            return
        from desktop_app.services import payments

        self.page.ctx.tasks.run(
            self.page.ctx.write(payments.allocate, self.payment.id, wanted, self.page.ctx.today,
                                customer_id=self.customer_id),
            owner=self.page, on_failure=self._show_error, on_success=lambda cents: self._done(cents, len(wanted)))

    def _done(self, cents: int, count: int) -> None:
        self.accept()
        self.page.after_change(self.tr("%1 allocated to %n invoice(s).", "", count).replace(
            "%1", formatting.money(cents, i18n.current_language(), is_cents=True)))

    def _show_error(self, err: ReskontraError) -> None:
        self.error_label.setText(i18n.error_text(err))

