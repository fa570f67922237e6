"""Creating payment reminders under lock (SPEC W3.2): one transaction, all or nothing, never twice.

**A reminder** is an invoice of kind REMINDER with its own number (the invoice sequence) and
reference, ``parent_invoice_id`` = the reminded invoice, ``reminder_level`` 1 or 2, the customer and
order of that invoice, the customer's channel and language, dated today. Its lines are the fee (FEE,
no VAT) and the interest (INTEREST, period = due date, or the last day an earlier reminder charged, …
today), described in the reminder's language (``documents.texts``); its ``total_cents`` (= net, no VAT)
is fee + interest, posted in one REMINDER_FEE voucher: receivables debit (customer, the reminder's own
invoice id), reminder fee income credit, interest income credit. A reminder with neither fee nor
interest has total 0, no voucher and status *paid* (nothing is owed on it, as a billing run marks a
fully covered invoice); it is still a letter to send.

**Paying a reminder.** The reminder's reference identifies the reminder. The amount it asks for (the
PDF, the bank barcode, Finvoice ``EpiInstructedAmount``) is the reminded invoice's open amount *plus*
the reminder's total: a payment with the reminder's reference is meant for both, the reminded invoice's
open amount and the reminder's own ``total_cents`` (fee + interest, open on receivables under the
reminder's invoice id). The payments service settles them (the reminded invoice first, then the
reminder's costs).

**Never twice.** ``create_reminders`` locks the reminded invoices (PostgreSQL: ``FOR UPDATE`` in id
order; SQLite: the database write lock, taken by the transaction's first statement) and checks every
rule again under the lock (``eligibility.recheck``), so two clerks pressing Create at the same moment
never remind one invoice twice at one level; the second clerk's result lists those invoices as already
reminded. All reminders of one call are written in one transaction (in chunks of bulk inserts): all or
nothing. Any user (clerk or accountant) may create reminders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import Customer, Invoice, InvoiceLine, NumberSequence
from desktop_app.models.enums import Channel, InvoiceKind, InvoiceStatus, LineKind, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.documents import texts
from desktop_app.services.documents.invoices import AmountToPay
from desktop_app.services.documents.references import make_reference
from desktop_app.services.foundation import audit, sequences
from desktop_app.services.foundation.bulk import IN_CHUNK, table_of, without_cyclic_gc
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.reminders.eligibility import Candidate, Reason, recheck
from desktop_app.services.reminders.rules import ReminderRules, checked_level, reminder_rules

__all__ = [
    "DEFAULT_CHUNK", "Cancel", "CreatedReminder", "Progress", "ReminderRunResult", "create_reminders",
    "read_targets", "take_write_lock",
]

DEFAULT_CHUNK = 2000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class CreatedReminder:
    """One reminder made (or, in a preview, that would be made: ``reminder_id`` is None)."""

    reminder_id: int | None
    number: int
    reference: str
    level: int
    invoice_id: int
    invoice_number: int
    customer_id: int
    customer_number: int
    customer_name: str
    channel: Channel
    invoice_date: dt.date
    due_date: dt.date
    fee_cents: int
    interest_cents: int
    fee_reason: Reason | None
    open_cents: int = 0  # of the reminded invoice, when the reminder was made

    @property
    def total_cents(self) -> int:
        return self.fee_cents + self.interest_cents

    @property
    def amount_to_pay(self) -> AmountToPay:
        """What the letter asks: the reminded invoice's open amount, the fee and the interest."""
        return AmountToPay(self.open_cents, self.fee_cents, self.interest_cents, 0)

    @property
    def fee(self) -> Decimal:
        return to_decimal(self.fee_cents)

    @property
    def interest(self) -> Decimal:
        return to_decimal(self.interest_cents)

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)


@dataclass(frozen=True)
class ReminderRunResult:
    level: int
    preview: bool
    created: tuple[CreatedReminder, ...]
    fee_total: Decimal
    interest_total: Decimal
    not_eligible: tuple[Candidate, ...]  # selected invoices that were not (or no longer) eligible, with reasons
    cancelled: bool = False  # the clerk pressed Cancel: nothing was written

    @property
    def numbers(self) -> list[int]:
        return [r.number for r in self.created]

    @property
    def total(self) -> Decimal:
        return self.fee_total + self.interest_total


class _Target(NamedTuple):
    """What a reminder takes from the invoice it reminds of and its customer."""

    order_id: int | None
    channel: Channel
    language: str


def take_write_lock(session: Session) -> None:
    """SQLite: begin the transaction with a write, so it holds the database's one write lock from the start.

    Every read after it sees the latest state and no other desk can write until commit; a read
    first would give a snapshot that a concurrent writer can make stale.
    """
    table = table_of(NumberSequence)
    session.connection().execute(update(table).where(table.c.name == sequences.INVOICE)
                                 .values(next_value=table.c.next_value))


