"""Table models of the Sending tab: the unsent invoices of a channel (``sending.UnsentRow``) and the
results of one earlier batch (``sending.DispatchRow``)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_app.models.enums import DispatchStatus, InvoiceKind
from desktop_app.views.common.table import ERROR_RED, Column, Kind, RowTableModel

if TYPE_CHECKING:
    from desktop_app.services.sending import DispatchRow, UnsentRow


def problem_text(template: str) -> str:
    """A problem or last error the service stored as its English template, in the clerk's language."""
    return QCoreApplication.translate("errors", template) if template else ""


class UnsentModel(RowTableModel["UnsentRow"]):
    class Columns(enum.IntEnum):
        NUMBER = 0
        KIND = 1
        CUSTOMER_NUMBER = 2
        CUSTOMER = 3
        ADDRESS = 4
        DUE_DATE = 5
        TO_PAY = 6
        BILLING_RUN = 7
        PROBLEM = 8

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NUMBER: Column(Kind.NUMBER, lambda r: r.number),
            c.KIND: Column(Kind.ENUM, lambda r: r.kind, enum=InvoiceKind),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.ADDRESS: Column(Kind.TEXT, lambda r: r.address),
            c.DUE_DATE: Column(Kind.DATE, lambda r: r.due_date),
            c.TO_PAY: Column(Kind.MONEY, lambda r: r.total_cents),
            c.BILLING_RUN: Column(Kind.TEXT, lambda r: r.billing_batch),
            c.PROBLEM: Column(Kind.TEXT, self.problem_text),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"), c.KIND: self.tr("Type"), c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"), c.ADDRESS: self.tr("Address on this channel"),
            c.DUE_DATE: self.tr("Due date"), c.TO_PAY: self.tr("To pay"), c.BILLING_RUN: self.tr("Batch id"),
            c.PROBLEM: self.tr("Problem"),
        }[c(column)]

    def problem_text(self, row: UnsentRow) -> str:
        if row.problem:
            return self.tr("Error: %1").replace("%1", problem_text(row.problem))
        if row.delivery_unknown:
            return problem_text(row.last_error)
        if row.last_error:
            return self.tr("Last attempt failed: %1").replace("%1", problem_text(row.last_error))
        return ""

    def foreground(self, row: UnsentRow, column: int) -> QColor | None:
        if row.problem or row.delivery_unknown or (row.last_error and column == self.Columns.PROBLEM):
            return ERROR_RED
        return None


class DispatchesModel(RowTableModel["DispatchRow"]):
    class Columns(enum.IntEnum):
        NUMBER = 0
        CUSTOMER_NUMBER = 1
        CUSTOMER = 2
        STATUS = 3
        ATTEMPTS = 4
        ERROR = 5
        FILE = 6

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NUMBER: Column(Kind.NUMBER, lambda r: r.number),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.STATUS: Column(Kind.TEXT, lambda r: dispatch_status_label(r.status)),
            c.ATTEMPTS: Column(Kind.COUNT, lambda r: r.attempts),
            c.ERROR: Column(Kind.TEXT, lambda r: r.error),
            c.FILE: Column(Kind.TEXT, lambda r: r.file_path),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"), c.CUSTOMER_NUMBER: self.tr("Customer number"), c.CUSTOMER: self.tr("Customer"),
            c.STATUS: self.tr("Result"), c.ATTEMPTS: self.tr("Attempt"), c.ERROR: self.tr("Reason"),
            c.FILE: self.tr("File"),
        }[c(column)]

    def foreground(self, row: DispatchRow, column: int) -> QColor | None:
        return ERROR_RED if row.status == DispatchStatus.FAILED else None


def dispatch_status_label(status: DispatchStatus) -> str:
    return {
        DispatchStatus.PENDING: QCoreApplication.translate("SendingPage", "Being sent"),
        DispatchStatus.SENT: QCoreApplication.translate("SendingPage", "Sent"),
        DispatchStatus.FAILED: QCoreApplication.translate("SendingPage", "Failed"),
        DispatchStatus.PDF_ONLY: QCoreApplication.translate("SendingPage", "PDF only"),
    }[DispatchStatus(status)]
