"""Bank returns (W10): the bank takes back an earlier payment, and the books take it back with it.

A return (a reversal in the bank file: a DBIT entry with ``RvslInd``) takes back the payment the bank's
reference names (archive id or end-to-end id), else the one of its reference number and payer. It is booked as
the original's postings mirrored, the original's settlements undone: what it paid opens again. When several
payments fit, the return is *held* with nothing booked until the clerk names the payment (``apply_return``,
choosing from ``return_candidates``). A payment whose money has left it (turned into credit balance, refunded)
cannot be taken back: the return is refused with the reason.

Postings (signed cents, debit +):
- bank reversal:        the payment's postings mirrored, its settlements undone
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.models import Invoice, Payment, Settlement
from desktop_app.models.enums import InvoiceStatus, PaymentSource, PaymentStatus, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.foundation import audit
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.payments import camt054
from desktop_app.services.payments.columns import BANK_REF_LEN, PAYER_LEN, fit, matchable, stored_reference
from desktop_app.services.payments.errors import NotReturnable
from desktop_app.services.payments.queries import PaymentRow, get_payment, held_payment, list_payments
from desktop_app.services.payments.reasons import (
    REVERSAL_NO_ORIGINAL,
    REVERSAL_USED,
    ReturnAmbiguous,
    ReversalOf,
    ReversedByBank,
    euros,
    reason_of,
    stored_reason,
)


class Waits:
    """A return held for the clerk (see ``reverse_bank_payment``)."""


WAITS = Waits()
_NOT_ORIGINAL = (PaymentStatus.REVERSED, PaymentStatus.DISCARDED, PaymentStatus.DUPLICATE, PaymentStatus.RETURN)
# A return cannot take these back: gone already, or their money has left the payment.
_NOT_RETURNABLE = (*_NOT_ORIGINAL, PaymentStatus.TO_BALANCE, PaymentStatus.REFUNDED)


# --- a return in the bank file -----------------------------------------------------------------

def reverse_bank_payment(session: Session, actor: Actor, p: camt054.BankPayment,
                         import_id: int) -> camt054.RefusedEntry | Waits | None:
    """The bank took back an earlier payment: mirror it and undo what it paid; None when done, ``WAITS`` when
    it is not sure which payment (held for the clerk, nothing booked), else why it cannot be imported."""
    original, candidates = _originals(session, p)
    amount = euros(p.amount_cents)

    def refuse(template: str, **params: Any) -> camt054.RefusedEntry:
        return camt054.RefusedEntry(p.bank_ref, p.amount_cents, p.currency, p.reference, template,
                                    {k: v if isinstance(v, Decimal) else str(v) for k, v in params.items()})

    if original is None and candidates:
        held = _return_payment(actor, p, import_id)
        held.status, held.unallocated_cents = PaymentStatus.RETURN, 0
        held.handling_reason = stored_reason(ReturnAmbiguous.template, bank_ref=p.bank_ref, amount=amount,
                                             reference=p.reference or "-", payer=p.payer_name or "-",
                                             payments=", ".join(str(c) for c in candidates))
        session.add(held)
        return WAITS
    if original is None:
        return refuse(REVERSAL_NO_ORIGINAL, bank_ref=p.bank_ref, amount=amount, reference=p.reference or "-")
    if original.status in (PaymentStatus.TO_BALANCE, PaymentStatus.REFUNDED):
        return refuse(REVERSAL_USED, bank_ref=p.bank_ref, payment=original.id)
    reversal = _return_payment(actor, p, import_id)
    session.add(reversal)
    _reverse(session, actor, original, reversal, p.bank_ref)
    return None


def _return_payment(actor: Actor, p: camt054.BankPayment, import_id: int) -> Payment:
    """The return as a payment of minus the amount it takes back; every text cut to fit its column."""
    return Payment(bank_ref=fit(p.bank_ref, BANK_REF_LEN), identity=p.identity,
                   archive_id=matchable(p.archive_id), end_to_end_id=matchable(p.end_to_end_id),
                   import_id=import_id, source=PaymentSource.BANK_FILE,
                   amount_cents=-p.amount_cents, currency=p.currency, booking_date=p.booking_date,
                   value_date=p.value_date, reference=stored_reference(p.reference),
                   payer_name=fit(p.payer_name, PAYER_LEN), message=p.message, created_by=actor.user_id)


def _originals(session: Session, p: camt054.BankPayment) -> tuple[Payment | None, list[int]]:
    """The payment a return takes back: by the bank's reference to it (its archive id or end-to-end id), else
    by reference number and payer. (None, candidates) when that is not one payment for sure."""
    base = (select(Payment).where(Payment.amount_cents == p.amount_cents, Payment.source == PaymentSource.BANK_FILE,
                                  Payment.booking_date <= p.booking_date, Payment.status.notin_(_NOT_ORIGINAL))
            .order_by(Payment.booking_date.desc(), Payment.id.desc()))
    for column, value in ((Payment.archive_id, matchable(p.archive_id)),
                          (Payment.end_to_end_id, matchable(p.end_to_end_id))):
        if value:
            rows = list(session.scalars(base.where(column == value).limit(2).with_for_update()))
            if len(rows) == 1:
                return rows[0], []
    ref, payer = stored_reference(p.reference), fit(p.payer_name, PAYER_LEN)
    if ref:
        exact = list(session.scalars(base.where(Payment.reference == ref, Payment.payer_name == payer)
                                     .limit(2).with_for_update()))
        if len(exact) == 1:
            return exact[0], []
        like = base.where(or_(Payment.reference == ref, Payment.payer_name == payer)) if payer else \
            base.where(Payment.reference == ref)
    elif payer:
        like = base.where(Payment.payer_name == payer)
    else:
        return None, []
    return None, list(session.scalars(like.with_only_columns(Payment.id).limit(20)))


def _reverse(session: Session, actor: Actor, original: Payment, reversal: Payment, bank_ref: str) -> None:
    """Book ``reversal`` (a return: minus the original's amount) as taking ``original`` back."""
    live = list(session.scalars(select(Settlement).where(Settlement.payment_id == original.id,
                                                         Settlement.undone_at.is_(None)).with_for_update()))
    invoices = {inv.id: inv for inv in session.scalars(
        select(Invoice).where(Invoice.id.in_([s.invoice_id for s in live])).with_for_update())} if live else {}
    lines = _mirrored_lines(ledger.account_map(session), original, reversal, live, invoices)
    reversal.customer_id, reversal.status, reversal.unallocated_cents = original.customer_id, PaymentStatus.REVERSED, 0
    reversal.handling_reason = stored_reason(ReversalOf.template, payment=original.id)
    session.flush()
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.PAYMENT, reversal.booking_date, lines, ledger.BANK_REVERSAL_TEXT,
        payment_id=reversal.id, description_values={"payment": original.id}))
    reversal.voucher_id = vid
    now = dt.datetime.now(dt.UTC)
    for s in live:
        s.undone_at, s.undo_voucher_id = now, vid
        inv = invoices[s.invoice_id]
        inv.paid_cents -= s.amount_cents
        if inv.status == InvoiceStatus.PAID:
            inv.status = InvoiceStatus.OPEN
    original.status, original.unallocated_cents = PaymentStatus.REVERSED, 0
    original.handling_reason = stored_reason(ReversedByBank.template, bank_ref=bank_ref)
    audit.record(session, actor, "payment.reversed", "payment", original.id, customer_id=original.customer_id,
                 after={"reversal_payment": reversal.id, "voucher": vid, "settlements_undone": len(live)})


