"""The tests' one set of builders: customers, products, orders, invoices, payments and credit balances.

Rows are written straight to the tables (``customer``, ``product``, ``order``, ``invoice``, ``payment``),
so a test sets up exactly the state it needs without running the workflow that would make it; the few
builders that need the books right go through the service that keeps them right: ``new_customer``
(the customer service), ``posted_invoice`` and ``credit_balance`` (the ledger). Each builder flushes,
so the row has its id, and the caller commits. Numbers come from one counter on a base per kind, far
from the numbers the database's own sequences hand out.

The support modules of the integration and GUI tests build on these and keep their helper names.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Customer, Invoice, InvoiceLine, Order, Payment, Product
from desktop_app.models.enums import (
    BillingSchedule,
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
    ProductKind,
    SalesChannel,
    VatClass,
    VoucherKind,
)
from desktop_app.services import customers, ledger
from desktop_app.services.documents import references
from desktop_app.services.foundation import sequences
from desktop_app.services.foundation.uow import Actor

CUSTOMER_NUMBERS = 20000
ORDER_NUMBERS = 600000
INVOICE_NUMBERS = 300000

_numbers = itertools.count(1)


def unique(base: int) -> int:
    """A number not handed out before in this test run: ``base`` plus the next count."""
    return base + next(_numbers)


def _id(customer: Customer | int) -> int:
    return customer if isinstance(customer, int) else customer.id


# --- customers -------------------------------------------------------------------------------------

def customer(
    session: Session,
    *,
    name: str = "Virtanen Maija",
    kind: CustomerKind = CustomerKind.PERSON,
    channel: Channel = Channel.PAPER,
    street: str = "Kauppakatu 1",
    postal_code: str = "00100",
    city: str = "Helsinki",
    email: str = "maija@example.fi",
    einvoice_address: str = "",
    einvoice_operator: str = "",
    payment_term_days: int = 14,
    language: str = "fi",
    first_name: str | None = None,
    last_name: str | None = None,
    number: int | None = None,
) -> Customer:
    """A customer row; ``name`` is "Last First" and gives the first and last name unless they are given."""
    last, _, first = name.partition(" ")
    c = Customer(customer_number=number or unique(CUSTOMER_NUMBERS), kind=kind,
                 first_name=first if first_name is None else first_name,
                 last_name=last if last_name is None else last_name, name=name, search_name=name.lower(),
                 street=street, postal_code=postal_code, city=city, email=email, email_folded=email.lower(),
                 billing_channel=channel, einvoice_address=einvoice_address, einvoice_operator=einvoice_operator,
                 payment_term_days=payment_term_days, language=language)
    session.add(c)
    session.flush()
    return c


def new_customer(session: Session, actor: Actor, **fields: Any) -> int:
    """A customer made by the customer service (number, derived name and search words as the card makes them)."""
    values: dict[str, Any] = {"first_name": "Maija", "last_name": "Virtanen", "street": "Kauppakatu 1",
                              "postal_code": "00100", "city": "Helsinki"}
    values.update(fields)
    return customers.create_customer(session, actor, values)


# --- products and orders ---------------------------------------------------------------------------

def product(
    session: Session,
    code: str | None = None,
    *,
    name: str | None = None,
    price_cents: int = 12000,
    kind: ProductKind = ProductKind.SUBSCRIPTION,
    vat_class: VatClass = VatClass.PERIODICALS,
    schedule: BillingSchedule = BillingSchedule.YEARLY,
) -> Product:
    code = code or f"P{next(_numbers)}"
    p = Product(code=code, name=name or f"Product {code}", kind=kind, vat_class=vat_class,
                price_cents=price_cents, billing_schedule=schedule)
    session.add(p)
    session.flush()
    return p


def order(
    session: Session,
    customer: Customer | int,
    prod: Product,
    *,
    start: dt.date,
    end: dt.date | None = None,
    number: int | None = None,
    quantity: int = 1,
    price_cents: int | None = None,
    schedule: BillingSchedule | None = None,
    status: OrderStatus = OrderStatus.ACTIVE,
    recipient_id: int | None = None,
    sales_channel: SalesChannel = SalesChannel.INVOICE,
    payment_method: PaymentMethod = PaymentMethod.INVOICE,
    cutoff_date: dt.date | None = None,
) -> Order:
    """An order of ``prod`` at the product's price (or ``price_cents``) and billing schedule."""
    o = Order(order_number=number or unique(ORDER_NUMBERS), customer_id=_id(customer), recipient_id=recipient_id,
              product_id=prod.id, quantity=quantity,
              unit_price_cents=prod.price_cents if price_cents is None else price_cents,
              billing_schedule=schedule or prod.billing_schedule, period_start=start, period_end=end,
              status=status, sales_channel=sales_channel, payment_method=payment_method, cutoff_date=cutoff_date)
    session.add(o)
    session.flush()
    return o


