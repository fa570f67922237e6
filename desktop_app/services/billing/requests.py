"""Billing requests (laskutuspyynnöt): the order periods due to be invoiced, fetched and validated.

``fetch_billing_requests`` creates the missing requests of every due order period up to a date
(idempotent: the database refuses a second request for the same order period) and lists the
pending ones. Each listed row says why it cannot be billed, if it cannot: the reasons are English
templates (the translation keys of the "errors" context), so the list can show them in the clerk's
language and a filter can keep only the erroneous rows. ``validate_requests`` re-reads and
re-validates rows after the clerk fixed a customer, without creating anything.

The listing is one SQL query with joins, so it stays fast at 100 000 rows.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.models import BillingRequest, Customer, Order, Product, VatRate
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingRunKind,
    BillingSchedule,
    Channel,
    OrderStatus,
    ProductKind,
    SalesChannel,
    VatClass,
)
from desktop_app.services.billing.errors import (
    AlreadyBilled,
    CustomerNameMissing,
    EinvoiceAddressMissing,
    EmailMissing,
    FetchFarAhead,
    InvalidRequestPrice,
    InvalidRequestQuantity,
    NonPositivePrice,
    NonPositiveQuantity,
    NoVatRate,
    OrderCancelled,
    OrderCutOff,
    OrderEnded,
    OrderRefunded,
    PaperAddressMissing,
    RequestCancelled,
    RequestNotPending,
)
from desktop_app.services.foundation import audit
from desktop_app.services.foundation.bulk import IN_CHUNK, BulkWriter, table_of, without_cyclic_gc
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.money import to_cents, to_decimal
from desktop_app.services.foundation.uow import Actor

# SQLite accepts 32 766 bound parameters per statement; PostgreSQL 65 535. Stay well below both.


_ORDER_STATUS_PROBLEM = {
    OrderStatus.CANCELLED: OrderCancelled.template,
    OrderStatus.CUT_OFF: OrderCutOff.template,
    OrderStatus.ENDED: OrderEnded.template,
    OrderStatus.REFUNDED: OrderRefunded.template,
}

REQUEST_KIND_OF_PRODUCT = {
    ProductKind.SUBSCRIPTION: BillingRunKind.SUBSCRIPTIONS,
    ProductKind.SINGLE: BillingRunKind.SUBSCRIPTIONS,
    ProductKind.ADVERTISEMENT: BillingRunKind.ADVERTISEMENTS,
}

_MONTHS = {BillingSchedule.MONTHLY: 1, BillingSchedule.QUARTERLY: 3, BillingSchedule.YEARLY: 12}


@dataclass(frozen=True, slots=True)
class BillingRequestRow:
    """One row of the billing request list, with every value the list and the run need.

    ``errors`` holds the reasons (English templates, translated with the "errors" context);
    empty means the request can be billed.
    """

    request_id: int
    status: BillingRequestStatus
    kind: BillingRunKind
    bill_date: dt.date
    period_start: dt.date
    period_end: dt.date
    quantity: int
    unit_price_cents: int
    list_price_cents: int
    customer_id: int
    customer_number: int
    customer_name: str
    customer_language: str
    payment_term_days: int
    channel: Channel
    order_id: int
    order_number: int
    order_status: OrderStatus
    product_id: int
    product_code: str
    product_name: str
    product_kind: ProductKind
    vat_class: VatClass
    revenue_account_id: int | None
    vat_rate_bp: int | None
    vat_account_id: int | None
    errors: tuple[str, ...]

    @property
    def amount_cents(self) -> int:
        """Net amount of the request (quantity × unit price, VAT excluded)."""
        return self.quantity * self.unit_price_cents

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.amount_cents)

    @property
    def unit_price(self) -> Decimal:
        return to_decimal(self.unit_price_cents)

    @property
    def list_price(self) -> Decimal:
        return to_decimal(self.list_price_cents)

    @property
    def price_differs(self) -> bool:
        """The order's price is not the product's list price (clerks highlight these rows)."""
        return self.unit_price_cents != self.list_price_cents

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)


@dataclass(frozen=True)
class FetchResult:
    created: int  # new requests made by this fetch
    rows: list[BillingRequestRow]  # every pending request up to the date, erroneous ones included

    @property
    def error_count(self) -> int:
        return sum(1 for r in self.rows if r.errors)

    @property
    def billable_count(self) -> int:
        return len(self.rows) - self.error_count


class VatTable:
    """The date-effective VAT rates, loaded once: (rate in basis points, VAT account) per class and date."""

    def __init__(self, rows: Iterable[tuple[VatClass, int, dt.date, dt.date | None, int | None]]) -> None:
        by_class: dict[VatClass, list[tuple[dt.date, dt.date | None, int, int | None]]] = {}
        for vat_class, rate_bp, valid_from, valid_to, account_id in rows:
            by_class.setdefault(VatClass(vat_class), []).append((valid_from, valid_to, rate_bp, account_id))
        self._starts: dict[VatClass, list[dt.date]] = {}
        self._rows: dict[VatClass, list[tuple[dt.date, dt.date | None, int, int | None]]] = {}
        for vat_class, entries in by_class.items():
            entries.sort(key=lambda e: e[0])
            self._rows[vat_class] = entries
            self._starts[vat_class] = [e[0] for e in entries]

    @classmethod
    def load(cls, session: Session) -> VatTable:
        return cls(session.execute(
            select(VatRate.vat_class, VatRate.rate_bp, VatRate.valid_from, VatRate.valid_to, VatRate.account_id)
        ))

    def lookup(self, vat_class: VatClass, on: dt.date) -> tuple[int, int | None] | None:
        """(rate_bp, account id) of the rate in force on ``on``, or None when no rate covers it."""
        starts = self._starts.get(vat_class)
        if not starts:
            return None
        i = bisect.bisect_right(starts, on) - 1
        if i < 0:
            return None
        _start, valid_to, rate_bp, account_id = self._rows[vat_class][i]
        if valid_to is not None and on > valid_to:
            return None
        return rate_bp, account_id


# --- periods -----------------------------------------------------------------------------------

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(date: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31.1. + 1 month = 28./29.2.)."""
    index = date.year * 12 + date.month - 1 + months
    year, month0 = divmod(index, 12)
    day = date.day
    if day > 28:
        last = 29 if month0 == 1 and calendar.isleap(year) else _DAYS_IN_MONTH[month0]
        day = min(day, last)
    return dt.date(year, month0 + 1, day)