def _mirrored_lines(accounts: ledger.AccountMap, original: Payment, reversal: Payment, live: list[Settlement],
                    invoices: dict[int, Invoice]) -> list[ledger.PostingLine]:
    """The original payment's postings mirrored: the bank back, what it paid owed again, what waited gone."""
    lines = [ledger.PostingLine(accounts.bank, reversal.amount_cents, description=reversal.payer_name[:300])]
    for s in live:
        lines.append(ledger.PostingLine(accounts.receivables, s.amount_cents,
                                        customer_id=invoices[s.invoice_id].customer_id, invoice_id=s.invoice_id))
    if original.unallocated_cents:
        lines.append(ledger.PostingLine(accounts.unallocated, original.unallocated_cents,
                                        customer_id=original.customer_id))
    return lines


# --- a return waiting for the clerk ------------------------------------------------------------

def return_candidates(session: Session, return_id: int) -> list[PaymentRow]:
    """The payments a waiting return may take back (the ones its reason names and ``apply_return``
    would accept: not reversed, turned into balance or refunded since), for the clerk to choose from."""
    held = held_payment(session, return_id, PaymentStatus.RETURN)
    ids = {int(i) for i in str(reason_of(held.handling_reason)[1].get("payments", "")).replace(" ", "").split(",")
           if i.isdigit()}
    rows = list_payments(session, payment_ids=sorted(ids)) if ids else []
    return [r for r in rows if r.status not in _NOT_RETURNABLE]


def apply_return(session: Session, actor: Actor, return_id: int, payment_id: int) -> None:
    """The clerk names the payment a waiting bank return takes back: it is reversed now, as the bank did."""
    held = held_payment(session, return_id, PaymentStatus.RETURN)
    original = get_payment(session, payment_id, lock=True)
    if (original.amount_cents != -held.amount_cents or original.amount_cents <= 0
            or original.status in _NOT_RETURNABLE):
        raise NotReturnable(payment=original.id, bank_ref=held.bank_ref or "-", amount=euros(original.amount_cents),
                            returned=euros(-held.amount_cents))
    ledger.check_postable(session, held.booking_date, lock_date=settings_service.get(session, "ledger.lock_date"))
    audit.record(session, actor, "payment.return_applied", "payment", held.id, customer_id=original.customer_id,
                 before={"status": PaymentStatus.RETURN}, after={"original": original.id})
    _reverse(session, actor, original, held, held.bank_ref or "-")
