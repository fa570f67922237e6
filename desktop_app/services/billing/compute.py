"""The pure part of the billing run (SPEC W4, §5): one invoice and its vouchers, in plain Python.

No database here: ``build_invoice`` turns one customer's valid billing requests into an
``InvoiceDraft``, ``voucher_drafts`` / ``invoice_vouchers`` give its balanced vouchers, and
``_groups`` / ``_chunks`` cut the requests of a run into invoices and chunks of whole invoices.
The preview and the real run share all of it, so the preview equals the run to the cent.

Per invoice: receivables debit the total; sales revenue credit per revenue account and VAT rate;
VAT payable credit per rate. VAT is the rate in force on each line's period start, rounded half up
once per invoice and rate. The customer's credit balance is applied first: a BALANCE line,
``balance_applied_cents``, and a balance_applied voucher (customer balance debit, receivables credit).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from desktop_app.models.enums import Channel, InvoiceKind, InvoiceStatus, LineKind, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.billing.errors import NoVatAccount
from desktop_app.services.billing.requests import BillingRequestRow
from desktop_app.services.foundation.money import vat_of_net

# --- one invoice ----------------------------------------------------------------------------------

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


# --- its vouchers ------------------------------------------------------------------------------

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


# --- a run's requests as invoices and chunks -------------------------------------------------

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
