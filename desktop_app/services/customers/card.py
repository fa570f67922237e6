"""The customer card and the order detail (SPEC W1.2–W1.3): a customer's record, orders, invoices,
payments, postings and credit balance, and an order with the actions its state allows; finding a
customer or an order by its number.

Reads return frozen dataclasses (never live ORM objects) and write nothing; edits are in ``edits.py``.
"""


import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from desktop_app.models import (
    Account,
    BillingRequest,
    Customer,
    CutoffReason,
    Invoice,
    InvoiceLine,
    Order,
    Payment,
    Posting,
    Product,
    VatRate,
    Voucher,
)
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingSchedule,
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    PaymentSource,
    PaymentStatus,
    ProductKind,
    SalesChannel,
    VatClass,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.foundation import audit
from desktop_app.services.foundation.audit import AuditRow
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.money import to_decimal, vat_of_net
from desktop_app.services.ledger import balance as balance_service
from desktop_app.services.ledger.errors import LedgerError

__all__ = [
    "CustomerCard", "CustomerData", "CutoffReasonText", "InvoiceRow", "OrderDetail", "OrderRow", "PaymentRow", "PostingRow",
    "allowed_actions", "customer_id_by_number", "get_customer", "get_customer_card", "get_order_detail", "has_invoices",
    "left_to_bill", "order_id_by_number", "pending_request_count",
]

@dataclass(frozen=True)
class CustomerData:
    """The customer's contact and billing data, as the card shows it and the edit form starts from."""

    id: int
    customer_number: int
    kind: CustomerKind
    first_name: str
    last_name: str
    company_name: str
    contact_person: str
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str
    phone: str
    language: str
    billing_channel: Channel
    einvoice_address: str
    einvoice_operator: str
    business_id: str
    iban: str
    bic: str
    payment_term_days: int
    no_reminders: bool
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class OrderRow:
    order_id: int
    order_number: int
    product_name: str
    product_kind: ProductKind
    billing_schedule: BillingSchedule
    period_start: dt.date
    period_end: dt.date | None
    quantity: int
    unit_price_cents: int  # per billing period, VAT excluded
    sales_channel: SalesChannel
    payment_method: PaymentMethod
    status: OrderStatus
    cutoff_date: dt.date | None
    payer_number: int
    recipient_number: int | None  # None when the payer also receives the order


@dataclass(frozen=True)
class InvoiceRow:
    """An invoice, ad invoice, payment reminder, refund invoice or credit note."""

    invoice_id: int
    number: int
    kind: InvoiceKind
    invoice_date: dt.date
    due_date: dt.date
    reference: str
    channel: Channel
    total_cents: int
    balance_applied_cents: int
    paid_cents: int
    open_cents: int  # still to pay (or, for a refund invoice, still to pay back)
    status: InvoiceStatus
    overdue: bool
    reminder_level: int
    parent_invoice_number: int | None  # a reminder's or credit note's invoice
    order_id: int | None
    sent_at: dt.datetime | None

    @property
    def total(self) -> Decimal:
        return Decimal(self.total_cents).scaleb(-2)

    @property
    def open_amount(self) -> Decimal:
        return Decimal(self.open_cents).scaleb(-2)


@dataclass(frozen=True)
class PaymentRow:
    payment_id: int
    booking_date: dt.date
    amount_cents: int
    reference: str
    payer_name: str
    source: PaymentSource
    status: PaymentStatus
    unallocated_cents: int
    message: str


@dataclass(frozen=True)
class PostingRow:
    posting_id: int
    voucher_id: int
    voucher_number: int
    voucher_date: dt.date
    voucher_kind: VoucherKind
    account_number: str
    account_name: str
    amount_cents: int  # debit +, credit -
    description: str
    invoice_number: int | None
    description_values: Mapping[str, Any] | None = None  # set: description is a template (i18n.stored_text)


@dataclass(frozen=True)
class CustomerCard:
    customer: CustomerData
    balance: Decimal  # credit balance (saldo): money we hold for the customer, positive when we owe them
    balance_cents: int
    orders: tuple[OrderRow, ...]
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[PaymentRow, ...]
    postings: tuple[PostingRow, ...]
    change_log: tuple[AuditRow, ...]
    balance_history: tuple[balance_service.BalanceEvent, ...] = ()  # oldest first
    waiting_cents: int = 0  # the customer's payments waiting for handling (overpaid, unmatched)


