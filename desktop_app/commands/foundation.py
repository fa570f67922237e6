"""settings get/set (more foundation commands: gui, search, check-ledger live beside it)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop_app.commands.base import Context, add_global_options, command

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _settings_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    get = actions.add_parser("get", help="print a setting (or all)")
    get.add_argument("key", nargs="?")
    add_global_options(get)
    put = actions.add_parser("set", help="change a setting")
    put.add_argument("key")
    put.add_argument("value")
    add_global_options(put)


@command("settings", "read or change settings", _settings_arguments)
def settings_command(ctx: Context) -> int:
    from desktop_app.services.foundation import settings

    args = ctx.args
    if args.key == "smtp.password":  # kept in the system keyring, never in the database
        from desktop_app.services import sending

        if args.settings_command == "set":
            ctx.write(lambda session, actor: sending.set_smtp_password(session, actor, args.value))
        state = ctx.read(sending.smtp_password_state)
        return ctx.report({"smtp.password": state}, f"smtp.password = {state}")
    if args.settings_command == "get":
        def read(session: Session) -> dict[str, Any]:
            if args.key:
                return {args.key: settings.get(session, args.key)}
            return settings.get_all(session)

        values = ctx.read(read)
        return ctx.report({k: settings.to_text(v) if v is not None else None for k, v in values.items()},
                          lambda: "\n".join(f"{key} = {settings.to_text(value)}" for key, value in values.items()))
    value = ctx.write(lambda session, actor: settings.set_value(session, actor, args.key, args.value))
    return ctx.report({args.key: settings.to_text(value)}, f"{args.key} = {settings.to_text(value)}")


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=3000, help="how many customers (default 3000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed makes the same data")


@command("demo-data", "fill an empty database with realistic Finnish demo data (customers, orders, invoices, "
                      "payments, balances)", _demo_arguments)
def demo_data_command(ctx: Context) -> int:
    import sys

    from desktop_app.services.demo import generate_demo_data

    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if sys.stderr.isatty() and percent != last[0]:
            last[0] = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)

    summary = generate_demo_data(ctx.db, ctx.args.customers, seed=ctx.args.seed, today=ctx.today,
                                 progress=progress)
    if last[0] >= 0:
        print(file=sys.stderr)
    return ctx.report(summary.as_dict(),
                      f"{summary.customers} customers, {summary.orders} orders, {summary.invoices} invoices, "
                      f"{summary.payments} payments, {summary.vouchers} vouchers ({summary.rows} rows) "
                      f"in {summary.seconds:.1f} s")
