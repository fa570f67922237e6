"""Table models of the Billing tab: the billing requests, and the summary of a run.

Rows are the services' frozen dataclasses: ``services.billing.requests.BillingRequestRow``,
``services.billing.SummaryLine``, ``BilledInvoice`` and ``SkippedRequest``; reasons are English
templates translated here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtGui import QColor

from desktop_app.models.enums import Channel
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.money import to_cents
from desktop_app.views.common import labels
from desktop_app.views.common.table import ERROR_RED, Column, Kind, RowTableModel

if TYPE_CHECKING:
    from desktop_app.services.billing import SkippedRequest, SummaryLine
    from desktop_app.services.billing.requests import BillingRequestRow

translate = QCoreApplication.translate
PRICE_AMBER = QColor("#a15c00")


def reasons_text(reasons: tuple[str, ...]) -> str:
    return "; ".join(translate("errors", r) for r in reasons)


class BillingRequestsModel(RowTableModel):
    """The fetched billing requests; erroneous rows in red with their reason, different prices amber."""

    class Columns(enum.IntEnum):
        CUSTOMER_NUMBER = 0
        CUSTOMER = 1
        ORDER_NUMBER = 2
        PRODUCT = 3
        PERIOD = 4
        QUANTITY = 5
        UNIT_PRICE = 6
        LIST_PRICE = 7
        AMOUNT = 8
        VAT = 9
        CHANNEL = 10
        ERRORS = 11

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.highlight_price_differences = True

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.ORDER_NUMBER: Column(Kind.NUMBER, lambda r: r.order_number, link=True),
            c.PRODUCT: Column(Kind.TEXT, lambda r: r.product_name),
            c.PERIOD: Column(Kind.TEXT, self.period_text),
            c.QUANTITY: Column(Kind.COUNT, lambda r: r.quantity),
            c.UNIT_PRICE: Column(Kind.MONEY, lambda r: r.unit_price_cents),
            c.LIST_PRICE: Column(Kind.MONEY, lambda r: r.list_price_cents),
            c.AMOUNT: Column(Kind.MONEY, lambda r: r.amount_cents),
            c.VAT: Column(Kind.PERCENT_BP, lambda r: r.vat_rate_bp),
            c.CHANNEL: Column(Kind.ENUM, lambda r: r.channel, enum=Channel),
            # "virhe"/"error" is part of the text, so the guides' filter word finds the wrong rows.
            c.ERRORS: Column(Kind.TEXT, self.error_text),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"),
            c.ORDER_NUMBER: self.tr("Order"),
            c.PRODUCT: self.tr("Product"),
            c.PERIOD: self.tr("Period"),
            c.QUANTITY: self.tr("Quantity"),
            c.UNIT_PRICE: self.tr("Price"),
            c.LIST_PRICE: self.tr("List price"),
            c.AMOUNT: self.tr("Amount (VAT 0 %)"),
            c.VAT: self.tr("VAT"),
            c.CHANNEL: self.tr("Channel"),
            c.ERRORS: self.tr("Error"),
        }[c(column)]

    @staticmethod
    def period_text(row: BillingRequestRow) -> str:
        from desktop_app.services.foundation import formatting

        lang = i18n.current_language()
        return f"{formatting.date(row.period_start, lang)}–{formatting.date(row.period_end, lang)}"

    def error_text(self, row: BillingRequestRow) -> str:
        if not row.errors:
            return ""
        return self.tr("Error: %1").replace("%1", reasons_text(row.errors))

    def foreground(self, row: BillingRequestRow, column: int) -> QColor | None:
        if row.errors:
            return ERROR_RED
        if (self.highlight_price_differences and row.price_differs
                and column in (self.Columns.UNIT_PRICE, self.Columns.LIST_PRICE, self.Columns.AMOUNT)):
            return PRICE_AMBER
        return None

    def tooltip(self, row: BillingRequestRow, column: int) -> str | None:
        if row.errors:
            return self.error_text(row)
        if self.highlight_price_differences and row.price_differs and column in (
                self.Columns.UNIT_PRICE, self.Columns.LIST_PRICE, self.Columns.AMOUNT):
            return self.tr("The order's price differs from the product's list price.")
        if column == self.Columns.CUSTOMER_NUMBER:
            return self.tr("Open the customer card")
        if column == self.Columns.ORDER_NUMBER:
            return self.tr("Open the order")
        return None

    def selection_of(self, request_ids: set[int]) -> QItemSelection:
        """The shown rows of these requests, as ranges of whole rows (one range per run of rows)."""
        selection = QItemSelection()
        last = self.columnCount() - 1
        start = None
        for r in range(self.rowCount() + 1):
            inside = r < self.rowCount() and self.row_at(r).request_id in request_ids
            if inside and start is None:
                start = r
            elif not inside and start is not None:
                selection.select(self.index(start, 0), self.index(r - 1, last))
                start = None
        return selection


class SummaryModel(RowTableModel):
    """One block of the run summary: by channel, by product or by VAT rate."""

    class Columns(enum.IntEnum):
        NAME = 0
        COUNT = 1
        NET = 2
        VAT = 3
        TOTAL = 4

    def __init__(self, first_header: Callable[[], str], count_header: Callable[[], str],
                 name: Callable[[SummaryLine], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._first_header = first_header
        self._count_header = count_header
        self._name = name

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NAME: Column(Kind.TEXT, lambda s: self._name(s)),
            c.COUNT: Column(Kind.COUNT, lambda s: s.count),
            c.NET: Column(Kind.MONEY, lambda s: to_cents(s.net)),
            c.VAT: Column(Kind.MONEY, lambda s: to_cents(s.vat)),
            c.TOTAL: Column(Kind.MONEY, lambda s: to_cents(s.total)),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NAME: self._first_header(),
            c.COUNT: self._count_header(),
            c.NET: self.tr("VAT 0 %"),
            c.VAT: self.tr("VAT"),
            c.TOTAL: self.tr("Total"),
        }[c(column)]


def channel_name(line: SummaryLine) -> str:
    try:
        return labels.label(Channel(line.key))
    except ValueError:
        return str(line.label)


class BilledInvoicesModel(RowTableModel):
    """The invoices a run made (or a preview would make)."""

    class Columns(enum.IntEnum):
        NUMBER = 0
        CUSTOMER_NUMBER = 1
        CUSTOMER = 2
        CHANNEL = 3
        LINES = 4
        DUE_DATE = 5
        TOTAL = 6
        BALANCE = 7
        TO_PAY = 8
        REFERENCE = 9

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NUMBER: Column(Kind.NUMBER, lambda i: i.number),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda i: i.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda i: i.customer_name),
            c.CHANNEL: Column(Kind.ENUM, lambda i: i.channel, enum=Channel),
            c.LINES: Column(Kind.COUNT, lambda i: i.lines),
            c.DUE_DATE: Column(Kind.DATE, lambda i: i.due_date),
            c.TOTAL: Column(Kind.MONEY, lambda i: i.total_cents),
            c.BALANCE: Column(Kind.MONEY, lambda i: i.balance_applied_cents or None),
            c.TO_PAY: Column(Kind.MONEY, lambda i: i.total_cents - i.balance_applied_cents),
            c.REFERENCE: Column(Kind.TEXT, lambda i: i.reference),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Invoice number"),
            c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"),
            c.CHANNEL: self.tr("Channel"),
            c.LINES: self.tr("Lines"),
            c.DUE_DATE: self.tr("Due date"),
            c.TOTAL: self.tr("Total"),
            c.BALANCE: self.tr("Credit balance used"),
            c.TO_PAY: self.tr("To pay"),
            c.REFERENCE: self.tr("Reference number"),
        }[c(column)]


class SkippedRequestsModel(RowTableModel):
    class Columns(enum.IntEnum):
        CUSTOMER_NUMBER = 0
        ORDER_NUMBER = 1
        REASON = 2

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda s: s.customer_number, link=True),
            c.ORDER_NUMBER: Column(Kind.NUMBER, lambda s: s.order_number),
            c.REASON: Column(Kind.TEXT, lambda s: reasons_text(s.reasons)),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.ORDER_NUMBER: self.tr("Order"),
            c.REASON: self.tr("Why it was skipped"),
        }[c(column)]

    def foreground(self, row: SkippedRequest, column: int) -> QColor | None:
        return ERROR_RED if column == self.Columns.REASON else None
