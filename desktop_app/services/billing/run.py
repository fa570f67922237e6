"""The billing run (laskutusajo, SPEC W4): billing requests become invoices with their postings.

One code path for the preview and the real run. Invoices are computed in plain Python
(``build_invoice``, ``invoice_vouchers``: pure functions) chunk by chunk; the real run then writes
each chunk in its own transaction and the preview does not. So the preview equals the run to the
cent, and a crash loses at most the chunk in flight, never half an invoice.

Never twice: inside its chunk transaction a real run first *claims* its requests with one
``UPDATE … WHERE status = 'pending'`` (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), and bills only
the rows that update returned. A second run, or a second desk at the same moment, finds them billed.

Per invoice (SPEC §5): receivables debit the total; sales revenue credit per revenue account and
VAT rate; VAT payable credit per rate. VAT is the rate in force on each line's period start,
rounded half up once per invoice and rate. The customer's credit balance is applied first: a
BALANCE line, ``balance_applied_cents``, and a balance_applied voucher (customer balance debit,
receivables credit) with a settlement row (no payment) that a clerk can later undo.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import (
    Account,
    BillingRequest,
    BillingRun,
    Customer,
    Invoice,
    InvoiceLine,
    NumberSequence,
    Posting,
    Product,
    Settlement,
    Voucher,
)
from desktop_app.models.enums import (
    AccountRole,
    BillingRequestStatus,
    BillingRunKind,
    Channel,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    ProductKind,
    SettlementState,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.billing.requests import (
    BillingRequestProblem,
    BillingRequestRow,
    list_billing_requests,
    validate_requests,
)
from desktop_app.services.documents import references
from desktop_app.services.foundation import audit, sequences
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK, BulkWriter, table_of, without_cyclic_gc
from desktop_app.services.foundation.errors import NotFound, ReskontraError
from desktop_app.services.foundation.money import cents, to_decimal, vat_of_net
from desktop_app.services.foundation.uow import Actor

AD_REVENUE_ACCOUNT = "3100"  # Ilmoitusmyynti in the chart of services.setup
DEFAULT_CHUNK_REQUESTS = 2000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class BillingRunError(ReskontraError):
    """A billing run cannot start; nothing was written."""


class DueBeforeInvoiceDate(BillingRunError):
    template = "The due date {due_date} is before the invoice date {invoice_date}."


class NoRunDate(BillingRunError):
    template = "Choose the date up to which billing requests are billed."


class NoVatAccount(BillingRunError):
    template = "No VAT payable account is set for the VAT rate {rate}."


class NotYetDue(BillingRequestProblem):
    template = "The billing request is not yet due"


class OtherRunKind(BillingRequestProblem):
    template = "The billing request belongs to the other billing run (subscriptions or advertisements)"


class BilledElsewhere(BillingRequestProblem):
    template = "Another billing run billed this request at the same time"


# --- the pure part: one invoice and its vouchers --------------------------------------------------

class DraftLine(NamedTuple):
    kind: LineKind
    description: str
    quantity: int
    unit_price_cents: int
    net_cents: int
    vat_rate_bp: int
    vat_cents: int
    request_id: int | None = None
    order_id: int | None = None
    order_number: int | None = None
    product_id: int | None = None
    product_code: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    revenue_account_id: int | None = None

    @property
    def gross_cents(self) -> int:
        return self.net_cents + self.vat_cents


class VatBreakdown(NamedTuple):
    rate_bp: int
    net_cents: int
    vat_cents: int
    account_id: int | None


class InvoiceDraft(NamedTuple):
    """An invoice as the run computes it; written as is by the real run, shown as is by the preview.

    ``total_cents`` is the sum of the item lines (VAT included); the BALANCE line (negative) makes
    the sum of all lines the amount to pay. (Named tuples: a run makes 100 000 of these.)
    """

    number: int
    reference: str
    kind: InvoiceKind
    customer_id: int
    customer_number: int
    customer_name: str
    channel: Channel
    language: str
    order_id: int | None
    invoice_date: dt.date
    due_date: dt.date
    lines: tuple[DraftLine, ...]
    vat: tuple[VatBreakdown, ...]
    net_cents: int
    vat_cents: int
    total_cents: int
    balance_applied_cents: int

    @property
    def to_pay_cents(self) -> int:
        return self.total_cents - self.balance_applied_cents

    @property
    def request_ids(self) -> tuple[int, ...]:
        return tuple(ln.request_id for ln in self.lines if ln.request_id is not None)

    @property
    def status(self) -> InvoiceStatus:
        return InvoiceStatus.PAID if self.total_cents == self.balance_applied_cents else InvoiceStatus.OPEN


_ITEM, _BALANCE = LineKind.ITEM, LineKind.BALANCE


def build_invoice(
    rows: Sequence[BillingRequestRow],
    *,
    number: int,
    reference: str,
    invoice_date: dt.date,
    due_date: dt.date,
    kind: InvoiceKind,
    balance_cents: int,
    revenue_account: Callable[[BillingRequestRow], int],
    one_order: bool = False,
) -> InvoiceDraft:
    """One invoice of one customer's valid requests: lines, VAT per rate (half up), balance first.

    Each line's VAT is the running difference of the rounded cumulative VAT of its rate, so the
    lines add up exactly to the per-rate VAT that is rounded once per invoice.
    """
    if not rows:
        raise ValueError("an invoice needs at least one billing request")
    first = rows[0]
    if len(rows) == 1:  # the common case, kept lean: a run makes 100 000 of these
        rate = first.vat_rate_bp
        if rate is None or first.errors:
            raise ValueError(f"billing request {first.request_id} is not billable: {first.errors}")
        net = first.quantity * first.unit_price_cents
        vat = vat_of_net(net, rate)
        applied = max(0, min(balance_cents, net + vat))
        line = DraftLine(_ITEM, first.product_name, first.quantity, first.unit_price_cents, net, rate, vat,
                         first.request_id, first.order_id, first.order_number, first.product_id, first.product_code,
                         first.period_start, first.period_end, revenue_account(first))
        return InvoiceDraft(
            number, reference, kind, first.customer_id, first.customer_number, first.customer_name, first.channel,
            first.customer_language, first.order_id, invoice_date, due_date,
            (line, DraftLine(_BALANCE, "Credit balance applied", 1, -applied, -applied, 0, 0)) if applied else (line,),
            (VatBreakdown(rate, net, vat, first.vat_account_id),), net, vat, net + vat, applied,
        )
    items: list[DraftLine] = []
    per_rate: dict[int, list[Any]] = {}  # rate -> [net so far, VAT so far, VAT account]
    for row in rows:
        rate = row.vat_rate_bp
        if rate is None or row.errors:
            raise ValueError(f"billing request {row.request_id} is not billable: {row.errors}")
        net = row.quantity * row.unit_price_cents
        acc = per_rate.get(rate)
        if acc is None:
            acc = per_rate[rate] = [0, 0, row.vat_account_id]
        acc[0] += net
        vat_now = vat_of_net(acc[0], rate)
        line_vat = vat_now - acc[1]
        acc[1] = vat_now
        items.append(DraftLine(
            _ITEM, row.product_name, row.quantity, row.unit_price_cents, net, rate, line_vat,
            row.request_id, row.order_id, row.order_number, row.product_id, row.product_code,
            row.period_start, row.period_end, revenue_account(row),
        ))
    breakdown = tuple(VatBreakdown(rate, acc[0], acc[1], acc[2]) for rate, acc in sorted(per_rate.items()))
    net_total = sum(b.net_cents for b in breakdown)
    vat_total = sum(b.vat_cents for b in breakdown)
    total = net_total + vat_total
    applied = max(0, min(balance_cents, total))
    if applied:
        items.append(DraftLine(_BALANCE, "Credit balance applied", 1, -applied, -applied, 0, 0))
    single_order = one_order or all(r.order_id == first.order_id for r in rows)
    return InvoiceDraft(
        number, reference, kind, first.customer_id, first.customer_number, first.customer_name, first.channel,
        first.customer_language, first.order_id if single_order else None, invoice_date, due_date,
        tuple(items), breakdown, net_total, vat_total, total, applied,
    )


# One posting: (account id, signed cents, customer id, invoice id, VAT rate bp, description, its values as
# stored: JSON, None for plain text; see ledger.ledger_text).
PostingRow = tuple[int, int, int | None, int | None, int | None, str, str | None]


class VoucherDraft(NamedTuple):
    kind: VoucherKind
    description: str  # a template of ledger.ledger_text
    lines: list[PostingRow]
    values: str | None  # the description's values as stored (JSON)


def voucher_drafts(draft: InvoiceDraft, invoice_id: int | None, accounts: ledger.AccountMap) -> list[VoucherDraft]:
    """The vouchers of one invoice (SPEC §5) as plain rows: what the run writes.

    Invoice: receivables debit the total (customer, invoice); sales revenue credit per revenue
    account and VAT rate; VAT payable credit per rate. Balance applied: customer balance debit,
    receivables credit. Zero lines are left out.
    """
    values = ledger.number_values(draft.number)
    lines: list[PostingRow] = [(accounts.receivables, draft.total_cents, draft.customer_id, invoice_id, None,
                                ledger.INVOICE_TEXT, values)]
    items = [ln for ln in draft.lines if ln.kind == _ITEM]
    if len(items) == 1:
        ln = items[0]
        assert ln.revenue_account_id is not None
        lines.append((ln.revenue_account_id, -ln.net_cents, None, None, ln.vat_rate_bp, "", None))
    else:
        revenue: dict[tuple[int, int], int] = defaultdict(int)
        for ln in items:
            assert ln.revenue_account_id is not None
            revenue[(ln.revenue_account_id, ln.vat_rate_bp)] += ln.net_cents
        lines.extend((account_id, -net, None, None, rate, "", None)
                     for (account_id, rate), net in sorted(revenue.items()) if net)
    for b in draft.vat:
        if b.vat_cents:
            vat_account = b.account_id or accounts.vat_by_rate.get(b.rate_bp)
            if vat_account is None:
                raise NoVatAccount(rate=f"{Decimal(b.rate_bp) / 100:f} %")
            lines.append((vat_account, -b.vat_cents, None, None, b.rate_bp, "", None))
    text = ledger.AD_INVOICE_TEXT if draft.kind == InvoiceKind.AD_INVOICE else ledger.INVOICE_TEXT
    vouchers = [VoucherDraft(VoucherKind.INVOICE, text, lines, values)]
    applied = draft.balance_applied_cents
    if applied:
        vouchers.append(VoucherDraft(VoucherKind.BALANCE_APPLIED, ledger.BALANCE_APPLIED_TEXT, [
            (accounts.customer_balance, applied, draft.customer_id, None, None, "", None),
            (accounts.receivables, -applied, draft.customer_id, invoice_id, None, "", None),
        ], values))
    return vouchers


def invoice_vouchers(
    draft: InvoiceDraft, invoice_id: int | None, accounts: ledger.AccountMap
) -> list[ledger.NewVoucher]:
    """The balanced vouchers of one invoice, as the ledger's ``NewVoucher`` values."""
    return [
        ledger.NewVoucher(v.kind, draft.invoice_date,
                          [ledger.PostingLine(a, amount, customer_id=c, invoice_id=i, vat_rate_bp=r, description=d,
                                              description_values=ledger.decode_values(dv))
                           for a, amount, c, i, r, d, dv in v.lines],
                          v.description, invoice_id=invoice_id, description_values=ledger.decode_values(v.values))
        for v in voucher_drafts(draft, invoice_id, accounts)
    ]