@dataclass(frozen=True)
class CutoffReasonText:
    code: str
    label_fi: str
    label_sv: str
    label_en: str

    def label(self, lang: str) -> str:
        """The label in ``lang``, falling back to Finnish (the list is kept in Finnish first)."""
        return {"sv": self.label_sv, "en": self.label_en}.get(lang, "") or self.label_fi


@dataclass(frozen=True)
class OrderDetail:
    order_id: int
    order_number: int
    version: int
    product_id: int
    product_code: str
    product_name: str
    product_kind: ProductKind
    billing_schedule: BillingSchedule
    period_start: dt.date
    period_end: dt.date | None
    billed_until: dt.date | None
    deliveries_total: int
    quantity: int
    unit_price_cents: int  # per billing period, VAT excluded
    list_price_cents: int  # the product's price, for "price differs" highlighting
    vat_class: VatClass
    vat_rate_bp: int | None  # in force today (or at the period start for a future order)
    net_cents: int  # quantity × unit price
    vat_cents: int
    total_cents: int  # gross, VAT included
    payer_id: int
    payer_number: int
    payer_name: str
    recipient_id: int  # the payer when nobody else receives the order
    recipient_number: int
    recipient_name: str
    sales_channel: SalesChannel
    payment_method: PaymentMethod
    status: OrderStatus
    cutoff_date: dt.date | None
    cutoff_reason: CutoffReasonText | None
    cancelled_at: dt.datetime | None
    refunded_at: dt.datetime | None
    refund_reason: str
    refund_expected_date: dt.date | None
    note: str
    invoices: tuple[InvoiceRow, ...]
    invoiced_cents: int  # total of the order's invoices
    paid_cents: int
    open_cents: int
    fully_paid: bool
    # Codes of what the clerk may do now: "cut_off", "cancel", "refund", "change_price", "cancel_order".
    allowed_actions: tuple[str, ...]
    pending_requests: int = 0  # billing requests waiting for a billing run


# --- reading ----------------------------------------------------------------------------------

# The fields a clerk edits (and the audit log shows), in form order.
_MAIN_KINDS = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)
_OPEN_STATES = (InvoiceStatus.OPEN, InvoiceStatus.COLLECTION)


def left_to_bill(schedule: BillingSchedule, period_end: dt.date | None, billed_until: dt.date | None,
                 pending_requests: int) -> bool:
    """Whether some period of the order is still to be invoiced (pending, or not requested yet)."""
    if pending_requests:
        return True
    if billed_until is None:
        return True
    if schedule == BillingSchedule.ONE_OFF:
        return False
    return period_end is None or billed_until < period_end


def pending_request_count(session: Session, order_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(BillingRequest)
        .where(BillingRequest.order_id == order_id, BillingRequest.status == BillingRequestStatus.PENDING)
    ) or 0


def has_invoices(session: Session, order_id: int) -> bool:
    """Whether an invoice (not cancelled) was made for the order or has a line of it."""
    billed = (Invoice.kind.in_((InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)), Invoice.status != InvoiceStatus.CANCELLED)
    line = exists().where(InvoiceLine.invoice_id == Invoice.id, InvoiceLine.order_id == order_id)
    return bool(session.scalar(select(exists().where(*billed, or_(Invoice.order_id == order_id, line)))))


def _load(session: Session, customer_id: int, *, for_update: bool = False) -> Customer:
    customer = session.get(Customer, customer_id, with_for_update=for_update or None,
                           populate_existing=for_update)
    if customer is None:
        raise NotFound(what="Customer", key=customer_id)
    return customer


def _data(c: Customer) -> CustomerData:
    return CustomerData(
        id=c.id, customer_number=c.customer_number, kind=CustomerKind(c.kind), first_name=c.first_name,
        last_name=c.last_name, company_name=c.company_name, contact_person=c.contact_person, name=c.name,
        street=c.street, postal_code=c.postal_code, city=c.city, country=c.country, email=c.email, phone=c.phone,
        language=c.language, billing_channel=Channel(c.billing_channel), einvoice_address=c.einvoice_address,
        einvoice_operator=c.einvoice_operator, business_id=c.business_id, iban=c.iban, bic=c.bic,
        payment_term_days=c.payment_term_days, no_reminders=c.no_reminders, version=c.version,
        created_at=c.created_at, updated_at=c.updated_at,
    )


def get_customer(session: Session, customer_id: int) -> CustomerData:
    return _data(_load(session, customer_id))


def _number(text: int | str, what: str) -> int:
    digits = re.sub(r"\s+", "", str(text))
    if not digits.isdigit() or len(digits) > 18:
        raise NotFound(what=what, key=str(text).strip())
    return int(digits)


