"""``reskontra reminders`` and ``reskontra collection`` (SPEC W3, §6): the Invoices tab's reminders headless.

``reminders --level 1|2`` fetches the candidates and creates a reminder for every eligible one
(``--preview``: shows exactly those reminders and writes nothing); the invoices that are not (yet)
eligible are listed with their reasons. ``collection`` lists the invoices still unpaid after
reminder #2's due date; ``--transfer`` marks them transferred to collection and ``--export FILE``
writes them for the collection agency (.csv or .xlsx). Messages are in ``--lang``; amounts in JSON
are decimal strings.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.base import Context, command
from desktop_app.services.foundation import i18n


def _say(notice: Any, lang: str) -> str:
    return i18n.error_text(notice, lang)


def _money(amount: Any, lang: str) -> str:
    from desktop_app.services.foundation import formatting

    return formatting.money(amount, lang)


def _formatted_date(value: Any, lang: str) -> str:
    from desktop_app.services.foundation import formatting

    return formatting.date(value, lang)


def _reason(reason: Any, lang: str) -> str:
    return i18n.error_text(reason.error(lang), lang) if reason is not None else ""


# --- reminders ---------------------------------------------------------------------------------

def _reminders_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", type=int, required=True, choices=(1, 2), help="payment reminder #1 or #2")
    parser.add_argument("--preview", action="store_true", help="show the reminders that would be made; write nothing")


@command("reminders", "create payment reminders #1 or #2 for every eligible overdue invoice", _reminders_arguments)
def reminders_command(ctx: Context) -> int:
    from desktop_app.services import reminders

    level, lang = ctx.args.level, ctx.lang
    listing = ctx.read(lambda session: reminders.candidates(session, level, ctx.today))
    result = reminders.create_reminders(ctx.db.session_factory, ctx.actor(), level,
                                        [c.invoice_id for c in listing.eligible], ctx.today,
                                        preview=ctx.args.preview)
    not_eligible = [*listing.not_eligible, *result.not_eligible]
    data = {
        "level": level, "preview": result.preview, "created": len(result.created),
        "reminders": result.numbers, "fee_total": result.fee_total, "interest_total": result.interest_total,
        "total": result.total,
        "details": [{"number": r.number, "reference": r.reference, "invoice_number": r.invoice_number,
                     "customer_number": r.customer_number, "customer_name": r.customer_name,
                     "channel": r.channel, "due_date": r.due_date, "fee": r.fee, "interest": r.interest,
                     "total": r.total, "amount_to_pay": r.amount_to_pay.total,
                     "fee_note": _reason(r.fee_reason, lang)} for r in result.created],
        "not_eligible": [{"invoice_number": c.invoice_number, "customer_number": c.customer_number,
                          "reason": _reason(c.reason, lang)} for c in not_eligible],
    }
    return ctx.report(data, lambda: _reminders_text(level, result, not_eligible, lang))


def _reminders_text(level: int, result: Any, not_eligible: list[Any], lang: str) -> str:
    from desktop_app.services import reminders

    lines = []
    if not result.created:
        lines.append(_say(reminders.NoReminderCandidates(level=level), lang))
    else:
        summary = reminders.RemindersPreviewed if result.preview else reminders.RemindersCreated
        lines.append(_say(summary(count=len(result.created), level=level, fees=_money(result.fee_total, lang),
                                  interest=_money(result.interest_total, lang)), lang))
        for r in result.created:
            lines.append("  " + _say(reminders.ReminderLine(
                number=r.number, invoice=r.invoice_number, customer=r.customer_number, fee=_money(r.fee, lang),
                interest=_money(r.interest, lang), due=_formatted_date(r.due_date, lang)), lang))
            if r.fee_reason is not None:
                lines.append("    " + _reason(r.fee_reason, lang))
    if not_eligible:
        lines.append(_say(reminders.NotEligibleCount(count=len(not_eligible)), lang))
        for c in not_eligible:
            lines.append("  " + _say(reminders.NotEligibleLine(invoice=c.invoice_number, customer=c.customer_number,
                                                               reason=_reason(c.reason, lang)), lang))
    return "\n".join(lines)


# --- collection ---------------------------------------------------------------------------------

def _collection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--transfer", action="store_true", help="mark the listed invoices transferred to collection")
    parser.add_argument("--export", type=Path, metavar="FILE",
                        help="write the listed invoices for the collection agency (.csv or .xlsx)")


@command("collection", "list the invoices unpaid after reminder #2; transfer them to collection and export them",
         _collection_arguments)
def collection_command(ctx: Context) -> int:
    from desktop_app.services import reminders

    lang = ctx.lang
    listed = ctx.read(lambda session: reminders.collection_candidates(session, ctx.today))
    ids = [c.invoice_id for c in listed]
    transferred = 0
    if ctx.args.transfer and ids:
        transferred = reminders.transfer_to_collection(ctx.db.session_factory, ctx.actor(), ids, ctx.today)
    exported = None
    if ctx.args.export:
        exported = ctx.read(lambda session: reminders.export_collection(session, ids, ctx.args.export, lang))
    data = {
        "count": len(listed), "transferred": transferred,
        "export": str(ctx.args.export) if ctx.args.export else None, "exported": exported,
        "candidates": [{"invoice_number": c.invoice_number, "customer_number": c.customer_number,
                        "customer_name": c.customer_name, "invoice_date": c.invoice_date,
                        "due_date": c.due_date, "reference": c.reference, "total": c.total,
                        "open": c.open_amount, "reminder_fees_open": c.reminder_fees_open,
                        "reminder1_number": c.reminder1_number, "reminder1_date": c.reminder1_date,
                        "reminder2_number": c.reminder2_number, "reminder2_date": c.reminder2_date,
                        "reminder2_due_date": c.reminder2_due_date} for c in listed],
    }
    return ctx.report(data, lambda: _collection_text(listed, transferred, exported, ctx.args, lang))


def _collection_text(listed: list[Any], transferred: int, exported: int | None, args: argparse.Namespace,
                     lang: str) -> str:
    from desktop_app.services import reminders

    lines = [_say(reminders.CollectionListed(count=len(listed)), lang)]
    for c in listed:
        lines.append("  " + _say(reminders.CollectionLine(
            invoice=c.invoice_number, customer=c.customer_number, name=c.customer_name,
            open=_money(c.open_amount, lang), fees=_money(c.reminder_fees_open, lang),
            due=_formatted_date(c.reminder2_due_date, lang)), lang))
    if args.transfer:
        lines.append(_say(reminders.CollectionTransferred(count=transferred), lang))
    if args.export:
        lines.append(_say(reminders.CollectionExported(count=exported or 0, path=str(args.export)), lang))
    return "\n".join(lines)
