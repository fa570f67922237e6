"""Table models of the customer card and the order detail: thin adapters over the service's rows
(``services.customers.card``'s ``OrderRow``, ``InvoiceRow``, ``PaymentRow``, ``PostingRow``, the ledger's
``BalanceEvent`` and the audit log's ``AuditRow``)."""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_app.models.enums import (
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    PaymentSource,
    PaymentStatus,
    SalesChannel,
    VoucherKind,
)
from desktop_app.services.customers import InvoiceRow, OrderRow, PaymentRow, PostingRow
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.audit import AuditRow
from desktop_app.services.ledger.balance import BalanceEvent
from desktop_app.views.common.table import ERROR_RED, Column, Kind, RowTableModel

translate = QCoreApplication.translate


def _period(start: dt.date | None, end: dt.date | None) -> str:
    lang = i18n.current_language()
    if start is None:
        return ""
    if end is None:
        return formatting.date(start, lang) + " –"
    return f"{formatting.date(start, lang)} – {formatting.date(end, lang)}"


class CustomerOrdersModel(RowTableModel[OrderRow]):
    class Columns(enum.IntEnum):
        ORDER_NUMBER = 0
        PRODUCT = 1
        PERIOD = 2
        QUANTITY = 3
        PRICE = 4
        CHANNEL = 5
        STATUS = 6
        CUTOFF_DATE = 7

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.ORDER_NUMBER: Column(Kind.NUMBER, lambda o: o.order_number, link=True),
            c.PRODUCT: Column(Kind.TEXT, lambda o: o.product_name),
            c.PERIOD: Column(Kind.TEXT, lambda o: _period(o.period_start, o.period_end)),
            c.QUANTITY: Column(Kind.COUNT, lambda o: o.quantity),
            c.PRICE: Column(Kind.MONEY, lambda o: o.unit_price_cents),
            c.CHANNEL: Column(Kind.ENUM, lambda o: o.sales_channel, enum=SalesChannel),
            c.STATUS: Column(Kind.ENUM, lambda o: o.status, enum=OrderStatus),
            c.CUTOFF_DATE: Column(Kind.DATE, lambda o: o.cutoff_date),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.ORDER_NUMBER: self.tr("Order number"),
            c.PRODUCT: self.tr("Product"),
            c.PERIOD: self.tr("Period"),
            c.QUANTITY: self.tr("Quantity"),
            c.PRICE: self.tr("Price (VAT 0%)"),
            c.CHANNEL: self.tr("Sales channel"),
            c.STATUS: self.tr("Status"),
            c.CUTOFF_DATE: self.tr("Cut-off date"),
        }[c(column)]

    def foreground(self, row: OrderRow, column: int) -> QColor | None:
        if column == self.Columns.CUTOFF_DATE and row.cutoff_date is not None:
            return ERROR_RED
        return None

    def tooltip(self, row: OrderRow, column: int) -> str | None:
        if column == self.Columns.ORDER_NUMBER:
            return self.tr("Open the order")
        return None