# --- results ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One row of a run summary: a channel (count = invoices), a product or a VAT rate (count = lines)."""

    key: str
    label: str
    count: int
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class SkippedRequest:
    request_id: int
    order_number: int
    customer_number: int
    reasons: tuple[str, ...]  # English templates; translate with i18n.translate("errors", …)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class BilledInvoice:
    """One invoice of a run (or of a preview: ``invoice_id`` is None); amounts in cents and euros."""

    invoice_id: int | None
    number: int
    reference: str
    customer_id: int
    customer_number: int
    customer_name: str
    channel: Channel
    invoice_date: dt.date
    due_date: dt.date
    lines: int
    net_cents: int
    vat_cents: int
    total_cents: int
    balance_applied_cents: int

    @property
    def net(self) -> Decimal:
        return to_decimal(self.net_cents)

    @property
    def vat(self) -> Decimal:
        return to_decimal(self.vat_cents)

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)

    @property
    def balance_applied(self) -> Decimal:
        return to_decimal(self.balance_applied_cents)

    @property
    def to_pay(self) -> Decimal:
        return to_decimal(self.total_cents - self.balance_applied_cents)


@dataclass(frozen=True)
class BillingRunResult:
    batch_id: str
    preview: bool
    kind: BillingRunKind
    invoice_date: dt.date
    invoices_created: int
    requests_billed: int
    requests_skipped: int
    net: Decimal
    vat: Decimal
    total: Decimal
    balance_used: Decimal
    errors: tuple[SkippedRequest, ...]
    by_channel: tuple[SummaryLine, ...]
    by_product: tuple[SummaryLine, ...]
    by_vat_rate: tuple[SummaryLine, ...]
    invoices: tuple[BilledInvoice, ...]
    invoice_ids: tuple[int, ...]
    cancelled: bool = False  # the clerk pressed Cancel: the chunks done so far stay billed
    finished: bool = True  # False for a run that was interrupted (crash) and viewed later

    @property
    def to_pay(self) -> Decimal:
        return self.total - self.balance_used


