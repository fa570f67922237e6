"""Matching a payment to its invoice (W10, §5): by reference number, then the customer's other invoices.

A payment matches its invoice by reference number (domestic 7-3-1 or RF, either form finds the invoice; a
reminder's reference pays the reminded invoice first, then the reminder's fee and interest). What it pays is a
settlement; a partial payment leaves the rest of the invoice open. When what is left over is exactly what the
customer's other open invoices owe, it pays those too (one payment for everything, with one invoice's
reference). Money that pays no invoice is unallocated, with the reason the payment waits for the clerk.

Everything here works on plain records in memory (``Incoming``, ``Inv``, ``Booked``); the invoices it pays are
read, and on PostgreSQL locked, by ``load_invoices`` and ``cover_other_invoices``; ``booking`` writes it all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Invoice
from desktop_app.models.enums import InvoiceKind, InvoiceStatus, PaymentStatus
from desktop_app.services.documents import references
from desktop_app.services.foundation.bulk import IN_CHUNK
from desktop_app.services.payments.queries import OPEN_STATES, PAYABLE_KINDS
from desktop_app.services.payments.reasons import (
    ALREADY_PAID,
    BAD_REFERENCE,
    CREDITED,
    CUSTOMER_ONLY,
    NO_REFERENCE,
    NOT_PAYABLE,
    OVERPAID,
    UNKNOWN_REFERENCE,
    PossiblyImported,
    euros,
    stored_reason,
)

# The invoice columns a match reads (``Inv``).
_COLUMNS = (Invoice.id, Invoice.number, Invoice.kind, Invoice.customer_id, Invoice.parent_invoice_id,
            Invoice.status, Invoice.total_cents, Invoice.balance_applied_cents, Invoice.paid_cents)


@dataclass
class Incoming:
    amount_cents: int
    booking_date: dt.date
    reference: str = ""
    payer_name: str = ""
    message: str = ""
    value_date: dt.date | None = None
    bank_ref: str | None = None
    currency: str = "EUR"
    customer_id: int | None = None  # a hint for a hand-entered payment without a reference
    identity: str | None = None
    archive_id: str | None = None
    end_to_end_id: str | None = None
    held_as_duplicate_of: int | None = None  # possibly imported already: held, nothing booked


@dataclass
class Inv:
    id: int
    number: int
    kind: InvoiceKind
    customer_id: int
    parent_id: int | None
    status: InvoiceStatus
    total: int
    applied: int
    paid: int
    changed: bool = False

    @property
    def open(self) -> int:
        if self.kind not in PAYABLE_KINDS or self.status not in OPEN_STATES:
            return 0
        return max(0, self.total - self.applied - self.paid)

    def pay(self, amount: int) -> None:
        self.paid += amount
        self.changed = True
        if self.total - self.applied - self.paid <= 0:
            self.status = InvoiceStatus.PAID


@dataclass
class Booked:
    incoming: Incoming
    status: PaymentStatus
    customer_id: int | None
    allocations: list[tuple[Inv, int]]
    unallocated: int
    reason: str
    payment_id: int = 0


@lru_cache(maxsize=131_072)
def reference_keys(reference: str) -> tuple[str, ...]:
    """The stored forms an invoice with this reference may have: the domestic one and its RF form."""
    ref = references.compact(reference)
    if not ref:
        return ()
    if ref.startswith("RF"):
        if not references.is_valid_rf(ref):
            return ()
        body = ref[4:].lstrip("0")
        return (ref, body) if references.is_valid_domestic(body) else (ref,)
    digits = ref.lstrip("0")
    if not references.is_valid_domestic(digits):
        return ()
    return (digits, references.rf_from_domestic(digits))


def _inv_of(r: Any) -> Inv:
    return Inv(r.id, r.number, InvoiceKind(r.kind), r.customer_id, r.parent_invoice_id, InvoiceStatus(r.status),
               r.total_cents, r.balance_applied_cents, r.paid_cents)


def _for_update(session: Session, stmt: Any) -> Any:
    """The statement locking the invoices it reads, on PostgreSQL (SQLite serves one desk)."""
    return stmt.with_for_update(of=Invoice) if session.get_bind().dialect.name == "postgresql" else stmt


def load_invoices(session: Session, keys: Iterable[str], *, lock: bool) -> tuple[dict[str, Inv], dict[int, Inv]]:
    """Invoices by reference (and by id, with the parents of reminders), locked on PostgreSQL when paying."""
    wanted = sorted(set(keys))
    by_ref: dict[str, Inv] = {}
    by_id: dict[int, Inv] = {}

    def fetch(where: Any) -> list[Any]:
        stmt = select(*_COLUMNS, Invoice.reference).where(where).order_by(Invoice.id)
        return list(session.execute(_for_update(session, stmt) if lock else stmt))

    def keep(r: Any) -> Inv:
        inv = by_id.get(r.id)
        if inv is None:
            inv = by_id[r.id] = _inv_of(r)
        return inv

    for i in range(0, len(wanted), IN_CHUNK):
        for r in fetch(Invoice.reference.in_(wanted[i:i + IN_CHUNK])):
            inv = keep(r)
            current = by_ref.get(r.reference)
            # Several invoices with one reference: the one still open wins, then the newest.
            if current is None or (inv.open > 0) > (current.open > 0) or (
                    (inv.open > 0) == (current.open > 0) and inv.id > current.id):
                by_ref[r.reference] = inv
    parents = sorted({inv.parent_id for inv in by_id.values()
                      if inv.kind == InvoiceKind.REMINDER and inv.parent_id and inv.parent_id not in by_id})
    for i in range(0, len(parents), IN_CHUNK):
        for r in fetch(Invoice.id.in_(parents[i:i + IN_CHUNK])):
            keep(r)
    return by_ref, by_id


def match(p: Incoming, by_ref: dict[str, Inv], by_id: dict[int, Inv]) -> Booked:
    """The payment matched by its reference: what it pays (the invoices are paid in memory) and what is left."""
    keys = reference_keys(p.reference)
    if not references.compact(p.reference):
        return _unmatched(p, stored_reason(CUSTOMER_ONLY, customer=p.customer_id) if p.customer_id
                          else stored_reason(NO_REFERENCE))
    if not keys:
        return _unmatched(p, stored_reason(BAD_REFERENCE, reference=p.reference))
    inv = next((by_ref[k] for k in keys if k in by_ref), None)
    if inv is None:
        return _unmatched(p, stored_reason(UNKNOWN_REFERENCE, reference=p.reference))
    if inv.kind not in PAYABLE_KINDS:
        return Booked(p, PaymentStatus.OVERPAID, inv.customer_id, [], p.amount_cents,
                      stored_reason(NOT_PAYABLE, reference=p.reference, kind=str(inv.kind).replace("_", " ")))
    return _pay(p, inv, by_id)


def _pay(p: Incoming, inv: Inv, by_id: dict[int, Inv]) -> Booked:
    """The payment pays the invoice its reference found (a reminder: the reminded invoice first)."""
    targets = [inv]
    if inv.kind == InvoiceKind.REMINDER and inv.parent_id in by_id:
        targets = [by_id[inv.parent_id], inv]  # the debt itself first, then the reminder's costs
    left = p.amount_cents
    allocations: list[tuple[Inv, int]] = []
    for target in targets:
        take = min(left, target.open)
        if take > 0:
            target.pay(take)
            allocations.append((target, take))
            left -= take
    if not allocations:
        state = CREDITED if inv.status in (InvoiceStatus.CREDITED, InvoiceStatus.CANCELLED) else ALREADY_PAID
        return Booked(p, PaymentStatus.OVERPAID, inv.customer_id, [], left, stored_reason(state, invoice=inv.number))
    if left > 0:
        return Booked(p, PaymentStatus.OVERPAID, inv.customer_id, allocations, left,
                      stored_reason(OVERPAID, amount=euros(left), invoice=inv.number))
    status = PaymentStatus.MATCHED if all(t.open == 0 for t, _a in allocations) and inv.open == 0 \
        else PaymentStatus.PARTIAL
    return Booked(p, status, inv.customer_id, allocations, 0, "")


def cover_other_invoices(session: Session, booked: list[Booked], by_id: dict[int, Inv]) -> None:
    """One payment for several invoices: when what is left of an overpayment is exactly what the
    customer's other invoices still owe, it pays them all (the customer paid "everything" with the
    reference of one). Any other amount waits for the clerk, who can allocate it by hand."""
    over = [b for b in booked if b.status == PaymentStatus.OVERPAID and b.customer_id is not None
            and b.allocations and b.unallocated > 0]
    if not over:
        return
    _load_open_invoices(session, sorted({b.customer_id for b in over if b.customer_id is not None}), by_id)
    by_customer: dict[int, list[Inv]] = {}
    for inv in sorted(by_id.values(), key=lambda x: x.id):
        by_customer.setdefault(inv.customer_id, []).append(inv)
    for b in over:
        others = [inv for inv in by_customer.get(b.customer_id or 0, []) if inv.open > 0]
        if others and sum(inv.open for inv in others) == b.unallocated:
            for inv in others:
                amount = inv.open
                inv.pay(amount)
                b.allocations.append((inv, amount))
            b.status, b.unallocated, b.reason = PaymentStatus.MATCHED, 0, ""


def _load_open_invoices(session: Session, customers: list[int], by_id: dict[int, Inv]) -> None:
    """Add the open invoices of these customers to ``by_id`` (locked on PostgreSQL); those in it stay as they are."""
    open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
    for i in range(0, len(customers), IN_CHUNK):
        stmt = (select(*_COLUMNS).where(Invoice.customer_id.in_(customers[i:i + IN_CHUNK]),
                                        Invoice.kind.in_(PAYABLE_KINDS), Invoice.status.in_(OPEN_STATES), open_ > 0)
                .order_by(Invoice.id))
        for r in session.execute(_for_update(session, stmt)):
            if r.id not in by_id:
                by_id[r.id] = _inv_of(r)


def _unmatched(p: Incoming, reason: str) -> Booked:
    return Booked(p, PaymentStatus.UNMATCHED, p.customer_id, [], p.amount_cents, reason)


def held_as_duplicate(p: Incoming) -> Booked:
    """Possibly imported already: written down for the clerk, nothing booked (no money on any account)."""
    return Booked(p, PaymentStatus.DUPLICATE, None, [], 0, stored_reason(PossiblyImported.template,
                                                                         payment=p.held_as_duplicate_of))
