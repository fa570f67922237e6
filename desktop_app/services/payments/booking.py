"""Booking new payments (W10): match, insert and post them in the caller's transaction, all or nothing.

Both an imported bank file (``importing``) and a payment entered by hand (``allocation.record_payment``) come
through ``book``. Each payment is matched (``matching``); then, in batches, the payment rows are written (COPY on
PostgreSQL), their vouchers posted and their settlements written; last the invoices they paid are updated.

Postings (signed cents, debit +):
- payment matched:      bank +A; receivables −a (per invoice); unallocated −(A − Σa)
- held (possibly imported already): nothing, until the clerk accepts it
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.models import Payment, Settlement
from desktop_app.models.enums import PaymentSource, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import BulkWriter, table_of
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.payments.columns import BANK_REF_LEN, PAYER_LEN, fit, matchable, stored_reference
from desktop_app.services.payments.errors import ImportCancelled
from desktop_app.services.payments.matching import (
    Booked,
    Incoming,
    Inv,
    cover_other_invoices,
    held_as_duplicate,
    load_invoices,
    match,
    reference_keys,
)
from desktop_app.services.payments.queries import HELD

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_SETTLEMENTS = table_of(Settlement)
_SETTLEMENT_COLUMNS = ("invoice_id", "payment_id", "amount_cents", "settled_on", "voucher_id", "created_by",
                       "created_at")
_PAYMENT_COLUMNS = ("id", "bank_ref", "identity", "archive_id", "end_to_end_id", "import_id", "source", "amount_cents",
                    "currency", "booking_date", "value_date", "reference", "payer_name", "message", "customer_id",
                    "status", "unallocated_cents", "handling_reason", "created_by", "created_at")
_PAYMENTS = table_of(Payment)  # Core inserts: one multi-row INSERT per batch (see ledger.post_vouchers)
_STEP = 5000  # payments written in one batch


def payment_voucher(b: Booked, payment_id: int, accounts: ledger.AccountMap) -> ledger.NewVoucher:
    """The voucher of a matched payment: the bank, what it paid of each invoice, what is left unallocated."""
    p = b.incoming
    lines = [ledger.PostingLine(accounts.bank, p.amount_cents, description=p.payer_name[:300])]
    lines += [ledger.PostingLine(accounts.receivables, -amount, customer_id=inv.customer_id, invoice_id=inv.id)
              for inv, amount in b.allocations]
    if b.unallocated:
        lines.append(ledger.PostingLine(accounts.unallocated, -b.unallocated, customer_id=b.customer_id))
    numbers = ", ".join(str(inv.number) for inv, _a in b.allocations)
    reference = p.reference or "-"
    return ledger.NewVoucher(
        VoucherKind.PAYMENT, p.booking_date, lines,
        ledger.PAYMENT_TO_INVOICES_TEXT if numbers else ledger.PAYMENT_UNALLOCATED_TEXT, payment_id=payment_id,
        description_values={"reference": reference, "numbers": numbers} if numbers else {"reference": reference})


def book(session: Session, actor: Actor, incoming: Sequence[Incoming], *, source: PaymentSource,
         import_id: int | None, progress: Progress | None = None, cancel: Cancel | None = None) -> list[Booked]:
    """Match, insert and post these payments in the caller's transaction. All or nothing."""
    if not incoming:
        return []
    accounts = ledger.account_map(session)
    booked, by_id = _matched(session, incoming)
    writer = _Writer.start(session, actor, accounts, source, import_id)
    total = len(booked)
    for start in range(0, total, _STEP):
        if cancel is not None and cancel():
            raise ImportCancelled()
        writer.write(booked[start:start + _STEP])
        if progress is not None:
            progress(min(total, start + _STEP), total)
    # Plain executemany (pipelined on PostgreSQL): the ORM's bulk UPDATE sends a statement per row.
    writer.bulk.execute_many("UPDATE invoices SET paid_cents = ?, status = ? WHERE id = ?",
                             [(inv.paid, inv.status, inv.id) for inv in by_id.values() if inv.changed])
    return booked