class InvoicesModel(RowTableModel[InvoiceRow]):
    """Invoices, payment reminders, refund invoices and credit notes, with what is still open."""

    class Columns(enum.IntEnum):
        NUMBER = 0
        KIND = 1
        INVOICE_DATE = 2
        DUE_DATE = 3
        REFERENCE = 4
        TOTAL = 5
        OPEN = 6
        STATUS = 7

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NUMBER: Column(Kind.NUMBER, lambda i: i.number),
            c.KIND: Column(Kind.TEXT, self.kind_text),
            c.INVOICE_DATE: Column(Kind.DATE, lambda i: i.invoice_date),
            c.DUE_DATE: Column(Kind.DATE, lambda i: i.due_date),
            c.REFERENCE: Column(Kind.TEXT, lambda i: i.reference),
            c.TOTAL: Column(Kind.MONEY, lambda i: i.total_cents),
            c.OPEN: Column(Kind.MONEY, lambda i: i.open_cents),
            c.STATUS: Column(Kind.ENUM, lambda i: i.status, enum=InvoiceStatus),
        }

    def kind_text(self, invoice: InvoiceRow) -> str:
        from desktop_app.views.common import labels

        text = labels.label(invoice.kind, InvoiceKind)
        if str(invoice.kind) == InvoiceKind.REMINDER.value and invoice.reminder_level:
            text = f"{text} #{invoice.reminder_level}"
        return text

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"),
            c.KIND: self.tr("Type"),
            c.INVOICE_DATE: self.tr("Date"),
            c.DUE_DATE: self.tr("Due date"),
            c.REFERENCE: self.tr("Reference"),
            c.TOTAL: self.tr("Total"),
            c.OPEN: self.tr("Open"),
            c.STATUS: self.tr("Status"),
        }[c(column)]

    def foreground(self, row: InvoiceRow, column: int) -> QColor | None:
        if column == self.Columns.KIND and str(row.kind) in (InvoiceKind.REFUND_INVOICE.value,
                                                            InvoiceKind.CREDIT_NOTE.value):
            return QColor("#1b5e20")
        return None


class PaymentsModel(RowTableModel[PaymentRow]):
    class Columns(enum.IntEnum):
        DATE = 0
        AMOUNT = 1
        REFERENCE = 2
        PAYER = 3
        SOURCE = 4
        STATUS = 5
        UNALLOCATED = 6

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.DATE: Column(Kind.DATE, lambda p: p.booking_date),
            c.AMOUNT: Column(Kind.MONEY, lambda p: p.amount_cents),
            c.REFERENCE: Column(Kind.TEXT, lambda p: p.reference),
            c.PAYER: Column(Kind.TEXT, lambda p: p.payer_name),
            c.SOURCE: Column(Kind.ENUM, lambda p: p.source, enum=PaymentSource),
            c.STATUS: Column(Kind.ENUM, lambda p: p.status, enum=PaymentStatus),
            c.UNALLOCATED: Column(Kind.MONEY, lambda p: p.unallocated_cents),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.DATE: self.tr("Date"),
            c.AMOUNT: self.tr("Amount"),
            c.REFERENCE: self.tr("Reference"),
            c.PAYER: self.tr("Payer"),
            c.SOURCE: self.tr("Source"),
            c.STATUS: self.tr("Status"),
            c.UNALLOCATED: self.tr("Unallocated"),
        }[c(column)]


class PostingsModel(RowTableModel[PostingRow]):
    """The customer's ledger postings; debit and credit in their own columns, as accountants read them."""

    class Columns(enum.IntEnum):
        DATE = 0
        VOUCHER = 1
        KIND = 2
        ACCOUNT = 3
        DEBIT = 4
        CREDIT = 5
        DESCRIPTION = 6

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.DATE: Column(Kind.DATE, lambda p: p.voucher_date),
            c.VOUCHER: Column(Kind.NUMBER, lambda p: p.voucher_number),
            c.KIND: Column(Kind.ENUM, lambda p: p.voucher_kind, enum=VoucherKind),
            c.ACCOUNT: Column(Kind.TEXT, lambda p: f"{p.account_number} {p.account_name}".strip()),
            c.DEBIT: Column(Kind.MONEY, lambda p: p.amount_cents if p.amount_cents > 0 else None),
            c.CREDIT: Column(Kind.MONEY, lambda p: -p.amount_cents if p.amount_cents < 0 else None),
            c.DESCRIPTION: Column(Kind.TEXT, lambda p: i18n.stored_text(p.description, p.description_values)),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.DATE: self.tr("Date"),
            c.VOUCHER: self.tr("Voucher"),
            c.KIND: self.tr("Event"),
            c.ACCOUNT: self.tr("Account"),
            c.DEBIT: self.tr("Debit"),
            c.CREDIT: self.tr("Credit"),
            c.DESCRIPTION: self.tr("Description"),
        }[c(column)]