def customer_id_by_number(session: Session, number: int | str) -> int:
    """The id of the customer with this customer number; ``NotFound`` otherwise."""
    found = session.scalar(select(Customer.id).where(Customer.customer_number == _number(number, "Customer")))
    if found is None:
        raise NotFound(what="Customer", key=str(number).strip())
    return found


def order_id_by_number(session: Session, number: int | str) -> int:
    found = session.scalar(select(Order.id).where(Order.order_number == _number(number, "Order")))
    if found is None:
        raise NotFound(what="Order", key=str(number).strip())
    return found


def _open_cents(total: int, applied: int, paid: int, status: InvoiceStatus) -> int:
    return max(total - applied - paid, 0) if status in _OPEN_STATES else 0


def _invoice_rows(session: Session, condition: Any, today: dt.date) -> tuple[InvoiceRow, ...]:
    parent = aliased(Invoice)
    rows = session.execute(
        select(Invoice.id, Invoice.number, Invoice.kind, Invoice.invoice_date, Invoice.due_date, Invoice.reference,
               Invoice.channel, Invoice.total_cents, Invoice.balance_applied_cents, Invoice.paid_cents,
               Invoice.status, Invoice.reminder_level, parent.number.label("parent_number"), Invoice.order_id,
               Invoice.sent_at)
        .outerjoin(parent, parent.id == Invoice.parent_invoice_id)
        .where(condition)
        .order_by(Invoice.invoice_date.desc(), Invoice.number.desc())
    )
    result = []
    for r in rows:
        status = InvoiceStatus(r.status)
        open_cents = _open_cents(r.total_cents, r.balance_applied_cents, r.paid_cents, status)
        result.append(InvoiceRow(
            invoice_id=r.id, number=r.number, kind=InvoiceKind(r.kind), invoice_date=r.invoice_date,
            due_date=r.due_date, reference=r.reference, channel=Channel(r.channel), total_cents=r.total_cents,
            balance_applied_cents=r.balance_applied_cents, paid_cents=r.paid_cents, open_cents=open_cents,
            status=status, overdue=open_cents > 0 and r.due_date < today, reminder_level=r.reminder_level,
            parent_invoice_number=r.parent_number, order_id=r.order_id, sent_at=r.sent_at,
        ))
    return tuple(result)


def _balance_history(session: Session, customer_id: int) -> tuple[balance_service.BalanceEvent, ...]:
    try:
        accounts = ledger.account_map(session)
    except LedgerError:
        return ()  # no chart of accounts yet: nothing can have been posted
    return balance_service.balance_history(session, customer_id, accounts)


