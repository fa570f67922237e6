"""Billing runs viewed later (SPEC W4): the list of runs, and a past run's summary rebuilt from the
invoices it wrote (so it is right even after a crash) and the skipped requests it stored."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import BillingRun, Customer, Invoice, InvoiceLine, Product
from desktop_app.models.enums import BillingRunKind
from desktop_app.services.billing.compute import DraftLine, InvoiceDraft
from desktop_app.services.billing.results import BillingRunResult, RunTotals, SkippedRequest
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.money import to_decimal


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
    totals = RunTotals()
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
