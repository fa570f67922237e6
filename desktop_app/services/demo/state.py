"""What the demo generator builds on: small helpers (business ID check digit, Finnish IBAN), the
records of the simulated history (customers, orders, billed periods, invoices), and ``_State``,
the generator's accumulated rows with its lookups (VAT rate, billing run) and its bookkeeping
(``voucher``: one balanced voucher, keeping the customers' credit balances)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import (
    Account,
    BillingRequest,
    BillingRun,
    Customer,
    CutoffReason,
    Invoice,
    Order,
    Payment,
    PaymentImport,
    ReferenceRate,
    Voucher,
)
from desktop_app.models.enums import (
    BillingRunKind,
    BillingSchedule,
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    SalesChannel,
    VatClass,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.billing.requests import VatTable, add_months
from desktop_app.services.demo.tables import _PRODUCTS, _ProductDef
from desktop_app.services.foundation import text as text_service
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import vat_of_net

# --- small helpers ------------------------------------------------------------------------------

def ytunnus_check_digit(base: str) -> int | None:
    """The check digit of a 7-digit business ID base (weights 7 9 10 5 8 4 2, mod 11); None: base unusable."""
    remainder = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), base, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _finnish_iban(bank_prefix: str, r: Callable[[], float]) -> str:
    """A valid Finnish IBAN: 14-digit account (bank prefix, digits, Luhn check digit), ISO 13616 check digits."""
    body = bank_prefix + "".join(str(int(r() * 10)) for _ in range(13 - len(bank_prefix)))
    bban = body + str(_luhn_digit(body))
    check = 98 - int(bban + "151800") % 97  # "FI00" moved to the end: F=15, I=18
    return f"FI{check:02d}{bban}"


def _ascii_local(text: str) -> str:
    return "".join(ch for ch in text_service.fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


def _business_days_after(day: dt.date, days: int) -> dt.date:
    while days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


@dataclass(slots=True)
class _Customer:
    idx: int
    kind: CustomerKind
    name: str
    language: str
    channel: Channel
    term: int
    iban: str
    bad_payer: bool
    rf: bool
    no_reminders: bool


@dataclass(slots=True)
class _Order:
    idx: int
    customer: _Customer
    product: _ProductDef
    product_id: int
    quantity: int
    price: int
    schedule: BillingSchedule
    start: dt.date
    end: dt.date | None
    status: OrderStatus
    sales_channel: SalesChannel = SalesChannel.INVOICE
    method: PaymentMethod = PaymentMethod.INVOICE
    recipient_id: int | None = None
    created: dt.date | None = None
    billed_until: dt.date | None = None
    cutoff_date: dt.date | None = None
    cutoff_reason_id: int | None = None
    cancelled_on: dt.date | None = None
    refunded_on: dt.date | None = None
    refund_reason: str = ""
    refund_message: str = ""
    refund_expected: dt.date | None = None
    note: str = ""
    # scenario forcing: payment outcome of the first / last billed invoice; cut-off handling
    force_first: str = ""
    force_last: str = ""
    cutoff_mode: str = ""  # "balance", "refund", "paid_out"


@dataclass(slots=True)
class _Line:
    order: _Order
    period_start: dt.date
    period_end: dt.date
    request_id: int
    net: int
    rate: int
    vat_account: int
    revenue_account: int
    last: bool
    first: bool


@dataclass(slots=True)
class _Invoice:
    idx: int
    kind: InvoiceKind
    customer: _Customer
    run: int | None  # billing run index
    date: dt.date
    due: dt.date
    lines: list[Any] = field(default_factory=list)
    net: int = 0
    vat: int = 0
    total: int = 0
    applied: int = 0
    paid: int = 0
    status: InvoiceStatus = InvoiceStatus.OPEN
    order_idx: int | None = None
    parent_idx: int | None = None
    voucher: int | None = None
    paid_out_date: dt.date | None = None
    paid_out_iban: str = ""
    message: str = ""
    note: str = ""
    no_reminders: bool = False
    level: int = 0  # a reminder's level (1 or 2)
    fee: int = 0  # a reminder's fee; the rest of its total is late-payment interest
    interest_from: dt.date | None = None  # the day after which a reminder's interest runs



class _DefaultList(dict):  # type: ignore[type-arg]
    def __missing__(self, key: int) -> list[tuple[dt.date, int]]:
        value: list[tuple[dt.date, int]] = []
        self[key] = value
        return value


def day_(days: int) -> dt.timedelta:
    return dt.timedelta(days=days)


def _next_id(session: Session, model: type[Any]) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1



# --- the state ----------------------------------------------------------------------------------

class _State:
    """The accumulated rows of the simulated history and the lookups and bookkeeping every step uses."""

    def __init__(self, session: Session, customers: int, seed: int, today: dt.date) -> None:
        self.n = customers
        self.today = today
        self.rng = Random(seed)
        self.reminder_rng = Random(seed * 7919 + 1)  # its own stream: reminders change nothing else drawn
        self.seed = seed
        self.vat = VatTable.load(session)
        acc = ledger.account_map(session)
        self.acc = acc
        numbers = dict(session.execute(select(Account.number, Account.id)).all())
        self.revenue_by_number = {p.account: numbers.get(p.account, acc.revenue_default) for p in _PRODUCTS}
        self.reference_rates = [(r.valid_from, r.valid_to, r.rate_bp) for r in session.execute(
            select(ReferenceRate.valid_from, ReferenceRate.valid_to, ReferenceRate.rate_bp))]
        self.cutoff_reasons = list(session.scalars(select(CutoffReason.id).where(CutoffReason.active.is_(True))
                                                   .order_by(CutoffReason.id)))
        self.products: dict[str, tuple[_ProductDef, int]] = {}
        self.base = {name: _next_id(session, model) for name, model in (
            ("customer", Customer), ("order", Order), ("request", BillingRequest), ("run", BillingRun),
            ("invoice", Invoice), ("payment", Payment), ("import", PaymentImport), ("voucher", Voucher))}
        # runs: (date, kind); subscription runs twice a month (they bill periods starting within 14 days),
        # advertisement runs once a month (they bill ads already published), the latest ones just now.
        first_month = add_months(dt.date(today.year, today.month, 1), -24)
        sub_runs, ad_runs = [], []
        month = first_month
        while month <= today:
            for day in (1, 15):
                d = month.replace(day=day)
                if d <= today - dt.timedelta(days=4):
                    sub_runs.append(d)
            d = month.replace(day=5)
            if d <= today - dt.timedelta(days=4):
                ad_runs.append(d)
            month = add_months(month, 1)
        sub_runs.append(today - dt.timedelta(days=2))
        ad_runs.append(today - dt.timedelta(days=1))
        self.sub_runs = sub_runs
        self.ad_runs = ad_runs
        self.first_day = first_month
        self.runs: list[list[Any]] = []  # [date, kind, invoices, total]
        self.run_index: dict[tuple[dt.date, BillingRunKind], int] = {}
        # accumulated rows
        self.customer_rows: list[tuple[Any, ...]] = []
        self.token_rows: list[tuple[str, int]] = []
        self.orders: list[_Order] = []
        self.requests: list[tuple[Any, ...]] = []  # without invoice id / run id mapping: see write
        self.invoices: list[_Invoice] = []
        self.payments: list[tuple[Any, ...]] = []
        self.import_dates: dict[dt.date, int] = {}
        self.vouchers: list[tuple[Any, ...]] = []  # (date, kind, description, invoice idx|None, payment id|None)
        self.voucher_invoice_desc: list[int] = []  # invoice idx whose number the description names, or -1
        # the description's values (JSON), or (level, reminded invoice idx) of a reminder; None: {"number": ...}
        # of voucher_invoice_desc, or none at all. Every description is a ledger_text template.
        self.voucher_values: list[Any] = []
        self.sale_values: dict[str, str] = {}  # product name -> {"product": name} as JSON
        self.postings: list[tuple[Any, ...]] = []  # voucher idx, line, account, amount, customer id, invoice idx, rate, desc
        self.settlements: list[tuple[Any, ...]] = []  # invoice idx, payment id|None, amount, date, voucher idx
        self.pending = 0
        self.erroneous = 0
        self.companies = 0
        self.balances: dict[int, int] = {}  # customer id -> credit balance in cents
        self._credits: dict[int, list[tuple[dt.date, int]]] = _DefaultList()
        self._deliveries: dict[int, int] = {}
        self.ytunnus_next = 2_000_003 + (seed % 997) * 1_000
        self._vat_cache: dict[tuple[int, int], int] = {}
        self._rate_cache: dict[tuple[VatClass, dt.date], tuple[int, int]] = {}

    # -- lookups ---------------------------------------------------------------------------------

    def rate(self, vat_class: VatClass, day: dt.date) -> tuple[int, int]:
        key = (vat_class, day)
        found = self._rate_cache.get(key)
        if found is None:
            hit = self.vat.lookup(vat_class, day)
            if hit is None:
                raise ReskontraError("No VAT rate in force for {vat_class} on {date}.", vat_class=str(vat_class),
                                     date=day.isoformat())
            rate, account = hit
            found = self._rate_cache[key] = (rate, account or self.acc.vat_by_rate[rate])
        return found

    def vat_of(self, net: int, rate: int) -> int:
        key = (net, rate)
        found = self._vat_cache.get(key)
        if found is None:
            found = self._vat_cache[key] = vat_of_net(net, rate)
        return found

    def run_of(self, day: dt.date, kind: BillingRunKind) -> int:
        key = (day, kind)
        found = self.run_index.get(key)
        if found is None:
            found = self.run_index[key] = len(self.runs)
            self.runs.append([day, kind, 0, 0])
        return found

    def voucher(self, day: dt.date, kind: VoucherKind, description: str, lines: Sequence[tuple[Any, ...]],
                invoice_idx: int | None = None, payment_id: int | None = None, desc_invoice: int = -1,
                values: Any = None) -> int:
        """Book one balanced voucher; lines are (account, cents, customer id, invoice idx, rate, description)."""
        idx = len(self.vouchers)
        self.vouchers.append((day, kind, description, invoice_idx, payment_id))
        self.voucher_invoice_desc.append(desc_invoice)
        self.voucher_values.append(values)
        append = self.postings.append
        balance_account = self.acc.customer_balance
        balances = self.balances
        n = total = 0
        for ln in lines:
            amount = ln[1]
            if not amount:
                continue  # a zero line is left out, as the ledger does
            n += 1
            total += amount
            append((idx, n, *ln))
            if ln[0] == balance_account:
                balances[ln[2]] = balances.get(ln[2], 0) - amount
        assert total == 0 and n >= 2, (kind, lines)
        return idx