def get_customer_card(session: Session, customer_id: int, *, today: dt.date | None = None) -> CustomerCard:
    """Everything the customer card shows, read in one transaction."""
    today = today or dt.date.today()
    customer = _data(_load(session, customer_id))
    payer = aliased(Customer)
    recipient = aliased(Customer)
    orders = tuple(
        OrderRow(
            order_id=r.id, order_number=r.order_number, product_name=r.product_name,
            product_kind=ProductKind(r.product_kind), billing_schedule=BillingSchedule(r.billing_schedule),
            period_start=r.period_start, period_end=r.period_end, quantity=r.quantity,
            unit_price_cents=r.unit_price_cents, sales_channel=SalesChannel(r.sales_channel),
            payment_method=PaymentMethod(r.payment_method), status=OrderStatus(r.status), cutoff_date=r.cutoff_date,
            payer_number=r.payer_number, recipient_number=r.recipient_number,
        )
        for r in session.execute(
            select(Order.id, Order.order_number, Product.name.label("product_name"),
                   Product.kind.label("product_kind"), Order.billing_schedule, Order.period_start, Order.period_end,
                   Order.quantity, Order.unit_price_cents, Order.sales_channel, Order.payment_method, Order.status,
                   Order.cutoff_date, payer.customer_number.label("payer_number"),
                   recipient.customer_number.label("recipient_number"))
            .join(Product, Product.id == Order.product_id)
            .join(payer, payer.id == Order.customer_id)
            .outerjoin(recipient, recipient.id == Order.recipient_id)
            .where(or_(Order.customer_id == customer_id, Order.recipient_id == customer_id))
            .order_by(Order.period_start.desc(), Order.order_number.desc())
        )
    )
    payments = tuple(
        PaymentRow(
            payment_id=r.id, booking_date=r.booking_date, amount_cents=r.amount_cents, reference=r.reference,
            payer_name=r.payer_name, source=PaymentSource(r.source), status=PaymentStatus(r.status),
            unallocated_cents=r.unallocated_cents, message=r.message,
        )
        for r in session.execute(
            select(Payment.id, Payment.booking_date, Payment.amount_cents, Payment.reference, Payment.payer_name,
                   Payment.source, Payment.status, Payment.unallocated_cents, Payment.message)
            .where(Payment.customer_id == customer_id)
            .order_by(Payment.booking_date.desc(), Payment.id.desc())
        )
    )
    postings = tuple(
        PostingRow(
            posting_id=r.id, voucher_id=r.voucher_id, voucher_number=r.voucher_number, voucher_date=r.voucher_date,
            voucher_kind=VoucherKind(r.kind), account_number=r.account_number, account_name=r.account_name,
            amount_cents=r.amount_cents, description=r.description or r.voucher_description,
            invoice_number=r.invoice_number,
            description_values=ledger.decode_values(r.description_values if r.description
                                                    else r.voucher_description_values),
        )
        for r in session.execute(
            select(Posting.id, Posting.voucher_id, Voucher.number.label("voucher_number"), Voucher.voucher_date,
                   Voucher.kind, Account.number.label("account_number"), Account.name.label("account_name"),
                   Posting.amount_cents, Posting.description, Voucher.description.label("voucher_description"),
                   Invoice.number.label("invoice_number"), Posting.description_values,
                   Voucher.description_values.label("voucher_description_values"))
            .join(Voucher, Voucher.id == Posting.voucher_id)
            .join(Account, Account.id == Posting.account_id)
            .outerjoin(Invoice, Invoice.id == Posting.invoice_id)
            .where(Posting.customer_id == customer_id)
            .order_by(Voucher.voucher_date.desc(), Voucher.number.desc(), Posting.line_no)
        )
    )
    history = _balance_history(session, customer_id)
    balance = history[-1].running_cents if history else 0  # the balance is where its history ends
    return CustomerCard(
        customer=customer,
        balance=to_decimal(balance),
        balance_cents=balance,
        orders=orders,
        invoices=_invoice_rows(session, Invoice.customer_id == customer_id, today),
        payments=payments,
        postings=postings,
        change_log=tuple(audit.customer_change_log(session, customer_id)),
        balance_history=history,
        waiting_cents=balance_service.waiting_cents(session, customer_id),
    )


# --- order detail -----------------------------------------------------------------------------

def _vat_rate_bp(session: Session, vat_class: VatClass, on: dt.date) -> int | None:
    return session.scalar(
        select(VatRate.rate_bp)
        .where(VatRate.vat_class == vat_class, VatRate.valid_from <= on,
               or_(VatRate.valid_to.is_(None), VatRate.valid_to >= on))
        .order_by(VatRate.valid_from.desc())
        .limit(1)
    )


def allowed_actions(status: OrderStatus, sales_channel: SalesChannel, *, fully_paid: bool,
                    period_end: dt.date | None, today: dt.date, left_to_bill: bool = False,
                    invoiced: bool = True, pending_requests: int = 0) -> tuple[str, ...]:
    """What the clerk may do with an order now (the buttons of the order detail).

    - "cut_off" (W2): an active, billed order that is fully paid and whose period has not ended.
    - "change_price": an active invoiced order with a period still to bill (``orders.change_order_price``).
    - "cancel_order": an active invoiced order with no invoice yet (``orders.cancel_order``).
    - "withdraw_requests": an order no longer active whose billing requests still wait
      (``orders.withdraw_requests``): they can never be billed.
    - "cancel" (W7): an active cash-desk or online sale.
    - "refund" (W7): a cancelled cash-desk or online sale (only a cancelled sale can be refunded).
    """
    actions: list[str] = []
    sale = sales_channel in (SalesChannel.CASH_DESK, SalesChannel.ONLINE)
    if status == OrderStatus.ACTIVE:
        if sales_channel == SalesChannel.INVOICE and fully_paid and (period_end is None or period_end >= today):
            actions.append("cut_off")
        if sales_channel == SalesChannel.INVOICE and left_to_bill:
            actions.append("change_price")
        if sales_channel == SalesChannel.INVOICE and not invoiced:
            actions.append("cancel_order")
        if sale:
            actions.append("cancel")
    elif status == OrderStatus.CANCELLED and sale:
        actions.append("refund")
    if status != OrderStatus.ACTIVE and pending_requests:
        actions.append("withdraw_requests")
    return tuple(actions)


