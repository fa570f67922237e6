"""What a billing run reports (SPEC W4): its invoices, the requests it skipped and why, and its
summary by channel, product and VAT rate; ``RunTotals`` adds them up invoice by invoice.

The same result comes from a preview, a real run and a run viewed later (``history``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.models.enums import BillingRunKind, Channel, LineKind
from desktop_app.services.billing.compute import InvoiceDraft
from desktop_app.services.foundation.money import to_decimal

_ITEM = LineKind.ITEM


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


class RunTotals:
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