def _matched(session: Session, incoming: Sequence[Incoming]) -> tuple[list[Booked], dict[int, Inv]]:
    """Every payment matched (a closed period refuses them all), and the invoices they pay, by id."""
    lock = settings_service.get(session, "ledger.lock_date")
    for date in sorted({p.booking_date for p in incoming}):
        ledger.check_postable(session, date, lock_date=lock)  # a closed period refuses the whole file
    to_match = [p for p in incoming if p.held_as_duplicate_of is None]
    by_ref, by_id = load_invoices(session, (k for p in to_match for k in reference_keys(p.reference)), lock=True)
    booked = [held_as_duplicate(p) if p.held_as_duplicate_of is not None else match(p, by_ref, by_id)
              for p in incoming]
    cover_other_invoices(session, booked, by_id)
    return booked, by_id


@dataclass
class _Writer:
    """Writes booked payments batch by batch: the payment rows, their vouchers, their settlements."""

    session: Session
    actor: Actor
    accounts: ledger.AccountMap
    source: PaymentSource
    import_id: int | None
    bulk: BulkWriter
    day: Callable[[Any], Any]  # a date as the database takes it
    stamp: Any  # now, as the database takes it

    @classmethod
    def start(cls, session: Session, actor: Actor, accounts: ledger.AccountMap, source: PaymentSource,
              import_id: int | None) -> _Writer:
        now = dt.datetime.now(dt.UTC)
        bulk = BulkWriter(session)
        return cls(session, actor, accounts, source, import_id, bulk,
                   bulk.converter(_SETTLEMENTS.c.settled_on), bulk.converter(_SETTLEMENTS.c.created_at)(now))

    def write(self, part: list[Booked]) -> None:
        ids = _reserve_ids(self.session, len(part))
        self.bulk.insert(_PAYMENTS, _PAYMENT_COLUMNS, [self.payment_row(b, pid) for b, pid in zip(part, ids, strict=True)])
        for b, pid in zip(part, ids, strict=True):
            b.payment_id = pid
        posted = [(b, pid) for b, pid in zip(part, ids, strict=True) if b.status not in HELD]
        voucher_ids = ledger.post_vouchers(
            self.session, self.actor, [payment_voucher(b, pid, self.accounts) for b, pid in posted], audit_each=False)
        self.bulk.update(_PAYMENTS, "voucher_id",
                         [(vid, pid) for (_b, pid), vid in zip(posted, voucher_ids, strict=True)])
        self.bulk.insert(_SETTLEMENTS, _SETTLEMENT_COLUMNS, [
            (inv.id, pid, amount, self.day(b.incoming.booking_date), vid, self.actor.user_id, self.stamp)
            for (b, pid), vid in zip(posted, voucher_ids, strict=True) for inv, amount in b.allocations])

    def payment_row(self, b: Booked, pid: int) -> tuple[Any, ...]:
        """The row of ``_PAYMENT_COLUMNS``; every text cut to fit its column."""
        p = b.incoming
        return (pid, fit(p.bank_ref, BANK_REF_LEN) if p.bank_ref else None, p.identity,
                matchable(p.archive_id), matchable(p.end_to_end_id), self.import_id, self.source,
                p.amount_cents, p.currency, self.day(p.booking_date), self.day(p.value_date) if p.value_date else None,
                stored_reference(p.reference), fit(p.payer_name, PAYER_LEN), p.message,
                b.customer_id, b.status, b.unallocated, b.reason, self.actor.user_id, self.stamp)


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for new payments, so they can be written with COPY and still be referred to by vouchers."""
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(text("SELECT nextval(pg_get_serial_sequence('payments', 'id')) "
                                         "FROM generate_series(1, :n)"), {"n": count}))
    # SQLite serves one desk; should another writer get in between, the INSERT fails (unique id), nothing is overwritten.
    first = int(session.scalar(select(func.coalesce(func.max(Payment.id), 0))) or 0) + 1
    return list(range(first, first + count))
