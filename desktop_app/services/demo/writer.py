"""Writing the demo history in bulk: table by table with ``executemany`` inserts (``BulkWriter``) in
the caller's transaction, the invoice, voucher, customer, order and run numbers taken from their
sequences and given in date order, as a real desk would have produced them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import (
    BillingRequest,
    BillingRun,
    Customer,
    CustomerSearchToken,
    Invoice,
    InvoiceLine,
    Order,
    Payment,
    PaymentImport,
    Posting,
    Settlement,
    Voucher,
)
from desktop_app.models.enums import BillingRunKind, InvoiceKind, LineKind, SettlementState
from desktop_app.services import ledger
from desktop_app.services.demo.generator import _Generator
from desktop_app.services.documents import references
from desktop_app.services.foundation import sequences
from desktop_app.services.foundation.bulk import BulkWriter, table_of

_FEE_TEXT = {"fi": "Muistutusmaksu", "sv": "Påminnelseavgift", "en": "Reminder fee"}
_INTEREST_TEXT = {"fi": "Viivästyskorko", "sv": "Dröjsmålsränta", "en": "Late-payment interest"}

_CHUNK = 20_000  # rows per executemany (and per progress report)

# --- writing ------------------------------------------------------------------------------------

_CUSTOMER_COLUMNS = (
    "id", "customer_number", "kind", "first_name", "last_name", "company_name", "contact_person", "name",
    "search_name", "street", "postal_code", "city", "country", "email", "email_folded", "phone", "phone_digits",
    "language", "billing_channel", "einvoice_address", "einvoice_operator", "business_id", "iban", "bic",
    "payment_term_days", "no_reminders", "created_at", "updated_at", "version",
)
_ORDER_COLUMNS = (
    "id", "order_number", "customer_id", "recipient_id", "product_id", "quantity", "unit_price_cents",
    "billing_schedule", "period_start", "period_end", "billed_until", "deliveries_total", "sales_channel",
    "payment_method", "status", "cutoff_date", "cutoff_reason_id", "cancelled_at", "refunded_at", "refund_reason",
    "refund_message", "refund_expected_date", "note", "created_at", "version",
)
_RUN_COLUMNS = ("id", "batch_id", "kind", "until_date", "invoice_date", "one_invoice_per_order", "started_at",
                "finished_at", "created_by", "invoices_created", "requests_skipped", "total_cents", "summary_json")
_INVOICE_COLUMNS = (
    "id", "number", "kind", "customer_id", "order_id", "billing_run_id", "parent_invoice_id", "reminder_level",
    "invoice_date", "due_date", "reference", "channel", "language", "net_cents", "vat_cents", "total_cents",
    "balance_applied_cents", "paid_cents", "status", "no_reminders", "paid_out_date", "paid_out_iban", "message",
    "internal_note", "sent_at", "created_at",
)
_REQUEST_COLUMNS = ("id", "order_id", "customer_id", "kind", "period_start", "period_end", "bill_date", "quantity",
                    "unit_price_cents", "status", "invoice_id", "billing_run_id")
_LINE_COLUMNS = ("invoice_id", "line_no", "kind", "order_id", "product_id", "billing_request_id", "description",
                 "period_start", "period_end", "quantity", "unit_price_cents", "net_cents", "vat_rate_bp",
                 "vat_cents", "gross_cents")
_IMPORT_COLUMNS = ("id", "file_name", "file_sha256", "imported_at", "payments")
_PAYMENT_COLUMNS = ("id", "bank_ref", "import_id", "source", "amount_cents", "currency", "booking_date", "value_date",
                    "reference", "payer_name", "message", "customer_id", "status", "unallocated_cents",
                    "handling_reason", "created_at")
_VOUCHER_COLUMNS = ("id", "number", "voucher_date", "kind", "description", "description_values", "invoice_id",
                    "payment_id", "settlement_state", "created_at")
_POSTING_COLUMNS = ("voucher_id", "line_no", "account_id", "amount_cents", "customer_id", "invoice_id",
                    "vat_rate_bp", "description", "description_values")
_REMINDER_VALUES = '{"level":%d,"number":%d,"invoice":%d}'  # ledger.REMINDER_VOUCHER_TEXT's values
_SETTLEMENT_COLUMNS = ("invoice_id", "payment_id", "amount_cents", "settled_on", "voucher_id", "created_at")


class _Writer:
    """Bulk inserts in chunks inside the caller's transaction, reporting progress by rows."""

    def __init__(self, session: Session, total_rows: int, report: Callable[[int, int], None]) -> None:
        self.w = BulkWriter(session)
        self.total = max(1, total_rows)
        self.done = 0
        self.report = report

    def insert(self, model: type[Any], columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        table = table_of(model)
        for i in range(0, len(rows), _CHUNK):
            part = rows[i:i + _CHUNK]
            self.w.insert(table, columns, part)
            self.done += len(part)
            self.report(self.done, self.total)

    def day(self) -> Callable[[Any], Any]:
        return self.w.converter(table_of(Invoice).c.invoice_date)

    def stamp(self) -> Callable[[Any], Any]:
        return self.w.converter(table_of(Invoice).c.created_at)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def _write(session: Session, g: _Generator, report: Callable[[int, int], None]) -> None:
    """Store the generated history table by table, numbering it in date order, and move the number
    sequences past the numbers used."""
    n_lines = sum(len(inv.lines) for inv in g.invoices)
    total_rows = (len(g.customer_rows) + len(g.token_rows) + len(g.orders) + len(g.requests) + len(g.runs)
                  + len(g.invoices) + n_lines + len(g.import_dates) + len(g.payments) + len(g.vouchers)
                  + len(g.postings) + len(g.settlements))
    w = _Writer(session, total_rows, report)
    first_customer = _write_customers(session, w, g)
    first_order = _write_orders(session, w, g)
    first_run = _write_runs(session, w, g)
    number, first_invoice, references_of = _write_invoices(session, w, g)
    _write_lines_and_requests(w, g)
    _write_payments(w, g, references_of)
    first_voucher = _write_vouchers(session, w, g, number)
    _link_vouchers(w, g)
    for name, nxt in ((sequences.CUSTOMER, first_customer + len(g.customer_rows)),
                      (sequences.ORDER, first_order + len(g.orders)),
                      (sequences.INVOICE, first_invoice + len(g.invoices)),
                      (sequences.VOUCHER, first_voucher + len(g.vouchers)),
                      (sequences.BILLING_RUN, first_run + len(g.runs))):
        sequences.ensure_at_least(session, name, nxt)


def _write_customers(session: Session, w: _Writer, g: _Generator) -> int:
    """The customers, numbered in the order made, and their search tokens; returns the first number."""
    stamp = w.stamp()
    first_customer = sequences.take(session, sequences.CUSTOMER, len(g.customer_rows))
    w.insert(Customer, _CUSTOMER_COLUMNS, [
        (row[0], first_customer + k, *row[2:26], stamp(row[26]), stamp(row[27]), 1)
        for k, row in enumerate(g.customer_rows)
    ])
    w.insert(CustomerSearchToken, ("token", "customer_id"), g.token_rows)
    return first_customer


def _write_orders(session: Session, w: _Writer, g: _Generator) -> int:
    """The orders, numbered in the order made; returns the first number."""
    day, stamp = w.day(), w.stamp()
    n_orders = len(g.orders)
    first_order = sequences.take(session, sequences.ORDER, n_orders) if n_orders else 0
    cbase, obase = g.base["customer"], g.base["order"]
    w.insert(Order, _ORDER_COLUMNS, [
        (obase + o.idx, first_order + o.idx, cbase + o.customer.idx, o.recipient_id, o.product_id, o.quantity,
         o.price, o.schedule, day(o.start), day(o.end) if o.end else None,
         day(o.billed_until) if o.billed_until else None, g._deliveries.get(o.idx, 0), o.sales_channel, o.method,
         o.status, day(o.cutoff_date) if o.cutoff_date else None, o.cutoff_reason_id,
         stamp(_at(o.cancelled_on, 10)) if o.cancelled_on else None,
         stamp(_at(o.refunded_on, 11)) if o.refunded_on else None, o.refund_reason, o.refund_message,
         day(o.refund_expected) if o.refund_expected else None, o.note,
         stamp(_at(o.created, 9)) if o.created else stamp(_at(o.start, 9)), 1)
        for o in g.orders
    ])
    return first_order


def _write_runs(session: Session, w: _Writer, g: _Generator) -> int:
    """The billing runs, numbered in date order; returns the first number."""
    day, stamp = w.day(), w.stamp()
    run_order = sorted(range(len(g.runs)), key=lambda k: (g.runs[k][0], g.runs[k][1] != BillingRunKind.SUBSCRIPTIONS))
    first_run = sequences.take(session, sequences.BILLING_RUN, len(run_order)) if run_order else 0
    rbase = g.base["run"]
    summary = json.dumps({"due_date": None, "cancelled": False, "skipped": []})
    w.insert(BillingRun, _RUN_COLUMNS, [
        (rbase + k, f"L{g.runs[k][0]:%Y%m%d}-{first_run + rank:04d}", g.runs[k][1],
         day(g.runs[k][0] + dt.timedelta(days=14 if g.runs[k][1] is BillingRunKind.SUBSCRIPTIONS else 0)),
         day(g.runs[k][0]), False, stamp(_at(g.runs[k][0], 8)), stamp(_at(g.runs[k][0], 8)), None,
         g.runs[k][2], 0, g.runs[k][3], summary)
        for rank, k in enumerate(run_order)
    ])
    return first_run


def _write_invoices(session: Session, w: _Writer, g: _Generator) -> tuple[list[int], int, list[str]]:
    """The invoices, numbered in date order (a run numbers its invoices in customer order).

    Returns each invoice's number by its index, the first number, and each invoice's reference.
    """
    day, stamp = w.day(), w.stamp()
    n_inv = len(g.invoices)
    order_of = sorted(range(n_inv), key=lambda k: (g.invoices[k].date, g.invoices[k].run is None,
                                                   g.invoices[k].run or 0, g.invoices[k].customer.idx, k))
    first_invoice = sequences.take(session, sequences.INVOICE, n_inv) if n_inv else 0
    number = [0] * n_inv
    for rank, k in enumerate(order_of):
        number[k] = first_invoice + rank
    ibase, cbase, obase, rbase = g.base["invoice"], g.base["customer"], g.base["order"], g.base["run"]
    latest_runs = {g.run_index.get((g.sub_runs[-1], BillingRunKind.SUBSCRIPTIONS)),
                   g.run_index.get((g.ad_runs[-1], BillingRunKind.ADVERTISEMENTS))}
    invoice_rows = []
    for inv in g.invoices:
        num = number[inv.idx]
        domestic = references.create_domestic(num)
        reference = references.rf_from_domestic(domestic) if inv.customer.rf else domestic
        sent = None if inv.run in latest_runs and inv.run is not None else stamp(_at(inv.date + dt.timedelta(days=1), 7))
        invoice_rows.append((
            ibase + inv.idx, num, inv.kind, cbase + inv.customer.idx,
            obase + inv.order_idx if inv.order_idx is not None else None,
            rbase + inv.run if inv.run is not None else None,
            ibase + inv.parent_idx if inv.parent_idx is not None else None, inv.level, day(inv.date), day(inv.due),
            reference, inv.customer.channel, inv.customer.language, inv.net, inv.vat, inv.total, inv.applied,
            inv.paid, inv.status, inv.no_reminders, day(inv.paid_out_date) if inv.paid_out_date else None,
            inv.paid_out_iban, inv.message, inv.note, sent, stamp(_at(inv.date, 8)),
        ))
    w.insert(Invoice, _INVOICE_COLUMNS, invoice_rows)
    return number, first_invoice, [row[10] for row in invoice_rows]


def _write_lines_and_requests(w: _Writer, g: _Generator) -> None:
    """The invoice lines (items, a reminder's fee and interest, the balance applied) and the billing
    requests, each linked to the invoice that billed it."""
    day = w.day()
    ibase, cbase, obase, rbase = g.base["invoice"], g.base["customer"], g.base["order"], g.base["run"]
    invoice_of_line: dict[int, int] = {}
    line_rows = []
    for inv in g.invoices:
        iid = ibase + inv.idx
        n = 0
        for ln, vat in inv.lines:
            n += 1
            o = ln.order
            if ln.request_id:
                invoice_of_line[ln.request_id] = iid
            line_rows.append((iid, n, LineKind.ITEM, obase + o.idx, o.product_id, ln.request_id or None,
                              o.product.name, day(ln.period_start), day(ln.period_end),
                              o.quantity if ln.request_id else 1, o.price if ln.request_id else ln.net,
                              ln.net, ln.rate, vat, ln.net + vat))
        if inv.kind is InvoiceKind.REMINDER:
            lang = inv.customer.language if inv.customer.language in _FEE_TEXT else "fi"
            n += 1
            line_rows.append((iid, n, LineKind.FEE, None, None, None, _FEE_TEXT[lang], None, None, 1, inv.fee,
                              inv.fee, 0, 0, inv.fee))
            interest = inv.net - inv.fee
            if interest:
                n += 1
                line_rows.append((iid, n, LineKind.INTEREST, None, None, None, _INTEREST_TEXT[lang],
                                  day(inv.interest_from), day(inv.date), 1, interest, interest, 0, 0, interest))
        if inv.applied:
            n += 1
            line_rows.append((iid, n, LineKind.BALANCE, None, None, None, "Credit balance applied", None, None, 1,
                              -inv.applied, -inv.applied, 0, 0, -inv.applied))
    request_rows = [
        (rid, obase + oi, cbase + ci, kind, day(ps), day(pe), day(ps), q, price, status,
         invoice_of_line.get(rid), rbase + run if run is not None else None)
        for rid, oi, ci, kind, ps, pe, q, price, status, run, _ln in g.requests
    ]
    w.insert(BillingRequest, _REQUEST_COLUMNS, request_rows)
    del request_rows
    w.insert(InvoiceLine, _LINE_COLUMNS, line_rows)


def _write_payments(w: _Writer, g: _Generator, references_of: list[str]) -> None:
    """The bank files (one a day) and their payments, with the reference of the invoice each pays."""
    day, stamp = w.day(), w.stamp()
    w.insert(PaymentImport, _IMPORT_COLUMNS, [
        (import_id, f"camt054_{d:%Y%m%d}.xml", hashlib.sha256(f"demo:{g.seed}:{d}".encode()).hexdigest(),
         stamp(_at(d, 6)), 0)
        for d, import_id in sorted(g.import_dates.items(), key=lambda kv: kv[1])
    ])
    w.insert(Payment, _PAYMENT_COLUMNS, [
        (pid, ref, imp, src, amount, "EUR", day(booked), day(valued),
         references_of[inv_ref] if inv_ref is not None else "", payer, message, cid, status,
         unallocated, handling, stamp(_at(booked, 6)))
        for (pid, ref, imp, src, amount, booked, valued, inv_ref, payer, message, cid, status, unallocated,
             handling, _v) in g.payments
    ])


def _write_vouchers(session: Session, w: _Writer, g: _Generator, number: list[int]) -> int:
    """The vouchers, numbered in date order, their postings and the settlements; returns the first number.

    A description's values name invoices by their numbers, known only now (``number``).
    """
    day, stamp = w.day(), w.stamp()
    n_v = len(g.vouchers)
    v_order = sorted(range(n_v), key=lambda k: (g.vouchers[k][0], k))
    first_voucher = sequences.take(session, sequences.VOUCHER, n_v) if n_v else 0
    vnumber = [0] * n_v
    for rank, k in enumerate(v_order):
        vnumber[k] = first_voucher + rank
    vbase, ibase = g.base["voucher"], g.base["invoice"]
    none = SettlementState.NONE
    voucher_rows = []
    number_values = ledger.number_values
    for k, (vday, kind, desc, inv_idx, payment_id) in enumerate(g.vouchers):
        d_inv = g.voucher_invoice_desc[k]
        values = g.voucher_values[k]
        if values.__class__ is tuple:
            values = _REMINDER_VALUES % (values[0], number[d_inv], number[values[1]])
        elif d_inv >= 0:
            values = number_values(number[d_inv])
        elif values is None:
            values = "{}"  # a template without values
        voucher_rows.append((vbase + k, vnumber[k], day(vday), kind, desc, values,
                             ibase + inv_idx if inv_idx is not None else None, payment_id, none,
                             stamp(_at(vday, 9))))
    w.insert(Voucher, _VOUCHER_COLUMNS, voucher_rows)
    del voucher_rows
    invoice_text = ledger.INVOICE_TEXT
    w.insert(Posting, _POSTING_COLUMNS, [
        (vbase + v, n, account, amount, cid, ibase + inv if inv is not None else None, rate,
         invoice_text if desc.__class__ is int else desc,
         number_values(number[desc]) if desc.__class__ is int else None)
        for v, n, account, amount, cid, inv, rate, desc in g.postings
    ])
    w.insert(Settlement, _SETTLEMENT_COLUMNS, [
        (ibase + inv, pid, amount, day(sday), vbase + v, stamp(_at(sday, 9)))
        for inv, pid, amount, sday, v in g.settlements
    ])
    return first_voucher


def _link_vouchers(w: _Writer, g: _Generator) -> None:
    """The links back from invoices and payments to their vouchers (the vouchers now exist), and each
    bank file's payment count."""
    vbase, ibase = g.base["voucher"], g.base["invoice"]
    w.w.update(table_of(Invoice), "voucher_id", [(vbase + inv.voucher, ibase + inv.idx)
                                                 for inv in g.invoices if inv.voucher is not None])
    w.w.update(table_of(Payment), "voucher_id", [(vbase + p[14], p[0]) for p in g.payments])
    w.w.execute_many("UPDATE payment_imports SET payments = ? WHERE id = ?", [
        (count, import_id) for import_id, count in _count_by_import(g.payments).items()])


def _count_by_import(payments: Sequence[tuple[Any, ...]]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for p in payments:
        if p[2] is not None:
            counts[p[2]] = counts.get(p[2], 0) + 1
    return counts
