"""Ledger commands: check-ledger (exit 1 on any violation), periods, period-state, lock-date, year-end-close."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop_app.commands.base import EXIT_OK, EXIT_VIOLATION, Context, command, emit_json
from desktop_app.models.enums import PeriodState

_STATES = {s.value: s for s in PeriodState}


@command("check-ledger", "check that the books agree (vouchers, invoices, payments, balances); exit 1 on a violation")
def check_ledger_command(ctx: Context) -> int:
    from desktop_app.services.ledger import checks

    report = ctx.read(checks.run_checks)
    if ctx.as_json:
        emit_json({"ok": report.ok, "vouchers": report.vouchers, "postings": report.postings,
                   "violations": [v.as_dict() for v in report.violations]})
    elif report.ok:
        print(f"Ledger OK: {report.vouchers} vouchers, {report.postings} postings checked")
    else:
        for v in report.violations:
            print(f"{v.code}: {v.message}")
        print(f"{len(report.violations)} violation(s) in {report.vouchers} vouchers, {report.postings} postings")
    return EXIT_OK if report.ok else EXIT_VIOLATION


def _periods_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", help="only this fiscal year (e.g. 2026)")


@command("periods", "list fiscal years, their periods and the posting lock date", _periods_arguments)
def periods_command(ctx: Context) -> int:
    from desktop_app.services.ledger import periods

    years, lock = ctx.read(lambda s: (periods.list_fiscal_years(s), periods.lock_date(s)))
    if ctx.args.year:
        years = [y for y in years if y.name == ctx.args.year]
    if ctx.as_json:
        emit_json({"lock_date": lock, "fiscal_years": [
            {"name": y.name, "start_date": y.start_date, "end_date": y.end_date, "closed_at": y.closed_at,
             "periods": [{"period": p.name, "start_date": p.start_date, "end_date": p.end_date, "state": p.state}
                         for p in y.periods]}
            for y in years]})
        return EXIT_OK
    print(f"Posting lock date: {lock.isoformat() if lock else 'none'}")
    for y in years:
        closed = f"closed {y.closed_at:%Y-%m-%d}" if y.closed_at else "open"
        print(f"Fiscal year {y.name} ({y.start_date} – {y.end_date}): {closed}")
        for p in y.periods:
            print(f"  {p.name}  {p.state.value.replace('_', ' ')}")
    return EXIT_OK


def _period_state_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("period", help="YYYY-MM")
    parser.add_argument("state", choices=sorted(_STATES))


@command("period-state", "open, hold or close an accounting period (accountant)", _period_state_arguments)
def period_state_command(ctx: Context) -> int:
    from desktop_app.services.ledger import periods

    info = ctx.write(lambda s, actor: periods.set_period_state(s, actor, ctx.args.period, _STATES[ctx.args.state]))
    return ctx.report({"period": info.name, "state": info.state},
                      f"Period {info.name} is now {info.state.value.replace('_', ' ')}")


def _lock_date(text: str) -> dt.date | None:
    if text.lower() == "none":
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD) or 'none': {text}") from exc


def _lock_date_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("date", type=_lock_date, help="YYYY-MM-DD: no postings on or before it; 'none' clears it")


@command("lock-date", "set or clear the posting lock date (accountant)", _lock_date_arguments)
def lock_date_command(ctx: Context) -> int:
    from desktop_app.services.ledger import periods

    value = ctx.write(lambda s, actor: periods.set_lock_date(s, actor, ctx.args.date))
    return ctx.report({"lock_date": value}, f"Posting lock date: {value.isoformat() if value else 'none'}")


def _year_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("year", type=int, help="e.g. 2025")


def _year_end_arguments(parser: argparse.ArgumentParser) -> None:
    _year_arguments(parser)
    parser.add_argument("--confirm", metavar="YEAR",
                        help="the year again: the close cannot be undone (asked for when not given)")


@command("year-end-close", "lock a fiscal year whose periods are all closed, for good; it must have ended "
                           "(by the computer's clock, not --today) (accountant)", _year_end_arguments)
def year_end_close_command(ctx: Context) -> int:
    import sys

    from desktop_app.services.foundation import i18n
    from desktop_app.services.ledger import periods

    actor = ctx.actor()
    confirm = ctx.args.confirm
    while True:
        try:
            info = ctx.write(lambda s, a, typed=confirm: periods.close_year(s, a, ctx.args.year, confirm=typed),
                             actor=actor)
            break
        except periods.YearEndNotConfirmed as err:
            if confirm is not None or not sys.stdin.isatty():
                raise
            print(i18n.error_text(err, ctx.lang), file=sys.stderr)
            try:
                confirm = input(f"{ctx.args.year}? ").strip()
            except EOFError:
                confirm = ""
            if confirm != str(ctx.args.year):
                raise
    return ctx.report({"year": info.name, "closed_at": info.closed_at}, f"Fiscal year {info.name} closed")


@command("fiscal-year", "create a fiscal year with twelve open monthly periods (accountant)", _year_arguments)
def fiscal_year_command(ctx: Context) -> int:
    from desktop_app.services.ledger import periods

    info = ctx.write(lambda s, actor: periods.create_fiscal_year(s, actor, ctx.args.year))
    return ctx.report({"year": info.name, "periods": [p.name for p in info.periods]},
                      f"Fiscal year {info.name} created with {len(info.periods)} open periods")
