"""``reskontra send``, ``sending-batches`` and ``sending-batch`` (SPEC W5, §6): the Sending tab headless.

``send`` takes the unsent invoices and reminders of one channel (optionally of one billing run's
batch id) and sends them; ``--preview`` prints what would go out (the email text, the Finvoice
XML, the PDF's size) and sends nothing; ``--pdf-only`` writes the PDFs without marking anything sent.
Before it lists anything it resolves the claims of a send whose program stopped; an email whose
delivery is unknown is listed, not sent, until ``send --resend-unknown`` or ``mark-sent``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.base import EXIT_OK, Context, command, emit_json
from desktop_app.services.foundation import i18n

EXIT_SOME_FAILED = 3


def _send_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--channel", required=True, choices=("email", "einvoice", "paper"))
    parser.add_argument("--preview", action="store_true", help="show what would go out; send nothing")
    parser.add_argument("--pdf-only", action="store_true", help="write the PDFs; mark nothing sent")
    parser.add_argument("--batch", help="only the invoices of this billing run (its batch id)")
    parser.add_argument("--output", type=Path, help="folder for --preview files or --pdf-only PDFs")
    parser.add_argument("--limit", type=int, default=0, help="at most this many invoices (default: all)")
    parser.add_argument("--resend-unknown", action="store_true",
                        help="also send again the emails of delivery unknown (a stopped send; same Message-ID)")


def _reason(item: Any, lang: str) -> str:
    if item.reason_template:
        from desktop_app.services.foundation.errors import ReskontraError

        return i18n.error_text(ReskontraError(item.reason_template, **dict(item.reason_params)), lang)
    return i18n.translate("errors", item.reason, lang)


@command("send", "send the unsent invoices and reminders of one channel (email, einvoice, paper)", _send_arguments)
def send_command(ctx: Context) -> int:
    from desktop_app.services import sending

    args = ctx.args
    actor = ctx.actor()
    ctx.write(sending.resolve_interrupted, actor=actor)  # a stopped send's claims first, then the list
    rows = ctx.read(lambda s: sending.list_unsent(s, args.channel, billing_batch=args.batch))
    unknown = [r for r in rows if r.delivery_unknown]
    if not args.resend_unknown:
        rows = [r for r in rows if not r.delivery_unknown]
    if args.limit:
        rows = rows[:args.limit]
    ids = [r.invoice_id for r in rows]
    if unknown and not args.resend_unknown and not ctx.as_json:
        print(f"{len(unknown)} emails of delivery unknown (the program stopped while sending them); "
              "not sent now:")
        for r in unknown:
            print(f"  invoice {r.number} (customer {r.customer_number}) to {r.address}: "
                  f"{i18n.translate('errors', r.last_error, ctx.lang)}")
        print("  check the sent mail, then: reskontra send --channel email --resend-unknown, "
              "or reskontra mark-sent INVOICE_NUMBER --channel email")
    if args.preview:
        return _preview(ctx, ids, rows)
    result = sending.send(ctx.db.session_factory, actor, args.channel, ids, pdf_only=args.pdf_only,
                          output_dir=str(args.output) if args.output else None)
    failed = [{"invoice_number": f.number, "customer_number": f.customer_number, "reason": _reason(f, ctx.lang)}
              for f in result.failed]
    if ctx.as_json:
        emit_json({"batch_id": result.batch_id, "channel": result.channel, "pdf_only": result.pdf_only,
                   "sent": len(result.sent), "sent_invoices": [s.number for s in result.sent],
                   "failed": failed, "files": list(result.files), "recovered_after_crash": result.recovered,
                   "resent_after_crash": result.resent_after_crash,
                   "delivery_unknown": [] if args.resend_unknown else [r.number for r in unknown]})
    else:
        verb = "PDFs written" if result.pdf_only else "sent"
        where = f"sending batch {result.batch_id}" if result.batch_id is not None else "no sending batch kept"
        print(f"{len(result.sent)} {verb} on {result.channel.value} ({where}); {len(result.failed)} failed")
        for f in failed:
            print(f"  invoice {f['invoice_number']} (customer {f['customer_number']}): {f['reason']}")
        for path in result.files[:20]:
            print(f"  file {path}")
        if len(result.files) > 20:
            print(f"  … and {len(result.files) - 20} more files")
    return EXIT_SOME_FAILED if result.failed else EXIT_OK


def _preview(ctx: Context, ids: list[int], rows: list[Any]) -> int:
    from desktop_app.services import sending

    docs = ctx.read(lambda s: sending.preview(s, ctx.args.channel, ids, limit=max(len(ids), 1)))
    files: list[str] = []
    if ctx.args.output:
        ctx.args.output.mkdir(parents=True, exist_ok=True)
        for d in docs:
            if d.xml:
                target = ctx.args.output / (d.file_name or f"{d.number}.xml")
                target.write_bytes(d.xml)
            else:
                target = ctx.args.output / f"preview_{d.number}.pdf"
                target.write_bytes(d.pdf)
            files.append(str(target))
    problems = {r.invoice_id: r.problem for r in rows if r.problem}
    if ctx.as_json:
        emit_json({"preview": True, "channel": ctx.args.channel, "would_send": len(ids) - len(problems),
                   "would_fail": [{"invoice_number": r.number, "reason": i18n.translate("errors", r.problem, ctx.lang)}
                                  for r in rows if r.problem],
                   "documents": [{"invoice_number": d.number, "recipient": d.recipient, "subject": d.subject,
                                  "body": d.body, "pdf_bytes": len(d.pdf), "xml": d.xml.decode("iso-8859-15")
                                  if d.xml else ""} for d in docs],
                   "files": files, "sent": 0, "failed": []})
        return EXIT_OK
    print(f"PREVIEW: nothing is sent. {len(ids)} invoices on {ctx.args.channel}:")
    for d in docs:
        problem = problems.get(d.invoice_id)
        print(f"--- invoice {d.number} to {d.recipient.replace(chr(10), ', ') or '?'}"
              + (f"  [would fail: {i18n.translate('errors', problem, ctx.lang)}]" if problem else ""))
        if d.subject:
            print(f"Subject: {d.subject}\n\n{d.body}\n[attachment: PDF, {len(d.pdf)} bytes]")
        elif d.xml:
            print(d.xml.decode("iso-8859-15")[:2000])
        else:
            print(f"[print page(s): PDF, {len(d.pdf)} bytes]")
    return EXIT_OK


def _batches_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("batch_id", nargs="?", type=int, help="one sending batch in detail")


@command("sending-batches", "list the sending batches, or show one with each invoice's result", _batches_arguments)
def sending_batches_command(ctx: Context) -> int:
    from desktop_app.services import sending

    if ctx.args.batch_id is None:
        batches = ctx.read(sending.list_batches)
        return ctx.report([b.__dict__ for b in batches], lambda: "\n".join(
            f"{b.batch_id:>6} {b.channel.value:<8} {b.started_at:%Y-%m-%d %H:%M} sent {b.sent:>6} "
            f"failed {b.failed:>5}{' (PDFs only)' if b.pdf_only else ''} {b.output_path}" for b in batches))
    rows = ctx.read(lambda s: sending.batch_dispatches(s, ctx.args.batch_id))
    return ctx.report([r.__dict__ for r in rows], lambda: "\n".join(
        f"{r.number:>10} {r.customer_number:>8} {r.status.value:<9} {r.error} {r.file_path}" for r in rows))


def _mark_sent_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("invoice_number", type=int, nargs="+", help="the invoice or reminder number")
    parser.add_argument("--channel", required=True, choices=("email",))


@command("mark-sent", "mark an email of delivery unknown (a stopped send) sent, without sending it again",
         _mark_sent_arguments)
def mark_sent_command(ctx: Context) -> int:
    from desktop_app.services import sending

    def mark(s: Any, actor: Any) -> None:
        sending.resolve_interrupted(s, actor)
        for number in ctx.args.invoice_number:
            sending.mark_sent(s, actor, sending.invoice_id_of(s, number), ctx.args.channel)

    ctx.write(mark)
    return ctx.report({"marked_sent": ctx.args.invoice_number, "channel": ctx.args.channel}, lambda: "\n".join(
        f"invoice {number} marked sent on {ctx.args.channel}" for number in ctx.args.invoice_number))
