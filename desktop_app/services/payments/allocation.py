"""Handling a payment (W10, §5): allocate it by hand, turn it into credit balance, refund it, undo a
settlement; enter a payment by hand; accept or discard a payment held as possibly imported already.

Money that pays no invoice — an overpayment, a payment to a paid, cut-off or credited invoice, a payment whose
reference matches nothing — is posted to the *unallocated payments* account and the payment waits in the
"needs handling" queue with its reason, until the clerk turns it into the customer's credit balance
(``to_balance``), refunds it (``refund``: a refund invoice that waits on the refund report, W6), or allocates
it by hand to one or several of the customer's invoices (``allocate``). ``undo_settlement`` takes a settlement
back: the invoice opens again and the money returns to the payment (or, for credit balance applied, to the
balance).

Postings (signed cents, debit +):
- to credit balance:    unallocated +x; customer balance −x
- allocated by hand:    unallocated +Σa; receivables −a (per invoice)
- refunded:             unallocated +x; refund account −x (a refund invoice of x)
- settlement undone:    receivables +a; unallocated −a (or customer balance −a)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Invoice, InvoiceLine, Payment, Settlement
from desktop_app.models.enums import (
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    PaymentSource,
    PaymentStatus,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.documents import references
from desktop_app.services.foundation import audit, formatting, sequences
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger.balance import NEEDS_HANDLING
from desktop_app.services.payments.booking import book, payment_voucher
from desktop_app.services.payments.errors import (
    AllocationExceedsPayment,
    AllocationNotPositive,
    AllocationTooLarge,
    AmountNotPositive,
    InvoiceNotPayable,
    NoCustomerForPayment,
    NothingUnallocated,
    OnlyEuro,
    OtherCustomersInvoice,
    ReferenceInvalid,
    SettlementAlreadyUndone,
)
from desktop_app.services.payments.matching import (
    Incoming,
    cover_other_invoices,
    load_invoices,
    match,
    reference_keys,
)
from desktop_app.services.payments.queries import (
    OPEN_STATES,
    PAYABLE_KINDS,
    OpenInvoice,
    get_payment,
    held_payment,
    open_invoices,
)
from desktop_app.services.payments.reasons import UNDONE, DiscardedDuplicate, euros, reason_of, stored_reason


def _customer_for(session: Session, payment: Payment, customer_id: int | None) -> int:
    chosen = customer_id or payment.customer_id
    if chosen is None:
        raise NoCustomerForPayment(payment=payment.id)
    if session.get(Customer, chosen) is None:
        raise NotFound(what="Customer", key=str(chosen))
    return chosen


def _waiting(payment: Payment) -> None:
    if payment.unallocated_cents <= 0 or payment.status not in NEEDS_HANDLING:
        raise NothingUnallocated(payment=payment.id)


# --- allocate by hand --------------------------------------------------------------------------

def propose_allocation(session: Session, payment_id: int, customer_id: int | None = None) -> list[tuple[int, int]]:
    """(invoice id, cents): the payment's unallocated money over the customer's oldest open invoices."""
    return allocation_choices(session, payment_id, customer_id)[1]


def allocation_choices(session: Session, payment_id: int,
                       customer_id: int | None = None) -> tuple[list[OpenInvoice], list[tuple[int, int]]]:
    """The customer's open invoices (the payment's customer unless another is given) and the proposal."""
    payment = get_payment(session, payment_id)
    customer_id = customer_id or payment.customer_id
    if customer_id is None:
        return [], []
    invoices = open_invoices(session, customer_id)
    left = payment.unallocated_cents
    proposal = []
    for inv in invoices:
        if left <= 0:
            break
        take = min(left, inv.open_cents)
        proposal.append((inv.id, take))
        left -= take
    return invoices, proposal


def allocate(session: Session, actor: Actor, payment_id: int, allocations: Sequence[tuple[int, int]],
             on: dt.date, *, customer_id: int | None = None) -> int:
    """Allocate the payment's unallocated money by hand: (invoice id, cents), one or several of one customer."""
    payment = get_payment(session, payment_id, lock=True)
    _waiting(payment)
    wanted = [(iid, amount) for iid, amount in allocations if amount != 0]
    total = sum(amount for _i, amount in wanted)
    invoices = {inv.id: inv for inv in session.scalars(
        select(Invoice).where(Invoice.id.in_([i for i, _a in wanted])).order_by(Invoice.id).with_for_update())}
    cid = _check_allocations(session, wanted, invoices, customer_id or payment.customer_id)
    if not wanted:
        raise AmountNotPositive(field="amount")
    if total > payment.unallocated_cents:
        raise AllocationExceedsPayment(amount=euros(total), unallocated=euros(payment.unallocated_cents))
    accounts = ledger.account_map(session)
    lines = [ledger.PostingLine(accounts.unallocated, total, customer_id=payment.customer_id)]
    lines += [ledger.PostingLine(accounts.receivables, -amount, customer_id=invoices[iid].customer_id, invoice_id=iid)
              for iid, amount in wanted]
    numbers = ", ".join(str(invoices[iid].number) for iid, _a in wanted)
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.PAYMENT, on, lines, ledger.PAYMENT_ALLOCATED_TEXT,
        payment_id=payment.id, description_values={"payment": payment.id, "numbers": numbers}))
    _settle(session, actor, payment, wanted, invoices, on, vid)
    before = {"status": payment.status, "unallocated_cents": payment.unallocated_cents}
    payment.customer_id = cid
    payment.unallocated_cents -= total
    if payment.unallocated_cents == 0:
        payment.status, payment.handling_reason = PaymentStatus.MATCHED, ""
    audit.record(session, actor, "payment.allocated", "payment", payment.id, customer_id=cid, before=before,
                 after={"status": payment.status, "unallocated_cents": payment.unallocated_cents, "voucher": vid,
                        "invoices": numbers})
    return total