class _Totals:
    """Accumulates the summary of a run (cents), invoice by invoice."""

    def __init__(self) -> None:
        self.by_channel: dict[str, list[int]] = {}
        self.by_product: dict[str, list[Any]] = {}
        self.by_rate: dict[int, list[int]] = {}
        self.invoices: list[BilledInvoice] = []
        self.net = self.vat = self.total = self.balance = self.requests = 0

    def add(self, draft: InvoiceDraft, invoice_id: int | None, product_names: dict[str, str]) -> None:
        ch = self.by_channel.get(draft.channel)
        if ch is None:
            ch = self.by_channel[draft.channel.value] = [0, 0, 0]
        ch[0] += 1
        ch[1] += draft.net_cents
        ch[2] += draft.vat_cents
        items = 0
        by_product, by_rate = self.by_product, self.by_rate
        for ln in draft.lines:
            if ln.kind != _ITEM:
                continue
            items += 1
            pr = by_product.get(ln.product_code)
            if pr is None:
                pr = by_product[ln.product_code] = [product_names.get(ln.product_code, ln.description), 0, 0, 0]
            pr[1] += 1
            pr[2] += ln.net_cents
            pr[3] += ln.vat_cents
            rt = by_rate.get(ln.vat_rate_bp)
            if rt is None:
                rt = by_rate[ln.vat_rate_bp] = [0, 0, 0]
            rt[0] += 1
            rt[1] += ln.net_cents
            rt[2] += ln.vat_cents
        self.requests += items
        self.net += draft.net_cents
        self.vat += draft.vat_cents
        self.total += draft.total_cents
        self.balance += draft.balance_applied_cents
        self.invoices.append(BilledInvoice(
            invoice_id, draft.number, draft.reference, draft.customer_id, draft.customer_number,
            draft.customer_name, draft.channel, draft.invoice_date, draft.due_date, items,
            draft.net_cents, draft.vat_cents, draft.total_cents, draft.balance_applied_cents,
        ))

    def result(self, *, batch_id: str, preview: bool, kind: BillingRunKind, invoice_date: dt.date,
               errors: Sequence[SkippedRequest], cancelled: bool, finished: bool = True) -> BillingRunResult:
        return BillingRunResult(
            batch_id=batch_id, preview=preview, kind=kind, invoice_date=invoice_date,
            invoices_created=len(self.invoices), requests_billed=self.requests, requests_skipped=len(errors),
            net=to_decimal(self.net), vat=to_decimal(self.vat), total=to_decimal(self.total),
            balance_used=to_decimal(self.balance), errors=tuple(errors),
            by_channel=tuple(
                SummaryLine(k, k, v[0], to_decimal(v[1]), to_decimal(v[2]), to_decimal(v[1] + v[2]))
                for k, v in sorted(self.by_channel.items())),
            by_product=tuple(
                SummaryLine(k, v[0], v[1], to_decimal(v[2]), to_decimal(v[3]), to_decimal(v[2] + v[3]))
                for k, v in sorted(self.by_product.items())),
            by_vat_rate=tuple(
                SummaryLine(str(k), f"{Decimal(k) / 100:f} %", v[0], to_decimal(v[1]), to_decimal(v[2]),
                            to_decimal(v[1] + v[2]))
                for k, v in sorted(self.by_rate.items())),
            invoices=tuple(self.invoices),
            invoice_ids=tuple(i.invoice_id for i in self.invoices if i.invoice_id is not None),
            cancelled=cancelled, finished=finished,
        )


