"""Small builders of customers, products, orders and balances for the billing tests."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import (
    BillingRequest,
    Customer,
    Invoice,
    InvoiceLine,
    Order,
    Posting,
    Product,
    Voucher,
)
from desktop_app.models.enums import (
    BillingSchedule,
    Channel,
    CustomerKind,
    OrderStatus,
    ProductKind,
    VatClass,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.foundation.uow import Actor

_numbers = itertools.count(1)


def customer(
    session: Session,
    *,
    name: str = "Virtanen Maija",
    channel: Channel = Channel.PAPER,
    street: str = "Kauppakatu 1",
    postal_code: str = "00100",
    city: str = "Helsinki",
    email: str = "maija@example.fi",
    einvoice_address: str = "",
    einvoice_operator: str = "",
    payment_term_days: int = 14,
    language: str = "fi",
    kind: CustomerKind = CustomerKind.PERSON,
) -> Customer:
    number = 20000 + next(_numbers)
    last, _, first = name.partition(" ")
    c = Customer(customer_number=number, kind=kind, first_name=first, last_name=last, name=name,
                 search_name=name.lower(), street=street, postal_code=postal_code, city=city, email=email,
                 email_folded=email.lower(), billing_channel=channel, einvoice_address=einvoice_address,
                 einvoice_operator=einvoice_operator, payment_term_days=payment_term_days, language=language)
    session.add(c)
    session.flush()
    return c


def product(
    session: Session,
    code: str,
    *,
    price_cents: int = 12000,
    kind: ProductKind = ProductKind.SUBSCRIPTION,
    vat_class: VatClass = VatClass.PERIODICALS,
    schedule: BillingSchedule = BillingSchedule.YEARLY,
    name: str | None = None,
) -> Product:
    p = Product(code=code, name=name or f"Product {code}", kind=kind, vat_class=vat_class,
                price_cents=price_cents, billing_schedule=schedule)
    session.add(p)
    session.flush()
    return p


def order(
    session: Session,
    cust: Customer,
    prod: Product,
    *,
    start: dt.date,
    end: dt.date | None = None,
    schedule: BillingSchedule | None = None,
    price_cents: int | None = None,
    quantity: int = 1,
    status: OrderStatus = OrderStatus.ACTIVE,
) -> Order:
    o = Order(order_number=600000 + next(_numbers), customer_id=cust.id, product_id=prod.id, quantity=quantity,
              unit_price_cents=prod.price_cents if price_cents is None else price_cents,
              billing_schedule=schedule or prod.billing_schedule, period_start=start, period_end=end,
              status=status)
    session.add(o)
    session.flush()
    return o


def give_balance(session: Session, actor: Actor, cust: Customer, cents: int, on: dt.date) -> None:
    """An overpayment turned into credit balance: bank debit, customer balance credit."""
    accounts = ledger.account_map(session)
    ledger.post_voucher(session, actor, ledger.NewVoucher(VoucherKind.PAYMENT, on, [
        ledger.PostingLine(accounts.bank, cents),
        ledger.PostingLine(accounts.customer_balance, -cents, customer_id=cust.id),
    ], "overpayment to balance"))


def ledger_problems(session: Session) -> list[str]:
    """The §5 invariants the billing run touches, checked independently of the code under test."""
    problems: list[str] = []
    for vid, total in session.execute(select(Posting.voucher_id, func.sum(Posting.amount_cents))
                                      .group_by(Posting.voucher_id)):
        if int(total) != 0:
            problems.append(f"voucher {vid} sums to {total}")
    accounts = ledger.account_map(session)
    receivable = dict(session.execute(
        select(Posting.invoice_id, func.sum(Posting.amount_cents))
        .where(Posting.account_id == accounts.receivables, Posting.invoice_id.is_not(None))
        .group_by(Posting.invoice_id)).all())
    for inv in session.scalars(select(Invoice)):
        lines = session.execute(select(InvoiceLine.kind, InvoiceLine.net_cents, InvoiceLine.vat_cents,
                                       InvoiceLine.gross_cents).where(InvoiceLine.invoice_id == inv.id)).all()
        items = [ln for ln in lines if ln.kind == "item"]
        if sum(ln.gross_cents for ln in items) != inv.total_cents:
            problems.append(f"invoice {inv.number}: lines {sum(ln.gross_cents for ln in items)} != {inv.total_cents}")
        if any(ln.net_cents + ln.vat_cents != ln.gross_cents for ln in lines):
            problems.append(f"invoice {inv.number}: a line's net + VAT is not its gross")
        if sum(ln.gross_cents for ln in lines) != inv.total_cents - inv.balance_applied_cents:
            problems.append(f"invoice {inv.number}: lines do not add up to the amount to pay")
        if int(receivable.get(inv.id, 0)) != inv.total_cents - inv.balance_applied_cents - inv.paid_cents:
            problems.append(f"invoice {inv.number}: receivables {receivable.get(inv.id)} != open amount")
        if inv.voucher_id is None or session.get(Voucher, inv.voucher_id) is None:
            problems.append(f"invoice {inv.number}: no voucher")
    for req in session.scalars(select(BillingRequest).where(BillingRequest.status == "billed")):
        if req.invoice_id is None:
            problems.append(f"billing request {req.id} billed without an invoice")
    return problems