# --- invoices and payments -------------------------------------------------------------------------

def invoice(
    session: Session,
    customer: Customer | int,
    *,
    number: int | None = None,
    kind: InvoiceKind = InvoiceKind.INVOICE,
    total_cents: int = 13200,
    net_cents: int | None = None,
    vat_cents: int = 0,
    paid_cents: int = 0,
    status: InvoiceStatus = InvoiceStatus.OPEN,
    invoice_date: dt.date = dt.date(2026, 10, 1),
    due_date: dt.date | None = None,
    reference: str = "",
    order: Order | None = None,
    parent: Invoice | None = None,
    reminder_level: int = 0,
    line_order: Order | None = None,
    created_by: int | None = None,
) -> Invoice:
    """An invoice row without vouchers (the net is the total less ``vat_cents``; due 14 days after its date;
    the reference is its number); ``line_order`` adds one line billing that order."""
    number = number or unique(INVOICE_NUMBERS)
    inv = Invoice(number=number, kind=kind, customer_id=_id(customer), order_id=order.id if order else None,
                  parent_invoice_id=parent.id if parent else None, reminder_level=reminder_level,
                  invoice_date=invoice_date, due_date=due_date or invoice_date + dt.timedelta(days=14),
                  reference=reference or str(number), channel=Channel.PAPER, total_cents=total_cents,
                  net_cents=total_cents - vat_cents if net_cents is None else net_cents, vat_cents=vat_cents,
                  paid_cents=paid_cents, status=status, created_by=created_by)
    session.add(inv)
    session.flush()
    if line_order is not None:
        session.add(InvoiceLine(invoice_id=inv.id, line_no=1, order_id=line_order.id,
                                product_id=line_order.product_id, description="line",
                                quantity=line_order.quantity, unit_price_cents=line_order.unit_price_cents,
                                net_cents=total_cents, gross_cents=total_cents))
        session.flush()
    return inv


def posted_invoice(session: Session, actor: Actor, cust: Customer, total_cents: int, *, invoice_date: dt.date,
                   due_date: dt.date | None = None, kind: InvoiceKind = InvoiceKind.INVOICE,
                   parent: Invoice | None = None, rf: bool = False,
                   status: InvoiceStatus = InvoiceStatus.OPEN) -> Invoice:
    """A posted invoice without VAT (receivables debit, revenue or reminder-fee income credit), numbered
    and referenced as the billing run does (``rf``: an RF reference)."""
    number = sequences.take(session, sequences.INVOICE)
    reference = references.create_domestic(number)
    if rf:
        reference = references.rf_from_domestic(reference)
    reminder = kind == InvoiceKind.REMINDER
    inv = invoice(session, cust, number=number, kind=kind, total_cents=total_cents, status=status,
                  invoice_date=invoice_date, due_date=due_date, reference=reference, parent=parent,
                  reminder_level=1 if reminder else 0, created_by=actor.user_id)
    session.add(InvoiceLine(invoice_id=inv.id, line_no=1, kind=LineKind.FEE if reminder else LineKind.ITEM,
                            description="Item", unit_price_cents=total_cents, net_cents=total_cents,
                            gross_cents=total_cents))
    acc = ledger.account_map(session)
    income = acc.reminder_fee_income if reminder else acc.revenue_default
    inv.voucher_id = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.REMINDER_FEE if reminder else VoucherKind.INVOICE, invoice_date, [
            ledger.PostingLine(acc.receivables, total_cents, customer_id=cust.id, invoice_id=inv.id),
            ledger.PostingLine(income, -total_cents),
        ], f"Invoice {number}", invoice_id=inv.id))
    session.flush()
    return inv


def payment(session: Session, amount_cents: int, *, booking_date: dt.date, customer: Customer | int | None = None,
            reference: str = "", status: PaymentStatus = PaymentStatus.UNMATCHED,
            unallocated_cents: int = 0) -> Payment:
    """A payment row without vouchers or settlements (the caller books what it needs)."""
    p = Payment(amount_cents=amount_cents, booking_date=booking_date, reference=reference,
                customer_id=None if customer is None else _id(customer), status=status,
                unallocated_cents=unallocated_cents)
    session.add(p)
    session.flush()
    return p


def credit_balance(session: Session, actor: Actor, cust: Customer, cents: int, on: dt.date) -> None:
    """An overpayment turned into credit balance: bank debit, customer balance credit."""
    accounts = ledger.account_map(session)
    ledger.post_voucher(session, actor, ledger.NewVoucher(VoucherKind.PAYMENT, on, [
        ledger.PostingLine(accounts.bank, cents),
        ledger.PostingLine(accounts.customer_balance, -cents, customer_id=cust.id),
    ], "overpayment to balance"))