def _check_allocations(session: Session, wanted: list[tuple[int, int]], invoices: dict[int, Invoice],
                       cid: int | None) -> int | None:
    """Each allocation may be made: an open invoice of the one customer, at most what is open on it. Returns the
    customer (the payment's, else the first invoice's)."""
    for iid, amount in wanted:
        inv = invoices.get(iid)
        if inv is None:
            raise NotFound(what="Invoice", key=str(iid))
        if amount < 0:
            raise AllocationNotPositive(invoice=inv.number)
        if inv.kind not in PAYABLE_KINDS or inv.status not in OPEN_STATES:
            raise InvoiceNotPayable(invoice=inv.number, state=str(inv.status).replace("_", " "))
        cid = cid or inv.customer_id
        if inv.customer_id != cid:
            number = session.scalar(select(Customer.customer_number).where(Customer.id == inv.customer_id))
            mine = session.scalar(select(Customer.customer_number).where(Customer.id == cid))
            raise OtherCustomersInvoice(invoice=inv.number, invoice_customer=number, customer=mine)
        open_ = inv.total_cents - inv.balance_applied_cents - inv.paid_cents
        if amount > open_:
            raise AllocationTooLarge(amount=euros(amount), open=euros(open_), invoice=inv.number, field="amount")
    return cid


def _settle(session: Session, actor: Actor, payment: Payment, wanted: list[tuple[int, int]],
            invoices: dict[int, Invoice], on: dt.date, vid: int) -> None:
    """The settlements of a hand allocation; an invoice paid in full is paid."""
    for iid, amount in wanted:
        inv = invoices[iid]
        session.add(Settlement(invoice_id=iid, payment_id=payment.id, amount_cents=amount, settled_on=on,
                               voucher_id=vid, created_by=actor.user_id))
        inv.paid_cents += amount
        if inv.total_cents - inv.balance_applied_cents - inv.paid_cents <= 0:
            inv.status = InvoiceStatus.PAID


