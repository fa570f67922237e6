"""Order commands (SPEC W1.4, W4.2): the order detail's changes headless.

``order-price ORDER_NUMBER AMOUNT --reason TEXT`` gives an invoiced order a new price per period
(VAT 0 %), which its pending billing requests take too; ``order-cancel ORDER_NUMBER --reason TEXT``
cancels an order that has not been billed, taking its pending billing requests off the list;
``order-withdraw-requests ORDER_NUMBER --reason TEXT`` takes the billing requests of an order that
is no longer active (made before it was cancelled) off the list. They are the services the order
detail calls, refused with the same messages; amounts in JSON are decimal strings.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands.base import EXIT_OK, Context, command, emit_json


def _arguments(parser: argparse.ArgumentParser, *, price: bool) -> None:
    parser.add_argument("order_number", help="the order's number")
    if price:
        parser.add_argument("amount", help="the new price per period, VAT 0 %%, in euros (e.g. 49.90 or 49,90)")
    parser.add_argument("--reason", required=True, help="why (kept in the audit log)")


def _change(ctx: Context, change: Any) -> Any:
    from desktop_app.services import customers

    return ctx.write(lambda s, actor: change(s, actor, customers.order_id_by_number(s, ctx.args.order_number)))


def _emit(ctx: Context, result: Any) -> None:
    if ctx.as_json:
        emit_json({"order_number": result.order_number, "status": result.status,
                   "price_before": result.price_before, "price_after": result.price_after,
                   "billing_requests": result.requests_changed})


@command("order-price", "give an invoiced order a new price; its pending billing requests take it too",
         lambda p: _arguments(p, price=True))
def order_price_command(ctx: Context) -> int:
    from desktop_app.services.billing import orders

    result = _change(ctx, lambda s, actor, order_id: orders.change_order_price(
        s, actor, order_id, ctx.args.amount, ctx.args.reason))
    _emit(ctx, result)
    if not ctx.as_json:
        print(f"Order {result.order_number}: price {result.price_before} -> {result.price_after} EUR per period "
              f"(VAT 0 %); {result.requests_changed} pending billing requests take the new price")
    return EXIT_OK


@command("order-cancel", "cancel an invoiced order that has not been billed; its pending billing requests go",
         lambda p: _arguments(p, price=False))
def order_cancel_command(ctx: Context) -> int:
    from desktop_app.services.billing import orders

    result = _change(ctx, lambda s, actor, order_id: orders.cancel_order(s, actor, order_id, ctx.args.reason))
    _emit(ctx, result)
    if not ctx.as_json:
        print(f"Order {result.order_number} cancelled; {result.requests_changed} pending billing requests "
              "taken off the list")
    return EXIT_OK


@command("order-withdraw-requests", "take the waiting billing requests of a cancelled (or ended) order off the list",
         lambda p: _arguments(p, price=False))
def order_withdraw_requests_command(ctx: Context) -> int:
    from desktop_app.services.billing import orders

    result = _change(ctx, lambda s, actor, order_id: orders.withdraw_requests(s, actor, order_id, ctx.args.reason))
    _emit(ctx, result)
    if not ctx.as_json:
        print(f"Order {result.order_number}: {result.requests_changed} billing requests taken off the list")
    return EXIT_OK
