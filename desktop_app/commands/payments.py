"""Payment commands (SPEC W10, §6): the Payments tab headless.

``import-payments FILE`` books a camt.054 file (a re-import skips what is already in);
``payments`` lists payments (``--needs-handling``: the money waiting for the clerk);
``record-payment`` enters one by hand; ``payment-to-balance``, ``payment-allocate``,
``payment-refund`` and ``undo-settlement`` handle what waits; ``payment-accept`` and
``payment-discard`` decide on a payment held as possibly imported already, ``payment-return`` names
the payment a waiting bank return takes back; ``balance`` shows a customer's credit balance with its
history. Amounts in JSON are decimal strings.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.base import EXIT_OK, Context, command, date_argument, emit_json
from desktop_app.services.foundation import i18n


def _cents(text: str) -> int:
    """Cents of an amount argument, read as the GUI reads its fields; a refusal is a ``ReskontraError``
    that ends the command with one sentence in the clerk's language."""
    from desktop_app.services.foundation.money import parse_amount

    return parse_amount(text, field="amount")


def _customer(session: Any, customer_number: int | None) -> int | None:
    """The id of ``--customer NUMBER`` (an unknown number is an error), or None."""
    from desktop_app.services import payments

    return payments.customer_by_number(session, customer_number) if customer_number else None



def _payment_json(p: Any, lang: str) -> dict[str, Any]:
    return {"payment_id": p.id, "booking_date": p.booking_date, "amount": p.amount, "unallocated": p.unallocated,
            "reference": p.reference, "payer_name": p.payer_name, "status": str(p.status), "source": str(p.source),
            "customer_number": p.customer_number, "customer_name": p.customer_name,
            "invoices": list(p.invoice_numbers), "needs_handling": p.needs_handling,
            "reason": i18n.template_text(p.reason_template, p.reason_params, lang)}


# --- import-payments ----------------------------------------------------------------------------

def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the bank's camt.054 file (ISO 20022 XML)")


@command("import-payments", "import the bank's reference payments (camt.054) and match them to invoices",
         _import_arguments)
def import_payments_command(ctx: Context) -> int:
    from desktop_app.services import payments
    from desktop_app.services.payments.camt054 import MalformedBankFile

    path: Path = ctx.args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MalformedBankFile(file=path.name, detail=exc.strerror or str(exc)) from exc
    result = payments.import_bank_file(ctx.db.session_factory, ctx.actor(), data, path.name)
    refused = [{"bank_ref": r.bank_ref, "amount": _money(r.amount_cents), "currency": r.currency,
                "reference": r.reference, "reason": i18n.template_text(r.reason_template, r.reason_params, ctx.lang)}
               for r in result.refused]
    if ctx.as_json:
        emit_json({"file": result.file_name, "import_id": result.import_id, "payments": result.payments,
                   "matched": result.matched, "partial": result.partial, "overpaid": result.overpaid,
                   "unmatched": result.unmatched, "reversals": result.reversals,
                   "duplicates_skipped": result.duplicates_skipped, "total": result.total,
                   "needs_handling": result.needs_handling, "unallocated": _money(result.unallocated_cents),
                   "possible_duplicates": result.possible_duplicates, "returns_waiting": result.returns_waiting,
                   "refused": refused, "already_imported_on": result.already_imported_on})
        return EXIT_OK
    if result.payments == 0 and result.reversals == 0 and result.duplicates_skipped and not result.needs_handling:
        print(f"{path.name} was already imported: {result.duplicates_skipped} payments skipped, nothing imported")
    else:
        print(f"{result.payments} payments imported ({result.total} €): {result.matched} matched, "
              f"{result.partial} partial, {result.overpaid} overpaid, {result.unmatched} unmatched"
              + (f", {result.reversals} reversals" if result.reversals else "")
              + (f"; {result.duplicates_skipped} already imported, skipped" if result.duplicates_skipped else ""))
        if result.possible_duplicates:
            print(f"{result.possible_duplicates} payments held as possibly imported already, nothing booked "
                  f"(reskontra payment-accept / payment-discard)")
        if result.returns_waiting:
            print(f"{result.returns_waiting} bank returns wait for the payment they take back (reskontra payment-return)")
        if result.needs_handling:
            print(f"{result.needs_handling} payments need handling (reskontra payments --needs-handling)")
    for r in refused:
        print(f"  refused {r['bank_ref']}: {r['reason']}")
    return EXIT_OK


def _money(amount_cents: int) -> Any:
    from desktop_app.services.foundation.money import to_decimal

    return to_decimal(amount_cents)


