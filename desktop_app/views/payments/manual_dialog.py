"""The Enter payment dialog of the Payments tab: one payment entered by hand (a transfer seen on the statement,
a cheque), matched like an imported one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop_app.models.enums import PaymentStatus
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.money import AmountError, parse_amount
from desktop_app.views.common import messages
from desktop_app.views.common.table import ERROR_RED

if TYPE_CHECKING:
    from desktop_app.services.payments import RecordedPayment
    from desktop_app.views.payments.page import PaymentsPage


class ManualPaymentDialog(QDialog):
    """Enter one payment by hand; it is matched like an imported one."""

    def __init__(self, page: PaymentsPage) -> None:
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("Enter payment"))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("manual_amount")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("manual_reference")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDate(page.ctx.today)
        self.payer = QLineEdit(self)
        self.customer = QLineEdit(self)
        self.customer.setObjectName("manual_customer")
        self.customer.setPlaceholderText(self.tr("only when there is no reference"))
        self.message = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setStyleSheet(f"color: {ERROR_RED.name()}")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Amount (€):"), self.amount)
        form.addRow(self.tr("Reference number:"), self.reference)
        form.addRow(self.tr("Booking date:"), self.date)
        form.addRow(self.tr("Payer:"), self.payer)
        form.addRow(self.tr("Customer number:"), self.customer)
        form.addRow(self.tr("Message:"), self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record payment"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        from desktop_app.services.payments import AmountNotPositive

        try:  # the same reading and the same refusals as reskontra record-payment --amount
            cents = parse_amount(self.amount.text(), field="amount")
        except AmountError as err:
            cents, problem = 0, i18n.error_text(err)
        else:
            problem = "" if cents > 0 else i18n.error_text(AmountNotPositive(field="amount"))
        if problem:
            self.error_label.setText(problem)
            self.amount.setFocus()
            return
        customer_text = self.customer.text().strip()
        if customer_text and not customer_text.isdigit():
            self.error_label.setText(self.tr("The customer number is digits only."))
            return
        lang = i18n.current_language()
        if not messages.ask(self, self.tr("Record a payment of %1 with reference %2?")
                            .replace("%1", formatting.money(cents, lang, is_cents=True))
                            .replace("%2", self.reference.text().strip() or "-")):
            return
        on = self.date.date().toPython()
        number = int(customer_text) if customer_text else None
        reference, payer, message = self.reference.text().strip(), self.payer.text().strip(), self.message.text().strip()

        def record(session: Any, actor: Any) -> RecordedPayment:
            from desktop_app.services import payments

            customer_id = payments.customer_by_number(session, number) if number else None
            return payments.record_payment(session, actor, amount_cents=cents, booking_date=on, reference=reference,
                                           payer_name=payer, message=message, customer_id=customer_id)

        self.page.ctx.tasks.run(self.page.ctx.write(record), owner=self.page, on_success=self._done,
                                on_failure=lambda err: self.error_label.setText(i18n.error_text(err)))

    def _done(self, result: RecordedPayment) -> None:
        self.accept()
        status = {PaymentStatus.MATCHED: self.tr("It paid invoice %1."),
                  PaymentStatus.PARTIAL: self.tr("It paid part of invoice %1."),
                  PaymentStatus.OVERPAID: self.tr("It paid invoice %1; the rest waits under Needs handling."),
                  PaymentStatus.UNMATCHED: self.tr("It matched no invoice and waits under Needs handling.")}
        numbers = ", ".join(str(n) for n in result.invoice_numbers) or "-"
        self.page.after_change(self.tr("Payment recorded.") + " "
                               + status.get(result.status, "").replace("%1", numbers))

