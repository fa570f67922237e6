"""The Invoices tab's lists: reminder candidates, the invoices not eligible (with the reason), and the
collection candidates. Rows are the reminders service's ``Candidate`` and ``CollectionCandidate``."""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from desktop_app.models.enums import CustomerKind, InvoiceStatus
from desktop_app.services.foundation import formatting, i18n
from desktop_app.views.common.table import ERROR_RED, Column, Kind, RowTableModel

if TYPE_CHECKING:
    from desktop_app.services.reminders import Candidate, CollectionCandidate, Reason

__all__ = ["NOTE_ORANGE", "CandidatesModel", "CollectionModel", "NotEligibleModel", "reason_text"]

NOTE_ORANGE = QColor("#a15c00")


def reason_text(reason: Reason | None) -> str:
    """A service ``Reason`` (template and parameters) in the UI language."""
    if reason is None:
        return ""
    lang = i18n.current_language()
    return i18n.error_text(reason.error(lang), lang)


class CandidatesModel(RowTableModel):
    """The invoices that can get the fetched reminder, with what the reminder would carry."""

    class Columns(enum.IntEnum):
        INVOICE = 0
        CUSTOMER_NUMBER = 1
        CUSTOMER = 2
        CUSTOMER_KIND = 3
        INVOICE_DATE = 4
        DUE_DATE = 5
        DAYS_OVERDUE = 6
        OPEN = 7
        PREVIOUS_NUMBER = 8
        PREVIOUS_DATE = 9
        FEE = 10
        INTEREST = 11
        REMINDER_DUE = 12
        TO_PAY = 13

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.INVOICE: Column(Kind.NUMBER, lambda r: r.invoice_number),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.CUSTOMER_KIND: Column(Kind.ENUM, lambda r: r.customer_kind, enum=CustomerKind),
            c.INVOICE_DATE: Column(Kind.DATE, lambda r: r.invoice_date),
            c.DUE_DATE: Column(Kind.DATE, lambda r: r.due_date),
            c.DAYS_OVERDUE: Column(Kind.COUNT, lambda r: r.days_overdue),
            c.OPEN: Column(Kind.MONEY, lambda r: r.open_cents),
            c.PREVIOUS_NUMBER: Column(Kind.NUMBER, lambda r: r.previous_number),
            c.PREVIOUS_DATE: Column(Kind.DATE, lambda r: r.previous_date),
            c.FEE: Column(Kind.MONEY, lambda r: r.fee_cents),
            c.INTEREST: Column(Kind.MONEY, lambda r: r.interest_cents),
            c.REMINDER_DUE: Column(Kind.DATE, lambda r: r.reminder_due_date),
            c.TO_PAY: Column(Kind.MONEY, lambda r: r.amount_to_pay.total_cents),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.INVOICE: self.tr("Invoice"), c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"), c.CUSTOMER_KIND: self.tr("Customer type"),
            c.INVOICE_DATE: self.tr("Invoice date"), c.DUE_DATE: self.tr("Due date"),
            c.DAYS_OVERDUE: self.tr("Days overdue"), c.OPEN: self.tr("Open"),
            c.PREVIOUS_NUMBER: self.tr("Reminder #1"), c.PREVIOUS_DATE: self.tr("Reminder #1 date"),
            c.FEE: self.tr("Reminder fee"), c.INTEREST: self.tr("Interest"),
            c.REMINDER_DUE: self.tr("Reminder due date"), c.TO_PAY: self.tr("Reminder asks"),
        }[c(column)]

    def foreground(self, row: Candidate, column: int) -> QColor | None:
        if column == self.Columns.FEE and row.fee_reason is not None:
            return NOTE_ORANGE
        return None

    def tooltip(self, row: Candidate, column: int) -> str | None:
        if column == self.Columns.FEE and row.fee_reason is not None:
            return reason_text(row.fee_reason)
        lang = i18n.current_language()
        if column == self.Columns.INTEREST and row.interest_earlier_cents:
            return (self.tr("Interest accrued %1, of which %2 was charged on earlier reminders")
                    .replace("%1", formatting.money(row.interest_accrued_cents, lang, is_cents=True))
                    .replace("%2", formatting.money(row.interest_earlier_cents, lang, is_cents=True)))
        if column == self.Columns.INTEREST and row.interest_rate_bp:
            return self.tr("Late-payment interest %1 a year").replace(
                "%1", formatting.percent_bp(row.interest_rate_bp, lang))
        if column == self.Columns.TO_PAY:
            amount = row.amount_to_pay
            return (self.tr("Open %1 + reminder fee %2 + interest %3")
                    .replace("%1", formatting.money(amount.capital_cents, lang, is_cents=True))
                    .replace("%2", formatting.money(amount.fee_cents, lang, is_cents=True))
                    .replace("%3", formatting.money(amount.interest_cents, lang, is_cents=True)))
        return None