def _practice_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="where to write the camt.054 file")
    parser.add_argument("--count", type=int, default=40, help="how many open invoices it pays (default 40)")


@command("practice-bank-file", "write a camt.054 file that pays some open invoices, to practise importing payments",
         _practice_arguments)
def practice_bank_file_command(ctx: Context) -> int:
    from desktop_app.services.demo import practice_bank_file
    from desktop_app.services.foundation.files import write_bytes_whole

    data = ctx.read(lambda s: practice_bank_file(s, ctx.today, ctx.args.count))
    write_bytes_whole(ctx.args.file, data)
    return ctx.report({"file": str(ctx.args.file), "bytes": len(data)},
                      f"{ctx.args.file} written ({len(data)} bytes); import it with: reskontra import-payments {ctx.args.file}")


# --- payments -----------------------------------------------------------------------------------

def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--needs-handling", action="store_true", help="only payments with money waiting for a clerk")
    parser.add_argument("--customer", type=int, help="only this customer's payments (customer number)")
    parser.add_argument("--since", type=date_argument, help="booked on or after this date")
    parser.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")


@command("payments", "list payments; --needs-handling lists overpaid and unmatched ones with the reason",
         _list_arguments)
def payments_command(ctx: Context) -> int:
    from desktop_app.services import payments

    args = ctx.args
    rows = ctx.read(lambda s: payments.list_payments(
        s, needs_handling=args.needs_handling, customer_id=_customer(s, args.customer), since=args.since,
        limit=args.limit or None))
    if ctx.as_json:
        emit_json([_payment_json(p, ctx.lang) for p in rows])
        return EXIT_OK
    for p in rows:
        who = f"{p.customer_number} {p.customer_name}" if p.customer_number else p.payer_name or "-"
        reason = i18n.template_text(p.reason_template, p.reason_params, ctx.lang) if p.needs_handling else ""
        print(f"{p.id:>8}  {p.booking_date.isoformat()}  {p.amount:>10} €  {p.reference or '-':<22} "
              f"{p.status!s:<10} {who}" + (f"  [held, nothing booked: {reason}]" if reason and p.held
                                           else f"  [{p.unallocated} € waiting: {reason}]" if reason else ""))
    print(f"{len(rows)} payments")
    return EXIT_OK


# --- record-payment -----------------------------------------------------------------------------

def _record_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--amount", required=True, help="euros, e.g. 49,90 or 1234.50")
    parser.add_argument("--reference", default="", help="the reference number paid with")
    parser.add_argument("--date", type=date_argument, help="booking date (default: today)")
    parser.add_argument("--payer", default="", help="payer's name")
    parser.add_argument("--message", default="")
    parser.add_argument("--customer", type=int, help="customer number, for a payment without a reference")


@command("record-payment", "enter a payment by hand; it is matched like an imported one", _record_arguments)
def record_payment_command(ctx: Context) -> int:
    from desktop_app.services import payments

    args = ctx.args
    amount_cents = _cents(args.amount)
    result = ctx.write(lambda s, actor: payments.record_payment(
        s, actor, amount_cents=amount_cents, booking_date=args.date or ctx.today, reference=args.reference,
        payer_name=args.payer, message=args.message, customer_id=_customer(s, args.customer)))
    reason = i18n.template_text(result.reason_template, result.reason_params, ctx.lang)
    return ctx.report({"payment_id": result.payment_id, "status": str(result.status),
                       "invoices": list(result.invoice_numbers), "unallocated": _money(result.unallocated_cents),
                       "reason": reason},
                      f"payment {result.payment_id}: {result.status}" + (f" ({reason})" if reason else ""))


# --- handling -----------------------------------------------------------------------------------

def _ids_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("payment_ids", type=int, nargs="+", metavar="PAYMENT_ID")
    parser.add_argument("--customer", type=int, help="customer number, for a payment that matched no customer")
    parser.add_argument("--date", type=date_argument, help="posting date (default: today)")


@command("payment-to-balance", "turn the unallocated money of payments into their customers' credit balance",
         _ids_arguments)
def to_balance_command(ctx: Context) -> int:
    from desktop_app.services import payments

    args = ctx.args
    moved = ctx.write(lambda s, actor: payments.to_balance(
        s, actor, args.payment_ids, args.date or ctx.today, customer_id=_customer(s, args.customer)))
    count = len(set(args.payment_ids))
    return ctx.report({"payments": count, "to_balance": _money(moved)},
                      f"{_money(moved)} € of {count} payments turned into credit balance")


