"""Builders for the customer search and customer card tests: customers through the service, the rest by ORM."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Invoice, InvoiceLine, Order, Product
from desktop_app.models.enums import (
    Channel,
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    SalesChannel,
    VatClass,
)
from desktop_app.services import customers
from desktop_app.services.foundation.uow import Actor

_numbers = itertools.count(1)


def new_customer(session: Session, actor: Actor, **fields: Any) -> int:
    values: dict[str, Any] = {"first_name": "Maija", "last_name": "Virtanen", "street": "Kauppakatu 1",
                              "postal_code": "00100", "city": "Helsinki"}
    values.update(fields)
    return customers.create_customer(session, actor, values)


def product(session: Session, name: str = "Kotiliesi 12 kk", *, price_cents: int = 12000,
            vat_class: VatClass = VatClass.PERIODICALS) -> Product:
    p = Product(code=f"P{next(_numbers)}", name=name, vat_class=vat_class, price_cents=price_cents)
    session.add(p)
    session.flush()
    return p


def order(session: Session, customer_id: int, prod: Product, *, start: dt.date, end: dt.date | None,
          status: OrderStatus = OrderStatus.ACTIVE, number: int | None = None, quantity: int = 1,
          price_cents: int | None = None, recipient_id: int | None = None,
          sales_channel: SalesChannel = SalesChannel.INVOICE, payment_method: PaymentMethod = PaymentMethod.INVOICE,
          cutoff_date: dt.date | None = None) -> Order:
    o = Order(order_number=number or 700000 + next(_numbers), customer_id=customer_id, recipient_id=recipient_id,
              product_id=prod.id, quantity=quantity,
              unit_price_cents=prod.price_cents if price_cents is None else price_cents,
              period_start=start, period_end=end, status=status, sales_channel=sales_channel,
              payment_method=payment_method, cutoff_date=cutoff_date)
    session.add(o)
    session.flush()
    return o


def invoice(session: Session, customer_id: int, *, number: int | None = None, reference: str = "",
            total_cents: int = 13200, paid_cents: int = 0, status: InvoiceStatus = InvoiceStatus.OPEN,
            kind: InvoiceKind = InvoiceKind.INVOICE, order: Order | None = None, parent: Invoice | None = None,
            invoice_date: dt.date = dt.date(2026, 10, 1), due_date: dt.date = dt.date(2026, 10, 15),
            reminder_level: int = 0, line_order: Order | None = None) -> Invoice:
    number = number or 300000 + next(_numbers)
    inv = Invoice(number=number, kind=kind, customer_id=customer_id, order_id=order.id if order else None,
                  parent_invoice_id=parent.id if parent else None, reminder_level=reminder_level,
                  invoice_date=invoice_date, due_date=due_date, reference=reference or str(number),
                  channel=Channel.PAPER, total_cents=total_cents, net_cents=total_cents, paid_cents=paid_cents,
                  status=status)
    session.add(inv)
    session.flush()
    if line_order is not None:
        session.add(InvoiceLine(invoice_id=inv.id, line_no=1, order_id=line_order.id,
                                product_id=line_order.product_id, description="line",
                                quantity=line_order.quantity, unit_price_cents=line_order.unit_price_cents,
                                net_cents=total_cents, gross_cents=total_cents))
        session.flush()
    return inv
