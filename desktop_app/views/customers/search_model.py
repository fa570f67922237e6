"""The front page's result list: one row per customer found (``services.customers.search.CustomerHit``)."""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor

from desktop_app.services.customers.search import CustomerHit, OrderBrief
from desktop_app.services.foundation import formatting, i18n
from desktop_app.views.common.table import ERROR_RED, Column, Kind, RowTableModel


def _address(hit: CustomerHit) -> str:
    place = " ".join(p for p in (hit.postal_code, hit.city) if p)
    return ", ".join(p for p in (hit.street, place) if p)


class CustomerSearchModel(RowTableModel[CustomerHit]):
    class Columns(enum.IntEnum):
        CUSTOMER_NUMBER = 0
        NAME = 1
        COMPANY = 2
        ADDRESS = 3
        EMAIL = 4
        PHONE = 5
        ORDERS = 6

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda h: h.customer_number, link=True),
            c.NAME: Column(Kind.TEXT, lambda h: h.name),
            c.COMPANY: Column(Kind.TEXT, lambda h: h.company_name),
            c.ADDRESS: Column(Kind.TEXT, _address),
            c.EMAIL: Column(Kind.TEXT, lambda h: h.email),
            c.PHONE: Column(Kind.TEXT, lambda h: h.phone),
            c.ORDERS: Column(Kind.TEXT, self.orders_text),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.NAME: self.tr("Name"),
            c.COMPANY: self.tr("Company"),
            c.ADDRESS: self.tr("Address"),
            c.EMAIL: self.tr("Email"),
            c.PHONE: self.tr("Phone"),
            c.ORDERS: self.tr("Current and future orders"),
        }[c(column)]

    def order_text(self, order: OrderBrief) -> str:
        text = f"{order.order_number} {order.product_name}"
        if order.cutoff_date is not None:
            text += " " + self.tr("cut off %1").replace("%1", formatting.date(order.cutoff_date,
                                                                              i18n.current_language()))
        return text

    def orders_text(self, hit: CustomerHit) -> str:
        return "; ".join(self.order_text(order) for order in hit.orders)

    def foreground(self, row: CustomerHit, column: int) -> QColor | None:
        if column == self.Columns.ORDERS and any(o.cutoff_date is not None for o in row.orders):
            return ERROR_RED
        return None

    def tooltip(self, row: CustomerHit, column: int) -> str | None:
        if column == self.Columns.ORDERS and row.orders:
            return "\n".join(self.order_text(order) for order in row.orders)  # one order a line
        if column == self.Columns.CUSTOMER_NUMBER:
            return self.tr("Open the customer card")
        return None
