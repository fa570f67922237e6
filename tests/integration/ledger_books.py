"""A small, correct set of books for the ledger and check-report tests (SPEC §5 postings).

Built through ``services/ledger.py`` only, so it does not depend on the billing, payment or
refund services: one of each kind of event, each with the vouchers and rows §5 prescribes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Invoice, Settlement, Voucher
from desktop_app.models.enums import InvoiceKind, InvoiceStatus, PaymentStatus, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.foundation.setup import ensure_fiscal_year
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger.posting import NewVoucher, PostingLine
from tests import factories

DAY = dt.date(2026, 3, 10)


def customer(session: Session, name: str = "Virtanen Maija") -> Customer:
    """A customer with a name only (no address, email or split name): the ledger reads nothing else."""
    return factories.customer(session, name=name, first_name="", last_name="", street="", postal_code="", city="",
                              email="", number=factories.unique(40000))


def invoice(session: Session, c: Customer, *, kind: InvoiceKind = InvoiceKind.INVOICE, net: int, vat: int,
            day: dt.date = DAY) -> Invoice:
    return factories.invoice(session, c, number=factories.unique(900000), kind=kind, net_cents=net, vat_cents=vat,
                             total_cents=net + vat, invoice_date=day)


def voucher_number(session: Session, voucher_id: int) -> int:
    number = session.scalar(select(Voucher.number).where(Voucher.id == voucher_id))
    assert number is not None
    return number


@dataclass(frozen=True)
class Books:
    customer_id: int
    customer_number: int
    balance_customer_id: int
    balance_customer_number: int
    invoice_id: int
    invoice_number: int
    invoice_voucher_id: int
    paid_invoice_id: int
    paid_invoice_number: int
    refund_invoice_id: int
    refund_invoice_number: int
    reminder_id: int
    payment_id: int
    overpayment_id: int
    manual_voucher_id: int
    reversal_voucher_id: int


def build_books(session: Session, actor: Actor) -> Books:
    """Invoice partly paid; overpayment to balance then balance applied; a reminder; a refund
    invoice from a cut-off; a manual voucher and its reversal. Every check passes on these."""
    ensure_fiscal_year(session, DAY.year)
    acc = ledger.account_map(session)
    vat10 = acc.vat_by_rate[1000]
    revenue = acc.revenue_default

    def post(kind: VoucherKind, lines: list[PostingLine], *, invoice_id: int | None = None,
             payment_id: int | None = None, reversal_of_id: int | None = None) -> int:
        return ledger.post_voucher(session, actor, NewVoucher(kind, DAY, lines, kind.value, invoice_id=invoice_id,
                                                              payment_id=payment_id, reversal_of_id=reversal_of_id))

    # Invoice 110.00 (100.00 + 10 % VAT), 50.00 paid by bank.
    maija = customer(session)
    inv = invoice(session, maija, net=10000, vat=1000)
    inv.voucher_id = post(VoucherKind.INVOICE, [
        PostingLine(acc.receivables, 11000, maija.id, inv.id),
        PostingLine(revenue, -10000, vat_rate_bp=1000),
        PostingLine(vat10, -1000, vat_rate_bp=1000),
    ], invoice_id=inv.id)
    pay = factories.payment(session, 5000, booking_date=DAY, reference=inv.reference, customer=maija,
                            status=PaymentStatus.PARTIAL)
    pay.voucher_id = post(VoucherKind.PAYMENT, [
        PostingLine(acc.bank, 5000), PostingLine(acc.receivables, -5000, maija.id, inv.id),
    ], invoice_id=inv.id, payment_id=pay.id)
    session.add(Settlement(invoice_id=inv.id, payment_id=pay.id, amount_cents=5000, settled_on=DAY,
                           voucher_id=pay.voucher_id))
    inv.paid_cents = 5000

    # Reminder: fee 5.00, no VAT.
    reminder = invoice(session, maija, kind=InvoiceKind.REMINDER, net=500, vat=0)
    reminder.parent_invoice_id = inv.id
    reminder.voucher_id = post(VoucherKind.REMINDER_FEE, [
        PostingLine(acc.receivables, 500, maija.id, reminder.id), PostingLine(acc.reminder_fee_income, -500),
    ], invoice_id=reminder.id)

    # Unmatched payment 30.00 becomes credit balance; 22.00 of it pays a later invoice in full.
    pekka = customer(session, "Korhonen Pekka")
    over = factories.payment(session, 3000, booking_date=DAY, customer=pekka, status=PaymentStatus.TO_BALANCE)
    over.voucher_id = post(VoucherKind.PAYMENT, [
        PostingLine(acc.bank, 3000), PostingLine(acc.customer_balance, -3000, pekka.id),
    ], payment_id=over.id)
    paid = invoice(session, pekka, net=2000, vat=200)
    paid.voucher_id = post(VoucherKind.INVOICE, [
        PostingLine(acc.receivables, 2200, pekka.id, paid.id),
        PostingLine(revenue, -2000, vat_rate_bp=1000), PostingLine(vat10, -200, vat_rate_bp=1000),
    ], invoice_id=paid.id)
    applied = post(VoucherKind.BALANCE_APPLIED, [
        PostingLine(acc.customer_balance, 2200, pekka.id), PostingLine(acc.receivables, -2200, pekka.id, paid.id),
    ], invoice_id=paid.id)
    session.add(Settlement(invoice_id=paid.id, amount_cents=2200, settled_on=DAY, voucher_id=applied))
    paid.balance_applied_cents = 2200
    paid.status = InvoiceStatus.PAID

    # Cut-off with a refund invoice of 11.00 (10.00 + VAT).
    refund = invoice(session, pekka, kind=InvoiceKind.REFUND_INVOICE, net=1000, vat=100)
    refund.voucher_id = post(VoucherKind.CUTOFF_REFUND, [
        PostingLine(revenue, 1000, vat_rate_bp=1000), PostingLine(vat10, 100, vat_rate_bp=1000),
        PostingLine(acc.refund, -1100, pekka.id, refund.id),
    ], invoice_id=refund.id)

    # A manual voucher and its reversal.
    manual = post(VoucherKind.MANUAL, [PostingLine(acc.cash, 700), PostingLine(acc.bank, -700)])
    reversal = post(VoucherKind.REVERSAL, [PostingLine(acc.cash, -700), PostingLine(acc.bank, 700)],
                    reversal_of_id=manual)
    session.flush()
    return Books(maija.id, maija.customer_number, pekka.id, pekka.customer_number, inv.id, inv.number,
                 inv.voucher_id, paid.id, paid.number, refund.id, refund.number, reminder.id, pay.id, over.id,
                 manual, reversal)