def due_periods(
    schedule: BillingSchedule,
    start: dt.date,
    end: dt.date | None,
    billed_until: dt.date | None,
    until: dt.date,
) -> list[tuple[dt.date, dt.date]]:
    """The order periods due by ``until`` (billed in advance: due on their first day) not yet requested.

    Periods are counted from the order's own start day so they never drift (31.1., 28.2., 31.3. …);
    the last one ends with the order.
    """
    if schedule == BillingSchedule.ONE_OFF:
        if billed_until is not None or start > until:
            return []
        return [(start, end or start)]
    step = _MONTHS[BillingSchedule(schedule)]
    periods: list[tuple[dt.date, dt.date]] = []
    i = 0
    if billed_until is not None and billed_until >= start:
        # Jump close to the first unrequested period, then walk.
        months = (billed_until.year - start.year) * 12 + billed_until.month - start.month
        i = max(0, months // step - 1)
    while True:
        p_start = add_months(start, i * step)
        if p_start > until or (end is not None and p_start > end):
            return periods
        p_end = add_months(start, (i + 1) * step) - dt.timedelta(days=1)
        if end is not None and p_end > end:
            p_end = end
        if billed_until is None or p_start > billed_until:
            periods.append((p_start, p_end))
        i += 1


# --- fetch -------------------------------------------------------------------------------------

def _product_kinds(kind: BillingRunKind) -> list[ProductKind]:
    return [pk for pk, rk in REQUEST_KIND_OF_PRODUCT.items() if rk == kind]


def create_due_requests(session: Session, actor: Actor, until: dt.date, kind: BillingRunKind) -> int:
    """Create the billing requests of every due, unrequested order period; returns how many were new.

    Two desks fetching at once are safe: the unique (order, period start) makes the second insert
    of a period a no-op. ``orders.billed_until`` records how far requests exist, so a fetch reads
    only the orders that have something new.
    """
    kind = BillingRunKind(kind)
    session.flush()  # the bulk statements below bypass the ORM: pending edits must be in first
    orders = _due_orders(session, until, kind)
    new_rows: list[tuple[int, int, dt.date, dt.date, int, int]] = []
    advanced: list[tuple[int, dt.date]] = []
    for order_id, customer_id, quantity, price, schedule, start, end, billed_until in orders:
        periods = due_periods(schedule, start, end, billed_until, until)
        if not periods:
            continue
        for p_start, p_end in periods:
            new_rows.append((order_id, customer_id, p_start, p_end, quantity, price))
        advanced.append((order_id, periods[-1][1]))
    w = BulkWriter(session)
    requests = table_of(BillingRequest)
    day = w.converter(requests.c.period_start)
    created = w.insert(requests, ("order_id", "customer_id", "kind", "period_start", "period_end", "bill_date",
                                  "quantity", "unit_price_cents", "status"),
                       [(o, c, kind, day(ps), day(pe), day(ps), q, p, BillingRequestStatus.PENDING)
                        for o, c, ps, pe, q, p in new_rows],
                       skip_duplicates_of=("order_id", "period_start"))
    w.execute_many("UPDATE orders SET billed_until = ? WHERE id = ? AND (billed_until IS NULL OR billed_until < ?)",
                   [(day(until_), oid, day(until_)) for oid, until_ in advanced])
    if advanced:
        for obj in list(session.identity_map.values()):
            if isinstance(obj, Order):
                session.expire(obj, ["billed_until"])
    if created:
        audit.record(session, actor, "billing_requests.created", "billing_request", None,
                     after={"count": created, "until": until, "kind": kind})
    return created


def _due_orders(session: Session, until: dt.date, kind: BillingRunKind) -> Sequence[Any]:
    return session.connection().execute(
        select(Order.id, Order.customer_id, Order.quantity, Order.unit_price_cents, Order.billing_schedule,
               Order.period_start, Order.period_end, Order.billed_until)
        .join(Product, Product.id == Order.product_id)
        .where(
            Order.status == OrderStatus.ACTIVE,
            Order.sales_channel == SalesChannel.INVOICE,
            Product.kind.in_(_product_kinds(kind)),
            Order.period_start <= until,
            or_(Order.billed_until.is_(None), Order.billed_until < until),
            or_(Order.period_end.is_(None), Order.billed_until.is_(None), Order.billed_until < Order.period_end),
        )
        .order_by(Order.id)  # two desks fetching at once meet the same rows in the same order: no deadlock
    ).all()


# A fetch this far past the business date is a typing mistake more often than a plan (2100 for
# 2026 once made 649 192 requests for good): it needs a confirmation that names the count.
FAR_AHEAD_MONTHS = 13


def count_due_requests(session: Session, until: dt.date, kind: BillingRunKind = BillingRunKind.SUBSCRIPTIONS) -> int:
    """How many billing requests a fetch up to ``until`` would create (nothing is written)."""
    session.flush()
    return sum(len(due_periods(schedule, start, end, billed_until, until))
               for _o, _c, _q, _p, schedule, start, end, billed_until in _due_orders(session, until, BillingRunKind(kind)))


def fetch_billing_requests(
    session: Session, actor: Actor, until: dt.date, kind: BillingRunKind = BillingRunKind.SUBSCRIPTIONS, *,
    today: dt.date | None = None, confirmed: bool = False,
) -> FetchResult:
    """Fetch billing requests (Hae laskutuspyynnöt): create the missing ones, list every pending one.

    Given ``today`` (the business date), a fetch more than ``FAR_AHEAD_MONTHS`` past it that would
    create anything is refused with ``FetchFarAhead`` (and its count) unless ``confirmed``.
    The caller commits (the new requests are kept even if nothing is billed).
    """
    if today is not None and not confirmed and until > add_months(today, FAR_AHEAD_MONTHS):
        count = count_due_requests(session, until, kind)
        if count:
            raise FetchFarAhead(until=until, today=today, count=count)
    with without_cyclic_gc():
        created = create_due_requests(session, actor, until, kind)
        session.flush()
        return FetchResult(created=created, rows=list_billing_requests(session, until=until, kind=kind))


# --- listing and validation --------------------------------------------------------------------

def _row_query() -> Select:  # type: ignore[type-arg]
    return (
        select(
            BillingRequest.id, BillingRequest.status, BillingRequest.kind, BillingRequest.bill_date,
            BillingRequest.period_start, BillingRequest.period_end, BillingRequest.quantity,
            BillingRequest.unit_price_cents, Product.price_cents,
            Customer.id, Customer.customer_number, Customer.name, Customer.company_name,
            Customer.first_name, Customer.last_name, Customer.language, Customer.payment_term_days,
            Customer.billing_channel, Customer.street, Customer.postal_code, Customer.city,
            Customer.email, Customer.einvoice_address, Customer.einvoice_operator,
            Order.id, Order.order_number, Order.status,
            Product.id, Product.code, Product.name, Product.kind, Product.vat_class, Product.revenue_account_id,
        )
        .join(Order, Order.id == BillingRequest.order_id)
        .join(Customer, Customer.id == BillingRequest.customer_id)
        .join(Product, Product.id == Order.product_id)
    )


_BILLED, _CANCELLED = BillingRequestStatus.BILLED, BillingRequestStatus.CANCELLED
_PAPER, _EMAIL, _EINVOICE = Channel.PAPER, Channel.EMAIL, Channel.EINVOICE


def _rows(session: Session, stmt: Select, vat: VatTable) -> list[BillingRequestRow]:  # type: ignore[type-arg]
    """Run the row query (Core execution, all rows at once) and validate each row."""
    out: list[BillingRequestRow] = []
    append = out.append
    rates: dict[tuple[VatClass, dt.date], tuple[int, int | None] | None] = {}
    session.flush()  # the Core execution below does not autoflush; pending edits must be seen
    for (rid, status, kind, bill_date, p_start, p_end, quantity, price, list_price,
         cid, cnum, name, company, first, last, language, term, channel, street, postal, city,
         email, e_address, e_operator, oid, onum, ostatus,
         pid, pcode, pname, pkind, vat_class, revenue_account) in session.connection().execute(stmt).all():
        name = name or company or " ".join(p for p in (last, first) if p)
        try:
            rate = rates[(vat_class, p_start)]
        except KeyError:
            rate = rates[(vat_class, p_start)] = vat.lookup(vat_class, p_start)
        errors: list[str] = []
        if status is _BILLED:
            errors.append(AlreadyBilled.template)
        elif status is _CANCELLED:
            errors.append(RequestCancelled.template)
        problem = _ORDER_STATUS_PROBLEM.get(ostatus)
        if problem:
            errors.append(problem)
        if not name.strip():
            errors.append(CustomerNameMissing.template)
        if channel is _PAPER:
            if not (street.strip() and postal.strip() and city.strip()):
                errors.append(PaperAddressMissing.template)
        elif channel is _EMAIL:
            if not email.strip():
                errors.append(EmailMissing.template)
        elif channel is _EINVOICE and not (e_address.strip() and e_operator.strip()):
            errors.append(EinvoiceAddressMissing.template)
        if quantity <= 0:
            errors.append(NonPositiveQuantity.template)
        if price <= 0:
            errors.append(NonPositivePrice.template)
        if rate is None:
            errors.append(NoVatRate.template)
        append(BillingRequestRow(
            rid, status, kind, bill_date, p_start, p_end, quantity, price, list_price,
            cid, cnum, name, language or "fi", term, channel, oid, onum, ostatus,
            pid, pcode, pname, pkind, vat_class, revenue_account,
            rate[0] if rate else None, rate[1] if rate else None, tuple(errors) if errors else (),
        ))
    return out


_ORDERING = (Customer.customer_number, Order.order_number, BillingRequest.period_start, BillingRequest.id)


def list_billing_requests(
    session: Session,
    *,
    until: dt.date | None = None,
    kind: BillingRunKind | None = BillingRunKind.SUBSCRIPTIONS,
    status: BillingRequestStatus | None = BillingRequestStatus.PENDING,
    errors_only: bool = False,
    customer_id: int | None = None,
) -> list[BillingRequestRow]:
    """Billing requests (pending by default) due by ``until``, validated, in customer order."""
    stmt = _row_query().order_by(*_ORDERING)
    if status is not None:
        stmt = stmt.where(BillingRequest.status == status)
    if kind is not None:
        stmt = stmt.where(BillingRequest.kind == BillingRunKind(kind))
    if until is not None:
        stmt = stmt.where(BillingRequest.bill_date <= until)
    if customer_id is not None:
        stmt = stmt.where(BillingRequest.customer_id == customer_id)
    with without_cyclic_gc():
        rows = _rows(session, stmt, VatTable.load(session))
    return [r for r in rows if r.errors] if errors_only else rows


def validate_requests(session: Session, request_ids: Sequence[int]) -> list[BillingRequestRow]:
    """Re-read and re-validate these requests (after the clerk fixed a customer); creates nothing.

    Rows come back in list order; ids that no longer exist are left out.
    """
    vat = VatTable.load(session)
    ids = list(dict.fromkeys(request_ids))
    rows: list[BillingRequestRow] = []
    for i in range(0, len(ids), IN_CHUNK):
        part = ids[i:i + IN_CHUNK]
        rows.extend(_rows(session, _row_query().where(BillingRequest.id.in_(part)), vat))
    rows.sort(key=lambda r: (r.customer_number, r.order_number, r.period_start, r.request_id))
    return rows


def cancel_requests(session: Session, actor: Actor, request_ids: Sequence[int]) -> int:
    """Take pending requests off the list for good (e.g. of a cancelled order); returns how many.

    Billed requests are left alone. The order's ``billed_until`` is kept, so a later fetch does not
    re-create a cancelled period.
    """
    ids = list(dict.fromkeys(request_ids))
    cancelled: list[tuple[int, int]] = []
    for i in range(0, len(ids), IN_CHUNK):
        part = ids[i:i + IN_CHUNK]
        cancelled.extend(session.execute(
            update(BillingRequest)
            .where(and_(BillingRequest.id.in_(part), BillingRequest.status == BillingRequestStatus.PENDING))
            .values(status=BillingRequestStatus.CANCELLED)
            .returning(BillingRequest.id, BillingRequest.customer_id)
            .execution_options(synchronize_session=False)
        ).all())
    for request_id, customer_id in cancelled:
        audit.record(session, actor, "billing_request.cancelled", "billing_request", request_id,
                     before={"status": BillingRequestStatus.PENDING},
                     after={"status": BillingRequestStatus.CANCELLED}, customer_id=customer_id)
    return len(cancelled)


def correct_request(
    session: Session, actor: Actor, request_id: int, *, unit_price: Decimal | None = None,
    quantity: int | None = None,
) -> BillingRequestRow:
    """Correct the price or quantity of one pending request (the row the clerk sees); returns it re-validated.

    The order keeps its own price: this is a correction of one period's bill, logged in the audit trail.
    """
    request = session.get(BillingRequest, request_id, with_for_update=True)
    if request is None:
        raise NotFound(what="Billing request", key=str(request_id))
    if request.status != BillingRequestStatus.PENDING:
        raise RequestNotPending(request_id=request_id)
    if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1):
        raise InvalidRequestQuantity(field="quantity")
    price = Decimal(unit_price) if unit_price is not None else None
    if price is not None and (not price.is_finite() or price < 0 or price != price.quantize(Decimal("0.01"))):
        raise InvalidRequestPrice(field="unit_price")
    before = {"unit_price_cents": request.unit_price_cents, "quantity": request.quantity}
    if quantity is not None:
        request.quantity = quantity
    if price is not None:
        request.unit_price_cents = to_cents(price)
    audit.record(session, actor, "billing_request.corrected", "billing_request", request.id, before=before,
                 after={"unit_price_cents": request.unit_price_cents, "quantity": request.quantity},
                 customer_id=request.customer_id)
    session.flush()
    return validate_requests(session, [request.id])[0]
