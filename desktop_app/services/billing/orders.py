"""Changes a clerk makes to an invoiced order: a new price, cancelling it before anything was billed, or
taking the billing requests of an order that is no longer active off the list.

They are the way out of a billing request that cannot be billed: for "Zero or negative price" the
new price goes to the order and to its pending billing requests (invoices already made keep
theirs), and a cancelled order takes its pending requests off the list; for "The order is
cancelled" (a request made before the order was cancelled) the requests are taken off the list. Each change is refused
with a clear message when the order's state forbids it, is checked against the version the clerk
saw, and writes one audit event with the values before and after. The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models import BillingRequest, Order
from desktop_app.models.base import utcnow
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingSchedule,
    OrderStatus,
    SalesChannel,
)
from desktop_app.services.billing import requests as billing_requests
from desktop_app.services.billing.errors import (
    NoPendingRequests,
    OrderFullyBilled,
    OrderHasInvoices,
    OrderIsCancelled,
    OrderIsSale,
    OrderNotActive,
    OrderStillActive,
    PriceNotPositive,
    PriceUnchanged,
    ReasonMissing,
)
from desktop_app.services.customers.card import has_invoices, left_to_bill, pending_request_count
from desktop_app.services.foundation import audit
from desktop_app.services.foundation.errors import ConcurrentChange, NotFound
from desktop_app.services.foundation.money import parse_amount, to_decimal
from desktop_app.services.foundation.uow import Actor

__all__ = [
    "OrderChange", "cancel_order", "change_order_price", "left_to_bill", "parse_price", "withdraw_requests",
]


@dataclass(frozen=True)
class OrderChange:
    """What a change did, for the confirmation message and the command line."""

    order_id: int
    order_number: int
    customer_id: int
    status: OrderStatus
    price_before_cents: int
    price_after_cents: int
    requests_changed: int  # pending billing requests that took the new price, or were taken off the list
    action: str = ""  # the audit action: "order.price_changed", "order.cancelled", "order.requests_withdrawn"

    @property
    def price_before(self) -> Decimal:
        return to_decimal(self.price_before_cents)

    @property
    def price_after(self) -> Decimal:
        return to_decimal(self.price_after_cents)


def parse_price(text: str | Decimal) -> int:
    """Cents from what a clerk types ("49,90", "1 234.50", "12"), read by ``money.parse_amount``: more than zero."""
    value = parse_amount(text if isinstance(text, str) else f"{text:f}", negative=True, field="price")
    if value <= 0:
        raise PriceNotPositive(field="price")
    return value


def _load(session: Session, order_id: int, expected_version: int | None) -> Order:
    order = session.get(Order, order_id, with_for_update=True, populate_existing=True)
    if order is None:
        raise NotFound(what="Order", key=order_id)
    if expected_version is not None and order.version != expected_version:
        raise ConcurrentChange()
    return order


def _check_changeable(order: Order) -> None:
    status = OrderStatus(order.status)
    if status == OrderStatus.CANCELLED:
        raise OrderIsCancelled(order_number=order.order_number)
    if status != OrderStatus.ACTIVE:
        raise OrderNotActive(order_number=order.order_number)
    if order.sales_channel != SalesChannel.INVOICE:
        raise OrderIsSale(order_number=order.order_number)


def _reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ReasonMissing(field="reason")
    return text[:500]


def change_order_price(session: Session, actor: Actor, order_id: int, price: str | Decimal, reason: str, *,
                       expected_version: int | None = None) -> OrderChange:
    """Give the order a new price per period (VAT 0 %); its pending billing requests take it too.

    Invoices already made keep their price. Refused for an order that is cancelled, no longer
    active, a cash-desk or online sale, or billed for its whole period; for a price that is not
    more than zero or has more than two decimals; without a reason.
    """
    new_cents = parse_price(price)
    why = _reason(reason)
    order = _load(session, order_id, expected_version)
    _check_changeable(order)
    pending = pending_request_count(session, order.id)
    if not left_to_bill(BillingSchedule(order.billing_schedule), order.period_end, order.billed_until, pending):
        raise OrderFullyBilled(order_number=order.order_number)
    before = order.unit_price_cents
    if new_cents == before:
        raise PriceUnchanged(order_number=order.order_number, price=to_decimal(before))
    order.unit_price_cents = new_cents
    session.flush()
    changed = len(session.execute(
        update(BillingRequest)
        .where(BillingRequest.order_id == order.id, BillingRequest.status == BillingRequestStatus.PENDING)
        .values(unit_price_cents=new_cents)
        .returning(BillingRequest.id)
        .execution_options(synchronize_session="fetch")
    ).all())
    audit.record(session, actor, "order.price_changed", "order", order.id,
                 before={"order_number": order.order_number, "unit_price_cents": before},
                 after={"order_number": order.order_number, "unit_price_cents": new_cents, "reason": why,
                        "billing_requests": changed},
                 customer_id=order.customer_id)
    session.flush()
    return OrderChange(order.id, order.order_number, order.customer_id, OrderStatus(order.status), before, new_cents,
                       changed, "order.price_changed")


def cancel_order(session: Session, actor: Actor, order_id: int, reason: str, *,
                 expected_version: int | None = None) -> OrderChange:
    """Cancel an invoiced order that has not been billed yet; its pending billing requests leave the list.

    An order with an invoice is refused: money billed (or paid) is undone by a cut-off or a credit
    note, not by cancelling.
    """
    why = _reason(reason)
    order = _load(session, order_id, expected_version)
    _check_changeable(order)
    if has_invoices(session, order.id):
        raise OrderHasInvoices(order_number=order.order_number)
    order.status = OrderStatus.CANCELLED
    order.cancelled_at = utcnow()
    session.flush()
    pending = list(session.scalars(
        select(BillingRequest.id)
        .where(BillingRequest.order_id == order.id, BillingRequest.status == BillingRequestStatus.PENDING)
    ))
    withdrawn = billing_requests.cancel_requests(session, actor, pending) if pending else 0
    audit.record(session, actor, "order.cancelled", "order", order.id,
                 before={"order_number": order.order_number, "status": OrderStatus.ACTIVE},
                 after={"order_number": order.order_number, "status": OrderStatus.CANCELLED, "reason": why,
                        "billing_requests": withdrawn},
                 customer_id=order.customer_id)
    session.flush()
    return OrderChange(order.id, order.order_number, order.customer_id, OrderStatus.CANCELLED,
                       order.unit_price_cents, order.unit_price_cents, withdrawn, "order.cancelled")


def withdraw_requests(session: Session, actor: Actor, order_id: int, reason: str, *,
                      expected_version: int | None = None) -> OrderChange:
    """Take the pending billing requests of an order that is no longer active off the list for good.

    They were made before the order was cancelled (or cut off, or ended) and can never be billed;
    the Billing tab lists them as errors until they go. An active order is refused: its requests
    are billed as usual.
    """
    why = _reason(reason)
    order = _load(session, order_id, expected_version)
    if order.status == OrderStatus.ACTIVE:
        raise OrderStillActive(order_number=order.order_number)
    pending = list(session.scalars(
        select(BillingRequest.id)
        .where(BillingRequest.order_id == order.id, BillingRequest.status == BillingRequestStatus.PENDING)
        .with_for_update()
    ))
    if not pending:
        raise NoPendingRequests(order_number=order.order_number)
    withdrawn = billing_requests.cancel_requests(session, actor, pending)
    audit.record(session, actor, "order.requests_withdrawn", "order", order.id,
                 before={"order_number": order.order_number, "billing_requests": len(pending)},
                 after={"order_number": order.order_number, "billing_requests": 0, "reason": why},
                 customer_id=order.customer_id)
    session.flush()
    return OrderChange(order.id, order.order_number, order.customer_id, OrderStatus(order.status),
                       order.unit_price_cents, order.unit_price_cents, withdrawn, "order.requests_withdrawn")