# --- the run ------------------------------------------------------------------------------------

@dataclass
class _Setup:
    actor: Actor
    kind: BillingRunKind
    invoice_kind: InvoiceKind
    invoice_date: dt.date
    due_date: dt.date | None
    per_order: bool
    reference_format: str
    default_term: int
    accounts: ledger.AccountMap
    ad_account: int
    product_names: dict[str, str] = field(default_factory=dict)

    def revenue_account(self, row: BillingRequestRow) -> int:
        if row.revenue_account_id is not None:
            return row.revenue_account_id
        if row.product_kind == ProductKind.ADVERTISEMENT:
            return self.ad_account
        return self.accounts.revenue_default

    def due_for(self, row: BillingRequestRow) -> dt.date:
        if self.due_date is not None:
            return self.due_date
        term = row.payment_term_days if row.payment_term_days and row.payment_term_days > 0 else self.default_term
        return self.invoice_date + dt.timedelta(days=term)


Group = list[BillingRequestRow]


def _groups(rows: Iterable[BillingRequestRow], per_order: bool) -> list[Group]:
    """One invoice per customer and channel (or per order), in customer-number order."""
    groups: dict[tuple[int, str, int], Group] = {}
    for row in rows:
        key = (row.customer_id, row.channel, row.order_id if per_order else 0)  # str enum: a plain str key
        groups.setdefault(key, []).append(row)
    ordered = sorted(groups.values(), key=lambda g: (g[0].customer_number, g[0].channel, g[0].order_number))
    for g in ordered:
        if len(g) > 1:
            g.sort(key=lambda r: (r.order_number, r.period_start, r.request_id))
    return ordered


def _chunks(groups: list[Group], size: int) -> list[list[Group]]:
    """Chunks of whole invoices; a customer's invoices stay in one chunk (its balance is read once)."""
    chunks: list[list[Group]] = []
    current: list[Group] = []
    count = 0
    for g in groups:
        if current and count >= size and current[-1][0].customer_id != g[0].customer_id:
            chunks.append(current)
            current, count = [], 0
        current.append(g)
        count += len(g)
    if current:
        chunks.append(current)
    return chunks


def _batch_id(invoice_date: dt.date, n: int) -> str:
    return f"L{invoice_date:%Y%m%d}-{n:04d}"


def _ad_account(session: Session, accounts: ledger.AccountMap) -> int:
    found = session.scalar(select(Account.id).where(Account.number == AD_REVENUE_ACCOUNT,
                                                    Account.role == AccountRole.REVENUE,
                                                    Account.active.is_(True)))
    return found if found is not None else accounts.revenue_default


def _load_rows(
    session: Session, request_ids: Sequence[int] | None, until: dt.date | None, kind: BillingRunKind
) -> tuple[list[BillingRequestRow], list[SkippedRequest]]:
    if request_ids is None:
        rows = list_billing_requests(session, until=until, kind=kind)
    else:
        rows = validate_requests(session, request_ids)
    valid: list[BillingRequestRow] = []
    skipped: list[SkippedRequest] = []
    for row in rows:
        reasons = row.errors
        if row.kind != kind:
            reasons += (OtherRunKind.template,)
        if until is not None and row.bill_date > until:
            reasons += (NotYetDue.template,)
        if reasons:
            skipped.append(SkippedRequest(row.request_id, row.order_number, row.customer_number, reasons))
        else:
            valid.append(row)
    return valid, skipped