# --- to credit balance, refund -----------------------------------------------------------------

def to_balance(session: Session, actor: Actor, payment_ids: Sequence[int], on: dt.date, *,
               customer_id: int | None = None) -> int:
    """Turn the unallocated money of these payments into their customers' credit balance; returns cents moved."""
    accounts = ledger.account_map(session)
    moved = 0
    vouchers: list[tuple[Payment, int, ledger.NewVoucher]] = []
    for pid in sorted(set(payment_ids)):
        payment = get_payment(session, pid, lock=True)
        _waiting(payment)
        cid = _customer_for(session, payment, customer_id)
        amount = payment.unallocated_cents
        vouchers.append((payment, cid, ledger.NewVoucher(VoucherKind.PAYMENT, on, [
            ledger.PostingLine(accounts.unallocated, amount, customer_id=payment.customer_id),
            ledger.PostingLine(accounts.customer_balance, -amount, customer_id=cid),
        ], ledger.PAYMENT_ID_TO_BALANCE_TEXT, payment_id=payment.id, description_values={"payment": payment.id})))
    ids = ledger.post_vouchers(session, actor, [v for _p, _c, v in vouchers])
    for (payment, cid, _v), vid in zip(vouchers, ids, strict=True):
        amount = payment.unallocated_cents
        audit.record(session, actor, "payment.to_balance", "payment", payment.id, customer_id=cid,
                     before={"status": payment.status, "unallocated_cents": amount},
                     after={"status": PaymentStatus.TO_BALANCE, "voucher": vid})
        payment.customer_id, payment.status, payment.unallocated_cents = cid, PaymentStatus.TO_BALANCE, 0
        moved += amount
    return moved


# The refund invoice's line is the customer's document text, in the customer's language.
_REFUND_LINE = {"fi": "Liikasuoritus {date} palautettu", "sv": "Överbetalning {date} återbetalas",
                "en": "Overpayment of {date} refunded"}


def refund_line_text(language: str, booked_on: dt.date) -> str:
    lang = language if language in _REFUND_LINE else "fi"
    return _REFUND_LINE[lang].format(date=formatting.date(booked_on, lang))


def refund(session: Session, actor: Actor, payment_id: int, on: dt.date, *, customer_id: int | None = None,
           message: str = "") -> int:
    """Refund the payment's unallocated money: a refund invoice that waits on the refund report (W6).

    Returns the refund invoice's number. The application pays nothing out; finance does.
    """
    payment = get_payment(session, payment_id, lock=True)
    _waiting(payment)
    cid = _customer_for(session, payment, customer_id)
    customer = session.get(Customer, cid)
    assert customer is not None
    amount = payment.unallocated_cents
    invoice = _refund_invoice(session, actor, payment, customer, on, message)
    accounts = ledger.account_map(session)
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(VoucherKind.PAYMENT, on, [
        ledger.PostingLine(accounts.unallocated, amount, customer_id=payment.customer_id),
        ledger.PostingLine(accounts.refund, -amount, customer_id=cid, invoice_id=invoice.id),
    ], ledger.PAYMENT_REFUNDED_TEXT, invoice_id=invoice.id, payment_id=payment.id,
        description_values={"payment": payment.id, "number": invoice.number}))
    invoice.voucher_id = vid
    audit.record(session, actor, "payment.refunded", "payment", payment.id, customer_id=cid,
                 before={"status": payment.status, "unallocated_cents": amount},
                 after={"status": PaymentStatus.REFUNDED, "refund_invoice": invoice.number, "voucher": vid})
    payment.customer_id, payment.status, payment.unallocated_cents = cid, PaymentStatus.REFUNDED, 0
    return invoice.number