def _refund_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("payment_id", type=int)
    parser.add_argument("--customer", type=int, help="customer number, for a payment that matched no customer")
    parser.add_argument("--date", type=date_argument, help="posting date (default: today)")
    parser.add_argument("--message", default="", help="message to the customer on the refund invoice")


@command("payment-refund", "refund a payment's unallocated money: a refund invoice for the refund report",
         _refund_arguments)
def refund_command(ctx: Context) -> int:
    from desktop_app.services import payments

    args = ctx.args
    number = ctx.write(lambda s, actor: payments.refund(
        s, actor, args.payment_id, args.date or ctx.today, customer_id=_customer(s, args.customer),
        message=args.message))
    return ctx.report({"payment_id": args.payment_id, "refund_invoice": number},
                      f"refund invoice {number} created for payment {args.payment_id}")


def _allocation(text: str) -> tuple[int, str]:
    number, sep, amount = text.partition(":")
    if not sep or not number.strip().isdigit():
        raise argparse.ArgumentTypeError(f"not INVOICE_NUMBER:AMOUNT: {text}")
    return int(number), amount


def _allocate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("payment_id", type=int)
    parser.add_argument("allocations", type=_allocation, nargs="*", metavar="INVOICE_NUMBER:AMOUNT",
                        help="what to pay on which invoice; none: the customer's oldest open invoices")
    parser.add_argument("--customer", type=int, help="customer number, for a payment that matched no customer")
    parser.add_argument("--date", type=date_argument, help="posting date (default: today)")


@command("payment-allocate", "allocate a payment's unallocated money by hand to one or several invoices",
         _allocate_arguments)
def allocate_command(ctx: Context) -> int:
    from desktop_app.services import payments

    args = ctx.args
    typed = [(number, _cents(amount)) for number, amount in args.allocations]

    def allocate(s: Any, actor: Any) -> tuple[int, int]:
        customer_id = _customer(s, args.customer)
        if typed:
            ids = payments.invoice_ids_by_number(s, [n for n, _a in typed])
            wanted = [(ids[n], amount) for n, amount in typed]
        else:
            wanted = payments.propose_allocation(s, args.payment_id, customer_id)
        return payments.allocate(s, actor, args.payment_id, wanted, args.date or ctx.today,
                                 customer_id=customer_id), len(wanted)

    allocated, invoices = ctx.write(allocate)
    return ctx.report({"payment_id": args.payment_id, "allocated": _money(allocated), "invoices": invoices},
                      f"{_money(allocated)} € of payment {args.payment_id} allocated to {invoices} invoices")


def _undo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--payment", type=int, help="undo every settlement of this payment")
    parser.add_argument("--settlement", type=int, help="undo this one settlement")
    parser.add_argument("--date", type=date_argument, help="posting date (default: today)")


@command("undo-settlement", "undo a payment's settlements: the invoices open again, the money waits for handling",
         _undo_arguments)
def undo_command(ctx: Context) -> int:
    from desktop_app.services import payments

    args = ctx.args
    if not (args.payment or args.settlement):
        raise SystemExit("reskontra undo-settlement: give --payment ID or --settlement ID")

    def undo(s: Any, actor: Any) -> int:
        ids = [args.settlement] if args.settlement else [
            row.id for row in payments.settlements(s, payment_id=args.payment)]
        for sid in ids:
            payments.undo_settlement(s, actor, sid, args.date or ctx.today)
        return len(ids)

    undone = ctx.write(undo)
    return ctx.report({"settlements_undone": undone}, f"{undone} settlements undone")


# --- held payments ------------------------------------------------------------------------------

def _held_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("payment_ids", type=int, nargs="+", metavar="PAYMENT_ID")


@command("payment-accept", "book payments held as possibly imported already: they are payments of their own",
         _held_arguments)
def accept_command(ctx: Context) -> int:
    from desktop_app.services import payments

    results = ctx.write(lambda s, actor: [payments.accept_possible_duplicate(s, actor, pid)
                                          for pid in dict.fromkeys(ctx.args.payment_ids)])
    if ctx.as_json:
        emit_json([{"payment_id": r.payment_id, "status": str(r.status), "invoices": list(r.invoice_numbers),
                    "unallocated": _money(r.unallocated_cents),
                    "reason": i18n.template_text(r.reason_template, r.reason_params, ctx.lang)} for r in results])
        return EXIT_OK
    for r in results:
        reason = i18n.template_text(r.reason_template, r.reason_params, ctx.lang)
        print(f"payment {r.payment_id} booked: {r.status}" + (f" ({reason})" if reason else ""))
    return EXIT_OK