class NotEligibleModel(RowTableModel):
    """The overdue invoices that cannot get the fetched reminder (yet), each with the reason."""

    class Columns(enum.IntEnum):
        INVOICE = 0
        CUSTOMER_NUMBER = 1
        CUSTOMER = 2
        CUSTOMER_KIND = 3
        DUE_DATE = 4
        DAYS_OVERDUE = 5
        OPEN = 6
        PREVIOUS_NUMBER = 7
        REASON = 8

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.INVOICE: Column(Kind.NUMBER, lambda r: r.invoice_number),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.CUSTOMER_KIND: Column(Kind.ENUM, lambda r: r.customer_kind, enum=CustomerKind),
            c.DUE_DATE: Column(Kind.DATE, lambda r: r.due_date),
            c.DAYS_OVERDUE: Column(Kind.COUNT, lambda r: r.days_overdue),
            c.OPEN: Column(Kind.MONEY, lambda r: r.open_cents),
            c.PREVIOUS_NUMBER: Column(Kind.NUMBER, lambda r: r.previous_number),
            c.REASON: Column(Kind.TEXT, lambda r: reason_text(r.reason)),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.INVOICE: self.tr("Invoice"), c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"), c.CUSTOMER_KIND: self.tr("Customer type"),
            c.DUE_DATE: self.tr("Due date"), c.DAYS_OVERDUE: self.tr("Days overdue"), c.OPEN: self.tr("Open"),
            c.PREVIOUS_NUMBER: self.tr("Reminder #1"), c.REASON: self.tr("Why not eligible"),
        }[c(column)]

    def tooltip(self, row: Candidate, column: int) -> str | None:
        return reason_text(row.reason) if column == self.Columns.REASON else None


class CollectionModel(RowTableModel):
    """Invoices unpaid after reminder #2's due date; a transferred one stays, marked, for the export."""

    class Columns(enum.IntEnum):
        INVOICE = 0
        CUSTOMER_NUMBER = 1
        CUSTOMER = 2
        DUE_DATE = 3
        OPEN = 4
        FEES_OPEN = 5
        REMINDER1_DATE = 6
        REMINDER2_DATE = 7
        REMINDER2_DUE = 8
        STATUS = 9

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.INVOICE: Column(Kind.NUMBER, lambda r: r.invoice_number),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.DUE_DATE: Column(Kind.DATE, lambda r: r.due_date),
            c.OPEN: Column(Kind.MONEY, lambda r: r.open_cents),
            c.FEES_OPEN: Column(Kind.MONEY, lambda r: r.reminder_fees_open_cents),
            c.REMINDER1_DATE: Column(Kind.DATE, lambda r: r.reminder1_date),
            c.REMINDER2_DATE: Column(Kind.DATE, lambda r: r.reminder2_date),
            c.REMINDER2_DUE: Column(Kind.DATE, lambda r: r.reminder2_due_date),
            c.STATUS: Column(Kind.ENUM, lambda r: r.status, enum=InvoiceStatus),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.INVOICE: self.tr("Invoice"), c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"), c.DUE_DATE: self.tr("Due date"), c.OPEN: self.tr("Open"),
            c.FEES_OPEN: self.tr("Reminder fees open"), c.REMINDER1_DATE: self.tr("Reminder #1 date"),
            c.REMINDER2_DATE: self.tr("Reminder #2 date"), c.REMINDER2_DUE: self.tr("Reminder #2 due date"),
            c.STATUS: self.tr("Status"),
        }[c(column)]

    def foreground(self, row: CollectionCandidate, column: int) -> QColor | None:
        if column == self.Columns.STATUS and row.status == InvoiceStatus.COLLECTION:
            return ERROR_RED
        return None

    def mark_transferred(self, invoice_ids: set[int]) -> None:
        """Show these rows as in collection without refetching (the list keeps them, and the selection, for
        the export; a refetch would drop them)."""
        self._rows = [dataclasses.replace(r, status=InvoiceStatus.COLLECTION) if r.invoice_id in invoice_ids else r
                      for r in self._rows]
        self._haystacks = None
        if self._view:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._view) - 1, self.columnCount() - 1))