def _balances(session: Session, customer_ids: Sequence[int], accounts: ledger.AccountMap,
              lock: bool) -> dict[int, int]:
    """Credit balances (positive: money we hold) of these customers; locked on PostgreSQL when writing."""
    balances: dict[int, int] = {}
    for i in range(0, len(customer_ids), IN_CHUNK):
        part = customer_ids[i:i + IN_CHUNK]
        stmt = (select(Posting.customer_id, func.sum(Posting.amount_cents))
                .where(Posting.account_id == accounts.customer_balance, Posting.customer_id.in_(part))
                .group_by(Posting.customer_id))
        for cid, total in session.execute(stmt):
            if cid is not None and -cents(total) > 0:
                balances[cid] = -cents(total)
    if lock and balances and session.get_bind().dialect.name == "postgresql":
        # Two runs (or a run and a refund) must not both spend the same balance: lock the
        # customers that have one, in id order, then read their balance again.
        holders = sorted(balances)
        session.execute(select(Customer.id).where(Customer.id.in_(holders)).order_by(Customer.id)
                        .with_for_update(key_share=True)).all()
        balances = {}
        stmt = (select(Posting.customer_id, func.sum(Posting.amount_cents))
                .where(Posting.account_id == accounts.customer_balance, Posting.customer_id.in_(holders))
                .group_by(Posting.customer_id))
        for cid, total in session.execute(stmt):
            if cid is not None and -cents(total) > 0:
                balances[cid] = -cents(total)
    return balances


def _claim(session: Session, request_ids: Sequence[int], run_id: int) -> set[int]:
    """Mark these requests billed by this run, if still pending; returns the ids this run got.

    PostgreSQL: rows another run holds are skipped (SKIP LOCKED), never waited for, so two runs
    over the same requests cannot deadlock; SQLite serialises writers anyway.
    """
    claimed: set[int] = set()
    for i in range(0, len(request_ids), IN_CHUNK):
        part = request_ids[i:i + IN_CHUNK]
        lockable = (select(BillingRequest.id)
                    .where(BillingRequest.id.in_(part), BillingRequest.status == BillingRequestStatus.PENDING)
                    .with_for_update(skip_locked=True))
        table = table_of(BillingRequest)
        result = session.connection().execute(
            update(table)
            .where(table.c.id.in_(lockable), table.c.status == BillingRequestStatus.PENDING)
            .values(status=BillingRequestStatus.BILLED, billing_run_id=run_id)
            .returning(table.c.id)
        )
        claimed.update(result.scalars().all())
    return claimed


def _still_pending(session: Session, request_ids: Sequence[int]) -> set[int]:
    pending: set[int] = set()
    for i in range(0, len(request_ids), IN_CHUNK):
        part = request_ids[i:i + IN_CHUNK]
        pending.update(session.connection().execute(select(BillingRequest.id).where(
            BillingRequest.id.in_(part), BillingRequest.status == BillingRequestStatus.PENDING)).scalars().all())
    return pending


def _bill_chunk(
    session: Session,
    setup: _Setup,
    chunk: list[Group],
    *,
    run_id: int | None,
    next_number: int,
) -> tuple[list[InvoiceDraft], list[int | None], list[SkippedRequest]]:
    """Compute (and, with a run id, write) the invoices of one chunk. Same code for the preview."""
    ids = [r.request_id for g in chunk for r in g]
    writing = run_id is not None
    got = _claim(session, ids, run_id) if run_id is not None else _still_pending(session, ids)
    lost = [r for g in chunk for r in g if r.request_id not in got]
    groups = [kept for g in chunk if (kept := [r for r in g if r.request_id in got])]
    customers = sorted({g[0].customer_id for g in groups})
    balances = _balances(session, customers, setup.accounts, lock=writing)
    first = sequences.take(session, sequences.INVOICE, len(groups)) if writing and groups else next_number
    drafts: list[InvoiceDraft] = []
    for offset, g in enumerate(groups):
        number = first + offset
        draft = build_invoice(
            g, number=number, reference=references.make_reference(number, setup.reference_format),
            invoice_date=setup.invoice_date, due_date=setup.due_for(g[0]), kind=setup.invoice_kind,
            balance_cents=balances.get(g[0].customer_id, 0), revenue_account=setup.revenue_account,
            one_order=setup.per_order,
        )
        if draft.balance_applied_cents:
            balances[draft.customer_id] -= draft.balance_applied_cents
        drafts.append(draft)
    skipped = [SkippedRequest(r.request_id, r.order_number, r.customer_number, (BilledElsewhere.template,))
               for r in lost]
    invoice_ids: list[int | None] = [None] * len(drafts)
    if writing and drafts:
        assert run_id is not None
        invoice_ids = list(_write_chunk(session, setup, run_id, drafts))
    return drafts, invoice_ids, skipped


_INVOICE_COLUMNS = ("number", "kind", "customer_id", "order_id", "billing_run_id", "invoice_date", "due_date",
                    "reference", "channel", "language", "net_cents", "vat_cents", "total_cents",
                    "balance_applied_cents", "paid_cents", "status", "no_reminders", "paid_out_iban", "message",
                    "internal_note", "reminder_level", "created_by", "created_at")
_LINE_COLUMNS = ("invoice_id", "line_no", "kind", "order_id", "product_id", "billing_request_id", "description",
                 "period_start", "period_end", "quantity", "unit_price_cents", "net_cents", "vat_rate_bp",
                 "vat_cents", "gross_cents")
_VOUCHER_COLUMNS = ("number", "voucher_date", "kind", "description", "description_values", "invoice_id",
                    "settlement_state", "created_by", "created_at")
_POSTING_COLUMNS = ("voucher_id", "line_no", "account_id", "amount_cents", "customer_id", "invoice_id",
                    "vat_rate_bp", "description", "description_values")
