"""``reskontra search TEXT``: the front page's customer search from the command line (SPEC W1.1, §6)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from desktop_app.commands.base import EXIT_OK, Context, command, emit_json


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 10000:
        raise argparse.ArgumentTypeError(f"not a number from 1 to 10000: {text}")
    return value


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="+", help="name words, customer/order/invoice number, reference, email, phone "
                                                "or postal code")
    parser.add_argument("--limit", type=_positive, default=50, help="at most this many customers (default 50)")


def _table(hits: list[Any], lang: str) -> list[str]:
    from desktop_app.services.foundation import formatting

    header = ("Customer", "Name", "Company", "Address", "Email", "Phone", "Current orders")
    rows = []
    for hit in hits:
        place = " ".join(p for p in (hit.postal_code, hit.city) if p)
        orders = []
        for order in hit.orders:
            text = f"{order.order_number} {order.product_name}"
            if order.cutoff_date is not None:
                text += f" (cut off {formatting.date(order.cutoff_date, lang)})"
            orders.append(text)
        rows.append((str(hit.customer_number), hit.name, hit.company_name if hit.company_name != hit.name else "",
                     ", ".join(p for p in (hit.street, place) if p), hit.email, hit.phone, "; ".join(orders)))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            for row in [header, *rows]]


@command("search", "find customers by name, number, email, phone, postal code, order, invoice or reference number",
         _arguments)
def search_command(ctx: Context) -> int:
    import sys

    from desktop_app.services.customers.search import MAX_WORDS, search_customers, words_left_out

    text = " ".join(ctx.args.text)
    hits = ctx.read(lambda s: search_customers(s, text, ctx.args.limit, today=ctx.today))
    ignored = words_left_out(text)
    if ignored:
        print(f"Only the first {MAX_WORDS} words were used; {ignored} more were left out.", file=sys.stderr)
    if ctx.as_json:
        emit_json([dataclasses.asdict(hit) for hit in hits])
        return EXIT_OK
    if not hits:
        print(f"No customers found for {text[:200]!r}.")
        return EXIT_OK
    print("\n".join(_table(hits, ctx.lang)))
    print(f"{len(hits)} customer(s)" + (f" (the first {ctx.args.limit}; refine the search)"
                                         if len(hits) >= ctx.args.limit else ""))
    return EXIT_OK