def _refund_invoice(session: Session, actor: Actor, payment: Payment, customer: Customer, on: dt.date,
                    message: str) -> Invoice:
    """The refund invoice of the payment's unallocated money, with its one line, for the refund report."""
    amount = payment.unallocated_cents
    number = sequences.take(session, sequences.INVOICE)
    parent = session.scalar(select(Settlement.invoice_id).where(Settlement.payment_id == payment.id)
                            .order_by(Settlement.id).limit(1))
    invoice = Invoice(
        number=number, kind=InvoiceKind.REFUND_INVOICE, customer_id=customer.id, parent_invoice_id=parent,
        invoice_date=on, due_date=on, reference=references.make_reference(number, str(settings_service.get(
            session, "billing.reference_format"))), channel=customer.billing_channel, language=customer.language,
        net_cents=amount, vat_cents=0, total_cents=amount, status=InvoiceStatus.OPEN, message=message,
        internal_note=f"Refund of payment {payment.id} ({payment.booking_date.isoformat()})", created_by=actor.user_id)
    session.add(invoice)
    session.flush()
    session.add(InvoiceLine(invoice_id=invoice.id, line_no=1, kind=LineKind.ITEM,
                            description=refund_line_text(customer.language, payment.booking_date),
                            quantity=1, unit_price_cents=amount, net_cents=amount, vat_rate_bp=0, vat_cents=0,
                            gross_cents=amount))
    return invoice


# --- undo a settlement -------------------------------------------------------------------------

def undo_settlement(session: Session, actor: Actor, settlement_id: int, on: dt.date) -> None:
    """Take a settlement back: the invoice opens again; the money returns to its payment or to the balance."""
    s = session.get(Settlement, settlement_id, with_for_update=True)
    if s is None:
        raise NotFound(what="Settlement", key=str(settlement_id))
    inv = session.get(Invoice, s.invoice_id, with_for_update=True)
    assert inv is not None
    if s.undone_at is not None:
        raise SettlementAlreadyUndone(invoice=inv.number)
    accounts = ledger.account_map(session)
    payment = get_payment(session, s.payment_id, lock=True) if s.payment_id is not None else None
    back_to = accounts.unallocated if payment is not None else accounts.customer_balance
    customer = payment.customer_id if payment is not None else inv.customer_id
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.PAYMENT if payment is not None else VoucherKind.BALANCE_APPLIED, on, [
            ledger.PostingLine(accounts.receivables, s.amount_cents, customer_id=inv.customer_id, invoice_id=inv.id),
            ledger.PostingLine(back_to, -s.amount_cents, customer_id=customer),
        ], ledger.SETTLEMENT_UNDONE_TEXT, invoice_id=inv.id,
        payment_id=payment.id if payment is not None else None, description_values={"number": inv.number}))
    s.undone_at, s.undo_voucher_id = dt.datetime.now(dt.UTC), vid
    if payment is not None:
        inv.paid_cents -= s.amount_cents
        payment.unallocated_cents += s.amount_cents
        payment.status = PaymentStatus.OVERPAID if payment.customer_id else PaymentStatus.UNMATCHED
        payment.handling_reason = stored_reason(UNDONE, invoice=inv.number)
    else:
        inv.balance_applied_cents -= s.amount_cents
    if inv.status == InvoiceStatus.PAID and inv.total_cents - inv.balance_applied_cents - inv.paid_cents > 0:
        inv.status = InvoiceStatus.OPEN
    audit.record(session, actor, "settlement.undone", "settlement", s.id, customer_id=inv.customer_id,
                 before={"invoice": inv.number, "amount_cents": s.amount_cents}, after={"voucher": vid})


# --- a payment entered by hand, a payment held as possibly imported already --------------------

@dataclass(frozen=True)
class RecordedPayment:
    payment_id: int
    status: PaymentStatus
    invoice_numbers: tuple[int, ...]
    unallocated_cents: int
    reason_template: str
    reason_params: dict[str, Any]


