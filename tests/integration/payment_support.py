"""Builders for the payment and reminder tests: posted invoices with known references."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Invoice, InvoiceLine, Payment, Posting, Settlement, Voucher
from desktop_app.models.enums import InvoiceKind, InvoiceStatus, LineKind, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.documents import references
from desktop_app.services.foundation import sequences
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger import checks


def invoice(session: Session, actor: Actor, cust: Customer, total_cents: int, *, invoice_date: dt.date,
            due_date: dt.date | None = None, kind: InvoiceKind = InvoiceKind.INVOICE, parent: Invoice | None = None,
            rf: bool = False, status: InvoiceStatus = InvoiceStatus.OPEN) -> Invoice:
    """A posted invoice without VAT (receivables debit, revenue or reminder-fee income credit)."""
    number = sequences.take(session, sequences.INVOICE)
    reference = references.create_domestic(number)
    if rf:
        reference = references.rf_from_domestic(reference)
    inv = Invoice(number=number, kind=kind, customer_id=cust.id, parent_invoice_id=parent.id if parent else None,
                  reminder_level=1 if kind == InvoiceKind.REMINDER else 0, invoice_date=invoice_date,
                  due_date=due_date or invoice_date + dt.timedelta(days=14), reference=reference,
                  net_cents=total_cents, vat_cents=0, total_cents=total_cents, status=status, created_by=actor.user_id)
    session.add(inv)
    session.flush()
    session.add(InvoiceLine(invoice_id=inv.id, line_no=1, kind=LineKind.FEE if kind == InvoiceKind.REMINDER
                            else LineKind.ITEM, description="Item", unit_price_cents=total_cents,
                            net_cents=total_cents, gross_cents=total_cents))
    acc = ledger.account_map(session)
    income = acc.reminder_fee_income if kind == InvoiceKind.REMINDER else acc.revenue_default
    inv.voucher_id = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.REMINDER_FEE if kind == InvoiceKind.REMINDER else VoucherKind.INVOICE, invoice_date, [
            ledger.PostingLine(acc.receivables, total_cents, customer_id=cust.id, invoice_id=inv.id),
            ledger.PostingLine(income, -total_cents),
        ], f"Invoice {number}", invoice_id=inv.id))
    session.flush()
    return inv


def problems(session: Session) -> list[str]:
    """check-ledger's findings plus the payment invariants, checked independently."""
    found = [v.message for v in checks.check_ledger(session)]
    for pid, amount, unallocated in session.execute(select(Payment.id, Payment.amount_cents,
                                                           Payment.unallocated_cents)):
        allocated = session.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0)).where(
            Settlement.payment_id == pid, Settlement.undone_at.is_(None)))
        if amount > 0 and allocated + unallocated > amount:
            found.append(f"payment {pid}: allocated {allocated} + unallocated {unallocated} > {amount}")
        if allocated < 0 or unallocated < 0:
            found.append(f"payment {pid}: negative allocation")
    acc = ledger.account_map(session)
    posted_unallocated = session.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0))
                                        .where(Posting.account_id == acc.unallocated))
    waiting = session.scalar(select(func.coalesce(func.sum(Payment.unallocated_cents), 0)))
    if -posted_unallocated != waiting:
        found.append(f"unallocated account {-posted_unallocated} != payments waiting {waiting}")
    for vid, total in session.execute(select(Voucher.id, func.sum(Posting.amount_cents))
                                      .join(Posting, Posting.voucher_id == Voucher.id).group_by(Voucher.id)):
        if total != 0:
            found.append(f"voucher {vid} sums to {total}")
    return found