class BalanceHistoryModel(RowTableModel[BalanceEvent]):
    """How the credit balance came about: every posting on the balance account and the balance after it."""

    class Columns(enum.IntEnum):
        DATE = 0
        VOUCHER = 1
        KIND = 2
        CHANGE = 3
        BALANCE = 4
        DESCRIPTION = 5

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.DATE: Column(Kind.DATE, lambda e: e.date),
            c.VOUCHER: Column(Kind.NUMBER, lambda e: e.voucher_number),
            c.KIND: Column(Kind.ENUM, lambda e: e.kind, enum=VoucherKind),
            c.CHANGE: Column(Kind.MONEY, lambda e: e.amount_cents),
            c.BALANCE: Column(Kind.MONEY, lambda e: e.running_cents),
            c.DESCRIPTION: Column(Kind.TEXT, lambda e: i18n.stored_text(e.description, e.description_values)),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.DATE: self.tr("Date"),
            c.VOUCHER: self.tr("Voucher"),
            c.KIND: self.tr("Event"),
            c.CHANGE: self.tr("Change"),
            c.BALANCE: self.tr("Balance after"),
            c.DESCRIPTION: self.tr("Description"),
        }[c(column)]


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("ChangeLogModel", "yes") if value else translate("ChangeLogModel", "no")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _money_text(value: Any) -> str:
    return formatting.money(int(value), i18n.current_language(), is_cents=True) if isinstance(value, int) else "–"


def change_text(before: dict[str, Any], after: dict[str, Any]) -> str:
    """"Email: old@x → new@x; Phone: – → 040 123" with translated field names."""
    from desktop_app.views.customers.edit import field_label

    keys = list(dict.fromkeys([*after.keys(), *before.keys()]))
    parts = []
    for key in keys:
        old, new = before.get(key), after.get(key)
        if key.endswith("_cents"):  # an order's price: euros, not cents
            old, new = _money_text(old), _money_text(new)
        if key in before and key in after:
            parts.append(f"{field_label(key)}: {_value_text(old)} → {_value_text(new)}")
        elif key in after:
            parts.append(f"{field_label(key)}: {_value_text(new)}")
        else:
            parts.append(f"{field_label(key)}: {_value_text(old)} → –")
    return "; ".join(parts)


def action_label(action: str) -> str:
    table = {
        "customer.create": translate("ChangeLogModel", "Customer created"),
        "customer.update": translate("ChangeLogModel", "Customer data changed"),
        "customer.created": translate("ChangeLogModel", "Customer created"),
        "customer.updated": translate("ChangeLogModel", "Customer data changed"),
        "create": translate("ChangeLogModel", "Created"),
        "update": translate("ChangeLogModel", "Changed"),
        "order.price_changed": translate("ChangeLogModel", "Order price changed"),
        "order.cancelled": translate("ChangeLogModel", "Order cancelled"),
        "billing_request.cancelled": translate("ChangeLogModel", "Billing request taken off the list"),
        "order.requests_withdrawn": translate("ChangeLogModel", "Billing requests of an order taken off the list"),
    }
    return table.get(action, action)


class ChangeLogModel(RowTableModel[AuditRow]):
    """Who changed what, when: the customer's audit events, newest first."""

    class Columns(enum.IntEnum):
        WHEN = 0
        USER = 1
        ACTION = 2
        CHANGES = 3

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.WHEN: Column(Kind.DATETIME, lambda a: a.at),
            c.USER: Column(Kind.TEXT, lambda a: a.username),
            c.ACTION: Column(Kind.TEXT, lambda a: action_label(a.action)),
            c.CHANGES: Column(Kind.TEXT, lambda a: change_text(a.before, a.after)),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.WHEN: self.tr("When"),
            c.USER: self.tr("Who"),
            c.ACTION: self.tr("What"),
            c.CHANGES: self.tr("Changes"),
        }[c(column)]

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        if column == self.Columns.CHANGES:
            return change_text(row.before, row.after).replace("; ", "\n")
        return None


__all__ = [
    "ChangeLogModel",
    "CustomerOrdersModel",
    "InvoicesModel",
    "PaymentMethod",
    "PaymentsModel",
    "PostingsModel",
    "change_text",
]
