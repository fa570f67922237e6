"""Reading payments (W10): the payment list with what each paid and why it waits, settlements, a customer's
open invoices, look-ups by number; and which invoices a payment may settle, which payments are held.

Nothing here writes. ``get_payment`` and ``held_payment`` read one payment for an action on it (locked for
update when asked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Invoice, Payment, Settlement
from desktop_app.models.enums import InvoiceKind, InvoiceStatus, PaymentSource, PaymentStatus
from desktop_app.services.foundation.bulk import IN_CHUNK
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.money import cents, to_decimal
from desktop_app.services.ledger.balance import NEEDS_HANDLING
from desktop_app.services.payments.errors import NotAPossibleDuplicate, NotAWaitingReturn
from desktop_app.services.payments.reasons import reason_of

# Kinds of invoice a payment may settle: what the customer owes.
PAYABLE_KINDS = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE, InvoiceKind.REMINDER)
OPEN_STATES = (InvoiceStatus.OPEN, InvoiceStatus.COLLECTION)
# Held for the clerk with nothing booked: a possible duplicate (accept or discard) and a return that names no
# original (apply it to the payment it takes back). They wait under "needs handling" too.
HELD = (PaymentStatus.DUPLICATE, PaymentStatus.RETURN)


# --- payments ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentRow:
    id: int
    booking_date: dt.date
    amount_cents: int
    unallocated_cents: int
    reference: str
    payer_name: str
    message: str
    status: PaymentStatus
    source: PaymentSource
    customer_id: int | None
    customer_number: int | None
    customer_name: str
    invoice_numbers: tuple[int, ...]
    reason_template: str
    reason_params: dict[str, Any]
    import_id: int | None
    bank_ref: str

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.amount_cents)

    @property
    def unallocated(self) -> Decimal:
        return to_decimal(self.unallocated_cents)

    @property
    def waiting(self) -> bool:
        """Money waits on the unallocated-payments account: to credit balance, allocate or refund it."""
        return self.unallocated_cents > 0 and self.status in NEEDS_HANDLING

    @property
    def held(self) -> bool:
        """Nothing booked yet: a possible duplicate to accept or discard, or a return to apply."""
        return self.status in HELD

    @property
    def needs_handling(self) -> bool:
        return self.waiting or self.held


def _needs_handling() -> Any:
    return or_(and_(Payment.unallocated_cents > 0, Payment.status.in_(NEEDS_HANDLING)), Payment.status.in_(HELD))


def list_payments(session: Session, *, needs_handling: bool = False, import_id: int | None = None,
                  customer_id: int | None = None, since: dt.date | None = None,
                  limit: int | None = None, payment_ids: Sequence[int] | None = None) -> list[PaymentRow]:
    """Payments, newest first; ``needs_handling``: only those with money waiting for the clerk."""
    stmt = (select(Payment.id, Payment.booking_date, Payment.amount_cents, Payment.unallocated_cents,
                   Payment.reference, Payment.payer_name, Payment.message, Payment.status, Payment.source,
                   Payment.customer_id, Customer.customer_number, Customer.name, Payment.handling_reason,
                   Payment.import_id, Payment.bank_ref)
            .outerjoin(Customer, Customer.id == Payment.customer_id)
            .order_by(Payment.booking_date.desc(), Payment.id.desc()))
    if needs_handling:
        stmt = stmt.where(_needs_handling())
    if import_id is not None:
        stmt = stmt.where(Payment.import_id == import_id)
    if customer_id is not None:
        stmt = stmt.where(Payment.customer_id == customer_id)
    if since is not None:
        stmt = stmt.where(Payment.booking_date >= since)
    if payment_ids is not None:
        stmt = stmt.where(Payment.id.in_(list(payment_ids)))
    if limit:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    numbers = _invoice_numbers(session, [r.id for r in rows])
    out = []
    for r in rows:
        template, params = reason_of(r.handling_reason or "")
        out.append(PaymentRow(
            r.id, r.booking_date, r.amount_cents, r.unallocated_cents, r.reference, r.payer_name, r.message,
            PaymentStatus(r.status), PaymentSource(r.source), r.customer_id, r.customer_number, r.name or "",
            tuple(dict.fromkeys(numbers.get(r.id, ()))), template, params, r.import_id, r.bank_ref or "",
        ))
    return out


def _invoice_numbers(session: Session, ids: list[int]) -> dict[int, list[int]]:
    """The invoices each of these payments pays now (settlements not undone), in the order they were settled."""
    numbers: dict[int, list[int]] = {}
    for i in range(0, len(ids), IN_CHUNK):
        for pid, number in session.execute(
            select(Settlement.payment_id, Invoice.number).join(Invoice, Invoice.id == Settlement.invoice_id)
            .where(Settlement.payment_id.in_(ids[i:i + IN_CHUNK]), Settlement.undone_at.is_(None))
            .order_by(Settlement.id)
        ):
            if pid is not None:
                numbers.setdefault(pid, []).append(number)
    return numbers


def open_payments_total(session: Session) -> int:
    """Cents waiting in the needs-handling queue."""
    return cents(session.scalar(select(func.sum(Payment.unallocated_cents)).where(
        Payment.status.in_(NEEDS_HANDLING))))


def get_payment(session: Session, payment_id: int, *, lock: bool = False) -> Payment:
    payment = session.get(Payment, payment_id, with_for_update=lock)
    if payment is None:
        raise NotFound(what="Payment", key=str(payment_id))
    return payment


def held_payment(session: Session, payment_id: int, status: PaymentStatus) -> Payment:
    """A payment held with nothing booked, locked: a possible duplicate or a return waiting for its original."""
    payment = get_payment(session, payment_id, lock=True)
    if payment.status != status:
        raise (NotAPossibleDuplicate if status == PaymentStatus.DUPLICATE else NotAWaitingReturn)(payment=payment.id)
    return payment


# --- settlements and open invoices -------------------------------------------------------------

@dataclass(frozen=True)
class SettlementRow:
    id: int
    invoice_id: int
    invoice_number: int
    invoice_kind: InvoiceKind
    payment_id: int | None
    amount_cents: int
    settled_on: dt.date
    undone: bool

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.amount_cents)


def settlements(session: Session, *, payment_id: int | None = None, invoice_id: int | None = None,
                include_undone: bool = False) -> list[SettlementRow]:
    stmt = (select(Settlement.id, Settlement.invoice_id, Invoice.number, Invoice.kind, Settlement.payment_id,
                   Settlement.amount_cents, Settlement.settled_on, Settlement.undone_at)
            .join(Invoice, Invoice.id == Settlement.invoice_id).order_by(Settlement.id))
    if payment_id is not None:
        stmt = stmt.where(Settlement.payment_id == payment_id)
    if invoice_id is not None:
        stmt = stmt.where(Settlement.invoice_id == invoice_id)
    if not include_undone:
        stmt = stmt.where(Settlement.undone_at.is_(None))
    return [SettlementRow(r.id, r.invoice_id, r.number, InvoiceKind(r.kind), r.payment_id, r.amount_cents,
                          r.settled_on, r.undone_at is not None) for r in session.execute(stmt)]


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: int
    kind: InvoiceKind
    invoice_date: dt.date
    due_date: dt.date
    reference: str
    total_cents: int
    open_cents: int
    reminder_level: int

    @property
    def open_amount(self) -> Decimal:
        return to_decimal(self.open_cents)


def open_invoices(session: Session, customer_id: int) -> list[OpenInvoice]:
    """The customer's invoices with something left to pay, oldest due date first."""
    open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
    rows = session.execute(
        select(Invoice.id, Invoice.number, Invoice.kind, Invoice.invoice_date, Invoice.due_date, Invoice.reference,
               Invoice.total_cents, open_.label("open"), Invoice.reminder_level)
        .where(Invoice.customer_id == customer_id, Invoice.kind.in_(PAYABLE_KINDS),
               Invoice.status.in_(OPEN_STATES), open_ > 0)
        .order_by(Invoice.due_date, Invoice.number))
    return [OpenInvoice(r.id, r.number, InvoiceKind(r.kind), r.invoice_date, r.due_date, r.reference,
                        r.total_cents, cents(r.open), r.reminder_level) for r in rows]


def invoice_ids_by_number(session: Session, numbers: Sequence[int]) -> dict[int, int]:
    """Invoice ids by invoice number; an unknown number is an error."""
    found = dict(session.execute(select(Invoice.number, Invoice.id).where(Invoice.number.in_(list(numbers)))).all())
    for number in numbers:
        if number not in found:
            raise NotFound(what="Invoice", key=str(number))
    return found


def customer_by_number(session: Session, customer_number: int) -> int:
    cid = session.scalar(select(Customer.id).where(Customer.customer_number == customer_number))
    if cid is None:
        raise NotFound(what="Customer", key=str(customer_number))
    return int(cid)