def get_order_detail(session: Session, order_id: int, *, today: dt.date | None = None) -> OrderDetail:
    today = today or dt.date.today()
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(what="Order", key=order_id)
    product = session.get(Product, order.product_id)
    payer = session.get(Customer, order.customer_id)
    assert product is not None and payer is not None  # foreign keys
    recipient = session.get(Customer, order.recipient_id) if order.recipient_id is not None else payer
    recipient = recipient or payer
    reason = session.get(CutoffReason, order.cutoff_reason_id) if order.cutoff_reason_id is not None else None

    on = max(today, order.period_start)
    if order.period_end is not None:
        on = min(on, order.period_end)
    rate_bp = _vat_rate_bp(session, VatClass(product.vat_class), on)
    net = order.quantity * order.unit_price_cents
    vat = vat_of_net(net, rate_bp) if rate_bp is not None else 0

    # The order's invoices: those made for it or with a line of it, and their reminders,
    # refund invoices and credit notes.
    own_ids = set(session.scalars(union(
        select(Invoice.id).where(Invoice.order_id == order_id),
        select(InvoiceLine.invoice_id).where(InvoiceLine.order_id == order_id),
    )))
    invoices = _invoice_rows(
        session, or_(Invoice.id.in_(own_ids), Invoice.parent_invoice_id.in_(own_ids)) if own_ids else Invoice.id < 0,
        today,
    )
    gross_by_invoice: dict[int, int] = {}
    for invoice_id, gross in session.execute(
        select(InvoiceLine.invoice_id, InvoiceLine.gross_cents).where(InvoiceLine.order_id == order_id)
    ):
        gross_by_invoice[invoice_id] = gross_by_invoice.get(invoice_id, 0) + gross
    billed = [i for i in invoices if i.kind in _MAIN_KINDS and i.status != InvoiceStatus.CANCELLED]
    invoiced = sum(gross_by_invoice.get(i.invoice_id, i.total_cents) for i in billed)
    open_cents = sum(i.open_cents for i in billed)
    paid = sum(gross_by_invoice.get(i.invoice_id, i.total_cents) for i in billed if i.status == InvoiceStatus.PAID)
    if order.sales_channel != SalesChannel.INVOICE:
        fully_paid = order.payment_method != PaymentMethod.INVOICE or (bool(billed) and open_cents == 0)
    else:
        fully_paid = bool(billed) and all(i.status == InvoiceStatus.PAID for i in billed)
    status = OrderStatus(order.status)
    sales_channel = SalesChannel(order.sales_channel)
    pending = pending_request_count(session, order.id)
    to_bill = left_to_bill(BillingSchedule(order.billing_schedule), order.period_end,
                                          order.billed_until, pending)
    return OrderDetail(
        order_id=order.id, order_number=order.order_number, version=order.version, product_id=product.id,
        product_code=product.code, product_name=product.name, product_kind=ProductKind(product.kind),
        billing_schedule=BillingSchedule(order.billing_schedule), period_start=order.period_start,
        period_end=order.period_end, billed_until=order.billed_until, deliveries_total=order.deliveries_total,
        quantity=order.quantity, unit_price_cents=order.unit_price_cents, list_price_cents=product.price_cents,
        vat_class=VatClass(product.vat_class), vat_rate_bp=rate_bp, net_cents=net, vat_cents=vat,
        total_cents=net + vat, payer_id=payer.id, payer_number=payer.customer_number, payer_name=payer.name,
        recipient_id=recipient.id, recipient_number=recipient.customer_number, recipient_name=recipient.name,
        sales_channel=sales_channel, payment_method=PaymentMethod(order.payment_method), status=status,
        cutoff_date=order.cutoff_date,
        cutoff_reason=CutoffReasonText(reason.code, reason.label_fi, reason.label_sv, reason.label_en)
        if reason is not None else None,
        cancelled_at=order.cancelled_at, refunded_at=order.refunded_at, refund_reason=order.refund_reason,
        refund_expected_date=order.refund_expected_date, note=order.note, invoices=invoices,
        invoiced_cents=invoiced, paid_cents=paid, open_cents=open_cents, fully_paid=fully_paid,
        allowed_actions=allowed_actions(status, sales_channel, fully_paid=fully_paid, period_end=order.period_end,
                                        today=today, left_to_bill=to_bill,
                                        invoiced=bool(billed) or has_invoices(session, order.id),
                                        pending_requests=pending),
        pending_requests=pending,
    )


# --- writing ----------------------------------------------------------------------------------