def read_targets(session: Session, invoice_ids: Sequence[int], *, lock: bool) -> dict[int, tuple[int, _Target]]:
    """Invoice id -> (customer id, target) of these invoices; locked in id order on PostgreSQL."""
    out: dict[int, tuple[int, _Target]] = {}
    postgres = session.get_bind().dialect.name == "postgresql"
    for i in range(0, len(invoice_ids), IN_CHUNK):
        part = invoice_ids[i:i + IN_CHUNK]
        stmt = (select(Invoice.id, Invoice.customer_id, Invoice.order_id, Customer.billing_channel, Customer.language)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(Invoice.id.in_(part)).order_by(Invoice.id))
        if lock and postgres:
            stmt = stmt.with_for_update(of=Invoice)
        for iid, cid, oid, channel, language in session.execute(stmt):
            out[iid] = (cid, _Target(oid, channel, language or "fi"))
    missing = [i for i in invoice_ids if i not in out]
    if missing:
        raise NotFound(what="Invoice", key=str(missing[0]))
    return out


def _made(c: Candidate, number: int, reference: str, target: _Target, today: dt.date,
          reminder_id: int | None = None) -> CreatedReminder:
    return CreatedReminder(reminder_id, number, reference, c.level, c.invoice_id, c.invoice_number, c.customer_id,
                           c.customer_number, c.customer_name, target.channel, today, c.reminder_due_date,
                           c.fee_cents, c.interest_cents, c.fee_reason, c.open_cents)


