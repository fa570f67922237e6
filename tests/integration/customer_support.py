"""Builders for the customer search and customer card tests: customers through the service, the rest by ORM
(``tests.factories``, with the defaults these tests were written against)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop_app.models import Invoice, Order, Product
from desktop_app.models.enums import (
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    SalesChannel,
    VatClass,
)
from tests import factories
from tests.factories import new_customer

__all__ = ["invoice", "new_customer", "order", "product"]


def product(session: Session, name: str = "Kotiliesi 12 kk", *, price_cents: int = 12000,
            vat_class: VatClass = VatClass.PERIODICALS) -> Product:
    return factories.product(session, name=name, price_cents=price_cents, vat_class=vat_class)


def order(session: Session, customer_id: int, prod: Product, *, start: dt.date, end: dt.date | None,
          status: OrderStatus = OrderStatus.ACTIVE, number: int | None = None, quantity: int = 1,
          price_cents: int | None = None, recipient_id: int | None = None,
          sales_channel: SalesChannel = SalesChannel.INVOICE, payment_method: PaymentMethod = PaymentMethod.INVOICE,
          cutoff_date: dt.date | None = None) -> Order:
    return factories.order(session, customer_id, prod, start=start, end=end, status=status,
                           number=number or factories.unique(700000), quantity=quantity, price_cents=price_cents,
                           recipient_id=recipient_id, sales_channel=sales_channel, payment_method=payment_method,
                           cutoff_date=cutoff_date)


def invoice(session: Session, customer_id: int, *, number: int | None = None, reference: str = "",
            total_cents: int = 13200, paid_cents: int = 0, status: InvoiceStatus = InvoiceStatus.OPEN,
            kind: InvoiceKind = InvoiceKind.INVOICE, order: Order | None = None, parent: Invoice | None = None,
            invoice_date: dt.date = dt.date(2026, 10, 1), due_date: dt.date = dt.date(2026, 10, 15),
            reminder_level: int = 0, line_order: Order | None = None) -> Invoice:
    return factories.invoice(session, customer_id, number=number, reference=reference, total_cents=total_cents,
                             paid_cents=paid_cents, status=status, kind=kind, order=order, parent=parent,
                             invoice_date=invoice_date, due_date=due_date, reminder_level=reminder_level,
                             line_order=line_order)