def record_payment(session: Session, actor: Actor, *, amount_cents: int, booking_date: dt.date,
                   reference: str = "", payer_name: str = "", message: str = "", customer_id: int | None = None,
                   currency: str = "EUR") -> RecordedPayment:
    """A payment entered by hand (a bank transfer seen on the statement, a cheque): matched like an imported one."""
    if amount_cents <= 0:
        raise AmountNotPositive(field="amount")
    if currency.upper() != "EUR":
        raise OnlyEuro(currency=currency, field="currency")
    if references.compact(reference) and not reference_keys(reference):
        raise ReferenceInvalid(reference=reference, field="reference")
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise NotFound(what="Customer", key=str(customer_id))
    booked = book(session, actor, [Incoming(amount_cents, booking_date, reference, payer_name, message,
                                            customer_id=customer_id)], source=PaymentSource.MANUAL, import_id=None)
    b = booked[0]
    pid = b.payment_id
    audit.record(session, actor, "payment.recorded", "payment", pid, customer_id=b.customer_id, after={
        "amount_cents": amount_cents, "reference": reference, "status": b.status, "date": booking_date})
    template, params = reason_of(b.reason)
    return RecordedPayment(pid, b.status, tuple(inv.number for inv, _a in b.allocations), b.unallocated,
                           template, params)


def accept_possible_duplicate(session: Session, actor: Actor, payment_id: int) -> RecordedPayment:
    """The clerk says a payment held as possibly imported already is a payment of its own: it is booked now, on
    its booking date, and matched like any imported payment."""
    payment = held_payment(session, payment_id, PaymentStatus.DUPLICATE)
    before = {"status": payment.status, "reason": reason_of(payment.handling_reason)[1]}
    ledger.check_postable(session, payment.booking_date, lock_date=settings_service.get(session, "ledger.lock_date"))
    incoming = Incoming(payment.amount_cents, payment.booking_date, payment.reference, payment.payer_name,
                        payment.message, payment.value_date, payment.bank_ref, payment.currency)
    by_ref, by_id = load_invoices(session, reference_keys(payment.reference), lock=True)
    b = match(incoming, by_ref, by_id)
    cover_other_invoices(session, [b], by_id)
    vid = ledger.post_voucher(session, actor, payment_voucher(b, payment.id, ledger.account_map(session)))
    for inv, amount in b.allocations:
        session.add(Settlement(invoice_id=inv.id, payment_id=payment.id, amount_cents=amount,
                               settled_on=payment.booking_date, voucher_id=vid, created_by=actor.user_id))
    for inv in by_id.values():
        if inv.changed:
            session.execute(update(Invoice).where(Invoice.id == inv.id).values(paid_cents=inv.paid, status=inv.status))
    payment.status, payment.customer_id, payment.unallocated_cents = b.status, b.customer_id, b.unallocated
    payment.handling_reason, payment.voucher_id = b.reason, vid
    audit.record(session, actor, "payment.accepted", "payment", payment.id, customer_id=b.customer_id,
                 before=before, after={"status": b.status, "voucher": vid, "unallocated_cents": b.unallocated})
    template, params = reason_of(b.reason)
    return RecordedPayment(payment.id, b.status, tuple(inv.number for inv, _a in b.allocations), b.unallocated,
                           template, params)


def discard_duplicates(session: Session, actor: Actor, payment_ids: Sequence[int]) -> int:
    """The clerk says these held payments were imported already: they are kept, marked discarded, and never
    booked. Returns how many."""
    for pid in sorted(set(payment_ids)):
        payment = held_payment(session, pid, PaymentStatus.DUPLICATE)
        _template, params = reason_of(payment.handling_reason)
        payment.status = PaymentStatus.DISCARDED
        payment.handling_reason = stored_reason(DiscardedDuplicate.template, payment=params.get("payment", "-"))
        audit.record(session, actor, "payment.discarded", "payment", payment.id,
                     before={"status": PaymentStatus.DUPLICATE}, after={"status": PaymentStatus.DISCARDED,
                                                                       "duplicate_of": params.get("payment")})
    return len(set(payment_ids))
