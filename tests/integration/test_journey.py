"""The journey: a desk's every workflow, in order, on demo books (several open invoices and reminders per
customer, every channel, companies and persons, fi/sv/en), on SQLite and PostgreSQL.

billing run -> send every channel -> the bank's file -> the needs-handling queue -> to balance ->
reminders #1 thirty days later, sent -> reminders #2 after their delay, sent -> collection export ->
the next billing run uses the balance. After every step the books are clean and the counts reconcile
(``journey_support.reconcile``)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice
from desktop_app.models.enums import Channel, InvoiceKind, InvoiceStatus, PaymentStatus
from desktop_app.services import payments
from desktop_app.services.billing.requests import EmailMissing, PaperAddressMissing
from desktop_app.services.foundation.formatting import money
from desktop_app.services.foundation.uow import UnitOfWork
from tests.integration import journey_support as j
from tests.integration import sending_support as ss

CUSTOMERS = 250
DAY = dt.timedelta(days=1)


@pytest.fixture
def smtp() -> Iterator[ss.SmtpServer]:
    with ss.SmtpServer() as server:
        yield server


def _check(desk: j.Desk, step: str) -> None:
    found = j.reconcile(desk)
    assert found == [], f"after {step}: {found}"


def _einvoices_say_what_is_owed(desk: j.Desk, sent: dict[Channel, j.Sent]) -> None:
    """Every e-invoice is valid Finvoice 3.0 and asks for what the letter is for, with its reference."""
    assert j.invalid_finvoices(j.finvoice_files(desk)) == []
    asks = j.finvoice_asks(j.finvoice_files(desk))
    result = sent[Channel.EINVOICE].result
    assert result is not None
    with desk.db.session_factory() as s:
        for item in result.sent:
            inv = s.get(Invoice, item.invoice_id)
            assert inv is not None
            assert asks[item.number] == (j.to_pay_cents(s, inv.id), inv.reference), (item.number, inv.kind)


def _letters_say_what_is_owed(desk: j.Desk, sent: dict[Channel, j.Sent], work: Path) -> None:
    """The print batch names every letter, and its virtual bar code and EPC QR code ask for exactly what the
    letter is for (a reminder: its costs plus its invoice's open amount)."""
    paper = sent[Channel.PAPER].result
    assert paper is not None and len(paper.files) == 1
    text = j.pdf_text(paper.files[0])
    scanned = j.barcodes(paper.files[0], work)
    virtual = [f for f in (j.virtual_barcode_fields(d) for t, d in scanned if t == "CODE-128") if f]
    epc = [f for f in (j.epc_fields(d) for t, d in scanned if t == "QR-Code") if f]
    assert all(iban == desk.iban for _a, _r, iban in epc)
    payable = 0
    with desk.db.session_factory() as s:
        for item in paper.sent:
            inv = s.get(Invoice, item.invoice_id)
            assert inv is not None
            assert str(item.number) in text
            expected = (j.to_pay_cents(s, inv.id), inv.reference)
            if expected[0] > 0:
                payable += 1
                assert expected in virtual, (item.number, inv.kind, expected, virtual)
                assert (*expected, desk.iban) in epc, (item.number, inv.kind, expected, epc)
            else:  # the credit balance paid it all: nothing to pay, no bar code to pay with
                assert all(ref != inv.reference for _a, ref in virtual), (item.number, virtual)
    assert len(virtual) == len(epc) == payable  # one of each per letter that asks for money


def _send(desk: j.Desk, step: str, work: Path, *, kinds: set[InvoiceKind],
          channels: tuple[Channel, ...] = tuple(Channel)) -> dict[Channel, j.Sent]:
    before = len(desk.smtp.inbox.messages)
    with desk.db.session_factory() as s:  # the Sending tab lists what each letter will ask for
        listed = {r.invoice_id: r for ch in channels for r in j.sending.list_unsent(s, ch)}
        for row in listed.values():
            assert row.total_cents == j.to_pay_cents(s, row.invoice_id), (step, row.number, row.kind)
        asks = {row.number: (j.to_pay_cents(s, row.invoice_id), s.get(Invoice, row.invoice_id).language)
                for row in listed.values()}
    sent = {ch: j.send_channel(desk, ch) for ch in channels}
    for ch, one in sent.items():
        assert one.result is not None, f"{step}: nothing to send by {ch}"
        assert one.result.failed == (), (step, ch, one.result.failed)
        assert one.unsendable == (), (step, ch, one.unsendable)
    with desk.db.session_factory() as s:
        for ch in channels:
            assert j.sending.list_unsent(s, ch) == [], (step, ch)
        sent_kinds = {s.get(Invoice, i.invoice_id).kind for one in sent.values() for i in one.result.sent}
    assert sent_kinds == kinds, (step, sent_kinds)
    if Channel.EMAIL in sent:
        messages = desk.smtp.inbox.messages[before:]
        assert len(messages) == len(sent[Channel.EMAIL].result.sent)
        for item in sent[Channel.EMAIL].result.sent:  # the email's text names the same amount as its PDF
            [message] = [m for m in messages if str(item.number) in m["Subject"]]
            body = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
            cents, lang = asks[item.number]
            assert money(cents, lang, is_cents=True) in body, (step, item.number, cents, body)
    if Channel.EINVOICE in sent:
        _einvoices_say_what_is_owed(desk, sent)
    if Channel.PAPER in sent:
        _letters_say_what_is_owed(desk, sent, work / step)
    _check(desk, f"sending ({step})")
    return sent


def test_a_desk_walks_every_workflow_on_demo_books(db: Database, smtp: ss.SmtpServer, tmp_path: Path) -> None:
    desk = j.open_desk(db, smtp, tmp_path, CUSTOMERS)
    for sub in ("bills", "reminders1", "reminders2"):
        (tmp_path / sub).mkdir()
    _check(desk, "demo data")

    # W4 the billing run: subscriptions (ads are not due yet today)
    subs, ads = j.billing_run(desk)
    assert subs.invoices_created >= 5
    # the customers whose address is missing are left out, each with the reason the clerk can fix
    reasons = {r for e in subs.errors for r in e.reasons}
    assert {PaperAddressMissing.template, EmailMissing.template} <= reasons
    assert subs.requests_skipped == len(subs.errors) and subs.invoices_created == len(subs.invoice_ids)
    _check(desk, "the billing run")

    # W5 a refused address fails alone and stays unsent with its reason; once fixed it goes with the rest
    with db.session_factory() as s:
        listed = j.sending.list_unsent(s, Channel.EMAIL)
    victim = listed[0].address
    smtp.inbox.refuse.add(victim)
    tried = j.send_channel(desk, Channel.EMAIL)
    failed = {f.invoice_id for f in tried.result.failed}
    assert failed == {r.invoice_id for r in listed if r.address == victim}
    assert all(f.reason for f in tried.result.failed) and len(tried.result.sent) == len(listed) - len(failed)
    with db.session_factory() as s:
        left = j.sending.list_unsent(s, Channel.EMAIL)
    assert {r.invoice_id for r in left} == failed and all(r.last_error for r in left)
    smtp.inbox.refuse.clear()
    _check(desk, "a refused email")

    # W5 send every channel: the run's invoices, on their customer's channel, once
    bills = _send(desk, "bills", tmp_path, kinds={InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE})  # and yesterday's ads

    # an e-invoice the operator rejects ("payer does not accept e-invoices") goes out again as a letter, once
    rejected = bills[Channel.EINVOICE].result.sent[0]
    with UnitOfWork(db.session_factory) as uow:
        j.sending.mark_rejected(uow.session, desk.clerk, rejected.invoice_id, "payer does not accept e-invoices")
        j.sending.switch_channel(uow.session, desk.clerk, [rejected.invoice_id], Channel.PAPER)
        uow.commit()
    with db.session_factory() as s:
        assert [r.invoice_id for r in j.sending.list_unsent(s, Channel.PAPER)] == [rejected.invoice_id]
        assert j.sending.list_unsent(s, Channel.EINVOICE) == []
    _send(desk, "rejected", tmp_path, kinds={InvoiceKind.INVOICE}, channels=(Channel.PAPER,))

    # W10 the bank's file three days later
    desk.today += 3 * DAY
    bank = j.bank_file(desk)
    result = j.import_bank_file(desk, bank)
    assert result.payments == len(bank.exact) + len(bank.partial) + len(bank.over) + len(bank.reminder_paid) + 1
    assert result.reversals == 1 and result.refused == ()
    assert result.matched + result.partial + result.overpaid + result.unmatched == result.payments
    assert (result.partial, result.overpaid, result.unmatched) == (len(bank.partial), len(bank.over), 1)
    assert result.total_cents == bank.total_cents
    with db.session_factory() as s:
        for iid in bank.exact:
            if iid != bank.returned_invoice:
                assert s.get(Invoice, iid).status == InvoiceStatus.PAID, iid
        assert s.get(Invoice, bank.returned_invoice).status == InvoiceStatus.OPEN  # the bank took it back
        for rid in bank.reminder_paid:
            reminder = s.get(Invoice, rid)
            assert reminder.status == InvoiceStatus.PAID
            assert s.get(Invoice, reminder.parent_invoice_id).status == InvoiceStatus.PAID
    _check(desk, "the import")

    # the needs-handling queue: the overpayments and the unknown payer, each with its reason
    queue = [p for p in j.needs_handling(desk) if p.import_id in desk.imports]
    assert sorted(p.status for p in queue) == sorted([PaymentStatus.OVERPAID] * len(bank.over)
                                                     + [PaymentStatus.UNMATCHED])
    assert all(p.reason_template for p in queue)
    assert sum(p.unallocated_cents for p in queue) == 1000 * len(bank.over) + 2500
    handled = j.handle_queue(desk, bank)
    assert handled["to_balance"] + handled["allocated"] == 1000 * len(bank.over) + 2500
    assert 0 < handled["allocated"] <= 2500
    assert [p for p in j.needs_handling(desk) if p.import_id in desk.imports] == []
    with db.session_factory() as s:
        money = j.money_of_import(s, desk.imports[0])
        for iid in bank.over:
            assert payments.customer_balance(s, s.get(Invoice, iid).customer_id).balance_cents >= 1000
    assert money.pop("reversed") == money.pop("returned") == bank.returned_cents
    assert sum(money.values()) + bank.returned_cents == bank.total_cents, money
    assert money["balance"] == handled["to_balance"] and money["waiting"] == 0
    _check(desk, "to balance")

    # W3 reminders #1 thirty days later, sent
    desk.today += 30 * DAY
    first = j.make_reminders(desk, 1)
    assert len(first.created) >= 5 and first.fee_total > 0
    with db.session_factory() as s:
        assert all(s.get(Invoice, r.invoice_id).sent_at is not None for r in first.created)
    _check(desk, "reminders #1")
    _send(desk, "reminders1-electronic", tmp_path, kinds={InvoiceKind.REMINDER},
          channels=(Channel.EMAIL, Channel.EINVOICE))
    # the letters are not printed yet: an unsent reminder #1 is no ground for a #2, however late it gets
    on_paper = {r.invoice_id for r in first.created if r.channel == Channel.PAPER}
    with db.session_factory() as s:
        later = j.reminders.candidates(s, 2, desk.today + 60 * DAY)
    assert on_paper and not on_paper & {c.invoice_id for c in later.eligible}
    _send(desk, "reminders1", tmp_path, kinds={InvoiceKind.REMINDER}, channels=(Channel.PAPER,))
    assert j.make_reminders(desk, 1).created == ()  # never twice

    # the bank's next file a week later: two customers pay their reminder with its reference (costs and debt)
    desk.today += 7 * DAY
    bank2 = j.bank_file(desk)
    result2 = j.import_bank_file(desk, bank2)
    assert (result2.reversals, result2.unmatched) == (1, 1)
    with db.session_factory() as s:
        paid_by_reminder = set()
        for rid in bank2.reminder_paid:
            reminder = s.get(Invoice, rid)
            assert reminder.status == InvoiceStatus.PAID and reminder.invoice_date < desk.today
            assert s.get(Invoice, reminder.parent_invoice_id).status == InvoiceStatus.PAID
            paid_by_reminder.add(reminder.parent_invoice_id)
    assert paid_by_reminder & {r.invoice_id for r in first.created}  # one of the reminders just sent
    j.handle_queue(desk, bank2)
    assert [p for p in j.needs_handling(desk) if p.import_id in desk.imports] == []
    _check(desk, "the second bank file")

    # reminders #2 once #1 is due and its delay is over, sent; none for a debt paid meanwhile
    desk.today += (14 + 8 - 7) * DAY
    second = j.make_reminders(desk, 2)
    assert len(second.created) >= 3
    reminded_first = {r.invoice_id for r in first.created}
    assert reminded_first & {r.invoice_id for r in second.created}
    assert not paid_by_reminder & {r.invoice_id for r in second.created}
    _check(desk, "reminders #2")
    _send(desk, "reminders2", tmp_path, kinds={InvoiceKind.REMINDER})
    assert j.make_reminders(desk, 2).created == ()

    # W3.6 collection after reminder #2's due date: transferred and exported
    desk.today += 15 * DAY
    ids, csv_path, xlsx_path = j.collection(desk)
    assert len(ids) >= 3
    with db.session_factory() as s:
        numbers = {s.get(Invoice, i).number for i in ids}
        assert all(s.get(Invoice, i).status == InvoiceStatus.COLLECTION for i in ids)
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    column = rows[0].index("Laskunumero")
    assert len(rows) == len(ids) + 1 and {int(r[column]) for r in rows[1:]} == numbers
    sheet = load_workbook(xlsx_path).active
    assert sheet.max_row == len(ids) + 1
    _check(desk, "collection")

    # W4 the next billing run: the credit balance goes first
    with db.session_factory() as s:
        handled_for = {s.get(Invoice, iid).customer_id for b in (bank, bank2) for iid in (*b.over, b.partial[0])}
        balances = {cid: payments.customer_balance(s, cid).balance_cents for cid in handled_for}
    subs2, ads2 = j.billing_run(desk)
    assert subs2.invoices_created > 0 and subs2.balance_used > 0
    assert ads2.invoices_created > 0  # the ads published since
    with db.session_factory() as s:
        applied = s.scalar(select(func.sum(Invoice.balance_applied_cents)).where(
            Invoice.id.in_(subs2.invoice_ids))) or 0
        assert subs2.balance_used * 100 == applied
        reused = 0
        for cid, before in balances.items():
            billed = s.scalars(select(Invoice).where(Invoice.id.in_((*subs2.invoice_ids, *ads2.invoice_ids)),
                                                     Invoice.customer_id == cid)).all()
            used = sum(b.balance_applied_cents for b in billed)
            assert used == min(before, sum(b.total_cents for b in billed))
            reused += used > 0
            assert payments.customer_balance(s, cid).balance_cents == before - used
        assert reused >= 1  # an overpayment in a bank file paid part of a new invoice
    _check(desk, "the next billing run")
