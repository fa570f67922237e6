"""The pure part of the billing run: invoice arithmetic, vouchers, periods and chunking (hypothesis)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingRunKind,
    BillingSchedule,
    Channel,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    ProductKind,
    VatClass,
    VoucherKind,
)
from desktop_app.services import billing, ledger
from desktop_app.services.billing import requests as br
from desktop_app.services.documents import references

RATES = (0, 1000, 1350, 1400, 2400, 2550)
ACCOUNTS = ledger.AccountMap(receivables=1, bank=2, cash=3, customer_balance=4, unallocated=11, refund=5, reminder_fee_income=6,
                             interest_income=7, payables=8, revenue_default=30,
                             vat_by_rate={0: 40, 1000: 41, 1350: 42, 1400: 42, 2400: 43, 2550: 43})
D = dt.date
NOV_1 = D(2026, 11, 1)


def row(request_id: int, *, customer_id: int = 1, order_id: int = 1, quantity: int = 1, price: int = 1000,
        rate: int | None = 2550, period_start: dt.date = NOV_1, errors: tuple[str, ...] = (),
        revenue_account_id: int | None = None, kind: ProductKind = ProductKind.SUBSCRIPTION,
        list_price: int | None = None) -> br.BillingRequestRow:
    return br.BillingRequestRow(
        request_id, BillingRequestStatus.PENDING, BillingRunKind.SUBSCRIPTIONS, period_start, period_start,
        period_start + dt.timedelta(days=29), quantity, price, price if list_price is None else list_price,
        customer_id, 10000 + customer_id, f"Customer {customer_id}", "fi", 14, Channel.PAPER, order_id,
        500000 + order_id, OrderStatus.ACTIVE, 1, "P", "Product", kind, VatClass.STANDARD, revenue_account_id,
        rate, ACCOUNTS.vat_by_rate.get(rate) if rate is not None else None, errors,
    )


def build(rows: list[br.BillingRequestRow], balance: int = 0, number: int = 100001) -> billing.InvoiceDraft:
    return billing.build_invoice(
        rows, number=number, reference=references.make_reference(number, "domestic"), invoice_date=D(2026, 11, 24),
        due_date=D(2026, 12, 8), kind=InvoiceKind.INVOICE, balance_cents=balance,
        revenue_account=lambda r: r.revenue_account_id or ACCOUNTS.revenue_default)


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


line_specs = st.lists(
    st.tuples(st.integers(1, 12), st.integers(1, 5_000_000), st.sampled_from(RATES), st.sampled_from([None, 31, 32])),
    min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(specs=line_specs, balance=st.integers(0, 10**8))
def test_invoice_totals_equal_the_sum_of_lines_and_vat_rounds_half_up_per_rate(
        specs: list[tuple[int, int, int, int | None]], balance: int) -> None:
    rows = [row(i, order_id=i, quantity=q, price=p, rate=r, revenue_account_id=acc)
            for i, (q, p, r, acc) in enumerate(specs, start=1)]
    draft = build(rows, balance)
    items = [ln for ln in draft.lines if ln.kind == LineKind.ITEM]
    assert [ln.request_id for ln in items] == [r.request_id for r in rows]
    assert draft.net_cents == sum(ln.net_cents for ln in items) == sum(q * p for q, p, _r, _a in specs)
    assert draft.vat_cents == sum(ln.vat_cents for ln in items)
    assert draft.total_cents == sum(ln.gross_cents for ln in items) == draft.net_cents + draft.vat_cents
    for rate in {r for _q, _p, r, _a in specs}:
        net = sum(q * p for q, p, r, _a in specs if r == rate)
        expected = half_up(Decimal(net) * rate / 10000)  # once per invoice and rate, half up
        assert sum(ln.vat_cents for ln in items if ln.vat_rate_bp == rate) == expected
        assert [(b.net_cents, b.vat_cents) for b in draft.vat if b.rate_bp == rate] == [(net, expected)]
    for ln in items:  # each line's VAT is within a cent of its own exact VAT
        assert abs(Decimal(ln.vat_cents) - Decimal(ln.net_cents) * ln.vat_rate_bp / 10000) < 1
    applied = min(balance, draft.total_cents)
    assert draft.balance_applied_cents == applied
    assert sum(ln.gross_cents for ln in draft.lines) == draft.to_pay_cents == draft.total_cents - applied
    assert draft.status == (InvoiceStatus.PAID if applied == draft.total_cents else InvoiceStatus.OPEN)


@settings(max_examples=300, deadline=None)
@given(specs=line_specs, balance=st.integers(0, 10**8))
def test_every_voucher_of_an_invoice_sums_to_zero_and_follows_section_5(
        specs: list[tuple[int, int, int, int | None]], balance: int) -> None:
    rows = [row(i, order_id=i, quantity=q, price=p, rate=r, revenue_account_id=acc)
            for i, (q, p, r, acc) in enumerate(specs, start=1)]
    draft = build(rows, balance)
    vouchers = billing.invoice_vouchers(draft, 77, ACCOUNTS)
    for v in vouchers:
        assert sum(ln.amount_cents for ln in v.lines) == 0
        assert len(v.lines) >= 2 and all(ln.amount_cents for ln in v.lines)
        assert v.invoice_id == 77 and v.voucher_date == D(2026, 11, 24)
    invoice = vouchers[0]
    assert invoice.kind == VoucherKind.INVOICE
    receivable = [ln for ln in invoice.lines if ln.account_id == ACCOUNTS.receivables]
    assert [(ln.amount_cents, ln.customer_id, ln.invoice_id) for ln in receivable] == [(draft.total_cents, 1, 77)]
    revenue = [ln for ln in invoice.lines if ln.account_id in (30, 31, 32)]
    assert -sum(ln.amount_cents for ln in revenue) == draft.net_cents
    for b in draft.vat:
        posted = [ln for ln in invoice.lines if ln.account_id not in (1, 30, 31, 32) and ln.vat_rate_bp == b.rate_bp]
        assert -sum(ln.amount_cents for ln in posted) == b.vat_cents
        assert all(ln.account_id == ACCOUNTS.vat_by_rate[b.rate_bp] for ln in posted)
    if draft.balance_applied_cents:
        assert [v.kind for v in vouchers] == [VoucherKind.INVOICE, VoucherKind.BALANCE_APPLIED]
        assert [(ln.account_id, ln.amount_cents, ln.customer_id) for ln in vouchers[1].lines] == [
            (ACCOUNTS.customer_balance, draft.balance_applied_cents, 1),
            (ACCOUNTS.receivables, -draft.balance_applied_cents, 1)]
    else:
        assert len(vouchers) == 1


def test_vat_half_up_at_exactly_half_a_cent() -> None:
    # 10 % of 0,05 € is 0,5 cent: half up gives 1 cent; 25,5 % of 2,00 € is 51 cents exactly.
    assert build([row(1, price=5, rate=1000)]).vat_cents == 1
    assert build([row(1, price=200, rate=2550)]).vat_cents == 51
    # Two lines of 10 % on 0,05 €: 1 cent on the invoice (rounded once on 0,10 €), not 2.
    assert build([row(1, price=5, rate=1000), row(2, order_id=2, price=5, rate=1000)]).vat_cents == 1


def test_ad_invoices_and_single_orders() -> None:
    draft = build([row(1, order_id=5), row(2, order_id=5, period_start=D(2026, 12, 1))])
    assert draft.order_id == 5
    assert build([row(1, order_id=5), row(2, order_id=6)]).order_id is None


def test_an_erroneous_row_is_never_half_billed() -> None:
    import pytest

    with pytest.raises(ValueError, match="not billable"):
        build([row(1), row(2, errors=("Zero or negative price",))])
    with pytest.raises(ValueError, match="not billable"):
        build([row(1, rate=None)])


@given(number=st.integers(100001, 10**12))
def test_references_are_valid_in_both_formats(number: int) -> None:
    domestic = references.make_reference(number, "domestic")
    assert references.is_valid_domestic(domestic) and domestic.startswith(str(number))
    rf = references.make_reference(number, "RF")
    assert references.is_valid_rf(rf) and rf == references.rf_from_domestic(domestic)


schedules = st.sampled_from([BillingSchedule.MONTHLY, BillingSchedule.QUARTERLY, BillingSchedule.YEARLY])
dates = st.dates(D(2020, 1, 1), D(2028, 12, 31))


@settings(max_examples=300, deadline=None)
@given(schedule=schedules, start=dates, length=st.one_of(st.none(), st.integers(0, 2000)), until=dates,
       cut=st.integers(0, 40))
def test_due_periods_are_contiguous_within_the_order_and_never_repeat(
        schedule: BillingSchedule, start: dt.date, length: int | None, until: dt.date, cut: int) -> None:
    end = start + dt.timedelta(days=length) if length is not None else None
    periods = br.due_periods(schedule, start, end, None, until)
    if start > until:
        assert periods == []
        return
    assert periods[0][0] == start
    for (_s1, e1), (s2, _e2) in zip(periods, periods[1:], strict=False):
        assert s2 == e1 + dt.timedelta(days=1)
    for s, e in periods:
        assert s <= e and s <= until and (end is None or e <= end)
    # Resuming from any point gives exactly the rest; resuming from the end gives nothing.
    k = min(cut, len(periods) - 1)
    assert br.due_periods(schedule, start, end, periods[k][1], until) == periods[k + 1:]
    assert br.due_periods(schedule, start, end, periods[-1][1], until) == []


def test_one_off_is_one_period_once() -> None:
    assert br.due_periods(BillingSchedule.ONE_OFF, D(2026, 5, 1), None, None, D(2026, 6, 1)) == [
        (D(2026, 5, 1), D(2026, 5, 1))]
    assert br.due_periods(BillingSchedule.ONE_OFF, D(2026, 5, 1), None, D(2026, 5, 1), D(2026, 6, 1)) == []


@given(sizes=st.lists(st.integers(1, 5), min_size=1, max_size=60), chunk=st.integers(1, 20),
       per_order=st.booleans())
def test_chunks_hold_whole_customers_in_customer_order(sizes: list[int], chunk: int, per_order: bool) -> None:
    rows = [row(100 * c + k, customer_id=c, order_id=100 * c + (2 * k >= n))  # in list order, as SQL gives them
            for c, n in enumerate(sizes, start=1) for k in range(n)]
    groups = billing.compute._groups(rows, per_order)
    chunks = billing.compute._chunks(groups, chunk)
    assert [r.request_id for ch in chunks for g in ch for r in g] == [r.request_id for r in rows]
    owners = [{g[0].customer_id for g in ch} for ch in chunks]
    for a, b in zip(owners, owners[1:], strict=False):
        assert not a & b
    for g in groups:
        assert len({r.customer_id for r in g}) == 1
        assert len({r.order_id for r in g}) == 1 or not per_order


def test_request_row_flags_a_price_that_differs_from_the_list_price() -> None:
    r = row(1, quantity=3, price=990, list_price=1290)
    assert r.price_differs and r.amount == Decimal("29.70") and r.unit_price == Decimal("9.90")
    assert not row(2).price_differs


def test_vat_table_is_date_effective() -> None:
    table = br.VatTable([(VatClass.STANDARD, 2400, D(2013, 1, 1), D(2024, 8, 31), 43),
                         (VatClass.STANDARD, 2550, D(2024, 9, 1), None, 43)])
    assert table.lookup(VatClass.STANDARD, D(2024, 8, 15)) == (2400, 43)
    assert table.lookup(VatClass.STANDARD, D(2024, 8, 31)) == (2400, 43)
    assert table.lookup(VatClass.STANDARD, D(2024, 9, 1)) == (2550, 43)
    assert table.lookup(VatClass.STANDARD, D(2012, 12, 31)) is None
    assert table.lookup(VatClass.REDUCED, D(2026, 1, 1)) is None