_SETTLEMENT_COLUMNS = ("invoice_id", "amount_cents", "settled_on", "voucher_id", "created_by", "created_at")

def _write_chunk(session: Session, setup: _Setup, run_id: int, drafts: list[InvoiceDraft]) -> list[int]:
    """Write one chunk's invoices, lines, vouchers, postings, settlements and audit events.

    The vouchers obey the ledger's rules (open period after the lock date, balanced, at least two
    lines, numbers from the voucher sequence) and are the ones ``invoice_vouchers`` describes.
    """
    actor = setup.actor
    w = BulkWriter(session)
    invoices, lines_t, vouchers_t = table_of(Invoice), table_of(InvoiceLine), table_of(Voucher)
    now = w.converter(invoices.c.created_at)(dt.datetime.now(dt.UTC))
    day = w.converter(invoices.c.invoice_date)
    invoice_date = day(setup.invoice_date)
    open_, paid = InvoiceStatus.OPEN, InvoiceStatus.PAID  # str enums: bound as their text
    w.insert(invoices, _INVOICE_COLUMNS, [
        (d.number, d.kind, d.customer_id, d.order_id, run_id, invoice_date, day(d.due_date), d.reference,
         d.channel, d.language, d.net_cents, d.vat_cents, d.total_cents, d.balance_applied_cents, 0,
         paid if d.total_cents == d.balance_applied_cents else open_, False, "", "", "", 0, actor.user_id, now)
        for d in drafts
    ])
    id_by_number = dict(w.conn.execute(
        select(Invoice.number, Invoice.id).where(Invoice.number.between(drafts[0].number, drafts[-1].number))
    ).all())
    ids = [id_by_number[d.number] for d in drafts]
    w.insert(lines_t, _LINE_COLUMNS, [
        (iid, n, ln.kind, ln.order_id, ln.product_id, ln.request_id, ln.description,
         day(ln.period_start) if ln.period_start else None, day(ln.period_end) if ln.period_end else None,
         ln.quantity, ln.unit_price_cents, ln.net_cents, ln.vat_rate_bp, ln.vat_cents, ln.net_cents + ln.vat_cents)
        for iid, d in zip(ids, drafts, strict=True)
        for n, ln in enumerate(d.lines, start=1)
    ])

    vouchers: list[tuple[int, VoucherDraft]] = [
        (iid, v) for iid, d in zip(ids, drafts, strict=True) for v in voucher_drafts(d, iid, setup.accounts)
    ]
    for _iid, v in vouchers:
        if len(v.lines) < 2:
            raise ledger.EmptyVoucher()
        if (difference := sum(ln[1] for ln in v.lines)) != 0:
            raise ledger.UnbalancedVoucher(difference=difference)
    ledger.check_postable(session, setup.invoice_date)
    first = sequences.take(session, sequences.VOUCHER, len(vouchers))
    none = SettlementState.NONE
    w.insert(vouchers_t, _VOUCHER_COLUMNS, [
        (first + k, invoice_date, v.kind, v.description, v.values, iid, none, actor.user_id, now)
        for k, (iid, v) in enumerate(vouchers)
    ])
    vid_by_number = dict(w.conn.execute(
        select(Voucher.number, Voucher.id).where(Voucher.number.between(first, first + len(vouchers) - 1))
    ).all())
    voucher_ids = [vid_by_number[first + k] for k in range(len(vouchers))]
    w.insert(table_of(Posting), _POSTING_COLUMNS, [
        (vid, n, *ln)
        for vid, (_iid, v) in zip(voucher_ids, vouchers, strict=True)
        for n, ln in enumerate(v.lines, start=1)
    ])
    audit.record(session, actor, "vouchers.posted", "voucher", voucher_ids[0],
                 after={"count": len(voucher_ids), "first": voucher_ids[0], "last": voucher_ids[-1]})
    w.update(invoices, "voucher_id", [
        (vid, iid) for vid, (iid, v) in zip(voucher_ids, vouchers, strict=True) if v.kind == VoucherKind.INVOICE
    ])
    balance_used = {iid: d.balance_applied_cents for iid, d in zip(ids, drafts, strict=True)
                    if d.balance_applied_cents}
    w.insert(table_of(Settlement), _SETTLEMENT_COLUMNS, [
        (iid, balance_used[iid], invoice_date, vid, actor.user_id, now)
        for vid, (iid, v) in zip(voucher_ids, vouchers, strict=True) if v.kind == VoucherKind.BALANCE_APPLIED
    ])
    w.update(table_of(BillingRequest), "invoice_id", [
        (iid, rid) for iid, d in zip(ids, drafts, strict=True) for rid in d.request_ids
    ])
    runs = table_of(BillingRun)
    session.execute(update(runs).where(runs.c.id == run_id).values(
        invoices_created=runs.c.invoices_created + len(drafts),
        total_cents=runs.c.total_cents + sum(d.total_cents for d in drafts),
    ))
    # One audit event per chunk: the invoices carry their run, creator and time themselves.
    audit.record(session, actor, "invoices.created", "invoice", ids[0],
                 after={"count": len(ids), "first_number": drafts[0].number, "last_number": drafts[-1].number,
                        "billing_run_id": run_id})
    return ids


