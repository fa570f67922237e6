"""Billing commands (SPEC W4, §6): billing-requests, billing-run, billing-summary, invoices.

``billing-requests`` and ``billing-run`` first fetch the billing requests due by ``--until`` (that
creates the missing ones, like the Fetch button); ``--preview`` then writes no invoice, posting or
number. Amounts in JSON are decimal strings.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.commands.base import EXIT_OK, Context, command, date_argument, emit_json
from desktop_app.services.foundation import i18n


def _add_kind(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ads", "--notice", dest="ads", action="store_true",
                        help="advertisements (ad invoices) instead of subscriptions")


def _kind(ctx: Context) -> Any:
    from desktop_app.models.enums import BillingRunKind

    return BillingRunKind.ADVERTISEMENTS if ctx.args.ads else BillingRunKind.SUBSCRIPTIONS


def _reasons(reasons: tuple[str, ...], lang: str) -> str:
    return "; ".join(i18n.translate("errors", r, lang) for r in reasons)


def _fetch(ctx: Context, until: dt.date) -> Any:
    from desktop_app.services.billing import requests as billing_requests

    return ctx.write(lambda s, actor: billing_requests.fetch_billing_requests(
        s, actor, until, _kind(ctx), today=ctx.today, confirmed=bool(getattr(ctx.args, "yes", False))))


# --- billing-requests ---------------------------------------------------------------------------

def _requests_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--until", type=date_argument, help="billing requests due by this date (default: today)")
    parser.add_argument("--yes", action="store_true",
                        help="fetch even more than 13 months ahead (refused otherwise, with the count it would create)")
    _add_kind(parser)
    parser.add_argument("--errors-only", action="store_true", help="only the requests that cannot be billed")


@command("billing-requests", "fetch and list the billing requests due by a date, with the reasons of erroneous ones",
         _requests_arguments)
def billing_requests_command(ctx: Context) -> int:
    until = ctx.args.until or ctx.today
    fetched = _fetch(ctx, until)
    rows = [r for r in fetched.rows if r.errors] if ctx.args.errors_only else fetched.rows
    if ctx.as_json:
        emit_json({
            "until": until, "created": fetched.created, "count": len(fetched.rows), "errors": fetched.error_count,
            "requests": [
                {"request_id": r.request_id, "customer_number": r.customer_number, "customer_name": r.customer_name,
                 "order_number": r.order_number, "product": r.product_code, "product_name": r.product_name,
                 "period_start": r.period_start, "period_end": r.period_end, "quantity": r.quantity,
                 "unit_price": r.unit_price, "list_price": r.list_price, "price_differs": r.price_differs,
                 "amount": r.amount, "vat_rate_bp": r.vat_rate_bp, "channel": r.channel,
                 "errors": [i18n.translate("errors", e, ctx.lang) for e in r.errors]}
                for r in rows],
        })
        return EXIT_OK
    print(f"{fetched.created} new billing requests; {len(fetched.rows)} due by {until.isoformat()}")
    if fetched.error_count:
        print(f"{fetched.error_count} billing requests have errors")
    for r in rows:
        flag = " (price differs from the list price)" if r.price_differs else ""
        line = (f"{r.request_id:>8}  {r.customer_number:>8} {r.customer_name[:28]:<28} {r.order_number:>8} "
                f"{r.product_code:<10} {r.period_start.isoformat()}–{r.period_end.isoformat()} "
                f"{r.quantity:>3} × {r.unit_price} = {r.amount} EUR  {r.channel.value}{flag}")
        print(line)
        if r.errors:
            print(f"          error: {_reasons(r.errors, ctx.lang)}")
    return EXIT_OK


# --- billing-run --------------------------------------------------------------------------------

def _run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--until", type=date_argument, help="bill the requests due by this date (default: today)")
    parser.add_argument("--yes", action="store_true",
                        help="fetch even more than 13 months ahead (refused otherwise, with the count it would create)")
    _add_kind(parser)
    parser.add_argument("--preview", action="store_true",
                        help="show exactly what would be invoiced; write no invoice, posting or number")
    parser.add_argument("--invoice-date", type=date_argument, help="invoice date (default: today)")
    parser.add_argument("--due-date", type=date_argument, help="due date for every invoice (default: each customer's terms)")
    parser.add_argument("--per-order", action="store_true", help="one invoice per order instead of per customer")


def result_json(result: Any, lang: str) -> dict[str, Any]:
    def summary(lines: Any) -> list[dict[str, Any]]:
        return [{"key": ln.key, "label": ln.label, "count": ln.count, "net": ln.net, "vat": ln.vat,
                 "total": ln.total} for ln in lines]

    return {
        "batch_id": result.batch_id, "preview": result.preview, "kind": result.kind,
        "invoice_date": result.invoice_date, "invoices_created": result.invoices_created,
        "requests_billed": result.requests_billed, "requests_skipped": result.requests_skipped,
        "net": result.net, "vat": result.vat, "total": result.total, "balance_used": result.balance_used,
        "to_pay": result.to_pay, "cancelled": result.cancelled, "finished": result.finished,
        "errors": [{"request_id": e.request_id, "order_number": e.order_number,
                    "customer_number": e.customer_number, "reason": _reasons(e.reasons, lang)}
                   for e in result.errors],
        "by_channel": summary(result.by_channel), "by_product": summary(result.by_product),
        "by_vat_rate": summary(result.by_vat_rate), "invoice_ids": list(result.invoice_ids),
    }


def _print_result(result: Any, lang: str) -> None:
    if result.preview:
        print("PREVIEW: nothing was written")
    if not result.invoices_created and not result.errors:
        print("Nothing to bill")
        return
    what = "would be" if result.preview else "were"
    print(f"Batch {result.batch_id or '-'}: {result.invoices_created} invoices {what} created from "
          f"{result.requests_billed} billing requests; total {result.total} EUR (net {result.net}, VAT {result.vat}), "
          f"credit balance used {result.balance_used} EUR, to pay {result.to_pay} EUR")
    for title, lines, unit in (("By channel", result.by_channel, "invoices"),
                               ("By product", result.by_product, "lines"),
                               ("By VAT rate", result.by_vat_rate, "lines")):
        print(f"{title}:")
        for ln in lines:
            name = f"{ln.key} {ln.label}" if title == "By product" else ln.label
            print(f"  {name:<34} {ln.count:>7} {unit:<8} net {ln.net:>12}  VAT {ln.vat:>11}  total {ln.total:>12}")
    if result.errors:
        print(f"{result.requests_skipped} billing requests skipped:")
        for e in result.errors:
            print(f"  request {e.request_id} (order {e.order_number}, customer {e.customer_number}): "
                  f"{_reasons(e.reasons, lang)}")
    if result.cancelled:
        print("Cancelled: the invoices above were created, the rest of the requests wait")
    elif not result.finished:
        print("This run did not finish: its invoices are whole, the unbilled requests wait")


@command("billing-run", "bill the due billing requests: invoices, references, VAT, balance, postings", _run_arguments)
def billing_run_command(ctx: Context) -> int:
    from desktop_app.services import billing

    until = ctx.args.until or ctx.today
    fetched = _fetch(ctx, until)
    result = billing.run_billing(
        ctx.db.session_factory, ctx.actor(), None, until=until, kind=_kind(ctx),
        invoice_date=ctx.args.invoice_date or ctx.today, due_date=ctx.args.due_date,
        one_invoice_per_order=ctx.args.per_order, preview=ctx.args.preview)
    if ctx.as_json:
        emit_json({**result_json(result, ctx.lang), "requests_fetched": fetched.created})
    else:
        _print_result(result, ctx.lang)
    return EXIT_OK


# --- billing-summary ----------------------------------------------------------------------------

def _summary_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("batch_id", help="the run's batch id (luontitunnus), e.g. L20261124-0001")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="also save the summary as a PDF report")


@command("billing-summary", "show the summary of a past billing run (optionally as a PDF)", _summary_arguments)
def billing_summary_command(ctx: Context) -> int:
    from desktop_app.services import billing

    result = ctx.read(lambda s: billing.billing_run_summary(s, ctx.args.batch_id))
    if ctx.args.pdf:
        billing.billing_summary_pdf(result, ctx.args.pdf, ctx.lang)
    if ctx.as_json:
        emit_json({**result_json(result, ctx.lang), "pdf": str(ctx.args.pdf) if ctx.args.pdf else None})
    else:
        _print_result(result, ctx.lang)
        if ctx.args.pdf:
            print(f"Summary saved to {ctx.args.pdf}")
    return EXIT_OK


# --- invoices -----------------------------------------------------------------------------------

def _invoices_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", choices=("open", "overdue", "paid"),
                        help="open (overdue included), overdue or paid invoices only")
    parser.add_argument("--batch", metavar="ID", help="only the invoices of this billing run")
    parser.add_argument("--customer", type=int, metavar="NUMBER", help="only this customer's invoices")


@command("invoices", "list invoices (open, overdue, paid; by billing run or customer)", _invoices_arguments)
def invoices_command(ctx: Context) -> int:
    from desktop_app.services import customers
    from desktop_app.services.documents import invoices

    def listed(s: Any) -> Any:
        customer_id = None if ctx.args.customer is None else customers.customer_id_by_number(s, ctx.args.customer)
        return invoices.list_invoices(s, ctx.args.status, ctx.args.batch, customer_id, ctx.today)

    rows = ctx.read(listed)
    if ctx.as_json:
        emit_json([
            {"id": r.invoice_id, "number": r.number, "kind": r.kind, "customer_number": r.customer_number,
             "customer_name": r.customer_name, "invoice_date": r.invoice_date, "due_date": r.due_date,
             "total": r.total, "balance_applied": r.balance_applied, "paid": r.paid, "open": r.open_amount,
             "status": r.status, "reference": r.reference, "channel": r.channel, "batch_id": r.batch_id or None}
            for r in rows])
        return EXIT_OK
    for r in rows:
        print(f"{r.number:>10}  {r.invoice_date.isoformat()}  due {r.due_date.isoformat()}  {r.customer_number:>8} "
              f"{r.customer_name[:28]:<28} {r.total:>12} EUR  open {r.open_amount:>12}  {r.status:<9} "
              f"{r.reference:<22} {r.batch_id}")
    print(f"{len(rows)} invoices")
    return EXIT_OK
