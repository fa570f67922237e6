"""The table model of the Payments tab: one row a payment (``services.payments.PaymentRow``), with why it needs
handling in red."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from desktop_app.models.enums import PaymentSource, PaymentStatus
from desktop_app.services.foundation import i18n
from desktop_app.views.common.table import ERROR_RED, Column, Kind, RowTableModel

if TYPE_CHECKING:
    from desktop_app.services.payments import PaymentRow


class PaymentsModel(RowTableModel):
    """Payments, newest first; the waiting amount, the status and the reason in red while it needs handling."""

    class Columns(enum.IntEnum):
        DATE = 0
        AMOUNT = 1
        UNALLOCATED = 2
        REFERENCE = 3
        PAYER = 4
        CUSTOMER_NUMBER = 5
        CUSTOMER = 6
        INVOICES = 7
        STATUS = 8
        SOURCE = 9
        REASON = 10
        PAYMENT = 11  # the payment's number, which a reason may name ("possibly imported already: payment 12")

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.DATE: Column(Kind.DATE, lambda r: r.booking_date),
            c.AMOUNT: Column(Kind.MONEY, lambda r: r.amount_cents),
            c.UNALLOCATED: Column(Kind.MONEY, lambda r: r.unallocated_cents or None),
            c.REFERENCE: Column(Kind.TEXT, lambda r: r.reference),
            c.PAYER: Column(Kind.TEXT, lambda r: r.payer_name),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.INVOICES: Column(Kind.TEXT, lambda r: ", ".join(str(n) for n in r.invoice_numbers)),
            c.STATUS: Column(Kind.ENUM, lambda r: r.status, enum=PaymentStatus),
            c.SOURCE: Column(Kind.ENUM, lambda r: r.source, enum=PaymentSource),
            c.REASON: Column(Kind.TEXT, lambda r: i18n.template_text(r.reason_template, r.reason_params)
                             if r.needs_handling or r.status == PaymentStatus.REVERSED else ""),
            c.PAYMENT: Column(Kind.NUMBER, lambda r: r.id),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.DATE: self.tr("Booked"), c.AMOUNT: self.tr("Amount"), c.UNALLOCATED: self.tr("Waiting"),
            c.REFERENCE: self.tr("Reference"), c.PAYER: self.tr("Payer"),
            c.CUSTOMER_NUMBER: self.tr("Customer number"), c.CUSTOMER: self.tr("Customer"),
            c.INVOICES: self.tr("Invoices paid"), c.STATUS: self.tr("Status"), c.SOURCE: self.tr("Source"),
            c.REASON: self.tr("Why it needs handling"), c.PAYMENT: self.tr("Payment no."),
        }[c(column)]

    def foreground(self, row: PaymentRow, column: int) -> QColor | None:
        if row.needs_handling and column in (self.Columns.UNALLOCATED, self.Columns.REASON, self.Columns.STATUS):
            return ERROR_RED
        return None