def run_billing(
    session_factory: sessionmaker[Session],
    actor: Actor,
    request_ids: Sequence[int] | None = None,
    *,
    until: dt.date | None = None,
    kind: BillingRunKind = BillingRunKind.SUBSCRIPTIONS,
    invoice_date: dt.date,
    due_date: dt.date | None = None,
    one_invoice_per_order: bool = False,
    preview: bool,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    chunk_requests: int = DEFAULT_CHUNK_REQUESTS,
) -> BillingRunResult:
    """Bill the given pending requests (or every pending one due by ``until``): see the module doc.

    ``preview`` computes exactly the same invoices and writes nothing. ``progress(done, total)``
    is called after each chunk (requests); ``cancel()`` returning True stops before the next chunk,
    keeping the chunks already committed. Erroneous requests are skipped with their reasons.
    """
    kind = BillingRunKind(kind)
    if request_ids is None and until is None:
        raise NoRunDate()
    if due_date is not None and due_date < invoice_date:
        raise DueBeforeInvoiceDate(due_date=due_date.isoformat(), invoice_date=invoice_date.isoformat())
    with without_cyclic_gc():
        return _run(session_factory, actor, request_ids, until=until, kind=kind, invoice_date=invoice_date,
                    due_date=due_date, one_invoice_per_order=one_invoice_per_order, preview=preview,
                    progress=progress, cancel=cancel, chunk_requests=chunk_requests)


def _ensure_sequences(session_factory: sessionmaker[Session]) -> None:
    """Create the number sequences a run takes from, if new, without racing another desk doing the same.

    (``sequences.take`` inserts a missing sequence row itself; two desks doing that at the same
    moment on a fresh PostgreSQL database would collide on its primary key.)
    """
    with session_factory() as session:
        w = BulkWriter(session)
        w.insert(table_of(NumberSequence), ("name", "next_value"),
                 [(name, sequences.STARTS.get(name, 1))
                  for name in (sequences.BILLING_RUN, sequences.INVOICE, sequences.VOUCHER)],
                 skip_duplicates_of=("name",))
        session.commit()


def _check_accounts(session: Session, setup: _Setup, rows: Sequence[BillingRequestRow]) -> None:
    """Every account the run will post on exists and is active (the ledger's rule), checked up front."""
    needed = {setup.accounts.receivables, setup.accounts.customer_balance}
    vat_rates: dict[int, int | None] = {}
    for row in rows:
        needed.add(setup.revenue_account(row))
        if row.vat_rate_bp:
            vat_rates.setdefault(row.vat_rate_bp, row.vat_account_id)
    for rate, account_id in vat_rates.items():
        vat_account = account_id or setup.accounts.vat_by_rate.get(rate)
        if vat_account is None:
            raise NoVatAccount(rate=f"{Decimal(rate) / 100:f} %")
        needed.add(vat_account)
    active = set(session.scalars(select(Account.id).where(Account.id.in_(needed), Account.active.is_(True))))
    missing = sorted(needed - active)
    if missing:
        raise ledger.UnknownAccount(account_id=missing[0])


def _run(
    session_factory: sessionmaker[Session],
    actor: Actor,
    request_ids: Sequence[int] | None,
    *,
    until: dt.date | None,
    kind: BillingRunKind,
    invoice_date: dt.date,
    due_date: dt.date | None,
    one_invoice_per_order: bool,
    preview: bool,
    progress: Progress | None,
    cancel: Cancel | None,
    chunk_requests: int,
) -> BillingRunResult:
    with session_factory() as session:
        ledger.check_postable(session, invoice_date)
        accounts = ledger.account_map(session)
        setup = _Setup(
            actor=actor, kind=kind,
            invoice_kind=InvoiceKind.AD_INVOICE if kind == BillingRunKind.ADVERTISEMENTS else InvoiceKind.INVOICE,
            invoice_date=invoice_date, due_date=due_date, per_order=one_invoice_per_order,
            reference_format=str(settings_service.get(session, "billing.reference_format")),
            default_term=int(settings_service.get(session, "billing.default_payment_term_days")),
            accounts=accounts, ad_account=_ad_account(session, accounts),
        )
        valid, skipped = _load_rows(session, request_ids, until, kind)
        setup.product_names = {r.product_code: r.product_name for r in valid}
        _check_accounts(session, setup, valid)
        chunks = _chunks(_groups(valid, one_invoice_per_order), chunk_requests)
        run_id: int | None = None
        if preview:
            batch_id = _batch_id(invoice_date, sequences.peek(session, sequences.BILLING_RUN)) if chunks else ""
            next_number = sequences.peek(session, sequences.INVOICE)
        elif chunks:
            _ensure_sequences(session_factory)
            batch_id = _batch_id(invoice_date, sequences.take(session, sequences.BILLING_RUN))
            run = BillingRun(batch_id=batch_id, kind=kind, until_date=until or invoice_date,
                             invoice_date=invoice_date, one_invoice_per_order=one_invoice_per_order,
                             created_by=actor.user_id, requests_skipped=len(skipped))
            session.add(run)
            session.flush()
            run_id = run.id
            audit.record(session, actor, "billing_run.started", "billing_run", run_id,
                         after={"batch_id": batch_id, "kind": kind, "until": until, "invoice_date": invoice_date,
                                "due_date": due_date, "one_invoice_per_order": one_invoice_per_order,
                                "requests": len(valid)})
            session.commit()
            next_number = 0
        else:
            batch_id, next_number = "", 0

    totals = _Totals()
    total_requests = len(valid)
    done = 0
    cancelled = False
    for chunk in chunks:
        if cancel is not None and cancel():
            cancelled = True
            break
        with session_factory() as session:
            drafts, ids, lost = _bill_chunk(session, setup, chunk, run_id=run_id, next_number=next_number)
            if run_id is not None:
                session.commit()
        next_number += len(drafts)
        skipped.extend(lost)
        for draft, iid in zip(drafts, ids, strict=True):
            totals.add(draft, iid, setup.product_names)
        done += sum(len(g) for g in chunk)
        if progress is not None:
            progress(done, total_requests)

    result = totals.result(batch_id=batch_id, preview=preview, kind=kind, invoice_date=invoice_date,
                           errors=skipped, cancelled=cancelled)
    if run_id is not None:
        with session_factory() as session:
            run_row = session.get(BillingRun, run_id)
            assert run_row is not None
            run_row.finished_at = dt.datetime.now(dt.UTC)
            run_row.requests_skipped = len(skipped)
            run_row.summary_json = json.dumps(_summary_json(result, due_date), ensure_ascii=False)
            audit.record(session, actor, "billing_run.finished", "billing_run", run_id,
                         after={"batch_id": batch_id, "invoices": result.invoices_created,
                                "total_cents": totals.total, "skipped": len(skipped), "cancelled": cancelled})
            session.commit()
    return result