@command("payment-discard", "discard payments held as possibly imported already: duplicates, never booked",
         _held_arguments)
def discard_command(ctx: Context) -> int:
    from desktop_app.services import payments

    count = ctx.write(lambda s, actor: payments.discard_duplicates(s, actor, ctx.args.payment_ids))
    return ctx.report({"discarded": count}, f"{count} payments discarded as duplicates; nothing was booked")


def _return_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("return_id", type=int, metavar="RETURN_ID", help="the waiting return (payments --needs-handling)")
    parser.add_argument("payment_id", type=int, metavar="PAYMENT_ID", help="the payment it takes back")


@command("payment-return", "apply a waiting bank return to the payment it takes back (that payment is reversed)",
         _return_arguments)
def return_command(ctx: Context) -> int:
    from desktop_app.services import payments

    ctx.write(lambda s, actor: payments.apply_return(s, actor, ctx.args.return_id, ctx.args.payment_id))
    return ctx.report({"return_id": ctx.args.return_id, "reversed_payment": ctx.args.payment_id},
                      f"return {ctx.args.return_id} applied: payment {ctx.args.payment_id} reversed")


# --- balance ------------------------------------------------------------------------------------

def _balance_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("customer_number", type=int)


@command("balance", "a customer's credit balance and its history", _balance_arguments)
def balance_command(ctx: Context) -> int:
    from desktop_app.services import payments

    info = ctx.read(lambda s: payments.customer_balance(s, payments.customer_by_number(s, ctx.args.customer_number)))
    if ctx.as_json:
        emit_json({"customer_number": info.customer_number, "name": info.name, "balance": info.balance,
                   "waiting": _money(info.waiting_cents),
                   "history": [{"date": e.date, "voucher": e.voucher_number, "kind": str(e.kind),
                                "description": i18n.stored_text(e.description, e.description_values, ctx.lang),
                                "amount": e.amount, "balance": e.running}
                               for e in info.history]})
        return EXIT_OK
    print(f"{info.customer_number} {info.name}: credit balance {info.balance} €")
    for e in info.history:
        print(f"  {e.date.isoformat()}  voucher {e.voucher_number:>7}  {e.amount:>10} €  {e.running:>10} €  "
              f"{i18n.stored_text(e.description, e.description_values, ctx.lang)}")
    if info.waiting_cents:
        print(f"  {_money(info.waiting_cents)} € of payments waits for handling")
    return EXIT_OK


# --- reference rates ----------------------------------------------------------------------------

def _percent_bp(text: str) -> int:
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.replace(",", ".").rstrip("%").strip())
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"not a percentage: {text}") from exc
    return int((value * 100).to_integral_value())


def _rates_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", nargs=2, metavar=("HALF_YEAR_START", "PERCENT"),
                        help="accountant: enter the reference rate of a half-year, e.g. --set 2026-07-01 2,0")


@command("reference-rates", "the late-payment interest reference rates by half-year (+7 consumers, +8 businesses)",
         _rates_arguments)
def reference_rates_command(ctx: Context) -> int:
    from desktop_app.services.foundation import rates

    if ctx.args.set:
        start, percent = date_argument(ctx.args.set[0]), _percent_bp(ctx.args.set[1])
        ctx.write(lambda s, actor: rates.set_rate(s, actor, start, percent))
    rows, current = ctx.read(lambda s: (rates.list_rates(s), rates.rate_on(s, ctx.today)))

    def pct(bp: int) -> str:
        from decimal import Decimal

        return str(Decimal(bp) / 100)

    if ctx.as_json:
        emit_json({"rates": [{"from": r.valid_from, "to": r.valid_to, "reference_rate": pct(r.rate_bp),
                              "consumers": pct(r.late_interest_bp(False)), "businesses": pct(r.late_interest_bp(True))}
                             for r in rows], "today_has_rate": current is not None})
        return EXIT_OK
    for r in rows:
        print(f"{r.valid_from.isoformat()} – {r.valid_to.isoformat()}  reference {pct(r.rate_bp):>5} %  "
              f"consumers {pct(r.late_interest_bp(False)):>5} %  businesses {pct(r.late_interest_bp(True)):>5} %")
    if current is None:
        print(f"no reference rate for {ctx.today.isoformat()}'s half-year yet: reminders show no interest for it "
              f"(reskontra reference-rates --set YYYY-MM-01 PERCENT)")
    return EXIT_OK