def create_reminders(
    session_factory: sessionmaker[Session],
    actor: Actor,
    level: int,
    invoice_ids: Sequence[int],
    today: dt.date,
    *,
    preview: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> ReminderRunResult:
    """Create reminders of ``level`` for these invoices (the clerk's selection of candidates): see the module doc.

    Every rule is checked again under lock; the invoices no longer eligible come back in
    ``not_eligible`` with their reasons. ``preview`` computes the same reminders and writes
    nothing. All or nothing: ``cancel()`` returning True before a chunk rolls everything back
    (``cancelled``). ``progress(done, total)`` after each chunk. A closed posting date raises the
    ledger's error before anything is written.
    """
    level = checked_level(level)
    ids = sorted(set(invoice_ids))
    if not ids:
        return ReminderRunResult(level, preview, (), to_decimal(0), to_decimal(0), ())
    with session_factory() as session, without_cyclic_gc():
        rules = reminder_rules(session)
        ledger.check_postable(session, today)
        if not preview and session.get_bind().dialect.name == "sqlite":
            take_write_lock(session)
        targets = read_targets(session, ids, lock=not preview)
        customers = sorted({cid for cid, _t in targets.values()})
        eligible, not_eligible = recheck(session, level, today, rules, ids, customers)
        eligible.sort(key=lambda c: (c.customer_number, c.invoice_number))
        not_eligible.sort(key=lambda c: c.invoice_number)
        fee_total = to_decimal(sum(c.fee_cents for c in eligible))
        interest_total = to_decimal(sum(c.interest_cents for c in eligible))
        if preview or not eligible:
            first = sequences.peek(session, sequences.INVOICE)
            made = tuple(_made(c, first + k, make_reference(first + k, rules.reference_format),
                               targets[c.invoice_id][1], today) for k, c in enumerate(eligible))
            return ReminderRunResult(level, preview, made if preview else (), fee_total, interest_total,
                                     tuple(not_eligible))
        accounts = ledger.account_map(session)
        first = sequences.take(session, sequences.INVOICE, len(eligible))
        created: list[CreatedReminder] = []
        for start in range(0, len(eligible), chunk_size):
            if cancel is not None and cancel():
                session.rollback()
                return ReminderRunResult(level, preview, (), to_decimal(0), to_decimal(0), tuple(not_eligible),
                                         cancelled=True)
            chunk = eligible[start:start + chunk_size]
            created += _write_chunk(session, actor, rules, accounts, chunk, first + start, targets, today)
            if progress is not None:
                progress(start + len(chunk), len(eligible))
        audit.record(session, actor, "reminders.created", "invoice", created[0].reminder_id,
                     after={"level": level, "count": len(created), "first_number": created[0].number,
                            "last_number": created[-1].number, "fee_cents": sum(r.fee_cents for r in created),
                            "interest_cents": sum(r.interest_cents for r in created), "date": today})
        session.commit()
    return ReminderRunResult(level, False, tuple(created), fee_total, interest_total, tuple(not_eligible))


def _write_chunk(session: Session, actor: Actor, rules: ReminderRules, accounts: ledger.AccountMap,
                 chunk: Sequence[Candidate], first: int, targets: Mapping[int, tuple[int, _Target]],
                 today: dt.date) -> list[CreatedReminder]:
    """Insert one chunk of reminders with their lines and vouchers (bulk inserts)."""
    now = dt.datetime.now(dt.UTC)
    rows = [_invoice_row(c, first + k, targets[c.invoice_id][1], rules, actor, today, now)
            for k, c in enumerate(chunk)]
    session.execute(insert(Invoice), rows)
    id_by_number = dict(session.execute(select(Invoice.number, Invoice.id).where(
        Invoice.number.between(first, first + len(chunk) - 1))).all())
    lines: list[dict[str, Any]] = []
    vouchers: list[ledger.NewVoucher] = []
    voucher_of: list[int] = []
    created: list[CreatedReminder] = []
    for k, c in enumerate(chunk):
        number = first + k
        rid = id_by_number[number]
        target = targets[c.invoice_id][1]
        lines += _line_rows(c, rid, texts.document_language(target.language), today)
        if c.fee_cents + c.interest_cents:
            vouchers.append(_voucher(c, rid, number, accounts, today))
            voucher_of.append(rid)
        created.append(_made(c, number, make_reference(number, rules.reference_format), target, today, rid))
    if lines:
        session.execute(insert(InvoiceLine), lines)
    if vouchers:
        voucher_ids = ledger.post_vouchers(session, actor, vouchers, audit_each=False)
        table = table_of(Invoice)
        session.connection().execute(
            update(table).where(table.c.id == bindparam("rid")).values(voucher_id=bindparam("vid")),
            [{"rid": rid, "vid": vid} for rid, vid in zip(voucher_of, voucher_ids, strict=True)])
    return created


def _invoice_row(c: Candidate, number: int, target: _Target, rules: ReminderRules, actor: Actor, today: dt.date,
                 now: dt.datetime) -> dict[str, Any]:
    """The reminder itself as an ``invoices`` row (open if it asks for money, else paid)."""
    total = c.fee_cents + c.interest_cents
    return {
        "number": number, "kind": InvoiceKind.REMINDER, "customer_id": c.customer_id,
        "order_id": target.order_id, "billing_run_id": None, "parent_invoice_id": c.invoice_id,
        "reminder_level": c.level, "invoice_date": today, "due_date": c.reminder_due_date,
        "reference": make_reference(number, rules.reference_format), "channel": target.channel,
        "language": target.language, "net_cents": total, "vat_cents": 0, "total_cents": total,
        "balance_applied_cents": 0, "paid_cents": 0, "status": InvoiceStatus.OPEN if total else InvoiceStatus.PAID,
        "no_reminders": False, "paid_out_iban": "", "message": "", "internal_note": "",
        "created_by": actor.user_id, "created_at": now,
    }


def _line_rows(c: Candidate, rid: int, lang: str, today: dt.date) -> list[dict[str, Any]]:
    """The reminder's fee line and interest line (those that are not zero), described in ``lang``."""
    lines: list[dict[str, Any]] = []
    if c.fee_cents:
        lines.append({"invoice_id": rid, "line_no": len(lines) + 1, "kind": LineKind.FEE, "order_id": None,
                      "product_id": None, "billing_request_id": None,
                      "description": texts.text("reminder_fee", lang),
                      "period_start": None, "period_end": None, "quantity": 1, "unit_price_cents": c.fee_cents,
                      "net_cents": c.fee_cents, "vat_rate_bp": 0, "vat_cents": 0, "gross_cents": c.fee_cents})
    if c.interest_cents:
        lines.append({"invoice_id": rid, "line_no": len(lines) + 1, "kind": LineKind.INTEREST, "order_id": None,
                      "product_id": None, "billing_request_id": None,
                      "description": texts.text("late_interest", lang),
                      "period_start": c.interest_from or c.due_date, "period_end": today, "quantity": 1,
                      "unit_price_cents": c.interest_cents, "net_cents": c.interest_cents, "vat_rate_bp": 0,
                      "vat_cents": 0, "gross_cents": c.interest_cents})
    return lines


def _voucher(c: Candidate, rid: int, number: int, accounts: ledger.AccountMap, today: dt.date) -> ledger.NewVoucher:
    """The REMINDER_FEE voucher: receivables debit, reminder fee and interest income credit."""
    return ledger.NewVoucher(VoucherKind.REMINDER_FEE, today, [
        ledger.PostingLine(accounts.receivables, c.fee_cents + c.interest_cents, customer_id=c.customer_id,
                           invoice_id=rid, description=ledger.REMINDER_TEXT, description_values={"number": number}),
        ledger.PostingLine(accounts.reminder_fee_income, -c.fee_cents),
        ledger.PostingLine(accounts.interest_income, -c.interest_cents),
    ], ledger.REMINDER_VOUCHER_TEXT, invoice_id=rid,
        description_values={"level": c.level, "number": number, "invoice": c.invoice_number})