def _summary_json(result: BillingRunResult, due_date: dt.date | None) -> dict[str, Any]:
    return {
        "due_date": due_date.isoformat() if due_date else None,
        "cancelled": result.cancelled,
        "skipped": [{"request_id": s.request_id, "order_number": s.order_number,
                     "customer_number": s.customer_number, "reasons": list(s.reasons)} for s in result.errors],
    }


# --- a run viewed later -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BillingRunInfo:
    batch_id: str
    kind: BillingRunKind
    invoice_date: dt.date
    started_at: dt.datetime
    finished_at: dt.datetime | None
    invoices_created: int
    requests_skipped: int
    total: Decimal


def list_billing_runs(session: Session, limit: int = 200) -> list[BillingRunInfo]:
    """The latest runs first (for the batch filter of the invoice and sending lists)."""
    return [
        BillingRunInfo(r.batch_id, r.kind, r.invoice_date, r.started_at, r.finished_at, r.invoices_created,
                       r.requests_skipped, to_decimal(r.total_cents))
        for r in session.scalars(select(BillingRun).order_by(BillingRun.id.desc()).limit(limit))
    ]


def billing_run_summary(session: Session, batch_id: str) -> BillingRunResult:
    """The summary of a past run, rebuilt from its invoices (so it is right even after a crash)."""
    run = session.scalar(select(BillingRun).where(BillingRun.batch_id == batch_id))
    if run is None:
        raise NotFound(what="Billing run", key=batch_id)
    stored = json.loads(run.summary_json or "{}")
    totals = _Totals()
    lines: dict[int, list[DraftLine]] = defaultdict(list)
    line_stmt = (
        select(InvoiceLine.invoice_id, InvoiceLine.kind, InvoiceLine.description, InvoiceLine.quantity,
               InvoiceLine.unit_price_cents, InvoiceLine.net_cents, InvoiceLine.vat_rate_bp, InvoiceLine.vat_cents,
               InvoiceLine.billing_request_id, Product.code, Product.name)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .outerjoin(Product, Product.id == InvoiceLine.product_id)
        .where(Invoice.billing_run_id == run.id)
        .order_by(InvoiceLine.invoice_id, InvoiceLine.line_no)
    )
    names: dict[str, str] = {}
    for iid, lkind, desc, qty, unit, net, rate, vat, rid, code, pname in session.execute(line_stmt):
        lines[iid].append(DraftLine(lkind, desc, qty, unit, net, rate, vat, rid, product_code=code or ""))
        if code:
            names[code] = pname
    inv_stmt = (
        select(Invoice.id, Invoice.number, Invoice.reference, Invoice.kind, Invoice.customer_id,
               Customer.customer_number, Customer.name, Invoice.channel, Invoice.language, Invoice.order_id,
               Invoice.invoice_date, Invoice.due_date, Invoice.net_cents, Invoice.vat_cents, Invoice.total_cents,
               Invoice.balance_applied_cents)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.billing_run_id == run.id)
        .order_by(Invoice.number)
    )
    for (iid, number, reference, ikind, cid, cnum, cname, channel, language, order_id, idate, ddate,
         net, vat, total, applied) in session.execute(inv_stmt):
        draft = InvoiceDraft(number, reference, ikind, cid, cnum, cname, channel, language, order_id, idate, ddate,
                             tuple(lines.get(iid, ())), (), net, vat, total, applied)
        totals.add(draft, iid, names)
    skipped = [SkippedRequest(s["request_id"], s["order_number"], s["customer_number"], tuple(s["reasons"]))
               for s in stored.get("skipped", [])]
    return totals.result(batch_id=run.batch_id, preview=False, kind=run.kind, invoice_date=run.invoice_date,
                         errors=skipped, cancelled=bool(stored.get("cancelled")), finished=run.finished_at is not None)
